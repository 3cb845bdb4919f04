// The history index on disk, `<data>/index.jsonl` (the line format: ./index-schema.ts).
// Reading it back is all or nothing for what is read: a header for another stamp, or any
// entry that is not well-formed, and the whole index counts as missing, so it is rebuilt
// from the journals (which stay the truth). A body is checked when it is first read.
// The file is read as bytes and only the entries are decoded: the bodies, five sixths of
// it, stay bytes until a command reads one (history reads none, stats its window's).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/atomic-write.js';
import type { MlsdPaths } from '../store/paths.js';
import { validateIndexBody, validateIndexEntry, validateIndexHeader } from './generated/validators.js';
import type { IndexEntry, SessionBody } from './index-schema.js';

export type { IndexEntry } from './index-schema.js';

/** An entry as stored: the body, when there is one, still the text after the tab (as read: its bytes). */
export interface StoredEntry {
  entry: IndexEntry;
  body?: string | Buffer;
}

export const indexPath = (paths: MlsdPaths): string => join(paths.data, 'index.jsonl');

const isEntry = (value: unknown): value is IndexEntry =>
  validateIndexEntry(value) && ((value as IndexEntry).head !== undefined) !== ((value as IndexEntry).error !== undefined);

/** The entries of the index made under `stamp`, by journal name; empty when it is missing, stale or damaged. */
export function readIndex(path: string, stamp: string): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return entries;
  }
  const NEWLINE = 0x0a;
  const TAB = 0x09;
  try {
    let end = bytes.indexOf(NEWLINE);
    if (end < 0) end = bytes.length;
    const header: unknown = JSON.parse(bytes.toString('utf8', 0, end));
    if (!validateIndexHeader(header) || (header as { stamp: string }).stamp !== stamp) return entries;
    // Where each line's entry and body are (as numbers, three a line: no object per line); then every entry
    // decoded and parsed in one go, as one JSON array (10,000 parses of a line each cost history a tenth of
    // its time).
    const lines: number[] = [];
    let entryBytes = 0;
    for (let start = end + 1; start < bytes.length; start = end + 1) {
      end = bytes.indexOf(NEWLINE, start);
      if (end < 0) end = bytes.length;
      if (end === start) continue;
      // JSON text never holds a raw tab: the first one ends the entry.
      let tab = bytes.indexOf(TAB, start);
      if (tab >= end) tab = -1;
      lines.push(start, tab, end);
      entryBytes += (tab < 0 ? end : tab) - start + 1;
    }
    const count = lines.length / 3;
    const joined = Buffer.allocUnsafe(entryBytes + 2);
    let at = 0;
    joined[at++] = 0x5b; // [
    for (let i = 0; i < lines.length; i += 3) {
      const tab = lines[i + 1]!;
      at += bytes.copy(joined, at, lines[i]!, tab < 0 ? lines[i + 2]! : tab);
      joined[at++] = 0x2c; // ,
    }
    joined[Math.max(at - 1, 1)] = 0x5d; // ] in place of the last comma
    const parsed: unknown = JSON.parse(joined.toString('utf8', 0, Math.max(at, 2)));
    // A line that was not one JSON value would change the count (or fail the parse): damaged.
    if (!Array.isArray(parsed) || parsed.length !== count) return new Map();
    for (let i = 0; i < count; i++) {
      const entry: unknown = parsed[i];
      const tab = lines[3 * i + 1]!;
      if (!isEntry(entry) || (entry.head !== undefined) !== tab >= 0) return new Map();
      entries.set(entry.name, tab < 0 ? { entry } : { entry, body: bytes.subarray(tab + 1, lines[3 * i + 2]!) });
    }
  } catch {
    return new Map(); // a line that is not JSON: damaged
  }
  return entries;
}

/** A stored body, parsed and checked; undefined when it is damaged. */
export function parseBody(text: string | Buffer): SessionBody | undefined {
  try {
    const body: unknown = JSON.parse(typeof text === 'string' ? text : text.toString('utf8'));
    return validateIndexBody(body) ? (body as SessionBody) : undefined;
  } catch {
    return undefined;
  }
}

export function writeIndex(path: string, stamp: string, entries: readonly StoredEntry[]): void {
  // Bodies read from the old index are written back as the bytes they were; the text between them
  // is encoded in runs, not a buffer per line (a rebuild writes 10,000 lines).
  const parts: Buffer[] = [];
  let text = `${JSON.stringify({ index: 'mlsd-sessions', stamp })}\n`;
  for (const { entry, body } of entries) {
    if (body === undefined) text += `${JSON.stringify(entry)}\n`;
    else if (typeof body === 'string') text += `${JSON.stringify(entry)}\t${body}\n`;
    else {
      parts.push(Buffer.from(`${text}${JSON.stringify(entry)}\t`), body);
      text = '\n';
    }
  }
  parts.push(Buffer.from(text));
  try {
    writeFileAtomic(path, Buffer.concat(parts));
  } catch {
    // A read-only data folder: the next run summarises again, nothing is lost.
  }
}
