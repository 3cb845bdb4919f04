import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnMlsd, type Terminal } from './pty.js';

const home = () => mkdtempSync(join(tmpdir(), 'mlsd-pty-'));
const journals = (h: string) => readdirSync(join(h, 'data', 'sessions')).map((f) => join(h, 'data', 'sessions', f));
const running: Terminal[] = [];
const start = (args: string[], h: string) => {
  const t = spawnMlsd(args, h);
  running.push(t);
  return t;
};
afterEach(() => {
  for (const t of running.splice(0)) {
    try {
      t.proc.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
});

describe('a drill at the terminal', () => {
  it('answers from the case facts, gives hints, pauses, and ends with a scorecard after /done through all steps', async () => {
    const h = home();
    const t = start(['drill', 'visual-search'], h);
    await t.waitFor('Press Enter to start the clock');
    await t.type('\r');
    await t.waitFor('Step 1/5 · Clarify requirements');
    await t.line('The business goal is more saves and clicks');
    let m = t.mark();
    await t.line('? how many users');
    await t.waitFor('150 million daily active users', m);
    m = t.mark();
    await t.line('/hint');
    await t.waitFor(/hint 1: Scope:/, m);
    m = t.mark();
    await t.line('/pause');
    await t.waitFor('Paused: the clock is stopped', m);
    m = t.mark();
    await t.type('x');
    await t.waitFor('The clock is running again', m);
    const steps = ['Frame the problem and data', 'Model development', 'Evaluation', 'Deployment, serving and monitoring'];
    m = t.mark();
    await t.line('/done');
    await t.waitFor('Covered (1/5)', m);
    for (const [i, title] of steps.entries()) {
      await t.waitFor(`Press Enter to start step ${i + 2}/5: ${title}`, m);
      m = t.mark();
      await t.type('\r');
      await t.waitFor(`Step ${i + 2}/5 · ${title}`, m);
      await t.line(`a line for ${title}`);
      m = t.mark();
      await t.line('/done');
    }
    const card = await t.waitFor('Show the reference outline', m);
    expect(card).toMatch(/Scorecard: Visual search/);
    expect(card).toMatch(/1\. Clarify requirements\s+\d:\d\d \/ 5:00\s+1\/5\s+1\s+15\s+done/);
    expect(card).toMatch(/Export: mlsd export \d{8}-\d{6}-visual-search/);
    await t.type('\r');
    expect((await t.exited).exitCode).toBe(0);
    const events = readFileSync(journals(h)[0]!, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['question', 'hint', 'paused', 'resumed', 'finished']));
  });

  it.each([['drill', 'visual-search'], ['practice'], ['resume']])('without a terminal, %s exits 1 at once with one line', async (...args) => {
    const { spawnSync } = await import('node:child_process');
    const { bin, repoRoot } = await import('./pty.js');
    const began = Date.now();
    const r = spawnSync(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      input: '',
      encoding: 'utf8',
      timeout: 10_000,
      env: { ...process.env, MLSD_HOME: home(), NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`mlsd ${args[0]}" needs a terminal.*--answers`));
    expect(Date.now() - began).toBeLessThan(5000);
  });
});
