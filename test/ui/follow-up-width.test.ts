// The interviewer's follow-up at a wide terminal: the question and the answer typed to it
// wrap at the screen's one width (ui/width.ts), between words, like the step's lines.
import { describe, expect, it } from 'vitest';
import { tempHome } from '../support/home.js';
import { screenOf } from '../support/screen.js';
import { startClock } from '../support/steps.js';
import { runAtTerminal } from '../support/tty.js';
import { textWidth } from '../../src/ui/width.js';

describe('the mock follow-up at 120 columns', () => {
  it('shows the answer wrapped between words at the same width as the step, not cut at the terminal edge', async () => {
    const size = { cols: 120, rows: 40 };
    const t = runAtTerminal(['drill', 'visual-search', '--mode', 'mock', '--no-twist'], tempHome(), size);
    const screen = screenOf(t, size, t.resize);
    await startClock(t);
    await t.waitFor('Step 1/5 · Clarify requirements');
    await t.line('/done');
    await t.waitFor('Your answer:');
    const answer = Array.from({ length: 12 }, (_, i) => `logged-in users on phones and the web, part ${i + 1}`).join('; ');
    const m = t.mark();
    await t.line(answer);
    // The answer misses the follow-up's point, so the probe comes; passing on it moves on.
    await t.waitFor('Your answer:', m);
    await t.line('/skip');
    await t.waitFor('Press Enter to start step 2/5');
    const rows = await screen.rows();
    const start = rows.findIndex((r) => r.startsWith('? Your answer:'));
    const shown = rows.slice(start, rows.findIndex((r, i) => i > start && r.trim() === ''));
    expect(shown.length).toBeGreaterThan(2);
    for (const row of shown) expect(row.length).toBeLessThanOrEqual(textWidth(size.cols));
    expect(shown.join(' ').replace(/\s+/g, ' ')).toBe(`? Your answer: ${answer}`);
  });
});
