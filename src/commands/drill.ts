import { readFileSync } from 'node:fs';
import { writeLine, type CliContext } from './context.js';
import { ContentError } from '../content/diagnostics.js';
import { loadPlan } from '../content/load.js';
import type { Plan } from '../content/model.js';
import { parseYaml } from '../content/parser.js';
import { UserError } from '../errors.js';
import { checkAnswers, runAnswers } from '../session/answers.js';
import type { Mode } from '../session/events.js';
import { paceOf } from '../session/pace.js';
import { summarizeState } from '../session/summarize.js';
import { chooseTwist } from '../session/twist.js';
import { closeJournal } from '../store/journal.js';
import { startSession, stepsToRun, type NewSession } from '../store/sessions.js';
import { needsTerminal, preloadTerminalUi, sessionAtTerminal } from './terminal.js';

export interface DrillOptions {
  step?: string;
  framework: string;
  mode: Mode;
  strict?: boolean;
  answers?: string;
  json?: boolean;
  twist?: string | boolean;
  minutes?: string;
  pace?: string;
}

const newSession = (options: DrillOptions, source: NewSession['source'], pace: number): NewSession => ({
  mode: options.mode,
  pace,
  strict: Boolean(options.strict),
  ...(options.step === undefined ? {} : { step: options.step }),
  source,
  ...(options.twist === undefined ? {} : { twist: options.twist }),
});

export async function drill(caseId: string, options: DrillOptions, ctx: CliContext): Promise<void> {
  if (options.answers !== undefined) return drillFromAnswers(caseId, options.answers, options, ctx);
  if (ctx.interactive) preloadTerminalUi();
  const plan = loadPlan(ctx.roots, options.framework, caseId);
  chooseTwist(plan, stepsToRun(plan, options.step), '', options.mode, options.twist);
  const pace = paceOf(plan, stepsToRun(plan, options.step), options);
  // Said once the arguments are known to be good, so a typo is reported first.
  if (!ctx.interactive) throw needsTerminal('drill');
  await sessionAtTerminal(startSession(ctx.paths, plan, newSession(options, 'terminal', pace)), ctx);
}

async function drillFromAnswers(caseId: string, file: string, options: DrillOptions, ctx: CliContext): Promise<void> {
  if (options.twist !== undefined) {
    throw new UserError(`--${options.twist === false ? 'no-' : ''}twist does not apply with --answers: the file says where a requirement change comes (a "twist: ID" line)`);
  }
  const plan = loadPlan(ctx.roots, options.framework, caseId);
  // Checked before the session is created, so a bad file leaves nothing behind.
  const pace = paceOf(plan, stepsToRun(plan, options.step), options);
  const { answers, twist, followUps } = readAnswers(file, plan, options.mode);
  const open = startSession(ctx.paths, plan, { ...newSession(options, 'answers', pace), twist: false });
  try {
    runAnswers(open.run, answers, twist, followUps);
  } finally {
    closeJournal(open.journal);
  }
  const summary = summarizeState(open.run.state, plan);
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify({ ...summary, journal: open.journal.path }, null, 2));
    return;
  }
  const { scorecardText } = await import('../ui/scorecard.js');
  writeLine(ctx.stdout, scorecardText(summary, plan, open.journal.path, Math.min(ctx.stdout.columns || 80, 100)));
}

function readAnswers(file: string, plan: Plan, mode: Mode) {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
  }
  const parsed = parseYaml(text, file);
  if (!parsed.ok) throw new ContentError(parsed.errors);
  const twists = { caseId: plan.case?.id ?? '', twists: plan.case?.twists.map((t) => t.id) ?? [], mode };
  const checked = checkAnswers(parsed.value.data, plan.steps.map((s) => s.id), twists);
  if (!checked.ok) throw new UserError(`${file}: ${checked.error}`);
  return checked;
}
