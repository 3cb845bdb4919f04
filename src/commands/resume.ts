import type { CliContext } from './context.js';
import { loadPlan } from '../content/load.js';
import { UserError } from '../errors.js';
import type { SessionEvent } from '../session/events.js';
import { closeJournal } from '../store/journal.js';
import { neverStarted } from '../store/discard.js';
import { readJournal } from '../store/journal-read.js';
import { checkSessionRef, listSessions, resolveSession } from '../store/session-files.js';
import { reopenSession } from '../store/reopen.js';
import { needsTerminal, sessionAtTerminal } from './terminal.js';
import { command } from '../text/command.js';

export async function resume(session: string | undefined, ctx: CliContext): Promise<void> {
  if (session !== undefined && session !== 'latest') checkSessionRef(session);
  const named = session === undefined || session === 'latest' ? undefined : resolveSession(ctx.paths, session).id;
  if (!ctx.interactive) throw needsTerminal('resume');
  const id = named ?? latestUnfinished(ctx);
  const open = reopenSession(ctx.paths, (framework, kase) => loadPlan(ctx.roots, framework, kase), id);
  const refusal = open.run.state.finished
    ? `session ${id} is finished; see it with: ${command(`export ${id}`)}`
    : open.run.state.source === 'answers'
      ? `session ${id} ran from an answers file; there is nothing to resume`
      : null;
  if (refusal) {
    closeJournal(open.journal);
    throw new UserError(refusal);
  }
  await sessionAtTerminal(open, ctx, { resumed: true });
}

/** The newest session that is not finished; the last event says, so only the tail of each journal matters. */
function latestUnfinished(ctx: CliContext): string {
  const sessions = listSessions(ctx.paths);
  if (sessions.length === 0) throw new UserError(`no saved sessions yet; start one with: ${command('drill <case>')}`);
  for (const s of sessions) {
    let events: SessionEvent[];
    try {
      events = readJournal(s.path).events;
    } catch {
      continue; // a damaged journal is not the one to resume; export or history name it
    }
    const resumable = !events.some((e) => e.type === 'finished') && !events.some((e) => e.type === 'started' && e.source === 'answers');
    if (resumable && !neverStarted(events)) return s.id;
  }
  throw new UserError(`every saved session is finished; start a new one with: ${command('practice')}`);
}
