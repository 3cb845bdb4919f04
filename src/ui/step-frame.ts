// The layout of the step prompt: header and countdown, guiding questions, what was typed,
// the coverage meter, the message, the line being typed, and the command bar, fitted to
// the terminal so a frame is never taller than the screen.
import stripAnsi from 'strip-ansi';
import chalk from 'chalk';
import type { PlannedStep } from '../content/model.js';
import { boxMs, stepCoverage, type Feedback } from '../session/engine.js';
import type { Entry, SessionState } from '../session/state.js';
import { countdown, formatClock } from '../session/time.js';
import { plain } from '../text/plain.js';
import { wrap } from '../text/wrap.js';

const commandBar = (study: boolean) =>
  `${study ? '/hint ' : ''}/done /skip /pause /time /help · ? ask the interviewer`;

/** Word-wrapped, and a word longer than the width (a pasted URL, 5,000 characters without a space) cut into rows. */
const wrapHard = (text: string, width: number, lead: string): string[] =>
  wrap(text, width, lead).flatMap((l) => (l.length <= width ? [l] : Array.from({ length: Math.ceil(l.length / width) }, (_, i) => l.slice(i * width, (i + 1) * width))));

// Entries come from the journal, which may have been edited by hand: no escape sequence reaches the terminal.
function entryLines(entry: Entry, step: PlannedStep, width: number): string[] {
  if (entry.kind === 'line') return wrapHard(plain(entry.text), width, '  • ');
  if (entry.kind === 'question') {
    return [...wrapHard(plain(entry.text), width, '  ? '), ...wrapHard(plain(entry.reply), width, '    ↳ ')].map((l) => chalk.cyan(l));
  }
  if (entry.kind === 'twist') return wrapHard(plain(entry.says), width, '  Interviewer: ').map((l) => chalk.yellow.bold(l));
  const topic = step.topics.find((t) => t.id === entry.topic)?.title ?? entry.topic;
  return wrapHard(plain(`${topic}: ${entry.text}`), width, `  hint ${entry.level}: `).map((l) => chalk.magenta(l));
}

const tone = (f: Feedback): ((s: string) => string) => (f.tone === 'warn' ? chalk.yellow : f.tone === 'hint' ? chalk.magenta : chalk.dim);

/** What a frame shows: the session as it is, the step, and the terminal's size. */
export interface FrameInput {
  state: SessionState;
  /** Time used in the step now. */
  used: number;
  index: number;
  step: PlannedStep;
  rows: number;
  columns: number;
}

/**
 * One frame of the step prompt — its body and the line under the cursor (the command bar) —
 * from the session's state, the line being typed and the last message. Pure: the prompt
 * (./step-prompt.ts) draws what this returns, and tests check layout without a terminal.
 */
