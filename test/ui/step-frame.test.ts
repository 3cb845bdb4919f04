// The step prompt's layout as a pure function: what a frame shows for a session's state
// and a terminal's size, checked in milliseconds (whole flows at a terminal: test/session).
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/session/events.js';
import { commandHelp } from '../../src/session/engine.js';
import { replay } from '../../src/session/state.js';
import { reviewPages, stepFrame, type FrameView } from '../../src/ui/step-frame.js';
import { started, visualSearchPlan } from '../session/fixtures.js';

const plan = visualSearchPlan();
const clarify = plan.steps[0]!;
const min = 60_000;

/** The frame of step 1 after `events`, `used` into it, on a terminal of `columns` × `rows`. */
function frame(
  events: SessionEvent[],
  { used = min, rows = 40, columns = 100, value = '', mode = 'study' as 'study' | 'mock', pace = 1, view = {} as FrameView } = {},
) {
  const state = replay([started({ mode, ...(pace === 1 ? {} : { pace }) }), { type: 'step-started', at: 0, step: 'clarify' }, ...events]);
  const [body, bottom] = stepFrame({ state, used, index: 0, step: clarify, rows, columns, view }, value, null);
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

  // Every terminal width from 20 to 200 columns: the header never has a row wider than the
  // terminal (which would wrap it mid-word), and the clock is whole on one row.
  it.each([
    ['4:00 left', 1 * min, {}],
    ['⚠ 0:30 left', 4.5 * min, {}],
    ['+1:00 over time', 6 * min, {}],
    ['2:30 box', 0, { pace: 0.5 }],
  ] as const)('keeps "%s" whole and within every width', (clock, used, over) => {
    for (let columns = 20; columns <= 200; columns++) {
      // Mock mode: no guiding questions, so the header runs up to the message or the prompt.
      const { lines } = frame([], { used, columns, rows: 40, mode: 'mock', ...over });
      const header = lines.slice(0, lines.findIndex((l) => l.startsWith('›') || l.startsWith('Time is up')));
      for (const row of header) expect(row.length, `${columns} columns: "${row}"`).toBeLessThanOrEqual(columns - 1);
      expect(header.some((row) => row.includes(clock)), `${columns} columns:\n${header.join('\n')}`).toBe(true);
    }
  });

  it('at 45–60 columns puts the box and clock on their own row, not the clock split off', () => {
    for (const columns of [45, 50, 55]) {
      const { lines } = frame([], { used: 6000, columns });
      expect(lines.slice(0, 2)).toEqual(['Step 1/5 · Clarify requirements', '5 min box · 4:54 left']);
    }
    expect(frame([], { used: 6000, columns: 60 }).lines[0]).toBe('Step 1/5 · Clarify requirements · 5 min box · 4:54 left');
  });

  it('warns a minute before a long box ends, and in the last fifth of a short one, with a mark that reads without colour', () => {
    expect(frame([], { used: 3.9 * min }).lines[0]).toMatch(/· 1:06 left$/);
    expect(frame([], { used: 4 * min + 1000 }).lines[0]).toMatch(/· ⚠ 0:59 left$/);
    // --pace 0.4: a 2-minute box warns from 0:24 left, not for half of it.
    expect(frame([], { used: 90_000, pace: 0.4 }).lines[0]).toMatch(/2 min box · 0:30 left$/);
    expect(frame([], { used: 97_000, pace: 0.4 }).lines[0]).toMatch(/2 min box · ⚠ 0:23 left$/);
  });

  it('says the scaled box of a paced session', () => {
    expect(frame([], { used: 0, pace: 0.5 }).lines[0]).toMatch(/· 2:30 box · 2:30 left$/);
    expect(frame([], { used: 0, pace: 2 }).lines[0]).toMatch(/· 10 min box · 10:00 left$/);
  });

  const asked = (extra: Record<string, unknown>): SessionEvent =>
    ({ type: 'question', at: 2, step: 'clarify', text: 'DAU? and the latency budget', reply: '150 million. 300 ms at p95.', ...extra }) as SessionEvent;
  it.each([
    ['names the facts a reply drew on', { facts: ['traffic', 'latency-budget'] }, 'from: traffic, latency budget'],
    ['says nothing when no fact answered', { facts: [] }, null],
    ['reads a journal written before facts had ids (a position), naming nothing', { fact: 0 }, null],
  ])('under a reply, %s', (_what, extra, source) => {
    const { lines } = frame([asked(extra)]);
    const at = lines.findIndex((l) => l.includes('300 ms at p95'));
    expect(at).toBeGreaterThan(0);
    if (source === null) expect(lines.some((l) => l.trim().startsWith('from:'))).toBe(false);
    else expect(lines[at + 1]!.trim()).toBe(source);
  });

  it('hides the guiding questions when asked, giving their rows to the answer', () => {
    const shown = frame(typed(30), { rows: 24 });
    const hidden = frame(typed(30), { rows: 24, view: { hideGuide: true } });
    expect(shown.text).toContain(clarify.questions[0]);
    expect(hidden.text).not.toContain(clarify.questions[0]);
    const count = (t: string) => t.match(/^ {2}• line/gm)?.length ?? 0;
    expect(count(hidden.text)).toBeGreaterThan(count(shown.text));
    expect(shown.text).toMatch(/earlier lines \(\/review shows them\)/);
  });

  it('/review pages through the whole answer, every line on some page, each page within the terminal', () => {
    const events = typed(30);
    const state = replay([started(), { type: 'step-started', at: 0, step: 'clarify' }, ...events]);
    for (const [rows, columns] of [[24, 80], [12, 60], [40, 120]] as const) {
      const { pages } = reviewPages({ state, used: min, index: 0, step: clarify, rows, columns });
      const seen = new Set<string>();
      for (let page = 0; page < pages; page++) {
        const { text, height, lines } = frame(events, { rows, columns, view: { review: page } });
        expect(height).toBeLessThanOrEqual(rows);
        expect(text).toContain(`Your answer, page ${page + 1}/${pages}`);
        expect(lines.at(-1)).toMatch(/Enter or Esc back to typing/);
        for (const m of text.matchAll(/line (\d+):/g)) seen.add(m[1]!);
      }
      expect(seen.size, `${rows}×${columns}`).toBe(30);
    }
  });

  it('correcting the last line, the prompt says so', () => {
    expect(frame(typed(1), { value: 'fixed', view: { editing: true } }).text).toMatch(/^edit › fixed$/m);
  });

  it('wraps each row of the /help table under its own text on a narrow screen, cutting nothing', () => {
    const state = replay([started(), { type: 'step-started', at: 0, step: 'clarify' }]);
    for (const columns of [40, 60, 100]) {
      const [body] = stepFrame({ state, used: min, index: 0, step: clarify, rows: 60, columns }, '', { tone: 'info', text: commandHelp.join('\n') });
      const lines = stripAnsi(body).split('\n');
      for (const l of lines) expect(l.length, `${columns}: "${l}"`).toBeLessThan(columns);
      const help = lines.join(' ').replace(/\s+/g, ' ');
      for (const row of commandHelp) expect(help).toContain(row.replace(/\s+/g, ' '));
    }
  });

  it('at every width from 20 to 200 columns and 8 to 30 rows, fits the terminal with the header first', () => {
    const events = typed(4);
    for (let columns = 20; columns <= 200; columns++) {
      for (const rows of [8, 12, 30]) {
        const { height, lines } = frame(events, { rows, columns, used: 4.5 * min });
        expect(height, `${rows}×${columns}`).toBeLessThanOrEqual(rows);
        expect(lines[0], `${rows}×${columns}`).toMatch(/^Step 1\/5/);
        expect(lines.join('\n'), `${rows}×${columns}`).toContain('⚠ 0:30 left');
      }
    }
  });
});
