// `mlsd delete <session>`: removes one saved session for good. It asks first at a
// terminal; without one it needs --yes, so a script never deletes by accident.
import { UserError } from '../errors.js';
import { formatDate } from '../report/duration.js';
import { deleteSession } from '../store/discard.js';
import { readJournal } from '../store/journal-read.js';
import { checkSessionRef, resolveSession } from '../store/session-files.js';
import { command } from '../text/command.js';
import { writeLine, type CliContext } from './context.js';

export interface DeleteOptions {
  yes?: boolean;
}

/** What the question and the confirmation name: the case, when, and how much was typed. */
export function describeSession(path: string): string {
  try {
    const { events } = readJournal(path);
    const started = events[0]!;
    const lines = events.filter((e) => e.type === 'line').length;
    const done = events.some((e) => e.type === 'finished') ? 'finished' : 'unfinished';
    return `${started.type === 'started' ? started.caseId || 'no case' : ''}, ${formatDate(started.at)}, ${done}, ${lines} line${lines === 1 ? '' : 's'} typed`;
  } catch {
    return 'a journal that cannot be read';
  }
}

export async function deleteSavedSession(ref: string, options: DeleteOptions, ctx: CliContext): Promise<void> {
  if (ref !== 'latest') checkSessionRef(ref);
  const stored = resolveSession(ctx.paths, ref);
  const what = `${stored.id} (${describeSession(stored.path)})`;
  if (!options.yes) {
    if (!ctx.interactive) throw new UserError(`not deleting ${stored.id} without confirmation: run it at a terminal, or add --yes`);
    const { confirmQuestion } = await import('../ui/prompts.js');
    const sure = await confirmQuestion(`Delete session ${what}? This cannot be undone.`, false, { input: ctx.stdin, output: ctx.stdout });
    if (!sure) {
      writeLine(ctx.stdout, 'Nothing deleted.');
      return;
    }
  }
  deleteSession(ctx.paths, stored.id);
  writeLine(ctx.stdout, `Deleted ${what}.`);
  writeLine(ctx.stdout, `Saved sessions: ${command('history')}`);
}
