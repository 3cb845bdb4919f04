// Reviewing and correcting at the terminal, on the screen a person would see (a fake
// terminal drawn by a headless xterm): /review pages through the whole answer, /guide
// hides the guiding questions, /edit and /undo correct the last line, and Up-arrow
// then Enter does not record a line twice.
import { describe, expect, it } from 'vitest';
import { events, lines, tempHome } from '../support/home.js';
import { drillOnScreen } from '../support/steps.js';

const typedLines = (n: number) => Array.from({ length: n }, (_, i) => `point ${i + 1} about the feed`);

describe('reviewing and correcting at the terminal', () => {
  it('/review shows every line of a long answer, page by page, then returns to typing', async () => {
    const home = tempHome();
    const { t, screen } = await drillOnScreen(home, { cols: 60, rows: 20 });
    for (const line of typedLines(25)) await t.line(line);
    await screen.until((rows) => rows.some((r) => r.includes('point 25 about')), 'the last line');
    await t.line('/review');
    const seen = new Set<string>();
    const collect = (rows: string[]) => rows.forEach((r) => r.match(/point (\d+) about/) && seen.add(r.match(/point (\d+)/)![1]!));
    let page = await screen.until((rows) => rows.some((r) => /Your answer, page \d+\/\d+/.test(r)), 'a review page');
    const pages = Number(page.join('\n').match(/page \d+\/(\d+)/)![1]);
    expect(pages).toBeGreaterThan(1);
    // It opens on the last page; ↑ goes back to the first.
    collect(page);
    for (let p = pages - 1; p > 0; p--) {
      await t.type('\x1b[A');
      page = await screen.until((rows) => rows.some((r) => r.includes(`page ${p}/${pages}`)), `page ${p}`);
      collect(page);
    }
    expect(seen.size).toBe(25);
    await t.type('\r');
    await screen.until((rows) => rows.some((r) => /^›/.test(r)) && !rows.some((r) => r.includes('Your answer, page')), 'the prompt again');
    expect(lines(home)).toHaveLength(25);
    await t.line('/done');
    await t.waitFor('Press Enter to start step 2/5');
  });

  it('/guide hides the guiding questions and /guide shows them again', async () => {
    const { t, screen } = await drillOnScreen(tempHome(), { cols: 100, rows: 40 });
    const question = 'What data and labels exist today?';
    await screen.until((rows) => rows.some((r) => r.includes(question)), 'the guiding questions');
    await t.line('/guide');
    await screen.until((rows) => rows.some((r) => r.includes('Guiding questions hidden')) && !rows.some((r) => r.includes(question)), 'no guiding questions');
    await t.line('/guide');
    await screen.until((rows) => rows.some((r) => r.includes(question)), 'the guiding questions again');
  });

  it('/edit brings the last line back to correct; the journal keeps the original and adds the correction', async () => {
    const home = tempHome();
    const { t, screen } = await drillOnScreen(home);
    await t.line('we optimise clikcs');
    await screen.until((rows) => rows.some((r) => r.includes('• we optimise clikcs')), 'the line');
    await t.line('/edit');
    await screen.until((rows) => rows.some((r) => r.startsWith('edit › we optimise clikcs')), 'the line to correct');
    await t.type('\x7f\x7f\x7f\x7f\x7f\x7f'); // backspace over "clikcs"
    await t.line('long watch time');
    await screen.until((rows) => rows.some((r) => r.includes('• we optimise long watch time')) && !rows.some((r) => r.includes('clikcs')), 'the corrected line');
    await t.line('/undo');
    await screen.until((rows) => rows.some((r) => r.includes('Withdrawn: “we optimise long watch time”')), 'the withdrawal');
    expect(events(home).filter((e) => e.type === 'line' || e.type === 'amended')).toMatchObject([
      { type: 'line', text: 'we optimise clikcs' },
      { type: 'amended', line: 0, text: 'we optimise long watch time' },
      { type: 'amended', line: 0, text: '' },
    ]);
  });

  it('a command typed over the recalled line during /edit runs as a command, leaving the line as it was', async () => {
    const home = tempHome();
    const { t, screen } = await drillOnScreen(home);
    await t.line('150M daily users');
    await t.line('/edit');
    await screen.until((rows) => rows.some((r) => r.startsWith('edit › 150M daily users')), 'the line to correct');
    await t.type('\x15'); // Ctrl-U clears the recalled line
    await t.line('/time');
    await screen.until((rows) => rows.some((r) => /used of 5:00/.test(r)), 'the time');
    expect(lines(home)).toEqual(['150M daily users']);
    expect(events(home).some((e) => e.type === 'amended')).toBe(false);
  });

    it('Up-arrow then Enter recalls the last line but does not record it twice', async () => {
    const home = tempHome();
    const { t, screen } = await drillOnScreen(home);
    await t.line('150M daily users, p95 under 300 ms');
    await screen.until((rows) => rows.some((r) => r.includes('• 150M daily users')), 'the line');
    await t.type('\x1b[A');
    await screen.until((rows) => rows.some((r) => r.startsWith('› 150M daily users')), 'the recalled line');
    await t.type('\r');
    await screen.until((rows) => rows.some((r) => r.includes('Same as your last line')), 'the notice');
    expect(lines(home)).toEqual(['150M daily users, p95 under 300 ms']);
  });
});
