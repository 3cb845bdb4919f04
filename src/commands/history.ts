import chalk from 'chalk';
import { writeLine, type CliContext } from './context.js';
import { savedSessions } from './saved-sessions.js';
import { noSessionsYet } from '../progress/plans.js';
import { formatDate, formatDuration } from '../report/duration.js';
import { plain } from '../text/plain.js';
import { table } from '../report/table.js';
import type { SessionRecord } from '../progress/index-schema.js';

export interface HistoryOptions {
  json?: boolean;
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

export async function history(options: HistoryOptions, ctx: CliContext): Promise<void> {
  const summaries = await savedSessions(ctx);
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify(summaries.map(historyRow), null, 2));
    return;
  }
  if (summaries.length === 0) {
    writeLine(ctx.stdout, noSessionsYet(ctx.roots));
    return;
  }
  const rows = summaries.map((s) => ({
    id: plain(s.id),
    date: formatDate(s.startedAt),
    case: plain(s.caseId),
    mode: s.mode,
    duration: formatDuration(s.usedMs),
    score: s.score === null ? '–' : String(s.score),
    finished: s.finished ? 'yes' : chalk.yellow(`no (${s.stepsEnded}/${s.stepCount} steps)`),
  }));
  const columns = ['id', 'date', 'case', 'mode', 'duration', 'score', 'finished'];
  writeLine(ctx.stdout, table(columns, rows, { header: (h) => chalk.bold(h) }));
  writeLine(ctx.stdout, chalk.dim(`\n${summaries.length} session${summaries.length === 1 ? '' : 's'}, newest first. Transcript: mlsd export <id>`));
}
