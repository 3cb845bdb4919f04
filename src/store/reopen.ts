// Continuing a saved session: its journal replayed (every line checked as it is read),
// reopened to append to, and locked to this process. Apart from starting a session
// (./sessions.ts), so a new session's first prompt never loads the journal reader.
import { UserError } from '../errors.js';
import { SessionRun } from '../session/controller.js';
import type { SessionEvent } from '../session/events.js';
import { appendEvent, reopenJournal } from './journal.js';
import { readJournal } from './journal-read.js';
import { lockSession } from './lock.js';
import type { MlsdPaths } from './paths.js';
import { journalPath } from './session-files.js';
import { clock, type OpenSession, type PlanLoader } from './sessions.js';
import { command } from '../text/command.js';

/**
 * An existing session, replayed from its journal, ready to append to. The lock comes
 * first: a second terminal resuming the same session is refused before it reads or
 * trims anything.
 */
export function reopenSession(paths: MlsdPaths, loadPlan: PlanLoader, id: string, now = clock): OpenSession {
  const lock = lockSession(paths, id);
  try {
    const path = journalPath(paths, id);
    const { events, warnings } = readJournal(path);
    const first = events[0] as Extract<SessionEvent, { type: 'started' }>;
    const plan = loadPlan(first.frameworkId, first.caseId);
    const unknown = first.steps.filter((s) => !plan.steps.some((p) => p.id === s));
    if (unknown.length > 0) {
      throw new UserError(`${path}: framework "${plan.framework.id}" no longer has step ${unknown.map((s) => `"${s}"`).join(', ')}; the session cannot continue (export it with: ${command(`export ${id}`)})`);
    }
    const journal = reopenJournal(paths, id);
    journal.lock = lock;
    const run = new SessionRun(plan, events, { append: (e) => appendEvent(journal, e), now });
    return { run, journal, warnings };
  } catch (error) {
    lock.release();
    throw error;
  }
}
