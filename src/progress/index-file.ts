// The history index on disk, `<data>/index.jsonl`: a header line with the stamp the
// cache was made under, then one entry per journal. Reading it back is all or nothing:
// a header for another stamp, or any line that is not a well-formed entry, and the
// whole index counts as missing, so it is rebuilt from the journals (which stay the truth).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/atomic-write.js';
import type { MlsdPaths } from '../store/paths.js';
import { validateIndexEntry, validateIndexHeader } from './generated/validators.js';
import type { IndexEntry } from './index-schema.js';

export type { IndexEntry } from './index-schema.js';

export const indexPath = (paths: MlsdPaths): string => join(paths.data, 'index.jsonl');

const isEntry = (value: unknown): value is IndexEntry =>
  validateIndexEntry(value) && ((value as IndexEntry).summary !== undefined || (value as IndexEntry).error !== undefined);

/** The entries of the index made under `stamp`, by journal name; empty when it is missing, stale or damaged. */
export function readIndex(path: string, stamp: string): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
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
      const entry: unknown = JSON.parse(line);
      if (!isEntry(entry)) return new Map();
      entries.set(entry.name, entry);
    }
  } catch {
    return new Map(); // a line that is not JSON: damaged
  }
  return entries;
}

export function writeIndex(path: string, stamp: string, entries: readonly IndexEntry[]): void {
  const body = [JSON.stringify({ index: 'mlsd-sessions', stamp }), ...entries.map((e) => JSON.stringify(e))].join('\n');
  try {
    writeFileAtomic(path, `${body}\n`);
  } catch {
    // A read-only data folder: the next run summarises again, nothing is lost.
  }
}
