// A narrow terminal, as a person sees it (headless xterm): prompts that wrap are redrawn
// whole, so no half of an old prompt is left on screen.
import { describe, expect, it } from 'vitest';
import { tempHome } from '../support/home.js';
import { screenOf } from '../support/screen.js';
import { inStep, studyDrill } from '../support/steps.js';
import { runAtTerminal } from '../support/tty.js';

describe('at 40 columns', () => {
  it('"Press Enter to start step 2/5: …" wraps, and once Enter is pressed no piece of it is left', async () => {
    const size = { cols: 40, rows: 24 };
    const t = runAtTerminal(studyDrill, tempHome(), size);
    const screen = screenOf(t, size, t.resize);
    await inStep(t);
    await t.line('/done');
    const asking = await screen.until((rows) => rows.some((r) => r.startsWith('› Press Enter to start step 2/5')), 'the prompt for step 2');
    // Wrapped between words: "(5 min)" or "(10 min)" whole on its row.
    expect(asking.join('\n')).toMatch(/\(\d+ min\)/);
    await t.type('\r');
    const rows = await screen.until((now) => now.some((r) => r.startsWith('Step 2/5 · Frame')), 'step 2');
    expect(rows.join('\n')).toContain('\nPress Enter to start step 2/5: Frame\nthe problem and data (10 min)\n');
    expect(rows.filter((r) => r.includes('Press Enter to start step 2/5'))).toHaveLength(1);
    expect(rows.some((r) => r.startsWith('›') && r.includes('Press Enter'))).toBe(false);
  });
});
