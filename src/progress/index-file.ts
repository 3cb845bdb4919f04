// The history index on disk, `<data>/index.jsonl` (the line format: ./index-schema.ts).
// Reading it back is all or nothing for what is read: a header for another stamp, or any
// entry that is not well-formed, and the whole index counts as missing, so it is rebuilt
// from the journals (which stay the truth). A body is checked when it is first read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/atomic-write.js';
import type { MlsdPaths } from '../store/paths.js';
import { validateIndexBody, validateIndexEntry, validateIndexHeader } from './generated/validators.js';
import type { IndexEntry, SessionBody } from './index-schema.js';

export type { IndexEntry } from './index-schema.js';

/** An entry as stored: the body, when there is one, still the text after the tab. */
export interface StoredEntry {
  entry: IndexEntry;
  body?: string;
}

export const indexPath = (paths: MlsdPaths): string => join(paths.data, 'index.jsonl');

const isEntry = (value: unknown): value is IndexEntry =>
  validateIndexEntry(value) && ((value as IndexEntry).head !== undefined) !== ((value as IndexEntry).error !== undefined);

/** The entries of the index made under `stamp`, by journal name; empty when it is missing, stale or damaged. */
export function readIndex(path: string, stamp: string): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  let lines: string[];
  try {
    lines = readFileSync(path, 'utf8').split('\n');
  } catch {
    return entries;
  }
  try {
    const header: unknown = JSON.parse(lines[0] ?? '');
    if (!validateIndexHeader(header) || (header as { stamp: string }).stamp !== stamp) return entries;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line) continue;
      // JSON text never holds a raw tab: the first one ends the entry.
      const tab = line.indexOf('\t');
      const entry: unknown = JSON.parse(tab < 0 ? line : line.slice(0, tab));
      if (!isEntry(entry) || (entry.head !== undefined) !== tab >= 0) return new Map();
      entries.set(entry.name, tab < 0 ? { entry } : { entry, body: line.slice(tab + 1) });
    }
  } catch {
    return new Map(); // a line that is not JSON: damaged
  }
  return entries;
}

/** A stored body, parsed and checked; undefined when it is damaged. */
export function parseBody(text: string): SessionBody | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return validateIndexBody(body) ? (body as SessionBody) : undefined;
  } catch {
    return undefined;
  }
}

export function writeIndex(path: string, stamp: string, entries: readonly StoredEntry[]): void {
  const lines = entries.map(({ entry, body }) => (body === undefined ? JSON.stringify(entry) : `${JSON.stringify(entry)}\t${body}`));
  try {
    writeFileAtomic(path, `${[JSON.stringify({ index: 'mlsd-sessions', stamp }), ...lines].join('\n')}\n`);
  } catch {
    // A read-only data folder: the next run summarises again, nothing is lost.
  }
}
