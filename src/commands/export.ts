import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { writeLine, type CliContext } from './context.js';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import { planSource } from '../progress/plans.js';
import { sessionJson } from '../report/session-json.js';
import { sessionView } from '../report/session-view.js';
import { transcriptMarkdown } from '../report/transcript.js';
import { summarize } from '../session/summarize.js';
import { readJournal } from '../store/journal-read.js';
import { latestStartedSession } from '../store/discard.js';
import { resolveSession } from '../store/session-files.js';

export interface ExportOptions {
  format?: 'md' | 'json';
  output?: string;
}

export async function exportSession(session: string, options: ExportOptions, ctx: CliContext): Promise<void> {
  const stored = session === 'latest' ? latestStartedSession(ctx.paths) : resolveSession(ctx.paths, session);
  const { events, warnings } = readJournal(stored.path);
  for (const w of warnings) writeLine(ctx.stderr, `mlsd: warning: ${w}`);
  const started = events[0];
  if (started?.type !== 'started') throw new UserError(`${stored.path}: not a session journal`);
  const plans = planSource(ctx.roots);
  const plan = plans.find(started.caseId, started.frameworkId);
  for (const w of plans.warnings()) writeLine(ctx.stderr, `mlsd: warning: ${w}`);
  const view = sessionView(events, summarize(events, plan ?? plans.plan(started.caseId, started.frameworkId)), plan);
  const text = options.format === 'json' ? sessionJson(view) : transcriptMarkdown(view);
  if (!options.output) {
    ctx.stdout.write(text);
    return;
  }
  const target = resolve(options.output);
  if (!existsSync(dirname(target))) throw new UserError(`cannot write ${options.output}: no folder ${dirname(target)}`);
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    throw new UserError(`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  writeLine(ctx.stderr, `Wrote ${options.output} (${view.summary.id}${view.summary.finished ? '' : ', unfinished'})`);
}
