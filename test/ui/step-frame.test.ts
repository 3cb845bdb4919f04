// The step prompt's layout as a pure function: what a frame shows for a session's state
// and a terminal's size, checked in milliseconds (whole flows at a terminal: test/session).
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/session/events.js';
import { replay } from '../../src/session/state.js';
import { stepFrame } from '../../src/ui/step-frame.js';
import { started, visualSearchPlan } from '../session/fixtures.js';

const plan = visualSearchPlan();
const clarify = plan.steps[0]!;
const min = 60_000;

/** The frame of step 1 after `events`, `used` into it, on a terminal of `columns` × `rows`. */
function frame(events: SessionEvent[], { used = min, rows = 40, columns = 100, value = '', mode = 'study' as 'study' | 'mock' } = {}) {
  const state = replay([started({ mode }), { type: 'step-started', at: 0, step: 'clarify' }, ...events]);
  const [body, bottom] = stepFrame({ state, used, index: 0, step: clarify, rows, columns }, value, null);
  const lines = stripAnsi(`${body}\n${bottom}`).split('\n');
  const height = lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / columns)), 0);
  return { lines, text: lines.join('\n'), height };
}

const typed = (n: number): SessionEvent[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'line', at: i + 1, step: 'clarify', text: `line ${i + 1}: the goal is engagement, 150M DAU and a p95 under 300 ms` }));

describe('the step frame', () => {
  it.each([
    [40, 100],
    [24, 80],
    [12, 60],
    [8, 40],
  ])('is never taller than a %i-row, %i-column terminal, however much was typed', (rows, columns) => {
    for (const n of [0, 3, 30]) {
      const { height, lines } = frame(typed(n), { rows, columns });
      expect(height, `${n} lines typed`).toBeLessThanOrEqual(rows);
      expect(lines[0]).toMatch(/^Step 1\/5 · Clarify requirements/);
    }
  });

  it('keeps the newest lines typed and says how many earlier ones are off screen', () => {
    const { text } = frame(typed(30), { rows: 16 });
    expect(text).toContain('line 30:');
    expect(text).not.toContain('line 1:');
    expect(text).toMatch(/… \d+ earlier lines/);
  });

  it('shows the end of a line longer than the screen after "› …", the header still on top', () => {
    const long = 'abcdefghij'.repeat(200);
    const { lines, height } = frame([], { rows: 12, columns: 60, value: long });
    expect(lines[0]).toMatch(/^Step 1\/5/);
    expect(lines.some((l) => l.startsWith('› …'))).toBe(true);
    expect(lines.join('')).toMatch(/abcdefghij$/);
    expect(height).toBeLessThanOrEqual(12);
  });

  it('in study mode shows the coverage meter and /hint; in mock mode neither', () => {
    const study = frame(typed(1)).text;
    expect(study).toMatch(/Coverage \d+\/\d+:/);
    expect(study).toMatch(/\/hint \/done \/skip/);
    const mock = frame(typed(1), { mode: 'mock' }).text;
    expect(mock).not.toMatch(/Coverage \d/);
    expect(mock).toMatch(/^\/done \/skip/m);
  });

  it('over the time box says so in the header and asks to wrap up', () => {
    const { text } = frame([], { used: 6 * min });
    expect(text).toMatch(/\+1:00 over time/);
    expect(text).toContain('Time is up for this step: wrap up and /done');
  });

  it('paused, it says how to continue and hides the line being typed', () => {
    const { text } = frame([{ type: 'paused', at: 5 }], { value: 'half a line' });
    expect(text).toContain('Paused: the clock is stopped. Press any key to continue.');
    expect(text).not.toContain('half a line');
  });

  it('once the step has ended it stays as a record, with no command bar', () => {
    const done = frame([{ type: 'step-ended', at: 5, step: 'clarify', reason: 'done' }]).text;
    expect(done).toContain('Step ended.');
    expect(done).not.toMatch(/\/done \/skip/);
    const timeout = frame([{ type: 'step-ended', at: 5, step: 'clarify', reason: 'timeout' }]).text;
    expect(timeout).toContain('Time is up: the step ended at its time box.');
  });
});
