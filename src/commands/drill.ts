import { readFileSync } from 'node:fs';
import { writeLine, type CliContext } from './context.js';
import { ContentError } from '../content/diagnostics.js';
import { loadPlan } from '../content/load.js';
import { parseYaml } from '../content/parser.js';
import { UserError } from '../errors.js';
import { checkAnswers, runAnswers } from '../session/answers.js';
import type { Mode } from '../session/events.js';
import { summarizeState } from '../session/summarize.js';
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
}

const newSession = (options: DrillOptions, source: NewSession['source']): NewSession => ({
  mode: options.mode,
  strict: Boolean(options.strict),
  ...(options.step === undefined ? {} : { step: options.step }),
  source,
});

export async function drill(caseId: string, options: DrillOptions, ctx: CliContext): Promise<void> {
  if (options.answers !== undefined) return drillFromAnswers(caseId, options.answers, options, ctx);
  if (ctx.interactive) preloadTerminalUi();
  const plan = loadPlan(ctx.roots, options.framework, caseId);
  stepsToRun(plan, options.step);
  // Said once the arguments are known to be good, so a typo is reported first.
  if (!ctx.interactive) throw needsTerminal('drill');
  await sessionAtTerminal(startSession(ctx.paths, plan, newSession(options, 'terminal')), ctx);
}

async function drillFromAnswers(caseId: string, file: string, options: DrillOptions, ctx: CliContext): Promise<void> {
  const plan = loadPlan(ctx.roots, options.framework, caseId);
  // Checked before the session is created, so a bad file leaves nothing behind.
  const answers = readAnswers(file, plan.steps.map((s) => s.id));
  const open = startSession(ctx.paths, plan, newSession(options, 'answers'));
  try {
    runAnswers(open.run, answers);
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

function readAnswers(file: string, stepIds: string[]) {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
  }
  const parsed = parseYaml(text, file);
  if (!parsed.ok) throw new ContentError(parsed.errors);
  const checked = checkAnswers(parsed.value.data, stepIds);
  if (!checked.ok) throw new UserError(`${file}: ${checked.error}`);
  return checked.answers;
}
