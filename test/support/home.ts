// Temporary homes for tests: every store and every user content folder lives in a
// fresh MLSD_HOME, so no test reads or writes the real home.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MlsdPaths } from '../../src/store/paths.js';
import type { SessionEvent } from '../../src/session/events.js';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const bin = join(repoRoot, 'bin', 'mlsd.js');

/** A fresh MLSD_HOME. */
export function tempHome(prefix = 'mlsd-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Where the store keeps things under a home (as MLSD_HOME sets them). */
export const pathsOf = (home: string): MlsdPaths => ({ config: home, data: join(home, 'data') });

export const sessionsFolder = (home: string): string => join(home, 'data', 'sessions');

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** The journal files of a home, oldest first. */
export function journals(home: string): string[] {
  try {
    return readdirSync(sessionsFolder(home))
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => join(sessionsFolder(home), name));
  } catch {
    return [];
  }
}

/** The events of a home's only (or first) journal, as written; a torn last line is left out. */
export function events(home: string, journal = journals(home)[0]): SessionEvent[] {
  if (!journal) return [];
  return readFileSync(journal, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        return line ? [JSON.parse(line) as SessionEvent] : [];
      } catch {
        return [];
      }
    });
}

/** The answer lines of a home's first journal, in order. */
export const lines = (home: string): string[] => events(home).flatMap((e) => (e.type === 'line' ? [e.text] : []));
