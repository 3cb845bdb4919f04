import chalk from 'chalk';
import { tableWidth, writeLine, type CliContext } from './context.js';
import { savedSessions } from './saved-sessions.js';
import { noSessionsYet } from '../progress/plans.js';
import { formatDate } from '../report/duration.js';
import { formatClock } from '../session/time.js';
import { plain } from '../text/plain.js';
import { fittedColumns } from '../report/table.js';
import type { SessionRecord } from '../progress/index-schema.js';
import { UserError } from '../errors.js';
import { pruneEmptySessions } from '../store/discard.js';
import { command } from '../text/command.js';

export interface HistoryOptions {
  json?: boolean;
  case?: string;
  limit?: string;
  pruneEmpty?: boolean;
}

/** One session as `mlsd history --json` prints it. */
export function historyRow(s: SessionRecord) {
  return {
    id: s.id,
    startedAt: new Date(s.startedAt).toISOString(),
    case: s.caseId,
    framework: s.frameworkId,
    mode: s.mode,
    strict: s.strict,
    usedMs: s.usedMs,
    score: s.score,
    finished: s.finished,
    steps: s.stepCount,
    stepsEnded: s.stepsEnded,
  };
}

/** A session whose clock never ran: quit at "Press Enter to start the clock" (or killed there). */
export const clockNeverRan = (s: SessionRecord): boolean => !s.finished && s.stepsEnded === 0 && s.usedMs === 0;

/**
 * The id already says the date and the case: in a narrow terminal those columns go first, then framework and
 * mode, then the duration (a long case id leaves no room for it at 60 columns); the score and whether it finished stay.
 */
const droppable = ['date', 'case', 'framework', 'mode', 'duration'];

/** `--limit N`: a whole number from 1 up. */
export function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1) throw new UserError(`--limit needs a whole number of sessions, 1 or more (got "${text}")`);
  return n;
}

/** The sessions history shows: those whose clock ran, of one case when asked (any letter case), newest first, at most `limit`. */
export function selectSessions(all: readonly SessionRecord[], options: { case?: string; limit?: number }): SessionRecord[] {
  const wanted = options.case?.toLowerCase();
  const chosen = all.filter((s) => !clockNeverRan(s) && (wanted === undefined || s.caseId.toLowerCase() === wanted));
  return options.limit === undefined ? chosen : chosen.slice(0, options.limit);
}

export async function history(options: HistoryOptions, ctx: CliContext): Promise<void> {
  const limit = parseLimit(options.limit); // a bad --limit is said before any work
  if (options.pruneEmpty) {
    const removed = pruneEmptySessions(ctx.paths);
    writeLine(ctx.stderr, removed.length === 0 ? 'No empty sessions to remove.' : `Removed ${removed.length} session${removed.length === 1 ? '' : 's'} whose clock never started.`);
  }
  const all = await savedSessions(ctx);
  const summaries = selectSessions(all, { case: options.case, limit });
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify(summaries.map(historyRow), null, 2));
    return;
  }
  if (summaries.length === 0) {
    writeLine(ctx.stdout, options.case && all.length > 0 ? `No sessions of case "${plain(options.case)}" yet. Start one: ${command(`drill ${plain(options.case)}`)}` : noSessionsYet(ctx.roots));
    return;
  }
  // A column at a time, straight from the records: no object per row (10,000 of them were a fifth of the garbage).
  const n = summaries.length;
  const showFramework = new Set(summaries.map((s) => s.frameworkId)).size > 1; // only when the sessions listed ran more than one
  const id = new Array<string>(n), date = new Array<string>(n), caseId = new Array<string>(n), framework = new Array<string>(showFramework ? n : 0);
  const mode = new Array<string>(n), duration = new Array<string>(n), score = new Array<string>(n), finished = new Array<string>(n);
  for (let r = 0; r < n; r++) {
    const s = summaries[r]!;
    id[r] = plain(s.id);
    date[r] = formatDate(s.startedAt);
    caseId[r] = plain(s.caseId);
    if (showFramework) framework[r] = plain(s.frameworkId);
    mode[r] = s.mode;
    duration[r] = formatClock(s.usedMs);
    score[r] = s.score === null ? '–' : String(s.score);
    finished[r] = s.finished ? 'yes' : chalk.yellow(`no (${s.stepsEnded}/${s.stepCount} steps)`);
  }
  const cells = new Map([['id', id], ['date', date], ['case', caseId], ...(showFramework ? [['framework', framework] as const] : []), ['mode', mode], ['duration', duration], ['score', score], ['finished', finished]]);
  const columns = [...cells.keys()];
  for (const piece of fittedColumns(columns, n, cells, tableWidth(ctx.stdout), droppable, { header: (h) => chalk.bold(h) })) ctx.stdout.write(piece);
  writeLine(ctx.stdout);
  const shown = `${summaries.length} session${summaries.length === 1 ? '' : 's'}, newest first`;
  writeLine(ctx.stdout, chalk.dim(`\n${shown}. Transcript: ${command('export <id>')}`));
  const empty = all.filter(clockNeverRan).length;
  if (empty > 0) writeLine(ctx.stdout, chalk.dim(`${empty} never started the clock (not listed); remove them: ${command('history --prune-empty')}`));
}
