// The history index on disk, `<data>/index.jsonl` (what a line holds: ./index-schema.ts). Three parts:
//
//   {"index":"mlsd-sessions","stamp":…,"heads":N}   the header: N is the byte length of the next line
//   {"sessions":{"id":[…],…,"bodyBytes":[…]},"unread":[…]}
//                                                    the entries, one line: the sessions as columns (one
//                                                    array per field, a session per position), and the
//                                                    journals that could not be read
//   {"steps":[…],…}                                  then the body of each session, one a line, in the
//   …                                                sessions' order, bodyBytes each
//
// `history` reads the header and the entries only (a tenth of the file); a body is read from its place
// when a command first asks for it (`stats` its window's). Reading back is all or nothing for the
// entries: a header for another stamp, entries that do not match their schema, columns of different
// lengths, or bodies that do not add up to the file's length, and the whole index counts as missing, so
// it is rebuilt from the journals (which stay the truth). A body is checked when it is first read; a
// damaged one is summarised again.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/atomic-write.js';
import type { MlsdPaths } from '../store/paths.js';
import { validateIndexBody, validateIndexEntries, validateIndexHeader } from './generated/validators.js';
import type { IndexEntries, IndexEntry, SessionBody, SessionColumns, SessionHead, UnreadEntry } from './index-schema.js';

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

const headFields = ['id', 'caseId', 'frameworkId', 'mode', 'strict', 'startedAt', 'finished', 'usedMs', 'score', 'stepCount', 'stepsEnded', 'pace'] as const;
// Every field of a head has its column above: one added to the head's schema fails this check until it does.
export const everyHeadFieldColumned: Exclude<keyof SessionHead, (typeof headFields)[number]> extends never ? true : never = true;
const columnNames = [...headFields, 'name', 'size', 'mtimeMs', 'content', 'bodyBytes'] as const satisfies readonly (keyof SessionColumns)[];

/** The head of the session at a row of the columns, read from them when asked: a cursor moved row to row, or a record's head (./indexed-record.ts). */
export class HeadAt implements SessionHead {
  constructor(
    private readonly c: SessionColumns,
    public row = 0,
  ) {}
  get id() { return this.c.id[this.row]!; }
  get caseId() { return this.c.shared[this.c.caseId[this.row]!]!; }
  get frameworkId() { return this.c.shared[this.c.frameworkId[this.row]!]!; }
  get mode() { return this.c.mode[this.row]!; }
  get strict() { return this.c.strict[this.row]!; }
  get startedAt() { return this.c.startedAt[this.row]!; }
  get finished() { return this.c.finished[this.row]!; }
  get usedMs() { return this.c.usedMs[this.row]!; }
  get score() { return this.c.score[this.row]!; }
  get pace() { return this.c.pace[this.row] ?? undefined; }
  get stepCount() { return this.c.stepCount[this.row]!; }
  get stepsEnded() { return this.c.stepsEnded[this.row]!; }
}

/** A copy of a head as a plain object (no pace for full-length boxes). */
function headOf(at: SessionHead): SessionHead {
  const head: SessionHead = {
    id: at.id, caseId: at.caseId, frameworkId: at.frameworkId, mode: at.mode, strict: at.strict, startedAt: at.startedAt,
    finished: at.finished, usedMs: at.usedMs, score: at.score, stepCount: at.stepCount, stepsEnded: at.stepsEnded,
  };
  if (at.pace !== undefined) head.pace = at.pace;
  return head;
}

/** The journal file of a session: its name is null in the columns when it is the id's. */
const journalName = (c: SessionColumns, row: number): string => c.name[row] ?? `${c.id[row]!}.jsonl`;

/**
 * An index as read: the sessions' columns, each session's row by its id (when its journal is named for it,
 * as all are unless renamed: no journal name is made for each) or else by journal name, and where its body lies.
 */
export class IndexRead {
  readonly head: HeadAt;

  constructor(
    readonly sessions: SessionColumns,
    private readonly byId: Map<string, number>,
    private readonly byName: Map<string, number>,
    private readonly unread: Map<string, UnreadEntry>,
    private readonly offsets: readonly number[],
    private readonly bodies: Bodies | undefined,
  ) {
    this.head = new HeadAt(sessions);
  }

  static empty(): IndexRead {
    return new IndexRead(emptyColumns(), new Map(), new Map(), new Map(), [], undefined);
  }

  get size(): number {
    return this.byId.size + this.byName.size + this.unread.size;
  }

