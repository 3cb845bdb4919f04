// Signals and terminals: every way a session can be stopped saves it (real processes,
// signalled); a resized terminal shows one whole frame; a very long line and a multi-line
// paste are kept whole; text read back from a journal cannot drive the terminal.
import { appendFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { events, journals, lines, tempHome } from '../support/home.js';
import { terminals } from '../support/pty.js';
import { drillOnScreen, expectOneFrame, inStep, studyDrill, typeLongLine } from '../support/steps.js';
import { until } from '../support/terminal.js';
import { runAtTerminal } from '../support/tty.js';

const start = terminals(afterEach);
const study = studyDrill;

describe('stopping a session any way saves it', () => {
  it('SIGHUP (the terminal closed) saves the half-typed line and a suspended event', async () => {
    const h = tempHome();
    const t = await inStep(start(study, h));
    await t.line('a whole line');
    await t.waitFor('• a whole line');
    const m = t.mark();
    await t.type('half typed');
    await t.waitFor('half typed', m);
    t.proc.kill('SIGHUP');
    await t.exited;
    expect(lines(h)).toEqual(['a whole line', 'half typed']);
    expect(events(h).at(-1)).toMatchObject({ type: 'suspended', reason: 'SIGHUP' });
  });

  it('closing the pseudo-terminal itself saves the session', async () => {
    const h = tempHome();
    const t = await inStep(start(study, h));
    await t.line('written before the window closed');
    await t.waitFor('• written before the window closed');
    (t.proc as unknown as { destroy(): void }).destroy();
    await until(() => events(h).at(-1)?.type === 'suspended', 'the session is saved as suspended');
    expect(lines(h)).toEqual(['written before the window closed']);
  });

  it('SIGTERM during the "Press Enter to start step 2" prompt saves, and resume continues at step 2', async () => {
    const h = tempHome();
    const t = await inStep(start(study, h));
    await t.line('clarify line');
    await t.waitFor('• clarify line');
    await t.line('/done');
    await t.waitFor('Press Enter to start step 2/5');
    t.proc.kill('SIGTERM');
    await t.exited;
    expect(events(h).at(-1)).toMatchObject({ type: 'suspended', reason: 'SIGTERM' });
    const r = runAtTerminal(['resume'], h);
    await r.waitFor('Press Enter to start step 2/5');
    await r.type('\x03');
    await r.waitFor('Save this session and quit?');
    await r.type('\r');
    expect((await r.exited).exitCode).toBe(130);
  });
});

describe('what is typed is kept whole', () => {
  it('a multi-line paste (one write) records each line, in order', async () => {
    const h = tempHome();
    const t = await inStep(runAtTerminal(study, h));
    const pasted = ['first pasted line', 'second: p95 latency 200 ms', 'third — with unicode ✓', 'fourth'];
    await t.type(pasted.map((l) => `${l}\r`).join(''));
    await t.waitFor('• fourth');
    expect(lines(h)).toEqual(pasted);
  });

  it('a paste at "Press Enter to start step 2" starts the step and records every pasted line in it', async () => {
    const h = tempHome();
    const t = await inStep(runAtTerminal(study, h));
    await t.line('/done');
    await t.waitFor('Press Enter to start step 2/5');
    await t.type('\rframe line one\rframe line two\r');
    await t.waitFor('• frame line two');
    await t.line('/done');
    await t.waitFor('Press Enter to start step 3/5');
    await t.type('typed before Enter at step 3\r');
    await t.waitFor('• typed before Enter at step 3');
    const byStep = events(h).flatMap((e) => (e.type === 'line' ? [`${e.step}: ${e.text}`] : []));
    expect(byStep).toEqual(['frame: frame line one', 'frame: frame line two', 'model: typed before Enter at step 3']);
  });

  // A line longer than the screen; test:reliability types 5,000 characters on a full-size one.
  it.each([[1_200, { cols: 60, rows: 12 }]])('a %i-character line is recorded whole, and the screen stays one frame while and after it is typed', async (length, size) => {
    const h = tempHome();
    const { t, screen } = await drillOnScreen(h, size);
    await typeLongLine(t, screen, h, length);
    await t.line('after the long one');
    await t.waitFor('• after the long one');
    await expectOneFrame(screen);
  });
});

describe('a resized terminal', () => {
  it('redraws one whole frame after shrinking and after growing mid-step', async () => {
    const h = tempHome();
    const { t, screen } = await drillOnScreen(h, { cols: 100, rows: 40 });
    for (const l of ['we need the business goal first', 'scale: 150M daily active users', 'latency budget p95 200 ms']) {
      await t.line(l);
      await t.waitFor(`• ${l}`);
    }
    let m = t.mark();
    screen.resize(50, 18);
    await t.waitFor('/hint /done /skip', m);
    const small = await expectOneFrame(screen);
    expect(small.every((r) => r.length <= 50)).toBe(true);
    expect(small.join('\n')).toContain('latency budget p95 200 ms');
    m = t.mark();
    screen.resize(120, 30);
    await t.waitFor('/hint /done /skip', m);
    await expectOneFrame(screen);
    await t.line('typed after the resizes');
    await t.waitFor('• typed after the resizes');
    expect(lines(h)).toHaveLength(4);
  });
});

describe('text from a journal cannot drive the terminal', () => {
  it('escape sequences hand-written into a journal are not printed by resume', async () => {
    const h = tempHome();
    const t = await inStep(start(study, h));
    await t.line('an honest line');
    await t.waitFor('• an honest line');
    t.proc.kill('SIGKILL');
    await t.exited;
    const step = events(h).find((e) => e.type === 'step-started')!;
    const hostile = 'retitled\u001b]0;pwned\u0007 and cleared\u001b[2J\u001b[H\u009b31m red';
    appendFileSync(journals(h)[0]!, `${JSON.stringify({ type: 'line', at: Date.now(), step: 'step' in step ? step.step : '', text: hostile })}\n`);
    const r = runAtTerminal(['resume'], h);
    await r.waitFor('retitled');
    await r.waitFor('/hint /done');
    expect(r.raw()).not.toContain('\u001b]0;pwned');
    expect(r.raw()).not.toContain('\u001b[2J');
    expect(r.raw()).not.toContain('\u009b');
    expect(r.text()).toContain('retitled and cleared');
    await r.type('\x03');
    await r.waitFor('Save this session and quit?');
    await r.type('\r');
    await r.exited;
  });
});
