// The session store: one append-only JSON-lines journal per session. Every event
// is written in full and fsynced before the caller goes on (before the next
// keystroke is read), so a crash or kill -9 loses nothing that was entered. A write
// that fails (disk full, read-only, I/O error) is undone and reported with the event
// it could not keep, never half-kept: the journal stays readable.
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import type { SessionEvent } from '../session/events.js';
import { UserError } from '../errors.js';
import { checkEvent } from './event-shape.js';
import { sessionsDir, type MlsdPaths } from './paths.js';

/** The file-system calls the store makes: node:fs, or a stand-in that fails on cue (tests of a full disk). */
export type StoreFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'ftruncateSync' | 'fstatSync' | 'fchmodSync' | 'closeSync' | 'mkdirSync' | 'chmodSync' | 'readSync'
>;

export const defaultFs: StoreFs = nodeFs;

export interface Journal {
  id: string;
  path: string;
  fd: number;
  /** Bytes known to be on disk: a failed write is cut back to this. */
  size: number;
  fs: StoreFs;
  /** The session's lock (./lock.ts), released when the journal is closed. */
  lock?: { release(): void };
}

const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_RDONLY, O_RDWR, O_WRONLY } = nodeFs.constants;

/** Session ids are the file names of journals: letters, digits and hyphens, nothing that could leave the folder. */
const SESSION_REF = /^[A-Za-z0-9][A-Za-z0-9-]{0,199}$/;

/** Refuses, before any file is touched, a session argument that is not an id or an id prefix (`../x`, `/etc/passwd`, `%2e%2e`, a NUL). */
export function checkSessionRef(ref: string): string {
  if (!SESSION_REF.test(ref)) {
    throw new UserError(`${JSON.stringify(ref).slice(0, 80)} is not a session id (ids look like 20260121-103005-visual-search; see: mlsd history)`);
  }
  return ref;
}

export const journalPath = (paths: MlsdPaths, id: string): string => join(sessionsDir(paths), `${checkSessionRef(id)}.jsonl`);

const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'an input/output error',
  ELOOP: 'it is a symbolic link, which is not followed',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EMFILE: 'too many open files',
};

/** A file-system error in words, with its code: "the disk is full (ENOSPC)". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code) return error instanceof Error ? error.message : String(error);
  return reasons[code] ? `${reasons[code]} (${code})` : code;
}

/** An event the journal could not keep. It is not in the session; `event` says what it was so the UI can show it. */
export class JournalWriteError extends UserError {
  override name = 'JournalWriteError';
  constructor(
    readonly journal: Pick<Journal, 'id' | 'path'>,
    readonly event: SessionEvent,
    cause: unknown,
  ) {
    super(`could not save to ${journal.path}: ${describeFsError(cause)}. What was saved before is intact; free the problem, then: mlsd resume ${journal.id}`);
  }
}

export function ensureDir(dir: string, fs: StoreFs = defaultFs): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dir, 0o700);
  } catch (error) {
    throw new UserError(`cannot save sessions in ${dir}: ${describeFsError(error)}`);
  }
}

/**
 * A new journal, its name the first of `base`, `base-2`, `base-3`… that is free. Creation is
 * exclusive (O_EXCL), so two sessions started in the same second in two terminals get two ids.
 */
export function createJournal(paths: MlsdPaths, base: string, fs: StoreFs = defaultFs): Journal {
  const dir = sessionsDir(paths);
  ensureDir(dir, fs);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const path = journalPath(paths, id);
    let fd: number;
    try {
      fd = fs.openSync(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && n < 10_000) continue;
      throw new UserError(`cannot create a session in ${dir}: ${describeFsError(error)}`);
    }
    try {
      fs.fchmodSync(fd, 0o600); // whatever the umask
    } catch {
      // a file system without modes; O_CREAT already asked for 0600
    }
    return { id, path, fd, size: 0, fs };
  }
}

/** Opens an existing journal to append to it, first cutting off a torn last line so the next event starts on a line of its own. */
export function reopenJournal(paths: MlsdPaths, id: string, fs: StoreFs = defaultFs): Journal {
  const path = journalPath(paths, id);
  let fd: number | undefined;
  try {
    fd = fs.openSync(path, O_RDWR | O_NOFOLLOW);
    const size = fs.fstatSync(fd).size;
    const keep = size - tornTailLength(fs, fd, size);
    if (keep < size) {
      fs.ftruncateSync(fd, keep);
      fs.fsyncSync(fd);
    }
    fs.closeSync(fd);
    fd = fs.openSync(path, O_WRONLY | O_APPEND | O_NOFOLLOW);
    return { id, path, fd, size: keep, fs };
  } catch (error) {
    if (fd !== undefined) closeQuietly(fs, fd);
    throw new UserError(`cannot open ${path} to continue the session: ${describeFsError(error)}`);
  }
}

