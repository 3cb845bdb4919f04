import chalk from 'chalk';
import { writeLine, type CliContext } from '../cli/context.js';
import { loadCase, loadCatalogue } from '../content/load.js';
import { referencePhases, type Case } from '../content/model.js';
import { wrap } from '../report/text.js';

export interface ShowOptions {
  json?: boolean;
  reference?: boolean;
}

const phaseTitles = {
  clarify: 'Clarify requirements',
  frame: 'Frame the problem and data',
  model: 'Model development',
  evaluate: 'Evaluation',
  deploy: 'Deployment, serving and monitoring',
} as const;

export async function show(caseId: string, options: ShowOptions, ctx: CliContext): Promise<void> {
  const catalogue = loadCatalogue(ctx.roots);
  const kase = loadCase(ctx.roots, caseId, catalogue);
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify(kase, null, 2));
    return;
  }
  const width = Math.min(ctx.stdout.columns || 80, 100);
  writeLine(ctx.stdout, options.reference ? referenceText(kase, width) : brief(kase, width));
}

export function brief(kase: Case, width = 80): string {
  const lines: string[] = [];
  lines.push(chalk.bold(kase.title), chalk.dim(`${kase.id} · ${kase.difficulty} · ${kase.tags.join(', ')}`), '');
  lines.push(...wrap(`“${kase.question}”`, width));
  if (kase.summary) lines.push('', ...wrap(kase.summary, width));
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
  lines.push('', chalk.dim(`Practise it: mlsd drill ${kase.id}    Reference answer: mlsd show ${kase.id} --reference`));
  return lines.join('\n');
}

/** The reference outline, all phases in order: shown after a session, never before. */
export function referenceText(kase: Case, width = 80): string {
  const lines: string[] = [chalk.bold(`Reference outline: ${kase.title}`)];
  for (const phase of referencePhases) {
    const bullets = kase.reference[phase];
    if (!bullets || bullets.length === 0) continue;
    lines.push('', chalk.bold(phaseTitles[phase]));
    for (const bullet of bullets) lines.push(...wrap(bullet, width, '  • '));
  }
  if (lines.length === 1) lines.push('', 'This case has no reference outline.');
  return lines.join('\n');
}
