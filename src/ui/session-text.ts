// The texts of a session at the terminal (ui/session.ts): the banner, what a step's end shows, a
// question from the interviewer, and what an unwritten journal event held.
import chalk from 'chalk';
import type { Case, Plan } from '../content/model.js';
import { followUpAnswersText, referenceText, twistAnswerText } from '../report/reference.js';
import { boxMs, stepCoverage } from '../session/engine.js';
import type { SessionState } from '../session/state.js';
import type { TwistResult } from '../session/summary.js';
import { sessionFlags, stepUsedMs } from '../session/summarize.js';
import { boxText } from '../session/time.js';
import { closingStep, twistJudgement } from '../session/twist.js';
import { JournalWriteError } from '../store/journal.js';
import type { OpenSession } from '../store/sessions.js';
import { plain } from '../text/plain.js';
import { wrap } from '../text/wrap.js';
import { flagsText, stepReport, twistText } from './scorecard.js';

/**
 * What is shown when a step ends: its report (or, skipped, what it leaves uncovered), in study mode its red
 * flags, and the judgement of a requirement change once the steps that answer it have ended.
 */
export function stepEndText(state: SessionState, plan: Plan, index: number, width: number): string[] {
  const ended = state.steps[index]!;
  const planned = plan.steps.find((p) => p.id === ended.id)!;
  const box = boxMs(planned, state.pace);
  const lines = [
    ended.ended === 'skip' || ended.ended === null
      ? skippedText(planned.title, stepCoverage(planned, ended), width)
      : stepReport(planned.title, ended.ended, stepCoverage(planned, ended), stepUsedMs(ended, box), box, width),
  ];
  // Study mode names a red flag as soon as its step ends; mock mode keeps them for the scorecard, as an interviewer would.
  if (state.mode === 'study' && ended.ended !== 'skip') {
    const flags = flagsText(sessionFlags(state, plan).filter((f) => f.step === ended.id), width);
    if (flags.length > 0) lines.push(flags.join('\n'));
  }
  // Study mode (--twist) judges the requirement change once the steps that answer it have ended.
  const twist = state.mode === 'study' ? twistJudgement(state, plan) : null;
  if (twist && closingStep(state) === ended.id) lines.push(twistText(twist, plan, width).join('\n'));
  return lines;
}

/** After the session, when asked for: the case's reference outline, the follow-ups' model answers, the requirement change's. */
export function referenceOutlineText(kase: Case, plan: Plan, state: SessionState, twist: TwistResult | undefined, width: number): string[] {
  const lines = [referenceText(kase, plan.framework, width)];
  const answers = followUpAnswersText(kase, state.steps.flatMap((step) => (step.followUp ? [step.followUp] : [])), width);
  if (answers) lines.push('', answers);
  if (twist) lines.push('', twistAnswerText(twist, width));
  return lines;
}

/** A skipped step's end: what it leaves uncovered, so a skip is not silent about its cost. */
function skippedText(title: string, coverage: readonly { topic: { title: string }; covered: boolean }[], width: number): string {
  const missed = coverage.filter((t) => !t.covered).map((t) => t.topic.title);
  const said = missed.length > 0 ? `${title}: skipped; not covered: ${missed.join(', ')}` : `${title}: skipped`;
  return wrap(said, width).map((l) => chalk.dim(l)).join('\n');
}

/** What an unwritten event held that the candidate typed, to print rather than lose. */
export function unsavedText(error: unknown, draft: string): string {
  const event = error instanceof JournalWriteError ? error.event : null;
  const typed =
    event?.type === 'line' || event?.type === 'question' || event?.type === 'amended'
      ? event.text
      : event?.type === 'follow-up' || event?.type === 'follow-up-draft'
        ? [event.answer, event.probeAnswer ?? ''].join('\n').trim()
        : draft.trim();
  return typed ? `Not saved (copy it now):\n${plain(typed)}` : 'Nothing you typed was lost.';
}

export function banner(open: OpenSession, width: number): string {
  const { plan, state } = open.run;
  const kase = plan.case;
  const steps = state.steps.map((s) => plan.steps.find((p) => p.id === s.id)!);
  const boxes = steps.map((s) => boxMs(s, state.pace));
  const total = boxes.reduce((sum, box) => sum + box, 0);
  const mode =
    state.mode === 'mock'
      ? 'mock: like a real interview, no hints or live coverage; a follow-up question after each step'
      : 'study: guiding questions, /hint, and a live coverage meter';
  // Said, not shown: which change and when stay a surprise, as in a real round.
  const twist = state.twist ? `; the interviewer will change a requirement mid-session${state.mode === 'mock' ? ' (--no-twist: none)' : ''}` : '';
  const lines = [
    chalk.bold(kase ? `${kase.title}` : plan.framework.title) + chalk.dim(kase ? `  (${kase.difficulty}, ${plan.framework.id})` : ''),
    '',
    ...(kase ? wrap(`“${kase.question}”`, width) : []),
    '',
    chalk.bold(`Steps (${boxText(total)}${state.pace === 1 ? '' : `, time boxes × ${Number(state.pace.toFixed(2))}`}):`),
    ...steps.map((s, i) => `  ${i + 1}. ${s.title} · ${boxText(boxes[i]!)}`),
    '',
    ...wrap(`Mode: ${mode}${twist}${state.strict ? '; strict: each step ends at its time box' : ''}.`, width),
    ...wrap('Type your answer line by line; Enter records a line. /help lists commands; ? asks the interviewer (e.g. "? how many users"). Every line is saved as you type; Ctrl-C saves and quits.', width).map((l) => chalk.dim(l)),
  ];
  return lines.join('\n');
}

/** A question from the interviewer, wrapped, its speaker in bold. */
export function interviewerSays(question: string, width: number): string[] {
  return wrap(`Interviewer: ${question}`, width).map((l, i) => (i === 0 ? l.replace('Interviewer:', chalk.bold('Interviewer:')) : l));
}
