import chalk from 'chalk';
import { writeLine, type CliContext } from './context.js';
import { savedSessions } from './saved-sessions.js';
import { recommendNext } from '../progress/next.js';
import { caseChoices } from '../progress/plans.js';
import { topicTitles } from '../progress/topic-titles.js';
import { plain } from '../text/plain.js';
import { UserError } from '../errors.js';
import { command } from '../text/command.js';

export interface NextOptions {
  json?: boolean;
}

export async function next(options: NextOptions, ctx: CliContext): Promise<void> {
  const summaries = await savedSessions(ctx);
  const titleOf = topicTitles(ctx.roots, summaries);
  const advice = recommendNext(summaries, caseChoices(ctx.roots), Date.now(), titleOf);
  if (!advice) throw new UserError(`no cases to practise: the content did not load (see: ${command('validate')})`);
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify(advice, null, 2));
    return;
  }
  const what = advice.step ? `${plain(advice.case.title)}, step ${plain(advice.step.title)}` : `${plain(advice.case.title)}, all steps`;
  writeLine(ctx.stdout, `${chalk.bold('Next:')} ${what}`);
  writeLine(ctx.stdout, `Why: ${plain(advice.reason)}`);
  if (advice.coach) writeLine(ctx.stdout, `Coach: ${plain(advice.coach)}`);
  if (advice.alsoDue.length > 0) writeLine(ctx.stdout, chalk.dim(`Then: ${advice.alsoDue.map((t) => plain(titleOf(t.id))).join(', ')}`));
  writeLine(ctx.stdout, `\n  ${chalk.cyan(advice.command)}`);
}
