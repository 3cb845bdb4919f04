import chalk from 'chalk';
import { writeLine, type CliContext } from './context.js';
import { loadCase, loadCatalogue, loadFramework } from '../content/load.js';
import type { Case } from '../content/model.js';
import { referenceText } from '../report/reference.js';
import { wrap } from '../text/wrap.js';

export interface ShowOptions {
  json?: boolean;
  reference?: boolean;
}

export async function show(caseId: string, options: ShowOptions, ctx: CliContext): Promise<void> {
  const catalogue = loadCatalogue(ctx.roots);
  const kase = loadCase(ctx.roots, caseId, catalogue);
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify(kase, null, 2));
    return;
  }
  const width = Math.min(ctx.stdout.columns || 80, 100);
  // The outline is titled as the default framework names its steps.
  const reference = () => referenceText(kase, loadFramework(ctx.roots, 'mlsd-45', catalogue), width);
  writeLine(ctx.stdout, options.reference ? reference() : brief(kase, width));
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
