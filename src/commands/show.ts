import chalk from 'chalk';
import { writeLine, type CliContext } from './context.js';
import { loadCase, loadCatalogue, loadFramework } from '../content/load.js';
import type { Case, Framework } from '../content/model.js';
import { unknownStepMessage } from '../content/ids.js';
import { referenceText } from '../report/reference.js';
import { UserError } from '../errors.js';
import { wrap } from '../text/wrap.js';
import { command } from '../text/command.js';

export interface ShowOptions {
  json?: boolean;
  reference?: boolean;
  full?: boolean;
  step?: string;
}

export async function show(caseId: string, options: ShowOptions, ctx: CliContext): Promise<void> {
  const catalogue = loadCatalogue(ctx.roots);
  const kase = loadCase(ctx.roots, caseId, catalogue);
  const width = Math.min(ctx.stdout.columns || 80, 100);
  // The outline is titled as the default framework names its steps.
  const framework = () => loadFramework(ctx.roots, 'mlsd-45', catalogue);
  if (options.step !== undefined) {
    writeLine(ctx.stdout, referenceStepText(kase, framework(), options.step, width));
    return;
  }
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify(options.full ? kase : briefFields(kase), null, 2));
    return;
  }
  writeLine(ctx.stdout, options.reference ? referenceText(kase, framework(), width) : brief(kase, width, options.full ?? false));
}

/** What a candidate may read before practising: nothing that answers the question for them. */
export function briefFields(kase: Case): Pick<Case, 'id' | 'title' | 'question' | 'difficulty' | 'tags' | 'summary'> {
  return { id: kase.id, title: kase.title, question: kase.question, difficulty: kase.difficulty, tags: kase.tags, summary: kase.summary };
}

/** Dim lines wrapped to the screen: hints of what to run next. */
const dim = (text: string, width: number, lead = ''): string[] => wrap(text, width, lead).map((line) => chalk.dim(line));

/** The brief; facts, case topics, pitfalls and requirement changes only when asked for in full, since they give answers away. */
export function brief(kase: Case, width = 80, full = false): string {
  const lines: string[] = [];
  lines.push(chalk.bold(kase.title), ...dim(`${kase.id} · ${kase.difficulty} · ${kase.tags.join(', ')}`, width), '');
  lines.push(...wrap(`“${kase.question}”`, width));
  if (kase.summary) lines.push('', ...wrap(kase.summary, width));
  if (full) {
    lines.push('', chalk.bold('What you can ask the interviewer'), chalk.dim('  (during a session: ? your question)'));
    for (const fact of kase.facts) lines.push(...wrap(fact.question, width, '  • '));
    if (kase.topics.length > 0) {
      lines.push('', chalk.bold('Case-specific topics'), chalk.dim('  (required on top of the framework\'s)'));
      for (const topic of kase.topics) lines.push(...wrap(`${topic.title}: ${topic.covers}`, width, '  • '));
    }
    if (kase.pitfalls.length > 0) {
      lines.push('', chalk.bold('Common pitfalls'));
      for (const pitfall of kase.pitfalls) lines.push(...wrap(pitfall.title, width, '  • '));
    }
    if (kase.twists.length > 0) {
      lines.push('', chalk.bold('Requirement changes the interviewer may announce'), ...dim(`(one per mock session; pick one: ${command(`drill ${kase.id} --twist ID`)})`, width, '  '));
      for (const twist of kase.twists) lines.push(...wrap(`${twist.id} (${twist.phase}): ${twist.says}`, width, '  • '));
    }
  }
  lines.push('', ...dim(`Practise it: ${command(`drill ${kase.id}`)}`, width));
  if (!full) lines.push(...dim(`Facts, case topics, pitfalls and requirement changes (spoilers): ${command(`show ${kase.id} --full`)}`, width));
  lines.push(...dim(`Reference answer: ${command(`show ${kase.id} --reference [--step ID]`)}`, width));
  return lines.join('\n');
}

/** One step of the reference outline, named by a step id of the framework. */
export function referenceStepText(kase: Case, framework: Pick<Framework, 'id' | 'steps'>, stepId: string, width = 80): string {
  const step = framework.steps.find((s) => s.id === stepId);
  if (!step) {
    const known = framework.steps.map((s) => s.id);
    throw new UserError(unknownStepMessage(framework.id, stepId, known));
  }
  const phase = step.phase ?? step.id;
  const bullets = (kase.reference as Partial<Record<string, string[]>>)[phase] ?? [];
  const lines = [chalk.bold(`Reference outline: ${kase.title}`), '', chalk.bold(step.title)];
  if (bullets.length === 0) lines.push('  This case has no reference for this step.');
  for (const bullet of bullets) lines.push(...wrap(bullet, width, '  • '));
  return lines.join('\n');
}
