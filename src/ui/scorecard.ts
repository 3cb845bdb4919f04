// What the candidate reads at the end of a step and of a session. Pure text.
import chalk from 'chalk';
import stripAnsi from 'strip-ansi';
import type { Plan } from '../content/model.js';
import type { TopicCoverage } from '../coverage/index.js';
import { plain } from '../text/plain.js';
import { clip } from '../text/clip.js';
import { table } from '../report/table.js';
import { wrap } from '../text/wrap.js';
import { viaFollowUp } from '../session/engine.js';
import type { EndReason } from '../session/events.js';
import type { FlagHit, SessionSummary, TwistResult } from '../session/summary.js';
import type { Verdict } from '../session/verdict.js';
import { hintPenalty, overtimePenaltyPerMinute, stepScore } from '../session/summarize.js';
import { formatClock } from '../session/time.js';
import { command } from '../text/command.js';
import { homePath } from '../text/home-path.js';

export const scoreFormula =
  `each step: 100 × covered/required − ${hintPenalty} per hint − ${overtimePenaltyPerMinute} per minute over; ` +
  'session: mean of steps weighted by time box';

const topicTitle = (plan: Plan, id: string): string => {
  for (const step of plan.steps) {
    const topic = step.topics.find((t) => t.id === id);
    if (topic) return topic.title;
  }
  return plan.notRequired?.find((t) => t.id === id)?.title ?? id;
};

const usedText = (used: number, box: number): string => {
  const text = `${formatClock(used)} / ${formatClock(box)}`;
  return used > box ? chalk.red(`${text} (+${formatClock(used - box)})`) : text;
};

/** Colours the symbol leading the first of wrapped lines (wrapping first, so escapes do not count as width). */
const mark = (lines: string[], symbol: string, style: (s: string) => string): string[] =>
  lines.map((l, i) => (i === 0 ? l.replace(symbol, style(symbol)) : l));

/** End of a step: covered topics with the phrase that showed each, missed ones with a hint, time against the box. */
export function stepReport(title: string, ended: Exclude<EndReason, 'skip'>, coverage: readonly TopicCoverage[], used: number, box: number, width = 80): string {
  const how = ended === 'timeout' ? 'the time box ended the step (--strict)' : 'done';
  const lines = [chalk.bold(`${title}: ${how}`), `Time: ${usedText(used, box)}`];
  const covered = coverage.filter((c) => c.covered);
  const missed = coverage.filter((c) => !c.covered);
  if (covered.length > 0) lines.push(chalk.green(`Covered (${covered.length}/${coverage.length})`));
  for (const c of covered) {
    // Evidence is the candidate's own text, read back from the journal: printed plain.
    const quote = c.evidence[0] === undefined ? undefined : plain(c.evidence[0]);
    const evidence = quote ? `: “${clip(quote, 90)}”` : '';
    const via = c.cue === viaFollowUp ? ' (via follow-up)' : '';
    lines.push(...mark(wrap(`${c.topic.title}${via}${evidence}`, width, '  ✓ '), '✓', chalk.green));
  }
  if (missed.length > 0) lines.push(chalk.yellow(`Missed (${missed.length}/${coverage.length})`));
  for (const c of missed) {
    const hint = c.topic.hints[0] ?? c.topic.covers;
    lines.push(...mark(wrap(`${c.topic.title}: ${hint}`, width, '  ✗ '), '✗', chalk.yellow));
  }
  return lines.join('\n');
}

/** Red flags with the sentence that showed each, why it hurts and what to say instead. */
export function flagsText(flags: readonly FlagHit[], width = 80): string[] {
  if (flags.length === 0) return [];
  const lines = [chalk.red(`Red flags (${flags.length})`)];
  for (const flag of flags) {
    const quote = plain(flag.evidence);
    lines.push(...mark(wrap(`${flag.title}: “${clip(quote, 90)}”`, width, '  ⚑ '), '⚑', chalk.red));
    lines.push(...wrap(`Why it hurts: ${flag.why}`, width, '      ').map((l) => chalk.dim(l)));
    lines.push(...wrap(`Instead: ${flag.instead}`, width, '      '));
  }
  return lines;
}

/** The requirement change and whether the answer after it adapted: «the sentence that showed it», or what was missing. */
export function twistText(twist: TwistResult, plan: Plan, width = 80): string[] {
  const judged = twist.adapted
    ? mark(wrap(`Requirement change: adapted ✓ «${clipped(twist.evidence ?? '')}»`, width), '✓', chalk.green)
    : mark(wrap(`Requirement change: not adapted ✗ — ${twist.missing ?? ''}`, width), '✗', chalk.yellow);
  const step = plan.steps.find((s) => s.id === twist.step)?.title ?? twist.step;
  return [...judged, ...wrap(`Announced in ${step}: “${plain(twist.says)}”`, width, '    ').map((l) => chalk.dim(l))];
}

