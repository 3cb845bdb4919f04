// One whole flow in a real pseudo-terminal, where signals are real: a correction half
// typed (/edit) when SIGTERM arrives is journaled as the correction, not lost and not a
// second line, and resume shows the corrected answer in the session's scaled boxes.
import { afterEach, describe, expect, it } from 'vitest';
import { events, lines, tempHome } from '../support/home.js';
import { killAfterEach, spawnMlsd } from '../support/pty.js';
import { inStep } from '../support/steps.js';

const track = killAfterEach(afterEach);

describe('correcting a line in a real terminal', () => {
  it('keeps a half-typed /edit through SIGTERM as the correction, and resume shows it with the paced box', async () => {
    const home = tempHome();
    const size = { cols: 60, rows: 30 };
    const t = await inStep(track(spawnMlsd(['drill', 'visual-search', '--pace', '0.5'], home, size)), ['we optimise clikcs']);
    await t.waitFor('2:30 box');
    let m = t.mark();
    await t.line('/edit');
    await t.waitFor('edit › we optimise clikcs', m);
    m = t.mark();
    await t.type('\x7f'.repeat(6) + 'watch time');
    await t.waitFor('edit › we optimise watch time', m);
    t.proc.kill('SIGTERM');
    await t.exited;
    expect(lines(home)).toEqual(['we optimise clikcs']);
    expect(events(home).filter((e) => e.type === 'amended')).toMatchObject([{ line: 0, text: 'we optimise watch time' }]);

    const r = track(spawnMlsd(['resume'], home, size));
    await r.waitFor('Step 1/5 · Clarify requirements · 2:30 box');
    await r.waitFor('• we optimise watch time');
    expect(r.text()).not.toContain('• we optimise clikcs');
    m = r.mark();
    await r.line('/done');
    await r.waitFor('Press Enter to start step 2/5', m);
  });
});
