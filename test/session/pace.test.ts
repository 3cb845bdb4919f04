// --minutes N and --pace F scale every time box by one factor, kept in the journal so a
// resumed session, the scorecard and the export keep the boxes it ran with.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/content/load.js';
import { boxMs } from '../../src/session/engine.js';
import { paceOf } from '../../src/session/pace.js';
import { boxText } from '../../src/session/time.js';
import { run } from '../support/cli.js';
import { events, repoRoot, tempHome } from '../support/home.js';
import { startClock } from '../support/steps.js';
import { runAtTerminal } from '../support/tty.js';
import { visualSearchPlan } from './fixtures.js';

const plan = visualSearchPlan();
const all = plan.steps.map((s) => s.id);
const total = plan.steps.reduce((sum, s) => sum + s.minutes, 0);

describe('the pace of a session', () => {
  const table: [string, { minutes?: string; pace?: string }, string[], number | RegExp][] = [
    ['none given: the framework\'s boxes', {}, all, 1],
    ['--pace 0.5 halves every box', { pace: '0.5' }, all, 0.5],
    ['--minutes N fits the steps run into N', { minutes: String(total / 3) }, all, 1 / 3],
    ['--minutes with --step scales that one step', { minutes: '2' }, ['clarify'], 2 / plan.steps[0]!.minutes],
    ['not a number', { pace: 'fast' }, all, /^--pace needs a number above 0, e\.g\. --pace 0\.5 \(got "fast"\)$/],
    ['zero', { minutes: '0' }, all, /^--minutes needs a number above 0/],
    ['negative', { pace: '-1' }, all, /^--pace needs a number above 0/],
    ['too large', { minutes: '100000' }, all, /^--minutes 100000 is more than 600/],
    ['both', { minutes: '20', pace: '0.5' }, all, /^--minutes and --pace both set the time boxes: give one of them$/],
    ['boxes too short to write in', { minutes: '2' }, all, /^--minutes 2 leaves "[^"]+" a 0:\d\d box; every box needs at least 0:30 \(--minutes \d+ or more\)$/],
  ];
  it.each(table)('%s', (_, options, steps, expected) => {
    if (typeof expected === 'number') expect(paceOf(plan, steps, options)).toBeCloseTo(expected, 9);
    else expect(() => paceOf(plan, steps, options)).toThrow(expected);
  });

  it('without --minutes or --pace, a framework\'s own short boxes are its business', () => {
    const quick = { ...plan, steps: plan.steps.map((s) => ({ ...s, minutes: 0.1 })) };
    expect(paceOf(quick, all, {})).toBe(1);
    expect(() => paceOf(quick, all, { pace: '1' })).toThrow(/every box needs at least 0:30/);
  });

  it('a bad value is one line on standard error, exit 1, before "needs a terminal"', async () => {
    const r = await run(['drill', 'visual-search', '--pace', 'x']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['mlsd: --pace needs a number above 0, e.g. --pace 0.5 (got "x")']);
    const p = await run(['practice', '--minutes', '-5']);
    expect(p.status).toBe(1);
    expect(p.stderr).toMatch(/--minutes needs a number above 0/);
  });

  it('an answers run keeps the pace in the journal and scores against the scaled boxes', async () => {
    const home = tempHome();
    const file = join(home, 'answers.yaml');
    writeFileSync(file, 'clarify: the goal is more successful searches per session\n');
    const r = await run(['drill', 'visual-search', '--answers', file, '--json', '--pace', '0.5'], { home });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { steps: { boxMs: number }[] };
    expect(summary.steps.map((s) => s.boxMs)).toEqual(plan.steps.map((s) => s.minutes * 30_000));
    expect(events(home)[0]).toMatchObject({ type: 'started', pace: 0.5 });
  });

  it('at the terminal the banner and header say the scaled boxes, and resume keeps them', async () => {
    const home = tempHome();
    const t = runAtTerminal(['drill', 'visual-search', '--pace', '0.5'], home);
    await t.waitFor(`Steps (${boxText(total * 30_000)}, time boxes × 0.5):`);
    await startClock(t);
    await t.waitFor('Step 1/5 · Clarify requirements · 2:30 box');
    await t.type('\x03');
    await t.waitFor('Save this session and quit?');
    await t.type('y\r');
    await t.exited;
    const again = runAtTerminal(['resume'], home);
    await again.waitFor('Step 1/5 · Clarify requirements · 2:30 box');
    await again.type('/done\r');
    const step2 = plan.steps[1]!;
    await again.waitFor(`Press Enter to start step 2/5: ${step2.title} (${boxText(step2.minutes * 30_000)})`);
  });
});

describe('scaled boxes add up to what was asked', () => {
  const plans = ['mlsd-45', 'mlsd-60'].map((framework) => loadPlan({ bundled: repoRoot, user: '/nonexistent' }, framework, 'news-feed'));
  const rows = plans.flatMap((p) => [5, 7, 13, 20, 29, 44].map((minutes) => [p.framework.id, minutes, p] as const));
  it.each(rows)('%s --minutes %d: the boxes sum to that, each within a second of its share', (_, minutes, p) => {
    const ids = p.steps.map((s) => s.id);
    const pace = paceOf(p, ids, { minutes: String(minutes) });
    const boxes = p.steps.map((s) => boxMs(s, pace));
    expect(boxes.reduce((sum, b) => sum + b, 0)).toBe(minutes * 60_000);
    p.steps.forEach((s, i) => expect(Math.abs(boxes[i]! - s.minutes * 60_000 * pace)).toBeLessThan(1000));
  });

  it.each(plans.flatMap((p) => p.steps.map((s) => [p.framework.id, s.id, p] as const)))('%s --step %s --minutes 3: a 3:00 box', (_, id, p) => {
    const step = p.steps.find((s) => s.id === id)!;
    expect(boxMs(step, paceOf(p, [id], { minutes: '3' }))).toBe(180_000);
  });

  it.each(plans.map((p) => [p.framework.id, p] as const))('%s at its own pace: each box is its minutes', (_, p) => {
    expect(p.steps.map((s) => boxMs(s, 1))).toEqual(p.steps.map((s) => s.minutes * 60_000));
  });
});
