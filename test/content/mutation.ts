// Seeded mutations of valid content files (fast-check), for the loader's property tests.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { readDoc } from '../../src/content/read.js';
import type { ContentKind } from '../../src/content/schemas.js';
import { repoRoot } from '../support/home.js';

export const sources: [ContentKind, string][] = [
  ['framework', 'frameworks/mlsd-45.yaml'],
  ['topics', 'topics/core.yaml'],
  ['case', 'cases/visual-search.yaml'],
];

const dir = mkdtempSync(join(tmpdir(), 'mlsd-mutate-'));

/** A mutation of a valid file: truncation, a flipped byte, an inserted or deleted run. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.constantFrom(':', '- ', '  ', '\t', '[', '{', '"', "'", '&a ', '*a', '!!binary ', '? ', '|', '>', '#', '\n', '__proto__: 1\n', '%YAML 1.1\n', '---\n', '\u0000'),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }),
);

interface Mutation {
  kind: string;
  at: number;
  byte?: number;
  text?: string;
  length?: number;
}

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const at = Math.floor(m.at * bytes.length);
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'flip': {
      const copy = Buffer.from(bytes);
      copy[at] = m.byte ?? 0;
      return copy;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text ?? ''), bytes.subarray(at)]);
    default:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + (m.length ?? 1))]);
  }
}

/** Mutates `path` (a bundled file of `kind`) `runs` times: the loader never throws and locates every error it reports. */
export function checkMutations(kind: ContentKind, path: string, runs: number): void {
  const original = readFileSync(join(repoRoot, path));
  const file = join(dir, `${kind}.yaml`);
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
      const bytes = mutations.reduce<Buffer>((b, m) => mutate(b, m), original);
      writeFileSync(file, bytes);
      const result = readDoc(kind, file, 'mutated.yaml');
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(e.file).toBe('mutated.yaml');
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.col).toBeGreaterThanOrEqual(1);
          expect(e.message).not.toContain('\n');
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }),
    { numRuns: runs, seed: 20261121 },
  );
}
