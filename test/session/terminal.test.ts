// A session at the terminal, whole flows: the same program as `mlsd` at a real terminal,
// run in this process against a fake one (keys in, screen out).
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.js';
import { events, tempHome } from '../support/home.js';
import { runAtTerminal } from '../support/tty.js';

describe('a drill at the terminal', () => {
  it('answers from the case facts, gives hints, pauses, and ends with a scorecard after /done through all steps', async () => {
    const h = tempHome();
    const t = runAtTerminal(['drill', 'visual-search'], h);
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
    expect(events(h).map((e) => e.type)).toEqual(expect.arrayContaining(['question', 'hint', 'paused', 'resumed', 'finished']));
  });

  it('in mock mode, asks a follow-up on a missed topic after the step and records the answer', async () => {
    const h = tempHome();
    const t = runAtTerminal(['drill', 'visual-search', '--step', 'frame', '--mode', 'mock'], h);
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
    const followUp = events(h).find((e) => e.type === 'follow-up');
    expect(followUp).toMatchObject({ step: 'frame', topic: 'labels', answer: expect.stringMatching(/^Position bias/) });
  });

  it('practice without --case offers a menu of cases with difficulty, then weakest by last score', async () => {
    const h = tempHome();
    let t = runAtTerminal(['practice'], h);
    let menu = await t.waitFor('not tried yet');
    expect(menu).toMatch(/Which case\?\s+❯ Random/);
    expect(menu).toMatch(/^ {2}\S.* (easy|medium|hard) +not tried yet$/m);
    // Down past Random to the first case in the list, then run it to the end.
    let m = t.mark();
    await t.type('\x1b[B');
    await t.waitFor('❯', m);
    await t.type('\r');
    await t.waitFor('Press Enter to start the clock');
    await t.type('\r');
    await t.waitFor('Step 1/5');
    await t.line('/skip');
    for (let i = 2; i <= 5; i++) {
      await t.waitFor(`Press Enter to start step ${i}/5`);
      m = t.mark();
      await t.type('\r');
      await t.waitFor(`Step ${i}/5`, m);
      await t.line('/skip');
    }
    await t.waitFor('Show the reference outline');
    await t.type('\r');
    await t.exited;
    t = runAtTerminal(['practice'], h);
    menu = await t.waitFor(/Weakest: .* \(last score 0\)/);
    expect(menu).toMatch(/last score 0/);
    await t.type('\x03');
    expect((await t.exited).exitCode).toBe(130);
  });

  it.each([['drill', 'visual-search'], ['practice'], ['resume']])('without a terminal, %s exits 1 at once with one line', async (...args) => {
    const r = await run(args);
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
    const r = await run(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/needs a terminal|--answers/);
  });
});
