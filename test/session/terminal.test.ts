import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { terminals } from './pty.js';

const home = () => mkdtempSync(join(tmpdir(), 'mlsd-pty-'));
const journals = (h: string) => readdirSync(join(h, 'data', 'sessions')).map((f) => join(h, 'data', 'sessions', f));
const start = terminals(afterEach);

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
    // The goal line, and the scale the interviewer put on the table when asked.
    await t.waitFor('Covered (2/5)', m);
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
    expect(card).toMatch(/1\. Clarify requirements\s+\d:\d\d \/ 5:00\s+2\/5\s+1\s+35\s+done/);
    expect(card).toMatch(/Export: mlsd export \d{8}-\d{6}-visual-search/);
    await t.type('\r');
    expect((await t.exited).exitCode).toBe(0);
    const events = readFileSync(journals(h)[0]!, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['question', 'hint', 'paused', 'resumed', 'finished']));
  });

  it('in mock mode, asks a follow-up on a missed topic after the step and records the answer', async () => {
    const h = home();
    const t = start(['drill', 'visual-search', '--step', 'frame', '--mode', 'mock'], h);
    await t.waitFor('Press Enter to start the clock');
    await t.type('\r');
    await t.waitFor('Step 1/1 · Frame the problem and data');
    expect(t.text()).not.toMatch(/Coverage \d/);
    await t.line('We predict an embedding for each image and rank by similarity');
    let m = t.mark();
    await t.line('/done');
    await t.waitFor('Your answer:', m);
    expect(t.text().slice(m)).toMatch(/Interviewer: You said you will train on clicks/);
    m = t.mark();
    await t.line('Position bias from the old ranking; we would debias with randomised slots');
    await t.waitFor('Show the reference outline', m);
    await t.type('\r');
    await t.exited;
    const followUp = JSON.parse(readFileSync(journals(h)[0]!, 'utf8').trim().split('\n').find((l) => l.includes('"follow-up"'))!);
    expect(followUp).toMatchObject({ step: 'frame', topic: 'labels', answer: expect.stringMatching(/^Position bias/) });
  });

  it('practice without --case offers a menu of cases with difficulty, then weakest by last score', async () => {
    const h = home();
    let t = start(['practice'], h);
    // Eighteen cases: the menu pages, so look for the first one.
    let menu = await t.waitFor('Ad click prediction');
    expect(menu).toMatch(/Random/);
    expect(menu).toMatch(/Ad click prediction\s+\w+\s+not tried yet/);
    // Down past Random to the first case in the list, then run it to the end.
    await t.type('\x1b[B');
    await t.type('\r');
    await t.waitFor('Press Enter to start the clock');
    await t.type('\r');
    await t.waitFor('Step 1/5');
    await t.line('/skip');
    for (let i = 2; i <= 5; i++) {
      await t.waitFor(`Press Enter to start step ${i}/5`);
      await t.type('\r');
      await t.waitFor(`Step ${i}/5`);
      await t.line('/skip');
    }
    await t.waitFor('Show the reference outline');
    await t.type('\r');
    await t.exited;
    t = start(['practice'], h);
    menu = await t.waitFor(/Weakest: .* \(last score 0\)/);
    expect(menu).toMatch(/last score 0/);
  });

  it.each([['drill', 'visual-search'], ['practice'], ['resume']])('without a terminal, %s exits 1 at once with one line', async (...args) => {
    const { spawnSync } = await import('node:child_process');
    const { bin, repoRoot } = await import('./pty.js');
    // A hang would hit the spawn timeout and leave no exit status.
    const r = spawnSync(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      input: '',
      encoding: 'utf8',
      timeout: 10_000,
      env: { ...process.env, MLSD_HOME: home(), NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`mlsd ${args[0]}" needs a terminal`));
    // An answers file cannot resume anything, so resume does not suggest one.
    expect(r.stderr.includes('--answers')).toBe(args[0] !== 'resume');
  });

  it.each([
    [['drill', 'video-recomendation'], /unknown case "video-recomendation".*video-recommendation/],
    [['practice', '--case', 'visual-serch'], /unknown case "visual-serch".*visual-search/],
    [['drill', 'visual-search', '--framework', 'mlsd-4'], /unknown framework "mlsd-4"/],
    [['resume', 'nope'], /no (session "nope"|saved sessions)/],
    [['drill', 'visual-search', '--step', 'evaluation'], /unknown step "evaluation" in mlsd-45; did you mean evaluate\?/],
  ])('without a terminal, a bad argument to %j is reported before the terminal is asked for', async (args, message) => {
    const { spawnSync } = await import('node:child_process');
    const { bin, repoRoot } = await import('./pty.js');
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, input: '', encoding: 'utf8', timeout: 10_000, env: { ...process.env, MLSD_HOME: home(), NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/needs a terminal|--answers/);
  });
});
