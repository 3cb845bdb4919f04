// Issue 14, item 12: stats and next read like a coach — titles, no claims from one
// sample, a skipped step counted as skipped.
import { describe, expect, it } from 'vitest';
import { statsText } from '../../src/commands/stats.js';
import { progressStats } from '../../src/progress/stats.js';
import { recordOf } from '../../src/progress/index-schema.js';
import { summarize } from '../../src/session/summarize.js';
import { loadPlan } from '../../src/content/load.js';
import { run } from '../support/cli.js';
import { repoRoot, tempHome } from '../support/home.js';
import { scriptedEvents, type ScriptedSession, type ScriptedStep } from './fixtures.js';

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
    expect(figures.steps.find((s) => s.id === 'evaluate')).toMatchObject({ sessions: 2, skipped: 1, medianUsedMs: 300_000 });
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
