// Signals and terminals: every way a session can be stopped saves it; a resized
// terminal shows one whole frame; a very long line and a multi-line paste are kept
// whole; text read back from a journal cannot drive the terminal.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killAfterEach, spawnMlsd, type Terminal } from '../session/pty.js';
import { spawnOnScreen, type Screen } from './screen.js';

const home = () => mkdtempSync(join(tmpdir(), 'mlsd-term-'));
const journal = (h: string) => {
  const dir = join(h, 'data', 'sessions');
  return join(dir, readdirSync(dir).find((n) => n.endsWith('.jsonl'))!);
};
const events = (h: string) => readFileSync(journal(h), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; text?: string; reason?: string });
const lines = (h: string) => events(h).flatMap((e) => (e.type === 'line' ? [e.text!] : []));
const track = killAfterEach(afterEach);

async function inStep<T extends Terminal>(t: T): Promise<T> {
  track(t);
  await t.waitFor('Press Enter to start the clock');
  await t.type('\r');
  await t.waitFor('/hint /done /skip');
  return t;
}
const drill = (h: string) => inStep(spawnMlsd(['drill', 'visual-search', '--mode', 'study'], h));
const drillOnScreen = (h: string, size?: { cols: number; rows: number }) => inStep(spawnOnScreen(['drill', 'visual-search', '--mode', 'study'], h, size));

/** The screen shows one frame of the step: its header once, the command bar last, nothing of an older frame. */
async function expectOneFrame(t: Screen): Promise<string[]> {
  // A large frame can arrive in more than one chunk: give the last one a moment.
  let rows = await t.rows();
  for (let i = 0; i < 40 && !/interviewer$/.test(rows.filter((r) => r.trim() !== '').at(-1) ?? ''); i++) {
    await new Promise((r) => setTimeout(r, 25));
    rows = await t.rows();
  }
  const text = rows.join('\n');
  expect(text.match(/Step 1\/5 · Clarify requirements/g)).toHaveLength(1);
  // The command bar closes the frame (wrapped, on a narrow terminal).
  const shown = rows.filter((r) => r.trim() !== '');
  expect(shown.slice(-2).join(' ')).toMatch(/\/hint \/done \/skip .*interviewer$/);
  expect(text.match(/\/hint \/done \/skip/g)).toHaveLength(1);
  return rows;
}

