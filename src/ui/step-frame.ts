// The layout of the step prompt: header and countdown, guiding questions, what was typed,
// the coverage meter, the message, the line being typed, and the command bar, fitted to
// the terminal so a frame is never taller than the screen.
import stripAnsi from 'strip-ansi';
import chalk from 'chalk';
import type { PlannedStep } from '../content/model.js';
import { boxMs, stepCoverage, type Feedback } from '../session/engine.js';
import type { SessionState } from '../session/state.js';
import { boxText, countdown, formatClock, warnAtMs } from '../session/time.js';
import { wrap } from '../text/wrap.js';
import { entryLines, tableRow } from './entry-lines.js';
import { textWidth } from './width.js';

const commandBar = (study: boolean) =>
  `${study ? '/hint ' : ''}/done /skip /pause /time /help · ? ask the interviewer`;

const tone = (f: Feedback): ((s: string) => string) => (f.tone === 'warn' ? chalk.yellow : f.tone === 'hint' ? chalk.magenta : chalk.dim);

/** What the candidate chose to see: the guiding questions or not, the whole answer a page at a time, the last line being corrected. */
export interface FrameView {
  hideGuide?: boolean;
  /** The page of /review being shown (0 first); absent when typing. */
  review?: number;
  /** The line being typed corrects the last line (/edit). */
  editing?: boolean;
}

/** What a frame shows: the session as it is, the step, and the terminal's size. */
export interface FrameInput {
  state: SessionState;
  /** Time used in the step now. */
  used: number;
  index: number;
  step: PlannedStep;
  rows: number;
  columns: number;
  view?: FrameView;
}

/** Rows a line takes once the terminal wraps it. */
const rowsIn = (columns: number) => (lines: readonly string[]) =>
  lines.reduce((n, l) => n + Math.max(1, Math.ceil(stripAnsi(l).length / Math.max(1, columns))), 0);

/** `segments` joined by " · " into as few rows no wider than `width` as a greedy fill gives. */
function joinWithin(segments: readonly string[], width: number): string[] {
  const rows: string[] = [];
  for (const segment of segments) {
    const last = rows.at(-1);
    if (last !== undefined && last.length + 3 + segment.length <= width) rows[rows.length - 1] = `${last} · ${segment}`;
    else rows.push(segment);
  }
  return rows;
}

/**
 * The header's parts joined by " · ", a part kept on one row when it fits (else broken at its
 * own " · ", then between words), so "5 min box · 4:54 left" is never split from itself.
 */
export function headerRows(parts: readonly { text: string; style: (s: string) => string }[], width: number): string[] {
  const rows: { text: string; shown: string }[] = [];
  for (const part of parts) {
    const pieces = part.text.length <= width ? [part.text] : joinWithin(part.text.split(' · '), width).flatMap((p) => (p.length > width ? wrap(p, width) : [p]));
    for (const piece of pieces) {
      const last = rows.at(-1);
      if (last && last.text.length + 3 + piece.length <= width) rows[rows.length - 1] = { text: `${last.text} · ${piece}`, shown: `${last.shown} · ${part.style(piece)}` };
      else rows.push({ text: piece, shown: part.style(piece) });
    }
  }
  return rows.map((r) => r.shown);
}

/** The header: step, title, box and clock; past the warning point the clock turns yellow and carries a ⚠ that reads without colour. */
function header(input: FrameInput, width: number): string[] {
  const { state, used, index, step } = input;
  const box = boxMs(step, state.pace);
  const clock = countdown(used, box);
  const live = state.current === index;
  const [clockText, clockStyle] = !live
    ? [`${formatClock(Math.min(used, state.strict ? box : used))} used of ${formatClock(box)}`, (s: string) => s]
    : state.paused
      ? [`paused ${clock.text}`, chalk.yellow]
      : clock.over
        ? [`${clock.text} over time`, chalk.red.bold]
        : box - used <= warnAtMs(box)
          ? [`⚠ ${clock.text} left`, chalk.yellow.bold]
          : [`${clock.text} left`, (s: string) => s];
  const head = headerRows(
    [
      { text: `Step ${index + 1}/${state.steps.length} · ${step.title}`, style: chalk.bold },
      { text: `${boxText(box)} box · ${clockText}`, style: (s) => s.replace(clockText, clockStyle(clockText)) },
    ],
    width,
  );
  if (live && clock.over && !state.paused && !state.strict) head.push(...wrap('Time is up for this step: wrap up and /done (overtime is recorded).', width).map((l) => chalk.red(l)));
  return head;
}

/** The step's whole answer as the screen shows it, one row per wrapped line, for /review. */
const transcriptOf = (input: FrameInput, width: number): string[] =>
  (input.state.steps[input.index]?.entries ?? []).flatMap((e) => entryLines(e, input.step, width));

const reviewKeys = 'Space or ↓ next page · ↑ previous · Enter or Esc back to typing';

/** Rows of the answer one /review page holds on this terminal, and how many pages the answer fills. */
export function reviewPages(input: FrameInput): { size: number; pages: number } {
  const width = textWidth(input.columns);
  const rowsOf = rowsIn(input.columns);
  const fixed = rowsOf(header(input, width)) + rowsOf(['Your answer, page 1/1']) + rowsOf([reviewKeys]) + 1;
  const size = Math.max(1, input.rows - fixed);
  return { size, pages: Math.max(1, Math.ceil(transcriptOf(input, width).length / size)) };
}

