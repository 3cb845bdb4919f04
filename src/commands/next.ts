import chalk from 'chalk';
import { textWidth, writeLine, type CliContext } from './context.js';
import { wrap } from '../text/wrap.js';
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
  // Said in whole words at the terminal's width (a long reason no longer breaks mid-word).
  const say = (label: string, text: string) => wrap(plain(text), textWidth(ctx.stdout), `${label} `).join('\n');
  writeLine(ctx.stdout, say('Why:', advice.reason));
  if (advice.coach) writeLine(ctx.stdout, say('Coach:', advice.coach));
  if (advice.alsoDue.length > 0) writeLine(ctx.stdout, chalk.dim(say('Then:', advice.alsoDue.map((t) => titleOf(t.id)).join(', '))));
  writeLine(ctx.stdout, `\n  ${chalk.cyan(advice.command)}`);
}
