// The history index is read back all or nothing: its entries are parsed together, so a line that is not
// one whole JSON value (or not an entry) must still make the whole index count as damaged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndex, writeIndex, type StoredEntry } from '../../src/progress/index-file.js';
import { fingerprint } from '../../src/text/fingerprint.js';
import { tempHome } from '../support/home.js';

const head = (n: number) => ({
  id: `2026010${n}-090000-visual-search`,
  caseId: 'visual-search',
  frameworkId: 'mlsd-45',
  mode: 'study' as const,
  strict: false,
  startedAt: n,
  finished: true,
  usedMs: 1000,
  score: 50,
  stepCount: 1,
  stepsEnded: 1,
});
const entries: StoredEntry[] = [1, 2, 3].map((n) => ({
  entry: { name: `s${n}.jsonl`, size: n, mtimeMs: n, content: 'c', head: head(n) },
  body: JSON.stringify({ steps: [] }),
}));

function written(change: (lines: string[]) => string[] = (lines) => lines): string {
  const file = join(tempHome(), 'index.jsonl');
  writeIndex(file, 'stamp', entries);
  writeFileSync(file, change(readFileSync(file, 'utf8').split('\n')).join('\n'));
  return file;
}

describe('reading the history index', () => {
  it('gives back every entry written, with its body', () => {
    const read = readIndex(written(), 'stamp');
    expect([...read.keys()]).toEqual(['s1.jsonl', 's2.jsonl', 's3.jsonl']);
    expect(read.get('s2.jsonl')?.entry.head).toEqual(head(2));
    expect(String(read.get('s3.jsonl')?.body)).toBe('{"steps":[]}');
  });

  it('reads an index of no sessions as empty', () => {
    const file = join(tempHome(), 'index.jsonl');
    writeIndex(file, 'stamp', []);
    expect(readIndex(file, 'stamp').size).toBe(0);
  });

  const damaged: [string, (lines: string[]) => string[]][] = [
    ['two entries on one line', (l) => [l[0]!, `${l[1]!.split('\t')[0]},${l[2]!.split('\t')[0]}`, l[3]!]],
    ['an entry split over two lines', (l) => [l[0]!, l[1]!.slice(0, 20), `${l[1]!.slice(20).split('\t')[0]}`, l[2]!, l[3]!]],
    ['a line that is not JSON', (l) => [l[0]!, 'not json', l[2]!, l[3]!]],
    ['a line that is JSON but no entry', (l) => [l[0]!, '{"name": 3}', l[2]!, l[3]!]],
    ['an entry cut short', (l) => [l[0]!, l[1]!.slice(0, 30), l[2]!, l[3]!]],
  ];
  it.each(damaged)('counts the whole index as damaged for %s', (_what, change) => {
    expect(readIndex(written(change), 'stamp').size).toBe(0);
  });
});

describe('a fingerprint (the index\'s content stamps)', () => {
  const pairs: [string, string | Uint8Array, string | Uint8Array][] = [
    ['one byte changed', 'latency: 100 ms', 'latency: 200 ms'],
    ['two bytes swapped', 'ab', 'ba'],
    ['a byte added', 'scale', 'scale '],
    ['text and the same text longer', 'a'.repeat(1000), 'a'.repeat(1001)],
    ['bytes one apart', new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])],
  ];
  it.each(pairs)('tells apart %s', (_what, a, b) => {
    expect(fingerprint(a)).not.toBe(fingerprint(b));
    expect(fingerprint(a)).toBe(fingerprint(typeof a === 'string' ? a : new Uint8Array(a)));
  });
});
