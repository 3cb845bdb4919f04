import { describe, it } from 'vitest';
import { checkMutations, sources } from '../content/mutation.js';

describe('the content loader on mutated YAML, at length', () => {
  it.each(sources)('never throws on 300 mutations of the %s file, and locates every error', (kind, path) => {
    checkMutations(kind, path, 300);
  }, 600_000);
});
