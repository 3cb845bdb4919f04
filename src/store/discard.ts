// Removing saved sessions: one the user names (`mlsd delete`), and those whose clock
// never started (quit at "Press Enter to start the clock"), which hold nothing typed.
// A session another process has open is never removed: its lock is taken first.
import { rmSync } from 'node:fs';
import type { SessionEvent } from '../session/events.js';
import { readJournal } from './journal-read.js';
import { lockSession } from './lock.js';
import type { MlsdPaths } from './paths.js';
import { journalPath, listSessions, resolveSession, type StoredSession } from './session-files.js';

/** A session whose clock never started: no step began, so nothing was typed into it. */
export const neverStarted = (events: readonly SessionEvent[]): boolean => !events.some((e) => e.type === 'step-started');

/** Deletes a saved session's journal, after taking its lock (a user error when another terminal has it open). */
export function deleteSession(paths: MlsdPaths, id: string): void {
  const lock = lockSession(paths, id);
  try {
    rmSync(journalPath(paths, id), { force: true });
  } finally {
    lock.release();
  }
}

/** True when the journal at `path` reads as a session whose clock never started; a damaged one is not judged empty. */
export function isEmptyJournal(path: string): boolean {
  try {
    return neverStarted(readJournal(path).events);
  } catch {
    return false;
  }
}

/** Removes every saved session whose clock never started and that no other process has open; returns their ids. */
export function pruneEmptySessions(paths: MlsdPaths): string[] {
  const removed: string[] = [];
  for (const session of listSessions(paths)) {
    if (!isEmptyJournal(session.path)) continue;
    try {
      deleteSession(paths, session.id);
      removed.push(session.id);
    } catch {
      // open in another terminal (waiting for Enter there): it is that process's to keep or drop
    }
  }
  return removed;
}

/** `latest` as export means it: the newest session whose clock started (one quit at the start screen held nothing). */
export function latestStartedSession(paths: MlsdPaths): StoredSession {
  const sessions = listSessions(paths);
  return sessions.find((s) => !isEmptyJournal(s.path)) ?? resolveSession(paths, 'latest');
}
