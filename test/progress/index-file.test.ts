// The history index is read back all or nothing for its entries: they are parsed together, so entries
// that are not (or a file whose parts do not add up) must still make the whole index count as damaged.
// Bodies are read from their place in the file when asked for, and written back as the bytes they were.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyText, readIndex, writeIndex, type StoredEntry } from '../../src/progress/index-file.js';
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
const body = (n: number) => JSON.stringify({ steps: [{ id: 'clarify', title: `Clarify ${'—'.repeat(n)}`, boxMs: 1, usedMs: 1, overtimeMs: 0, ended: 'done', covered: [], missed: [], hints: 0 }] });
const entries: StoredEntry[] = [
  ...[1, 2, 3].map((n) => ({ entry: { name: `s${n}.jsonl`, size: n, mtimeMs: n, content: 'c', head: head(n) }, body: body(n) })),
  { entry: { name: 'bad.jsonl', size: 9, mtimeMs: 9, error: 'not a session journal' } },
];

/** The index written from `entries`, then its text changed by `change`. */
function written(change: (text: string) => string = (text) => text): string {
  const file = join(tempHome(), 'index.jsonl');
  writeIndex(file, 'stamp', entries);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  return file;
}

const lines = (text: string) => text.split('\n');
const withLines = (change: (l: string[]) => string[]) => (text: string) => change(lines(text)).join('\n');

describe('reading the history index', () => {
  it('gives back every entry written, with its body (text beyond ASCII too)', () => {
    const read = readIndex(written(), 'stamp');
    expect([...read.keys()]).toEqual(['s1.jsonl', 's2.jsonl', 's3.jsonl', 'bad.jsonl']);
    expect(read.get('s2.jsonl')?.entry.head).toEqual(head(2));
    for (const n of [1, 2, 3]) expect(String(bodyText(read.get(`s${n}.jsonl`)!.body!))).toBe(body(n));
    expect(read.get('bad.jsonl')).toEqual({ entry: entries[3]!.entry });
  });

  it('writes bodies read back as the bytes they were, and reads them after the file is replaced', () => {
    const file = written();
    const read = [...readIndex(file, 'stamp').values()];
    writeIndex(file, 'stamp', read); // the bodies come from the file being replaced
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(written(), 'utf8'));
    expect(String(bodyText(read[2]!.body!))).toBe(body(3));
  });

  it('reads every body of a large index', () => {
    const many: StoredEntry[] = Array.from({ length: 80 }, (_, i) => ({ entry: { name: `m${i}.jsonl`, size: i, mtimeMs: i, content: 'c', head: head(1) }, body: body(i % 5) }));
    const file = join(tempHome(), 'index.jsonl');
    writeIndex(file, 'stamp', many);
    const read = [...readIndex(file, 'stamp').values()];
    expect(read.map((r) => String(bodyText(r.body!)))).toEqual(many.map((m) => m.body));
  });

  it('reads an index of no sessions as empty', () => {
    const file = join(tempHome(), 'index.jsonl');
    writeIndex(file, 'stamp', []);
    expect(readIndex(file, 'stamp').size).toBe(0);
  });

  it('reads an index made under another stamp as empty', () => {
    expect(readIndex(written(), 'other').size).toBe(0);
  });

  /** The entries line changed by `change`, the header's length of it made to match, so only the change is wrong. */
  const withEntries = (change: (entries: string) => string) =>
    withLines((l) => {
      const entries = change(l[1]!);
      return [l[0]!.replace(/"heads":\d+/, `"heads":${Buffer.byteLength(entries) + 1}`), entries, ...l.slice(2)];
    });
  const damaged: [string, (text: string) => string][] = [
    ['entries that are not JSON', withEntries(() => 'not json')],
    ['entries that are JSON but not the entries', withEntries(() => '{"sessions":3,"unread":[]}')],
    ['a column shorter than the others', withEntries((e) => e.replace(/"score":\[\d+,/, '"score":['))],
    ['a session whose case is no shared string', withEntries((e) => e.replace(/"caseId":\[\d+/, '"caseId":[99'))],
    ['two bodies on one line', withLines((l) => [l[0]!, l[1]!, `${l[2]!}${l[3]!}`, ...l.slice(4)])],
    ['a body cut short', (text) => text.slice(0, -5)],
    ['a line more after the bodies', (text) => `${text}{"steps":[]}\n`],
    ['a header whose entries run past the end', (text) => text.replace(/"heads":\d+/, '"heads":99999999')],
    ['no header', withLines((l) => l.slice(1))],
  ];
  it('reads the index written when every change below is undone', () => {
    expect(readIndex(written(withEntries((e) => e)), 'stamp').size).toBe(4);
  });
  it.each(damaged)('counts the whole index as damaged for %s', (_what, change) => {
    expect(readIndex(written(change), 'stamp').size).toBe(0);
  });

  it('reads a body from a file rewritten since as damaged (empty), never as another session\'s', () => {
    const file = written();
    const read = readIndex(file, 'stamp');
    writeIndex(file, 'stamp', [...entries].reverse());
    expect(String(bodyText(read.get('s1.jsonl')!.body!))).toBe('');
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
