import { describe, it } from 'vitest';
import { checkMutations, sources } from './mutation.js';

// test:reliability runs 300 mutations of each (test/reliability/mutations.reliability.ts).
describe('the content loader on mutated YAML', () => {
  it.each(sources)('never throws on a mutated %s file, and locates every error', (kind, path) => {
    checkMutations(kind, path, 40);
  });
});
