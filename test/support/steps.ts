// The moves most terminal tests make: start a drill and press Enter, look at the frame
// a person would see, type a line too long for the screen.
import { expect } from 'vitest';
import { lines } from './home.js';
import { screenOf, type Screen } from './screen.js';
import type { Terminal } from './terminal.js';
import { runAtTerminal } from './tty.js';

/** The drill every terminal test starts: study mode, so the step prompt shows all it can. */
export const studyDrill = ['drill', 'visual-search', '--mode', 'study'];

/** Waits for the banner's prompt and presses Enter: the clock starts. */
export async function startClock(t: Terminal): Promise<void> {
  await t.waitFor('Press Enter to start the clock');
  await t.type('\r');
}

/** Presses Enter at the banner and waits for step 1's prompt; then types `typed`, each line waited for on screen. */
export async function inStep<T extends Terminal>(t: T, typed: readonly string[] = []): Promise<T> {
  await startClock(t);
  await t.waitFor('/hint /done /skip');
  for (const line of typed) {
    const m = t.mark();
    await t.line(line);
    // On screen means handled, and the journal is written before the screen is drawn.
    await t.waitFor(`• ${line}`, m);
  }
  return t;
}

/** A study drill at a fake terminal of `size`, in step 1, with the screen a person would see. */
export async function drillOnScreen(home: string, size = { cols: 100, rows: 40 }) {
  const t = runAtTerminal(studyDrill, home, size);
  const screen = screenOf(t, size, t.resize);
  return { t: await inStep(t), screen };
}

/** The screen shows one frame of step 1: its header once, the command bar last, nothing of an older frame. */
export async function expectOneFrame(screen: Screen): Promise<string[]> {
  // A large frame can arrive in more than one write: wait for the one that closes it.
  const rows = await screen.until((now) => /interviewer$/.test(now.filter((r) => r.trim() !== '').at(-1) ?? ''), 'the command bar');
  const text = rows.join('\n');
  expect(text.match(/Step 1\/5 · Clarify requirements/g)).toHaveLength(1);
  // The command bar closes the frame (wrapped, on a narrow terminal).
  const shown = rows.filter((r) => r.trim() !== '');
  expect(shown.slice(-2).join(' ')).toMatch(/\/hint \/done \/skip .*interviewer$/);
  expect(text.match(/\/hint \/done \/skip/g)).toHaveLength(1);
  return rows;
}

/** Types a line of `length` characters: while typing, the header stays on top and the line's end shows after "› …"; Enter records it whole. */
export async function typeLongLine(t: Terminal, screen: Screen, home: string, length: number): Promise<void> {
  const long = Array.from({ length }, (_, i) => 'abcdefghij'[i % 10]).join('');
  await t.type(long);
  const shown = (rows: string[]) => rows.filter((r) => r.trim() !== '');
  const ending = long.slice(-10);
  const typing = shown(
    await screen.until((rows) => shown(rows).at(-1)?.endsWith(ending) === true && rows.some((r) => r.startsWith('› …')), 'the end of the long line', 60_000),
  );
  expect(typing[0]).toMatch(/^Step 1\/5 · Clarify requirements/);
  expect(typing.join('\n').match(/Step 1\/5/g)).toHaveLength(1);
  const m = t.mark();
  await t.type('\r');
  await t.waitFor('/hint /done /skip', m);
  expect(lines(home)).toEqual([long]);
}

/** A mock drill of the frame step alone: the interviewer's follow-up comes when the step ends. */
export const mockFrame = ['drill', 'visual-search', '--step', 'frame', '--mode', 'mock'];

/** Runs the frame step with an answer that misses labels, up to the follow-up prompt; returns the screen mark there. */
export async function atFollowUp(t: Terminal): Promise<number> {
  await startClock(t);
  await t.waitFor('Step 1/1 · Frame the problem and data');
  await t.line('We predict an embedding for each image and rank by similarity');
  const m = t.mark();
  await t.line('/done');
  await t.waitFor('Your answer:', m);
  return t.mark();
}