/** A /review page: the header, a page of the step's answer, the keys. The line being typed is kept, unseen. */
function reviewFrame(input: FrameInput, page: number): [string, string] {
  const width = textWidth(input.columns);
  const { size, pages } = reviewPages(input);
  const shown = Math.min(Math.max(0, page), pages - 1);
  const transcript = transcriptOf(input, width);
  const body = transcript.length === 0 ? [chalk.dim('  Nothing typed in this step yet.')] : transcript.slice(shown * size, (shown + 1) * size);
  return [[...header(input, width), chalk.bold(`Your answer, page ${shown + 1}/${pages}`), ...body].join('\n'), chalk.dim(reviewKeys)];
}

/**
 * One frame of the step prompt — its body and the line under the cursor (the command bar) —
 * from the session's state, the line being typed and the last message. Pure: the prompt
 * (./step-prompt.ts) draws what this returns, and tests check layout without a terminal.
 */
export function stepFrame(input: FrameInput, value: string, feedback: Feedback | null): [string, string] {
  const { state, index, step, rows, columns, view = {} } = input;
  const live = state.current === index;
  if (live && !state.paused && view.review !== undefined) return reviewFrame(input, view.review);
  const width = textWidth(columns);
  const study = state.mode === 'study';

  const head = header(input, width);
  const guide: string[] = [];
  if (study && !view.hideGuide) {
    if (step.goal) guide.push(...wrap(step.goal, width).map((l) => chalk.dim(l)));
    for (const q of step.questions) guide.push(...wrap(q, width, '  - ').map((l) => chalk.dim(l)));
  }

  const transcript = transcriptOf(input, width);
  const meter: string[] = [];
  if (study) {
    const coverage = stepCoverage(step, state.steps[index]);
    const covered = coverage.filter((c) => c.covered).length;
    const marks = coverage.map((c) => ({ text: `${c.covered ? '✓' : '·'} ${c.topic.title}`, style: c.covered ? chalk.green : chalk.dim }));
    meter.push(...flow(`Coverage ${covered}/${coverage.length}:`, marks, width));
  }
  const style = feedback ? tone(feedback) : (l: string) => l;
  // Keep the columns of multi-line messages (the /help table), each row wrapped under its own text; wrap single paragraphs.
  const message = !feedback || state.paused
    ? []
    : feedback.text.includes('\n')
      ? feedback.text.split('\n').flatMap((l) => tableRow(l, width)).map((l) => style(l))
      : wrap(feedback.text, width).map((l) => style(l));
  const promptLine = !live
    ? chalk.dim(state.steps[index]?.ended === 'timeout' ? 'Time is up: the step ended at its time box.' : 'Step ended.')
    : state.paused
      ? chalk.yellow('Paused: the clock is stopped. Press any key to continue.')
      : `${chalk.bold(view.editing ? 'edit ›' : '›')} ${value}`;
  // Once the step has ended the frame stays on screen as a record: no command bar under it.
  const bottom = live ? chalk.dim(commandBar(study)) : '';

  // Never taller than the terminal: the screen manager cannot redraw above its top row.
  // Rows are counted as the terminal wraps them, so a narrow (or resized) terminal still fits.
  const cols = Math.max(1, columns);
  const rowsOf = rowsIn(cols);
  if (live && !state.paused && rowsOf([...head, promptLine, bottom]) + 1 > rows) {
    // A line longer than the screen (a long paste): show its end, the frame stays whole.
    return [[...head, tailPrompt(value, cols, Math.max(1, rows - rowsOf(head) - 1), view.editing ? 'edit ›' : '›')].join('\n'), ''];
  }
  // On a very small terminal the coverage meter gives way first, then the message.
  const room = (parts: readonly string[][]) => rows - rowsOf(head) - parts.reduce((n, p) => n + rowsOf(p), 0) - rowsOf([promptLine]) - rowsOf([bottom]) - 1;
  const [shownMeter, shownMessage] = room([meter, message]) >= 0 ? [meter, message] : room([message]) >= 0 ? [[], message] : [[], []];
  let budget = room([shownMeter, shownMessage]);
  const shownGuide = rowsOf(guide) + 1 <= budget - 2 ? guide : [];
  budget -= shownGuide.length ? rowsOf(shownGuide) + 1 : 0;
  const earlier = (n: number) => chalk.dim(`  … ${n} earlier lines (/review shows them)`);
  // The notice of lines off screen takes as many rows as its longest form would.
  const noticeRows = rowsOf([earlier(transcript.length)]);
  const kept: string[] = [];
  let filled = 0;
  for (let i = transcript.length - 1; i >= 0; i--) {
    const r = rowsOf([transcript[i]!]);
    if (filled + r > budget - (i > 0 ? noticeRows : 0)) break;
    kept.unshift(transcript[i]!);
    filled += r;
  }
  const shown = kept.length < transcript.length && budget >= noticeRows ? [earlier(transcript.length - kept.length), ...kept] : kept;
  const body = [
    ...head,
    ...(shownGuide.length ? [...shownGuide, ''] : []),
    ...shown,
    ...shownMeter,
    ...shownMessage,
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
export function tailPrompt(value: string, columns: number, maxRows: number, mark = '›'): string {
  const lead = `${mark} …`;
  const room = maxRows * columns - lead.length;
  const shift = (((room - (value.length - lead.length)) % columns) + columns) % columns;
  if (value.length <= room + 1) return `${chalk.bold(mark)} ${value}`;
  const n = Math.max(0, room - shift);
  return `${chalk.bold(mark)} …${value.slice(value.length - n)}`;
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
