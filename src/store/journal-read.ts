// Reading a journal back: every line checked against the events' schema, so a damaged
// or hand-edited journal is refused with its line number; a torn last line (a write cut
// short by a crash) is dropped with a warning.
import * as nodeFs from 'node:fs';
import type { SessionEvent } from '../session/events.js';
import { UserError } from '../errors.js';
import { checkEvent, withSoundVerdict } from './event-shape.js';
import { describeFsError } from './fs-errors.js';

const { O_NOFOLLOW, O_RDONLY } = nodeFs.constants;

export interface ReadJournal {
  events: SessionEvent[];
  warnings: string[];
}

/** The events of a journal. A torn last line (a write cut by a crash) is dropped with a warning; damage elsewhere is an error. Symbolic links are not followed. */
export function readJournal(path: string): ReadJournal {
  return parseJournal(journalText(path).text, path);
}

/**
 * A journal's text, and its size and time as they were before it was read (from the open file, which a
 * rebuild of the history index keys its entry by: a stat by path of each of 10,000 journals cost more).
 */
export function journalText(path: string): { text: string; size: number; mtimeMs: number } {
  try {
    const fd = nodeFs.openSync(path, O_RDONLY | O_NOFOLLOW);
    try {
      const { size, mtimeMs } = nodeFs.fstatSync(fd);
      return { text: nodeFs.readFileSync(fd, 'utf8'), size, mtimeMs };
    } finally {
      nodeFs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${path}: ${code === 'ENOENT' ? 'no such session file' : `cannot read: ${describeFsError(error)}`}`);
  }
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
    events.push(withSoundVerdict(event as SessionEvent));
  });
  if (events[0]?.type !== 'started') throw new UserError(`${path}: not a session journal (no "started" event first)`);
  if (events.slice(1).some((e) => e.type === 'started')) throw new UserError(`${path}: two "started" events; the journal is damaged`);
  return { events, warnings };
}