function tornTailLength(fs: StoreFs, fd: number, size: number): number {
  const chunk = Buffer.alloc(Math.min(size, 64 * 1024));
  let tail = 0;
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - chunk.length);
    const n = fs.readSync(fd, chunk, 0, end - start, start);
    const nl = chunk.subarray(0, n).lastIndexOf(0x0a);
    if (nl >= 0) return tail + (n - nl - 1);
    tail += n;
    end = start;
  }
  return tail;
}

/**
 * Writes one event as one line and fsyncs it. writeSync may write part of a buffer (a disk
 * filling up), so it loops; on any failure the file is cut back to where the line began and
 * a JournalWriteError says which event was not kept.
 */
export function appendEvent(journal: Journal, event: SessionEvent): void {
  const { fs } = journal;
  const bytes = Buffer.from(`${JSON.stringify(event)}\n`, 'utf8');
  try {
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(journal.fd, bytes, done, bytes.length - done);
    fs.fsyncSync(journal.fd);
  } catch (error) {
    try {
      fs.ftruncateSync(journal.fd, journal.size);
    } catch {
      // Could not undo: the torn line has no newline, and reopening cuts it.
    }
    throw new JournalWriteError(journal, event, error);
  }
  journal.size += bytes.length;
}

function closeQuietly(fs: StoreFs, fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // already closed
  }
}

export function closeJournal(journal: Journal): void {
  closeQuietly(journal.fs, journal.fd);
  journal.lock?.release();
}

export interface ReadJournal {
  events: SessionEvent[];
  warnings: string[];
}

/** The events of a journal. A torn last line (a write cut by a crash) is dropped with a warning; damage elsewhere is an error. Symbolic links are not followed. */
export function readJournal(path: string): ReadJournal {
  let text: string;
  try {
    const fd = nodeFs.openSync(path, O_RDONLY | O_NOFOLLOW);
    try {
      text = nodeFs.readFileSync(fd, 'utf8');
    } finally {
      nodeFs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${path}: ${code === 'ENOENT' ? 'no such session file' : `cannot read: ${describeFsError(error)}`}`);
  }
  return parseJournal(text, path);
}

export function parseJournal(text: string, path: string): ReadJournal {
  const lines = text.split('\n');
  const events: SessionEvent[] = [];
  const warnings: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const last = i === lines.length - 1; // no newline after it: the write was cut short
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      if (last) {
        warnings.push(`${path}:${i + 1}: ignored a torn last line (the process stopped while writing it)`);
        return;
      }
      throw new UserError(`${path}:${i + 1}: not a JSON event; the journal is damaged`);
    }
    const problem = checkEvent(event);
    if (problem) throw new UserError(`${path}:${i + 1}: not a session event (${problem}); the journal is damaged`);
    events.push(event as SessionEvent);
  });
  if (events[0]?.type !== 'started') throw new UserError(`${path}: not a session journal (no "started" event first)`);
  if (events.slice(1).some((e) => e.type === 'started')) throw new UserError(`${path}: two "started" events; the journal is damaged`);
  return { events, warnings };
}

export interface StoredSession {
  id: string;
  path: string;
}

/** Saved sessions, newest first (ids begin with their start time, so their order is the name order). Only regular files: a symbolic link is not a session. */
export function listSessions(paths: MlsdPaths): StoredSession[] {
  let entries: nodeFs.Dirent[];
  try {
    entries = nodeFs.readdirSync(sessionsDir(paths), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.jsonl'))
    .map((e) => e.name.slice(0, -'.jsonl'.length))
    .filter((id) => SESSION_REF.test(id))
    .sort()
    .reverse()
    .map((id) => ({ id, path: journalPath(paths, id) }));
}

/** A session by id, unique id prefix, or `latest`. */
export function resolveSession(paths: MlsdPaths, ref: string = 'latest'): StoredSession {
  if (ref !== 'latest') checkSessionRef(ref);
  const sessions = listSessions(paths);
  if (sessions.length === 0) throw new UserError('no saved sessions yet; start one with: mlsd drill <case>');
  if (ref === 'latest') return sessions[0]!;
  const exact = sessions.find((s) => s.id === ref);
  if (exact) return exact;
  const prefixed = sessions.filter((s) => s.id.startsWith(ref));
  if (prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length > 1) throw new UserError(`session "${ref}" is ambiguous: ${prefixed.slice(0, 5).map((s) => s.id).join(', ')}…`);
  throw new UserError(`no session "${ref}" (see: mlsd history)`);
}

/** The id a session started at `at` on `caseId` asks for, e.g. 20260121-103005-visual-search; createJournal adds -2, -3… when it is taken. */
export function sessionIdBase(at: number, caseId: string): string {
  const stamp = new Date(at).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${caseId}`;
}
