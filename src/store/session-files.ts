// Saved sessions on disk: one journal per session in <data>/sessions, named by its id.
// Ids are checked before any file is touched, and only regular files count.
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { sessionsDir, type MlsdPaths } from './paths.js';
import { command } from '../text/command.js';

/** Session ids are the file names of journals: letters, digits and hyphens, nothing that could leave the folder. */
export const SESSION_REF = /^[A-Za-z0-9][A-Za-z0-9-]{0,199}$/;

/** Refuses, before any file is touched, a session argument that is not an id or an id prefix (`../x`, `/etc/passwd`, `%2e%2e`, a NUL). */
export function checkSessionRef(ref: string): string {
  if (!SESSION_REF.test(ref)) {
    throw new UserError(`${JSON.stringify(ref).slice(0, 80)} is not a session id (ids look like 20260121-103005-visual-search; see: ${command('history')})`);
  }
  return ref;
}

export const journalPath = (paths: MlsdPaths, id: string): string => join(sessionsDir(paths), `${checkSessionRef(id)}.jsonl`);


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
  if (sessions.length === 0) throw new UserError(`no saved sessions yet; start one with: ${command('drill <case>')}`);
  if (ref === 'latest') return sessions[0]!;
  const exact = sessions.find((s) => s.id === ref);
  if (exact) return exact;
  const prefixed = sessions.filter((s) => s.id.startsWith(ref));
  if (prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length > 1) throw new UserError(`session "${ref}" is ambiguous: ${prefixed.slice(0, 5).map((s) => s.id).join(', ')}…`);
  throw new UserError(`no session "${ref}" (see: ${command('history')})`);
}

/** The id a session started at `at` on `caseId` asks for, e.g. 20260121-103005-visual-search; createJournal adds -2, -3… when it is taken. */
export function sessionIdBase(at: number, caseId: string): string {
  const stamp = new Date(at).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${caseId}`;
}