const clipped = (text: string): string => clip(plain(text), 90);

const ratingStyle = (rating: string): string =>
  rating === 'very strong' || rating === 'strong' ? chalk.green(rating) : rating === 'weak' ? chalk.yellow(rating) : chalk.red(rating);

/** The verdict by dimension with the moments that decided each, and the overall practice verdict. */
export function verdictText(verdict: Verdict, width = 80): string[] {
  const heading = 'Verdict by dimension';
  const note = '(practice feedback; the rule is in the README)';
  // On one line when it fits; else the note goes under the heading, wrapped like the rest of the screen.
  const lines =
    heading.length + 2 + note.length <= width
      ? [chalk.bold(heading) + chalk.dim(`  ${note}`)]
      : [chalk.bold(heading), ...wrap(note, width).map((l) => chalk.dim(l))];
  for (const d of verdict.dimensions) {
    lines.push(`  ${d.title}: ${ratingStyle(d.rating)}`);
    for (const moment of d.moments) lines.push(...wrap(plain(moment), width, '      · ').map((l) => chalk.dim(l)));
  }
  lines.push(chalk.bold(`Practice verdict: ${verdict.overall}`), ...wrap(verdict.advice, width));
  return lines;
}

/**
 * The per-step table within `width`: step titles cut (with …) to the room the other columns
 * leave, and on a very narrow screen the least needed columns (ended, then hints) dropped.
 */
function stepTable(rows: Record<string, string>[], width: number): string {
  const widest = (text: string) => Math.max(...text.split('\n').map((l) => stripAnsi(l).length));
  const columns = ['step', 'time', 'coverage', 'hints', 'score', 'ended'];
  for (;;) {
    const full = table(columns, rows, { header: (h) => chalk.bold(h) });
    const stepWidth = Math.max(4, ...rows.map((r) => r.step!.length));
    const room = width - (widest(full) - stepWidth);
    if (widest(full) <= width || room >= 20 || columns.length <= 4) {
      const cut = rows.map((r) => ({ ...r, step: r.step!.length > room ? `${r.step!.slice(0, Math.max(3, room - 1)).trimEnd()}…` : r.step! }));
      return table(columns, widest(full) <= width ? rows : cut, { header: (h) => chalk.bold(h) });
    }
    columns.splice(columns.length === 6 ? 5 : 3, 1);
  }
}

export function scorecardText(summary: SessionSummary, plan: Plan, saved: string, width = 80): string {
  const rows = summary.steps.map((s, i) => ({
    step: `${i + 1}. ${s.title}`,
    time: s.ended === null && s.usedMs === 0 ? chalk.dim('not reached') : usedText(s.usedMs, s.boxMs),
    coverage: `${s.covered.length}/${s.covered.length + s.missed.length}`,
    hints: String(s.hints),
    score: s.ended === null ? '–' : String(Math.round(stepScore(s))),
    ended: s.ended ?? '',
  }));
  const lines = [
    chalk.bold(`Scorecard: ${plan.case?.title ?? summary.caseId}`) + chalk.dim(`  (${summary.frameworkId}, ${summary.mode}${summary.strict ? ', strict' : ''})`),
    '',
    stepTable(rows, width),
  ];
  const missed = summary.steps.flatMap((s) => s.missed);
  if (missed.length > 0) lines.push('', ...wrap(`Missed: ${missed.map((id) => topicTitle(plan, id)).join(', ')}`, width));
  for (const [id, reason] of Object.entries(plan.case?.notApplicable ?? {})) {
    lines.push(...wrap(`Not required here: ${topicTitle(plan, id)} (${reason})`, width).map((l) => chalk.dim(l)));
  }
  const flags = flagsText(summary.flags ?? [], width);
  lines.push('', ...(flags.length > 0 ? flags : [chalk.green('Red flags: none seen')]));
  if (summary.twist) lines.push('', ...twistText(summary.twist, plan, width));
  if (summary.verdict) lines.push('', ...verdictText(summary.verdict, width));
  lines.push(
    '',
    chalk.bold(`Score: ${summary.score ?? '–'}/100`) + `  Time: ${formatClock(summary.usedMs)}`,
    ...wrap(`(${scoreFormula})`, width).map((l) => chalk.dim(l)),
    '',
    ...savedAt(homePath(saved), width),
    `Export: ${command(`export ${summary.id}`)}`,
  );
  return lines.join('\n');
}

/** Where the session is: on the label's line when it fits, else on its own line below, never broken mid-name. */
function savedAt(path: string, width: number): string[] {
  const line = `Saved:  ${path}`;
  return line.length <= width ? [line] : ['Saved:', `  ${path}`];
}
