// A case's reference outline: what a strong answer says, phase by phase, titled as
// the framework names its steps. Shown after a session and by `mlsd show --reference`.
import chalk from 'chalk';
import type { Case, Framework } from '../content/model.js';
import { referencePhases } from '../content/model.js';
import { phaseTitle } from '../content/plan.js';
import { wrap } from '../text/wrap.js';

/** The reference outline, all phases in order: shown after a session, never before. */
export function referenceText(kase: Case, framework: Pick<Framework, 'steps'>, width = 80): string {
  const lines: string[] = [chalk.bold(`Reference outline: ${kase.title}`)];
  for (const phase of referencePhases) {
    const bullets = kase.reference[phase];
    if (!bullets || bullets.length === 0) continue;
    lines.push('', chalk.bold(phaseTitle(framework, phase)));
    for (const bullet of bullets) lines.push(...wrap(bullet, width, '  • '));
  }
  if (lines.length === 1) lines.push('', 'This case has no reference outline.');
  return lines.join('\n');
}

/** The case's model answer to each follow-up the candidate was asked, with the question, after the session. */
export function followUpAnswersText(kase: Case, asked: readonly { topic: string; question: string }[], width = 80): string {
  const lines: string[] = [];
  for (const followUp of asked) {
    const own = kase.followups.find((f) => f.topic === followUp.topic && f.question === followUp.question);
    if (!own?.answer) continue;
    lines.push('', ...wrap(`Interviewer: ${own.question}`, width).map((l) => chalk.dim(l)), ...wrap(own.answer, width, '  '));
  }
  return lines.length === 0 ? '' : [chalk.bold('Model answers to the follow-ups'), ...lines].join('\n');
}

/** The model adaptation to the requirement change announced in the session, after the session. */
export function twistAnswerText(twist: { says: string; answer: string }, width = 80): string {
  return [chalk.bold('Model answer to the requirement change'), ...wrap(`Interviewer: ${twist.says}`, width).map((l) => chalk.dim(l)), ...wrap(twist.answer, width, '  ')].join('\n');
}
