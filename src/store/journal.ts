// The session store: one append-only JSON-lines journal per session. Every event
// is written in full and fsynced before the caller goes on (before the next
// keystroke is read), so a crash or kill -9 loses nothing that was entered. A write
// that fails (disk full, read-only, I/O error) is undone and reported with the event
// it could not keep, never half-kept: the journal stays readable.
import * as nodeFs from 'node:fs';
import type { SessionEvent } from '../session/events.js';
import { UserError } from '../errors.js';
import { defaultFs, describeFsError, ensureDir, type StoreFs } from './fs-errors.js';
import { sessionsDir, type MlsdPaths } from './paths.js';
import { journalPath } from './session-files.js';
import { command } from '../text/command.js';

export type { StoreFs } from './fs-errors.js';

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

const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_RDWR, O_WRONLY } = nodeFs.constants;

/** An event the journal could not keep. It is not in the session; `event` says what it was so the UI can show it. */
export class JournalWriteError extends UserError {
  override name = 'JournalWriteError';
  constructor(
    readonly journal: Pick<Journal, 'id' | 'path'>,
    readonly event: SessionEvent,
    cause: unknown,
  ) {
    super(`could not save to ${journal.path}: ${describeFsError(cause)}. What was saved before is intact; free the problem, then: ${command(`resume ${journal.id}`)}`);
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

/**
 * Closes a journal this process holds and removes it: the session is left out entirely. Here, not
 * with the other removals (./discard.ts): a session's terminal needs it, and should not load the
 * journal reader and its checks before the first prompt.
 */
export function discardJournal(journal: Journal): void {
  closeJournal(journal);
  nodeFs.rmSync(journal.path, { force: true });
}
