// One process at a time per session: `mlsd resume` in a second terminal must not
// append to a journal another process is writing. A lock file per session, created
// whole and exclusively (written beside it, then hard-linked into place: link fails
// when the name exists), holding the owner's pid and host. A lock whose process is
// gone (kill -9, a crash) is stale and taken over at once, so resuming right after a
// crash just works. (proper-lockfile was considered: its staleness is an mtime
// refreshed on a timer, which keeps a crashed session locked for its stale period and
// throws when a laptop sleeps past it.)
import { hostname } from 'node:os';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { describeFsError, ensureDir } from './fs-errors.js';
import { checkSessionRef } from './session-files.js';
import type { MlsdPaths } from './paths.js';

export interface SessionLock {
  path: string;
  release(): void;
}

interface Owner {
  pid: number;
  host: string;
  at: number;
}

export const locksDir = (paths: MlsdPaths): string => join(paths.data, 'locks');
export const lockPath = (paths: MlsdPaths, id: string): string => join(locksDir(paths), `${checkSessionRef(id)}.lock`);

function readOwner(path: string): Owner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(path, 'utf8')) as Partial<Owner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host, at: Number(owner.at) } : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock left by a process of this machine that no longer runs. Another machine's lock (a shared folder) is never judged stale. */
const isStale = (owner: Owner | null): boolean => owner !== null && owner.host === hostname() && owner.pid !== process.pid && !alive(owner.pid);

/** Takes the lock of session `id`, or says who holds it. Released by `release()` and, failing that, when the process exits. */
export function lockSession(paths: MlsdPaths, id: string): SessionLock {
  const path = lockPath(paths, id);
  ensureDir(locksDir(paths));
  const me: Owner = { pid: process.pid, host: hostname(), at: Date.now() };
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, JSON.stringify(me), { mode: 0o600, flag: 'w' });
    fs.chmodSync(tmp, 0o600);
  } catch (error) {
    throw new UserError(`cannot lock session ${id} in ${locksDir(paths)}: ${describeFsError(error)}`);
  }
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        fs.linkSync(tmp, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new UserError(`cannot lock session ${id} in ${locksDir(paths)}: ${describeFsError(error)}`);
        }
      }
      const owner = readOwner(path);
      if (attempt < 3 && isStale(owner) && takeOver(path, owner!)) continue;
      throw busy(id, path, owner);
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    // Only our own lock: never one a later process took over.
    if (readOwner(path)?.pid === me.pid) fs.rmSync(path, { force: true });
  };
  process.on('exit', release);
  return { path, release };
}

/**
 * Moves a stale lock aside and checks that what was moved is the stale lock judged,
 * not a fresh one another process took in between (which is then put back).
 */
function takeOver(path: string, stale: Owner): boolean {
  const aside = `${path}.stale.${process.pid}`;
  try {
    fs.renameSync(path, aside);
  } catch {
    return true; // gone already: try again
  }
  const moved = readOwner(aside);
  if (moved?.pid === stale.pid && moved.at === stale.at) {
    fs.rmSync(aside, { force: true });
    return true;
  }
  try {
    fs.linkSync(aside, path);
  } catch {
    // someone holds it now either way
  }
  fs.rmSync(aside, { force: true });
  return false;
}

function busy(id: string, path: string, owner: Owner | null): UserError {
  const who = owner ? `process ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}` : 'another process';
  return new UserError(
    `session ${id} is open in another terminal (${who}); continue it there, or quit it there first. If no mlsd is running it, delete ${path}`,
  );
}
