import { writeLine, type CliContext } from './context.js';
import { loadAllValid, loadPlan } from '../content/load.js';
import type { Case } from '../content/model.js';
import { loadLedgerInParallel } from '../progress/ledger.js';
import type { Mode } from '../session/events.js';
import { checkPace, paceOf } from '../session/pace.js';
import { chooseTwist } from '../session/twist.js';
import { startSession } from '../store/sessions.js';
import { needsTerminal, sessionAtTerminal } from './terminal.js';

export interface PracticeOptions {
  case?: string;
  framework: string;
  mode: Mode;
  strict?: boolean;
  twist?: string | boolean;
  minutes?: string;
  pace?: string;
}

export async function practice(options: PracticeOptions, ctx: CliContext): Promise<void> {
  checkPace(options);
  if (!ctx.interactive) {
    // A typo is said before the terminal.
    if (options.case) {
      const plan = loadPlan(ctx.roots, options.framework, options.case);
      chooseTwist(plan, plan.steps.map((s) => s.id), '', options.mode, options.twist);
      paceOf(plan, plan.steps.map((s) => s.id), options);
    }
    throw needsTerminal('practice');
  }
  const caseId = options.case ?? (await chooseCase(ctx));
  const plan = loadPlan(ctx.roots, options.framework, caseId);
  const twist = options.twist === undefined ? {} : { twist: options.twist };
  const pace = paceOf(plan, plan.steps.map((s) => s.id), options);
  const open = startSession(ctx.paths, plan, { mode: options.mode, strict: Boolean(options.strict), source: 'terminal', pace, ...twist });
  await sessionAtTerminal(open, ctx);
}

/** The score of the newest finished session of each case, from the history index (rebuilt from the journals if needed). */
export async function lastScores(ctx: CliContext): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  for (const summary of (await loadLedgerInParallel(ctx.paths, ctx.roots)).summaries) {
    if (scores.has(summary.caseId) || !summary.finished || summary.score === null) continue;
    scores.set(summary.caseId, summary.score);
  }
  return scores;
}

async function chooseCase(ctx: CliContext): Promise<string> {
  const content = loadAllValid(ctx.roots, (line) => writeLine(ctx.stderr, line));
  const cases = content.cases;
  const scores = await lastScores(ctx);
  const scored = cases.filter((c) => scores.has(c.id)).sort((a, b) => scores.get(a.id)! - scores.get(b.id)!);
  const fresh = cases.filter((c) => !scores.has(c.id));
  const weakest = scored[0];
  const label = (c: Case) => `${c.title.padEnd(28)} ${c.difficulty.padEnd(7)} ${scores.has(c.id) ? `last score ${scores.get(c.id)}` : 'not tried yet'}`;
  const { choose } = await import('../ui/prompts.js');
  const choice = await choose<string>(
    'Which case?',
    [
      ...(weakest ? [{ value: weakest.id, name: `Weakest: ${weakest.title} (last score ${scores.get(weakest.id)})` }] : []),
      { value: '*random', name: `Random${fresh.length > 0 && fresh.length < cases.length ? ' (one you have not tried)' : ''}` },
      ...cases.map((c) => ({ value: c.id, name: label(c), description: c.question })),
    ],
    { input: ctx.stdin, output: ctx.stdout },
  );
  if (choice !== '*random') return choice;
  const pool = fresh.length > 0 ? fresh : cases;
  return pool[Math.floor(Math.random() * pool.length)]!.id;
}