  /** The session row of a journal (a `.jsonl` file name), if the index holds a session for it. */
  rowOf(name: string): number | undefined {
    return this.byId.get(name.slice(0, -'.jsonl'.length)) ?? this.byName.get(name);
  }

  /** The string at a position in the shared strings (a case, a framework, a content stamp). */
  shared(at: number): string {
    return this.sessions.shared[at]!;
  }

  /** The entry of a journal the index holds no session for (it could not be read). */
  unreadOf(name: string): UnreadEntry | undefined {
    return this.unread.get(name);
  }

  /** The body of the session at `row`, from its place in the file. */
  body(row: number): BodyInFile {
    return new BodyInFile(this.bodies!, this.offsets[row]!, this.sessions.bodyBytes[row]!);
  }

  /** The session at `row` as an entry and body, to be written back. */
  stored(row: number): StoredEntry {
    const c = this.sessions;
    this.head.row = row;
    const entry = { name: journalName(c, row), size: c.size[row]!, mtimeMs: c.mtimeMs[row]!, content: c.shared[c.content[row]!]!, head: headOf(this.head) };
    return { entry, body: this.body(row) };
  }

  /** A journal's entry as stored, by name. */
  get(name: string): StoredEntry | undefined {
    const row = this.rowOf(name);
    if (row !== undefined) return this.stored(row);
    const entry = this.unread.get(name);
    return entry && { entry };
  }

  keys(): IterableIterator<string> {
    const rows = [...this.byId.values(), ...this.byName.values()].sort((a, b) => a - b);
    return [...rows.map((row) => journalName(this.sessions, row)), ...this.unread.keys()].values();
  }

  values(): IterableIterator<StoredEntry> {
    return [...this.keys()].map((name) => this.get(name)!).values();
  }
}

function emptyColumns(): SessionColumns {
  return Object.fromEntries([...columnNames, 'shared'].map((name) => [name, []])) as unknown as SessionColumns;
}

const NEWLINE = 0x0a;

/** The index made under `stamp`; empty when it is missing, stale or damaged. */
export function readIndex(path: string, stamp: string): IndexRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return IndexRead.empty();
  }
  try {
    const st = fstatSync(fd);
    // The header is one short line: the first 4 KB hold it.
    const first = Buffer.allocUnsafe(Math.min(4096, st.size));
    const firstRead = readSync(fd, first, 0, first.length, 0);
    const end = first.subarray(0, firstRead).indexOf(NEWLINE);
    if (end < 0) return IndexRead.empty();
    const header: unknown = JSON.parse(first.toString('utf8', 0, end));
    if (!validateIndexHeader(header)) return IndexRead.empty();
    const { stamp: written, heads: headBytes } = header as { stamp: string; heads: number };
    if (written !== stamp || end + 1 + headBytes > st.size) return IndexRead.empty();
    const heads = Buffer.allocUnsafe(headBytes);
    let got = 0;
    while (got < headBytes) {
      const n = readSync(fd, heads, got, headBytes - got, end + 1 + got);
      if (n === 0) return IndexRead.empty();
      got += n;
    }
    const parsed: unknown = JSON.parse(heads.toString('utf8'));
    if (!validateIndexEntries(parsed)) return IndexRead.empty();
    const { sessions, unread } = parsed as IndexEntries;
    const count = sessions.id.length;
    if (columnNames.some((name) => sessions[name].length !== count)) return IndexRead.empty();
    const strings = sessions.shared.length;
    const bodies = new Bodies(path, end + 1 + headBytes, identityOf(st));
    const offsets = new Array<number>(count);
    const byId = new Map<string, number>();
    const byName = new Map<string, number>();
    let at = end + 1 + headBytes;
    for (let row = 0; row < count; row++) {
      if (sessions.caseId[row]! >= strings || sessions.frameworkId[row]! >= strings || sessions.content[row]! >= strings) return IndexRead.empty();
      offsets[row] = at;
      at += sessions.bodyBytes[row]! + 1;
      const name = sessions.name[row];
      if (name === null || name === undefined) byId.set(sessions.id[row]!, row);
      else byName.set(name, row);
    }
    // The bodies fill the rest of the file exactly: one cut short, or a line too many, is damage.
    if (at !== st.size) return IndexRead.empty();
    return new IndexRead(sessions, byId, byName, new Map(unread.map((entry) => [entry.name, entry])), offsets, bodies);
  } catch {
    return IndexRead.empty(); // not JSON: damaged
  } finally {
    closeSync(fd);
  }
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

