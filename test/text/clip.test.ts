import { describe, expect, it } from 'vitest';
import { clip, clipFlat } from '../../src/text/clip.js';

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['eleven char', 10, 'eleven ch…'],
  ])('%s to %i → %s', (text, max, shown) => {
    expect(clip(text, max)).toBe(shown);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });

  it('clipFlat puts a quote on one line before cutting it', () => {
    expect(clipFlat('  two\n  lines  ', 20)).toBe('two lines');
    expect(clipFlat('a\n\nb c d e f', 6)).toBe('a b c…');
  });
});
