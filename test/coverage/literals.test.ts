import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { needsDigit, requiredLiterals } from '../../src/coverage/cues.js';

describe('the words a pattern cannot match without', () => {
  it.each([
    ['\\b(mae|rmse|mse)\\b(?!\\s*(loss))', ['mae', 'rmse', 'mse']],
    ['\\b(lightweight|light-weight|cheap)\\s+model', ['lightweight', 'light-weight', 'cheap']],
    ['\\bonly\\b[^.;]{1,60}\\b(not|no)\\b', ['only']],
    ['\\bp9[059](\\.9)?', ['p9']],
    ['\\bivf(-?pq)?\\b', ['ivf']],
    ['\\bp\\s*\\(\\s*\\w', ['p']],
    // A word further in, when it says more than the first.
    ['\\b(predict\\w*|odds)\\b[^.;:]{0,60}?\\bwithin\\s+(the\\s+)?(next|following)\\s+\\d+', ['within']],
    ['\\b\\d+\\s+(years?|months?|weeks?)\\s+of\\s+', ['year', 'month', 'week']],
    ['\\b\\d+\\s*ms\\b', ['ms']],
    ['(?:^|[*_\\s])ml\\s*(?:objective|goal)?\\s*[:=]\\s*\\w', ['ml']],
    ['(\\/|\\bper)\\s*(user|session)s?\\s*(\\/|per)\\s*(day|week|month)\\b', ['user', 'session']],
    ['(->|→)\\s*(a |the )?(score|list)', ['score', 'list']],
    ['\\bm?ap', ['ap']],
    ['\\b(a|b)?c', ['c']],
    ['(<|under)\\s*\\d+', ['<', 'under']],
    ['[|(]x', ['x']],
    ['euros?\\b', ['euro']],
    ['a+b', ['a']],
    ['\\bp\\(\\w', ['p(']],
    // A long list of words costs about what it saves: a shorter one is taken, or none.
    ['\\d+\\s*(one|two|three|four|five|six|seven|eight|nine)\\s+of', ['of']],
    ['\\d+\\s*(one|two|three|four|five|six|seven|eight|nine)', undefined],
    // Nothing to read off: it could be skipped, or it depends on case, or its branches need not share a word.
    ['(?-i)\\bm?AP\\b', undefined],
    ['foo|bar', undefined],
    ['\\d+(\\.\\d+)?', undefined],
    ['(?<![$€£])\\d{5,}', undefined],
    ['\\b(\\d+|one)\\s*(k|m)?\\b', undefined],
  ])('%s', (source, expected) => expect(requiredLiterals(source)).toEqual(expected));
});

describe('patterns that cannot match without a digit', () => {
  it.each([
    ['\\b\\d+\\s*ms\\b', true],
    ['(?-i)\\d+ MAU', true],
    ['\\b(\\d{2,}\\s*k|\\d+\\s*(m|million)|\\d{5,})\\s+users', true],
    ['(<|under)\\s*~?\\s*\\d+\\s*ms', true],
    ['(?<![$€£])\\b(\\d+|one)\\s+users', false],
    ['\\bp9\\d?', false],
    ['(\\d+\\s*)?ms', false],
    ['\\d+ms|fast', false],
  ])('%s', (source, expected) => expect(needsDigit(source)).toBe(expected));
});

// Every pattern of the bundled content, on every line of writing the repository holds: when the pattern
// matches, the sentence contains one of the words read off it, and a digit if the pattern is said to need one
// (else the checker would skip a true match).
describe('bundled patterns and the words read off them', () => {
  const root = join(import.meta.dirname, '..', '..');
  const patterns = new Set<string>();
  const collect = (node: unknown, key?: string): void => {
    if (key === 'patterns' && Array.isArray(node)) for (const p of node) if (typeof p === 'string') patterns.add(p);
    if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) collect(v, k);
  };
  for (const folder of ['topics', 'cases'])
    for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith('.yaml'))) collect(parse(readFileSync(join(root, folder, file), 'utf8')));
  const probe = join(root, 'test', 'coverage', 'probe');
  const lines = readdirSync(probe, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(tsv|md)$/.test(f))
    .flatMap((f) => readFileSync(join(probe, f), 'utf8').split('\n'));

  it('has patterns and writing to check them on', () => {
    expect(patterns.size).toBeGreaterThan(20);
    expect(lines.length).toBeGreaterThan(2000);
  });
  it.each([...patterns])('%s', (source) => {
    const literals = requiredLiterals(source) ?? [''];
    const digit = needsDigit(source);
    const re = source.startsWith('(?-i)') ? new RegExp(source.slice(5), 'u') : new RegExp(source, 'iu');
    const matched = lines.filter((line) => re.test(line));
    expect(matched.filter((line) => !literals.some((l) => line.toLowerCase().includes(l)))).toEqual([]);
    if (digit) expect(matched.filter((line) => !/\d/.test(line))).toEqual([]);
  });
});