/**
 * The bodies part as few pieces as it can be: bytes read from the old index that lay one after another
 * there (newline included) as one slice of it, texts as they are, each encoded once straight into the
 * file's bytes. A rebuild writes 10,000 bodies: a buffer made and copied for each was a fifth of its time,
 * and the texts joined, then encoded, then copied into the file's bytes were half of what was left (the
 * workers idle meanwhile) and the peak of its memory.
 */
class BodiesPart {
  #pieces: (string | Buffer)[] = [];
  #run: { from: Buffer; start: number; end: number } | undefined;
  /** The byte length of the part, newlines included. */
  bytes = 0;

  add(raw: string | Buffer): number {
    if (typeof raw === 'string') {
      this.#endRun();
      const length = Buffer.byteLength(raw);
      this.#pieces.push(raw);
      this.bytes += length + 1;
      return length;
    }
    const run = this.#run;
    const from = Buffer.from(raw.buffer, 0, raw.buffer.byteLength);
    this.bytes += raw.length + 1;
    if (run && run.from.buffer === raw.buffer && run.end === raw.byteOffset && from[raw.byteOffset + raw.length] === NEWLINE) {
      run.end = raw.byteOffset + raw.length + 1;
    } else {
      this.#endRun();
      if (from[raw.byteOffset + raw.length] === NEWLINE) this.#run = { from, start: raw.byteOffset, end: raw.byteOffset + raw.length + 1 };
      else this.#pieces.push(raw, NEWLINE_BYTE);
    }
    return raw.length;
  }

  #endRun(): void {
    if (this.#run) this.#pieces.push(this.#run.from.subarray(this.#run.start, this.#run.end));
    this.#run = undefined;
  }

  /** Writes the part into `out` from `at`; gives where it ended. A text is followed by its newline, bytes carry theirs. */
  writeInto(out: Buffer, at: number): number {
    this.#endRun();
    for (const piece of this.#pieces) {
      if (typeof piece === 'string') {
        at += out.write(piece, at);
        out[at++] = NEWLINE;
      } else {
        out.set(piece, at);
        at += piece.length;
      }
    }
    return at;
  }
}

const NEWLINE_BYTE = Buffer.from('\n');

export function writeIndex(path: string, stamp: string, entries: readonly StoredEntry[]): void {
  // Bodies read from the old index are written back as the bytes they were.
  for (const { body } of entries) if (body instanceof BodyInFile) body.keep();
  const bodies = new BodiesPart();
  const sessions = emptyColumns();
  const unread: UnreadEntry[] = [];
  const shared = new Map<string, number>();
  const share = (text: string): number => {
    let at = shared.get(text);
    if (at === undefined) shared.set(text, (at = shared.size));
    return at;
  };
  for (const { entry, body } of entries) {
    if (body === undefined || entry.head === undefined) {
      if (entry.error !== undefined) unread.push({ name: entry.name, size: entry.size, mtimeMs: entry.mtimeMs, error: entry.error });
      continue;
    }
    const bodyBytes = bodies.add(bodyText(body));
    const { head } = entry;
    for (const field of headFields) (sessions[field] as unknown[]).push(field === 'caseId' || field === 'frameworkId' ? share(head[field]) : (head[field] ?? null));
    sessions.name.push(entry.name === `${head.id}.jsonl` ? null : entry.name);
    sessions.size.push(entry.size);
    sessions.mtimeMs.push(entry.mtimeMs);
    sessions.content.push(share(entry.content));
    sessions.bodyBytes.push(bodyBytes);
  }
  sessions.shared = [...shared.keys()];
  const heads = `${JSON.stringify({ sessions, unread })}\n`;
  const headsBytes = Buffer.byteLength(heads);
  const header = `${JSON.stringify({ index: 'mlsd-sessions', stamp, heads: headsBytes })}\n`;
  // The file's bytes made once, each part encoded or copied into its place.
  const out = Buffer.allocUnsafe(Buffer.byteLength(header) + headsBytes + bodies.bytes);
  let at = out.write(header, 0);
  at += out.write(heads, at);
  if (bodies.writeInto(out, at) !== out.length) throw new Error('internal error: the history index was not the length reckoned');
  try {
    writeFileAtomic(path, out);
  } catch {
    // A read-only data folder: the next run summarises again, nothing is lost.
  }
}