describe('stopping a session any way saves it', () => {
  it('SIGHUP (the terminal closed) saves the half-typed line and a suspended event', async () => {
    const h = home();
    const t = await drill(h);
    await t.line('a whole line');
    await t.waitFor('• a whole line');
    await t.type('half typed');
    t.proc.kill('SIGHUP');
    await t.exited;
    expect(lines(h)).toEqual(['a whole line', 'half typed']);
    expect(events(h).at(-1)).toMatchObject({ type: 'suspended', reason: 'SIGHUP' });
  });

  it('closing the pseudo-terminal itself saves the session', async () => {
    const h = home();
    const t = await drill(h);
    await t.line('written before the window closed');
    await t.waitFor('• written before the window closed');
    (t.proc as unknown as { destroy(): void }).destroy();
    for (let i = 0; i < 100 && events(h).at(-1)?.type !== 'suspended'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(events(h).at(-1)).toMatchObject({ type: 'suspended' });
    expect(lines(h)).toEqual(['written before the window closed']);
  });

  it('SIGTERM during the "Press Enter to start step 2" prompt saves, and resume continues at step 2', async () => {
    const h = home();
    const t = await drill(h);
    await t.line('clarify line');
    await t.line('/done');
    await t.waitFor('Press Enter to start step 2/5');
    t.proc.kill('SIGTERM');
    await t.exited;
    expect(events(h).at(-1)).toMatchObject({ type: 'suspended', reason: 'SIGTERM' });
    const r = spawnMlsd(['resume'], h);
    track(r);
    await r.waitFor('Press Enter to start step 2/5');
  });
});

describe('what is typed is kept whole', () => {
  it('a multi-line paste (one write) records each line, in order', async () => {
    const h = home();
    const t = await drill(h);
    const pasted = ['first pasted line', 'second: p95 latency 200 ms', 'third — with unicode ✓', 'fourth'];
    t.proc.write(pasted.map((l) => `${l}\r`).join(''));
    await t.waitFor('• fourth');
    expect(lines(h)).toEqual(pasted);
  });

  it('a paste at "Press Enter to start step 2" starts the step and records every pasted line in it', async () => {
    const h = home();
    const t = await drill(h);
    await t.line('/done');
    await t.waitFor('Press Enter to start step 2/5');
    t.proc.write('\rframe line one\rframe line two\r');
    await t.waitFor('• frame line two');
    await t.line('/done');
    await t.waitFor('Press Enter to start step 3/5');
    t.proc.write('typed before Enter at step 3\r');
    await t.waitFor('• typed before Enter at step 3');
    const byStep = events(h).flatMap((e) => (e.type === 'line' ? [`${(e as { step?: string }).step}: ${e.text}`] : []));
    expect(byStep).toEqual(['frame: frame line one', 'frame: frame line two', 'model: typed before Enter at step 3']);
  });

  it('a 5,000-character line is recorded whole, and the screen stays one frame while and after it is typed', async () => {
    const h = home();
    const t = await drillOnScreen(h);
    const long = Array.from({ length: 5000 }, (_, i) => 'abcdefghij'[i % 10]).join('');
    t.proc.write(long);
    // Too long for the screen: the header stays on top and the line's end is shown after "› …".
    let typing: string[] = [];
    for (let i = 0; i < 300; i++) {
      typing = (await t.rows()).filter((r) => r.trim() !== '');
      if (typing.at(-1)?.endsWith('abcdefghij') && typing.some((r) => r.startsWith('› …'))) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(typing[0]).toMatch(/^Step 1\/5 · Clarify requirements/);
    expect(typing.at(-1)).toMatch(/abcdefghij$/);
    expect(typing.join('\n').match(/Step 1\/5/g)).toHaveLength(1);
    t.proc.write('\r');
    for (let i = 0; i < 200 && lines(h).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(lines(h)).toEqual([long]);
    await t.line('after the long one');
    await t.waitFor('• after the long one');
    await expectOneFrame(t);
  });
});

describe('a resized terminal', () => {
  it('redraws one whole frame after shrinking and after growing mid-step', async () => {
    const h = home();
    const t = await drillOnScreen(h, { cols: 100, rows: 40 });
    for (const l of ['we need the business goal first', 'scale: 150M daily active users', 'latency budget p95 200 ms']) {
      await t.line(l);
      await t.waitFor(`• ${l}`);
    }
    t.resize(50, 18);
    await new Promise((r) => setTimeout(r, 400));
    const small = await expectOneFrame(t);
    expect(small.every((r) => r.length <= 50)).toBe(true);
    expect(small.join('\n')).toContain('latency budget p95 200 ms');
    t.resize(120, 30);
    await new Promise((r) => setTimeout(r, 400));
    await expectOneFrame(t);
    await t.line('typed after the resizes');
    await t.waitFor('• typed after the resizes');
    expect(lines(h)).toHaveLength(4);
  });
});

describe('text from a journal cannot drive the terminal', () => {
  it('escape sequences hand-written into a journal are not printed by resume', async () => {
    const h = home();
    const t = await drill(h);
    await t.line('an honest line');
    await t.waitFor('• an honest line');
    t.proc.kill('SIGKILL');
    await t.exited;
    const step = (events(h).find((e) => e.type === 'step-started') as unknown as { step: string }).step;
    const hostile = 'retitled\u001b]0;pwned\u0007 and cleared\u001b[2J\u001b[H\u009b31m red';
    appendFileSync(journal(h), `${JSON.stringify({ type: 'line', at: Date.now(), step, text: hostile })}\n`);
    const raw: string[] = [];
    const r = spawnMlsd(['resume'], h);
    track(r);
    r.proc.onData((d) => raw.push(d));
    await r.waitFor('retitled');
    await r.waitFor('/hint /done');
    const out = raw.join('');
    expect(out).not.toContain('\u001b]0;pwned');
    expect(out).not.toContain('\u001b[2J');
    expect(out).not.toContain('\u009b');
    expect(r.text()).toContain('retitled and cleared');
  });
});
