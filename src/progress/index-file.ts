// The history index on disk, `<data>/index.jsonl` (what a line holds: ./index-schema.ts). Three parts:
//
//   {"index":"mlsd-sessions","stamp":…,"heads":N}   the header: N is the byte length of the next part
//   [                                                the entries, one a line, as one JSON array
//   {"name":…,"head":{…},"bodyBytes":B},
//   …
//   ]
//   {"steps":[…],…}                                  then the body of each entry with a head, one a
//   …                                                line, in the entries' order, B bytes each
//
// `history` reads the header and the entries only (a fifth of the file); a body is read from its place
// when a command first asks for it (`stats` its window's). Reading back is all or nothing for the
// entries: a header for another stamp, an entry that is not well-formed, or bodies that do not add up
// to the file's length, and the whole index counts as missing, so it is rebuilt from the journals
// (which stay the truth). A body is checked when it is first read; a damaged one is summarised again.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/atomic-write.js';
import type { MlsdPaths } from '../store/paths.js';
import { validateIndexBody, validateIndexEntry, validateIndexHeader } from './generated/validators.js';
import type { IndexEntry, SessionBody } from './index-schema.js';

export type { IndexEntry } from './index-schema.js';

/** An entry as stored: its body (for an entry with a head) as text, as bytes, or where it lies in the index file. */
export interface StoredEntry {
  entry: IndexEntry;
  body?: string | Buffer | BodyInFile;
}

export const indexPath = (paths: MlsdPaths): string => join(paths.data, 'index.jsonl');

/**
 * The bodies part of one index file as read. A few bodies are read one by one; past that (`next` reads
 * every one) the whole part at once. Each read checks the file is still the one the entries came from
 * (another command may have rewritten it since): if not, the body reads as empty, so as damaged, and is
 * summarised again from its journal.
 */
class Bodies {
  #part: Buffer | undefined;
  #reads = 0;
  #gone = false;

  constructor(
    private readonly path: string,
    private readonly start: number,
    private readonly identity: string,
  ) {}

  read(offset: number, length: number): Buffer {
    if (this.#gone) return Buffer.alloc(0);
    if (!this.#part && ++this.#reads > 32) this.#part = this.#readPart(this.start, Number.MAX_SAFE_INTEGER);
    if (this.#part) return this.#part.subarray(offset - this.start, offset - this.start + length);
    return this.#readPart(offset, length) ?? Buffer.alloc(0);
  }

  /** Reads the part now, so what is read later does not depend on the file (about to be rewritten). */
  keep(): void {
    this.#part ??= this.#readPart(this.start, Number.MAX_SAFE_INTEGER);
  }

  #readPart(offset: number, length: number): Buffer | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(this.path, 'r');
      const st = fstatSync(fd);
      if (identityOf(st) !== this.identity) {
        this.#gone = true;
        return undefined;
      }
      const bytes = Buffer.allocUnsafe(Math.min(length, st.size - offset));
      let got = 0;
      while (got < bytes.length) {
        const n = readSync(fd, bytes, got, bytes.length - got, offset + got);
        if (n === 0) return undefined;
        got += n;
      }
      return bytes;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

const identityOf = (st: { dev: number; ino: number; size: number; mtimeMs: number }) => `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;

/** Where a body lies in the index file it was read from. */
export class BodyInFile {
  constructor(
    private readonly bodies: Bodies,
    private readonly offset: number,
    private readonly length: number,
  ) {}

  bytes(): Buffer {
    return this.bodies.read(this.offset, this.length);
  }

  /** Its bytes kept in memory from now on (the index is about to be rewritten). */
  keep(): void {
    this.bodies.keep();
  }
}

/** A stored body's bytes or text. */
export const bodyText = (body: string | Buffer | BodyInFile): string | Buffer => (body instanceof BodyInFile ? body.bytes() : body);

const isEntry = (value: unknown): value is IndexEntry => {
  if (!validateIndexEntry(value)) return false;
  const entry = value as IndexEntry;
  // An entry has a head or an error, and a body's length exactly when it has a head.
  return (entry.head !== undefined) !== (entry.error !== undefined) && (entry.head !== undefined) === (entry.bodyBytes !== undefined);
};

const NEWLINE = 0x0a;

/** The entries of the index made under `stamp`, by journal name; empty when it is missing, stale or damaged. */
export function readIndex(path: string, stamp: string): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return entries;
  }
  try {
    const st = fstatSync(fd);
    // The header is one short line: the first 4 KB hold it.
    const first = Buffer.allocUnsafe(Math.min(4096, st.size));
    const firstRead = readSync(fd, first, 0, first.length, 0);
    const end = first.subarray(0, firstRead).indexOf(NEWLINE);
    if (end < 0) return entries;
    const header: unknown = JSON.parse(first.toString('utf8', 0, end));
    if (!validateIndexHeader(header)) return entries;
    const { stamp: written, heads: headBytes } = header as { stamp: string; heads: number };
    if (written !== stamp || end + 1 + headBytes > st.size) return entries;
    const heads = Buffer.allocUnsafe(headBytes);
    let got = 0;
    while (got < headBytes) {
      const n = readSync(fd, heads, got, headBytes - got, end + 1 + got);
      if (n === 0) return entries;
      got += n;
    }
    const parsed: unknown = JSON.parse(heads.toString('utf8'));
    if (!Array.isArray(parsed)) return entries;
    const bodies = new Bodies(path, end + 1 + headBytes, identityOf(st));
    let at = end + 1 + headBytes;
    const read: StoredEntry[] = [];
    for (const entry of parsed as unknown[]) {
      if (!isEntry(entry)) return entries;
      if (entry.bodyBytes === undefined) read.push({ entry });
      else {
        read.push({ entry, body: new BodyInFile(bodies, at, entry.bodyBytes) });
        at += entry.bodyBytes + 1;
      }
    }
    // The bodies fill the rest of the file exactly: one cut short, or a line too many, is damage.
    if (at !== st.size) return entries;
    for (const stored of read) entries.set(stored.entry.name, stored);
  } catch {
    return new Map(); // not JSON: damaged
  } finally {
    closeSync(fd);
  }
  return entries;
}

/** A stored body, parsed and checked; undefined when it is damaged. */
export function parseBody(text: string | Buffer | BodyInFile): SessionBody | undefined {
  try {
    const raw = bodyText(text);
    const body: unknown = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
    return validateIndexBody(body) ? (body as SessionBody) : undefined;
  } catch {
    return undefined;
  }
}

export function writeIndex(path: string, stamp: string, entries: readonly StoredEntry[]): void {
  // Bodies read from the old index are written back as the bytes they were.
  for (const { body } of entries) if (body instanceof BodyInFile) body.keep();
  const bodies: Buffer[] = [];
  const newline = Buffer.from('\n');
  const lines: string[] = [];
  for (const { entry, body } of entries) {
    if (body === undefined || entry.head === undefined) {
      const { bodyBytes: _none, ...alone } = entry;
      lines.push(JSON.stringify(alone));
      continue;
    }
    const raw = bodyText(body);
    const bytes = typeof raw === 'string' ? Buffer.from(raw) : raw;
    bodies.push(bytes, newline);
    lines.push(JSON.stringify({ ...entry, bodyBytes: bytes.length }));
  }
  const heads = Buffer.from(lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`);
  const header = Buffer.from(`${JSON.stringify({ index: 'mlsd-sessions', stamp, heads: heads.length })}\n`);
  try {
    writeFileAtomic(path, Buffer.concat([header, heads, ...bodies]));
  } catch {
    // A read-only data folder: the next run summarises again, nothing is lost.
  }
}
