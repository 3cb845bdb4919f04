// The session store: one append-only JSON-lines journal per session. Every event
// is written and fsynced before the caller goes on (before the next keystroke is
// read), so a crash or kill -9 loses nothing that was entered.
import { chmodSync, closeSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionEvent } from '../session/events.js';
import { UserError } from '../errors.js';
import { sessionsDir, type MlsdPaths } from './paths.js';

export interface Journal {
  id: string;
  path: string;
  fd: number;
}

export const journalPath = (paths: MlsdPaths, id: string): string => join(sessionsDir(paths), `${id}.jsonl`);

function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** Creates a new journal; fails if the id is taken. */
export function createJournal(paths: MlsdPaths, id: string): Journal {
  ensureDir(sessionsDir(paths));
  const path = journalPath(paths, id);
  const fd = openSync(path, 'wx', 0o600);
  return { id, path, fd };
}

/** Opens an existing journal to append to it, first cutting off a torn last line so the next event starts on a line of its own. */
export function reopenJournal(paths: MlsdPaths, id: string): Journal {
  const path = journalPath(paths, id);
  const fd = openSync(path, 'r+');
  const size = fstatSync(fd).size;
  const keep = size - tornTailLength(fd, size);
  if (keep < size) ftruncateSync(fd, keep);
  closeSync(fd);
  return { id, path, fd: openSync(path, 'a', 0o600) };
}

function tornTailLength(fd: number, size: number): number {
  const chunk = Buffer.alloc(Math.min(size, 64 * 1024));
  let tail = 0;
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - chunk.length);
    const n = readSync(fd, chunk, 0, end - start, start);
    const nl = chunk.subarray(0, n).lastIndexOf(0x0a);
    if (nl >= 0) return tail + (n - nl - 1);
    tail += n;
    end = start;
  }
  return tail;
}

export function appendEvent(journal: Journal, event: SessionEvent): void {
  writeSync(journal.fd, `${JSON.stringify(event)}\n`);
  fsyncSync(journal.fd);
}

export function closeJournal(journal: Journal): void {
  try {
    closeSync(journal.fd);
  } catch {
    // already closed
  }
}

export interface ReadJournal {
  events: SessionEvent[];
  warnings: string[];
}

/** The events of a journal. A torn last line (a write cut by a crash) is dropped with a warning; damage elsewhere is an error. */
export function readJournal(path: string): ReadJournal {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${path}: ${code === 'ENOENT' ? 'no such session file' : `cannot read (${code})`}`);
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
    if (!event || typeof event !== 'object' || typeof (event as { type?: unknown }).type !== 'string') {
      throw new UserError(`${path}:${i + 1}: not a session event`);
    }
    events.push(event as SessionEvent);
  });
  if (events[0]?.type !== 'started') throw new UserError(`${path}: not a session journal (no "started" event first)`);
  return { events, warnings };
}

export interface StoredSession {
  id: string;
  path: string;
}

/** Saved sessions, newest first (ids begin with their start time, so their order is the name order). */
export function listSessions(paths: MlsdPaths): StoredSession[] {
  let names: string[];
  try {
    names = readdirSync(sessionsDir(paths));
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.jsonl'))
    .map((n) => n.slice(0, -'.jsonl'.length))
    .sort()
    .reverse()
    .map((id) => ({ id, path: journalPath(paths, id) }));
}

/** A session by id, unique id prefix, or `latest`. */
export function resolveSession(paths: MlsdPaths, ref: string = 'latest'): StoredSession {
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

/** A new session id: its start time (sortable, in UTC) and the case, e.g. 20260121-103005-visual-search. */
export function newSessionId(at: number, caseId: string, taken: (id: string) => boolean): string {
  const stamp = new Date(at).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const base = `${stamp}-${caseId}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
