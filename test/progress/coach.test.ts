// Issue 14, item 12: stats and next read like a coach — titles, no claims from one
// sample, a skipped step counted as skipped.
import { describe, expect, it } from 'vitest';
import { statsText } from '../../src/commands/stats.js';
import { progressStats } from '../../src/progress/stats.js';
import { recordOf } from '../../src/progress/index-schema.js';
import { summarize } from '../../src/session/summarize.js';
import { loadPlan } from '../../src/content/load.js';
import stripAnsi from 'strip-ansi';
import { history } from '../../src/commands/history.js';
import { commandContext, run } from '../support/cli.js';
import { startClock } from '../support/steps.js';
import { runAtTerminal } from '../support/tty.js';
import { repoRoot, tempHome } from '../support/home.js';
import { writeJournal, scriptedEvents, type ScriptedSession, type ScriptedStep } from './fixtures.js';

const plan = loadPlan({ bundled: repoRoot, user: '/nonexistent' }, 'mlsd-45', 'visual-search');
const t0 = Date.UTC(2026, 0, 5, 9);
const evaluate = (lines: string[], ended: ScriptedStep['ended'] = 'done'): ScriptedStep => ({ id: 'evaluate', seconds: 300, lines, ended });
const good = ['Offline we track recall@k and NDCG on a held-out later week.', 'Online an A/B test with control and treatment on click-through rate.', 'Guardrail metrics: p95 latency and crash rate must not regress.'];
const record = (n: number, step: ScriptedStep) => {
  const s: ScriptedSession = { id: `2026010${n}-090000-visual-search`, at: t0 + n * 86_400_000, steps: [step] };
  return recordOf(summarize(scriptedEvents(s), plan));
};
const titleOf = (id: string) => plan.steps.flatMap((st) => st.topics).find((t) => t.id === id)?.title ?? id;

describe('stats like a coach', () => {
  it('a skipped step counts as skipped: no −100% trend, no time, what it missed said as skipped', () => {
    const figures = progressStats([record(1, evaluate(good)), record(2, evaluate([], 'skip'))]);
    const guardrails = figures.topics.find((t) => t.id === 'guardrail-metrics')!;
    expect(guardrails).toMatchObject({ seen: 1, covered: 1, skipped: 1, rate: 1, trend: null });
    expect(figures.groups[0]!.steps.find((s) => s.id === 'evaluate')).toMatchObject({ sessions: 2, skipped: 1, medianUsedMs: 300_000 });
    const text = statsText(figures, titleOf);
    expect(text).not.toContain('−100%');
    expect(text).toMatch(/Guardrail metrics\s+evaluate\s+1\/1, 1 skipped\s+100%/);
    expect(text).toMatch(/Evaluation\s+5:00\s+10:00\s+0% of 1\s+1 of 2/);
  });

  it('names no weakest topic from one sample', () => {
    const text = statsText(progressStats([record(1, evaluate(good.slice(0, 1)))]), titleOf);
    expect(text).toMatch(/Weakest: not enough sessions yet \(a topic needs 2 sessions that answered its step\)/);
  });

  it('names the weakest by title once two sessions answered them', () => {
    const text = statsText(progressStats([record(1, evaluate(good.slice(0, 1))), record(2, evaluate(good.slice(0, 2)))]), titleOf);
    expect(text).toMatch(/Weakest: Guardrail metrics \(0% of 2\)/);
    expect(text).not.toMatch(/^guardrail-metrics/m);
  });
});

describe('a skipped step at the terminal', () => {
  it('says what it leaves uncovered', async () => {
    const t = runAtTerminal(['drill', 'visual-search', '--step', 'evaluate'], tempHome());
    await startClock(t);
    await t.waitFor('Step 1/1');
    await t.line('Offline we track recall@k and NDCG on a held-out later week.');
    await t.line('/skip');
    const said = await t.waitFor(/Evaluation: skipped; not covered: [^\n]*\n?[^\n]*Guardrail metrics/);
    expect(said).not.toMatch(/not covered:[^]*Offline metrics/);
    await t.waitFor('Show the reference outline');
    await t.type('\r');
    await t.exited;
  });
});

describe('at a 60-column terminal', () => {
  const widest = (text: string) => Math.max(...stripAnsi(text).split('\n').map((line) => line.length));

  it('stats fits: long topic titles are cut, the weakest line wraps at words', () => {
    const figures = progressStats([record(1, evaluate(good.slice(0, 1))), record(2, evaluate([], 'skip')), record(3, evaluate(good.slice(0, 2)))]);
    const long = (id: string) => `${titleOf(id)} with a much longer title than any bundled topic has`;
    const text = statsText(figures, long, 60);
    expect(widest(text)).toBeLessThanOrEqual(60);
    expect(text).toMatch(/^Guardrail metri… +evaluate/m);
  });

  it('history keeps the id, duration, score and finished columns, leaving out what the id already says', async () => {
    const home = tempHome();
    for (const n of [1, 2]) writeJournal(home, { id: `2026010${n}-090000-visual-search`, at: t0 + n * 86_400_000, steps: [evaluate(good)] });
    const { ctx, out } = commandContext(home);
    Object.assign(ctx.stdout, { isTTY: true, columns: 60 });
    await history({}, ctx);
    expect(widest(out.stdout)).toBeLessThanOrEqual(60);
    expect(stripAnsi(out.stdout).split('\n')[0]).toMatch(/^id\s+duration\s+score\s+finished$/);
  });

  it('history with the longest case ids still fits, keeping the id, score and finished columns', async () => {
    const home = tempHome();
    const caseId = 'harmful-content-detection';
    for (const n of [1, 2]) writeJournal(home, { id: `2026010${n}-090000-${caseId}`, caseId, at: t0 + n * 86_400_000, steps: [evaluate(good)] });
    const { ctx, out } = commandContext(home);
    Object.assign(ctx.stdout, { isTTY: true, columns: 60 });
    await history({}, ctx);
    expect(widest(out.stdout)).toBeLessThanOrEqual(60);
    expect(stripAnsi(out.stdout).split('\n')[0]).toMatch(/^id\s+score\s+finished$/);
  });
});

describe('list frameworks', () => {
  it('has an origin column: bundled or yours', async () => {
    const home = tempHome();
    await run(['init', 'framework', 'my-own'], { home });
    const result = await run(['list', 'frameworks'], { home });
    expect(result.stdout.split('\n')[0]).toMatch(/^id\s+minutes\s+title\s+origin\s+steps$/);
    expect(result.stdout).toMatch(/^mlsd-45 .* bundled .*clarify/m);
    expect(result.stdout).toMatch(/^my-own .* yours .*clarify/m);
  });
});
