// Nothing typed is lost: after kill -9 (a real process, killed), Ctrl-C and SIGTERM.
import { afterEach, describe, expect, it } from 'vitest';
import { events, lines, tempHome } from '../support/home.js';
import { terminals } from '../support/pty.js';
import { inStep, studyDrill } from '../support/steps.js';
import { runAtTerminal } from '../support/tty.js';

const start = terminals(afterEach);

const drill = studyDrill;

describe('nothing typed is lost', () => {
  const typed = ['The goal is to grow saves and clicks', 'Scale is 150M daily active users', 'p95 latency under 300 ms'];

  it('resume restores every line typed before kill -9, and the step it was in', async () => {
    const h = tempHome();
    const t = await inStep(start(drill, h), typed);
    t.proc.kill('SIGKILL');
    await t.exited;
    expect(lines(h)).toEqual(typed);

    const r = start(['resume'], h);
    const screen = await r.waitFor('Step 1/5 · Clarify requirements');
    await r.waitFor(typed.at(-1)!);
    for (const line of typed) expect(r.text()).toContain(line);
    expect(screen).toMatch(/Resuming \d{8}-\d{6}-visual-search/);
    await r.waitFor(/Coverage 3\/5/);
    const m = r.mark();
    await r.line('we have click logs for data');
    await r.waitFor('• we have click logs for data', m);
    await r.line('/done');
    await r.waitFor('Press Enter to start step 2/5', m);
    const types = events(h).map((e) => e.type);
    expect(types).toContain('reopened');
    expect(types.filter((x) => x === 'line')).toHaveLength(4);
  });

  it('Ctrl-C asks, saves, and says how to resume', async () => {
    const h = tempHome();
    const t = await inStep(runAtTerminal(drill, h), typed.slice(0, 1));
    await t.type('half a line');
    const m = t.mark();
    await t.type('\x03');
    await t.waitFor('Save this session and quit?', m);
    await t.type('\r');
    await t.waitFor(/Resume with: mlsd resume \d{8}-\d{6}-visual-search/);
    expect((await t.exited).exitCode).toBe(130);
    const saved = events(h);
    expect(saved.at(-1)?.type).toBe('suspended');
    expect(lines(h)).toEqual([typed[0], 'half a line']);
  });

  it('Ctrl-C while paused asks with the clock still stopped', async () => {
    const h = tempHome();
    const t = await inStep(runAtTerminal(drill, h), typed.slice(0, 1));
    await t.line('/pause');
    await t.waitFor('Paused: the clock is stopped');
    const m = t.mark();
    await t.type('\x03');
    const asked = await t.waitFor('Save this session and quit?', m);
    expect(asked).not.toMatch(/running again/);
    await t.type('\r');
    await t.waitFor(/Resume with: mlsd resume/);
    expect((await t.exited).exitCode).toBe(130);
    expect(events(h).map((e) => e.type)).not.toContain('resumed');
  });

  it('SIGTERM saves the session and exits', async () => {
    const h = tempHome();
    const t = await inStep(start(drill, h), typed.slice(0, 2));
    t.proc.kill('SIGTERM');
    await t.waitFor('Resume with: mlsd resume');
    await t.exited;
    expect(events(h).at(-1)).toMatchObject({ type: 'suspended', reason: 'SIGTERM' });
  });
});