export function stepFrame(input: FrameInput, value: string, feedback: Feedback | null): [string, string] {
  const { state, used, index, step, rows, columns } = input;
  const width = Math.max(30, Math.min(columns, 100) - 1);
  const total = state.steps.length;
  const box = boxMs(step);
  const clock = countdown(used, box);
  const live = state.current === index;
  const clockText = !live
    ? `${formatClock(Math.min(used, state.strict ? box : used))} used of ${formatClock(box)}`
    : state.paused
    ? chalk.yellow(`paused ${clock.text}`)
    : clock.over
      ? chalk.red.bold(`${clock.text} over time`)
      : `${clock.text} left`;
  const study = state.mode === 'study';

  const head = [`${chalk.bold(`Step ${index + 1}/${total} · ${step.title}`)} · ${step.minutes} min box · ${clockText}`];
  if (live && clock.over && !state.paused && !state.strict) head.push(chalk.red('Time is up for this step: wrap up and /done (overtime is recorded).'));
  const guide: string[] = [];
  if (study) {
    if (step.goal) guide.push(...wrap(step.goal, width).map((l) => chalk.dim(l)));
    for (const q of step.questions) guide.push(...wrap(q, width, '  - ').map((l) => chalk.dim(l)));
  }

  const entries = state.steps[index]?.entries ?? [];
  const transcript = entries.flatMap((e) => entryLines(e, step, width));
  const meter: string[] = [];
  if (study) {
    const coverage = stepCoverage(step, state.steps[index]);
    const covered = coverage.filter((c) => c.covered).length;
    const marks = coverage.map((c) => ({ text: `${c.covered ? '✓' : '·'} ${c.topic.title}`, style: c.covered ? chalk.green : chalk.dim }));
    meter.push(...flow(`Coverage ${covered}/${coverage.length}:`, marks, width));
  }
  const style = feedback ? tone(feedback) : (l: string) => l;
  // Keep the spacing of multi-line messages (the /help table); wrap single paragraphs.
  const message = !feedback || state.paused
    ? []
    : feedback.text.includes('\n')
      ? feedback.text.split('\n').map((l) => style(l.slice(0, width)))
      : wrap(feedback.text, width).map((l) => style(l));
  const promptLine = !live
    ? chalk.dim(state.steps[index]?.ended === 'timeout' ? 'Time is up: the step ended at its time box.' : 'Step ended.')
    : state.paused
      ? chalk.yellow('Paused: the clock is stopped. Press any key to continue.')
      : `${chalk.bold('›')} ${value}`;
  // Once the step has ended the frame stays on screen as a record: no command bar under it.
  const bottom = live ? chalk.dim(commandBar(study)) : '';

  // Never taller than the terminal: the screen manager cannot redraw above its top row.
  // Rows are counted as the terminal wraps them, so a narrow (or resized) terminal still fits.
  const cols = Math.max(1, columns);
  const rowsOf = (lines: readonly string[]) => lines.reduce((n, l) => n + Math.max(1, Math.ceil(stripAnsi(l).length / cols)), 0);
  if (live && !state.paused && rowsOf([...head, promptLine, bottom]) + 1 > rows) {
    // A line longer than the screen (a long paste): show its end, the frame stays whole.
    return [[...head, tailPrompt(value, cols, Math.max(1, rows - rowsOf(head) - 1))].join('\n'), ''];
  }
  let budget = rows - rowsOf(head) - rowsOf(meter) - rowsOf(message) - rowsOf([promptLine]) - rowsOf([bottom]) - 1;
  const shownGuide = rowsOf(guide) + 1 <= budget - 2 ? guide : [];
  budget -= shownGuide.length ? rowsOf(shownGuide) + 1 : 0;
  const kept: string[] = [];
  let filled = 0;
  for (let i = transcript.length - 1; i >= 0; i--) {
    const r = rowsOf([transcript[i]!]);
    if (filled + r > budget - (i > 0 ? 1 : 0)) break;
    kept.unshift(transcript[i]!);
    filled += r;
  }
  const shown = kept.length < transcript.length && budget > 0 ? [chalk.dim(`  … ${transcript.length - kept.length} earlier lines`), ...kept] : kept;
  const body = [
    ...head,
    ...(shownGuide.length ? [...shownGuide, ''] : []),
    ...shown,
    ...meter,
    ...message,
    promptLine,
  ];
  return [body.join('\n'), bottom];
}

/**
 * The end of a line too long to show whole: `› …` and as much of its end as `maxRows`
 * rows hold. With no bottom content the screen manager leaves the cursor on the last row,
 * at the column readline computes from the whole line (its length modulo the width), so
 * the shown end is cut to finish at that same column: the cursor sits right after it.
 */
export function tailPrompt(value: string, columns: number, maxRows: number): string {
  const lead = '› …';
  const room = maxRows * columns - lead.length;
  const shift = (((room - (value.length - lead.length)) % columns) + columns) % columns;
  if (value.length <= room + 1) return `${chalk.bold('›')} ${value}`;
  const n = Math.max(0, room - shift);
  return `${chalk.bold('›')} …${value.slice(value.length - n)}`;
}

/** Items laid out in rows no wider than `width`, measured before styling. */
function flow(lead: string, items: { text: string; style: (s: string) => string }[], width: number): string[] {
  const rows: string[] = [];
  let row = lead;
  let length = lead.length;
  for (const item of items) {
    if (length + 2 + item.text.length > width && length > 0) {
      rows.push(row);
      row = '  ';
      length = 2;
    }
    row += `  ${item.style(item.text)}`;
    length += 2 + item.text.length;
  }
  rows.push(row);
  return rows;
}
