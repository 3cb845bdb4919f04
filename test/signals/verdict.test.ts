// The verdict by dimension: a case's own reference outline rates strong or better everywhere; an empty
// scaffold and a one-line-per-step answer rate very weak; numbers and trade-offs raise a rating and a red
// flag lowers it.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/commands/check.js';
import { loadAll, planFor } from '../../src/content/load.js';
import { referencePhases, type Case } from '../../src/content/model.js';
import { overallOf, verdictOf } from '../../src/session/verdict.js';
import { repoRoot, tempHome } from '../support/home.js';

const content = loadAll({ bundled: repoRoot, user: tempHome() });
const framework = content.frameworks.find((f) => f.id === 'mlsd-45')!;

function verdictFor(kase: Case | undefined, text: string) {
  const plan = planFor(framework, content.catalogue, kase);
  return checkReport(text, plan.steps, framework.id, kase?.id ?? null, plan.flags).verdict;
}
const points = (kase: Case | undefined, text: string, dimension: string) => verdictFor(kase, text).dimensions.find((d) => d.id === dimension)!.points;

describe('verdict by dimension', () => {
  it.each(content.cases.map((c) => [c.id, c] as const))('%s: its reference outline rates strong or very strong in every dimension', (_, kase) => {
    const text = referencePhases.map((p) => `## ${p}\n\n${(kase.reference[p] ?? []).map((b) => `- ${b}`).join('\n')}`).join('\n\n');
    const verdict = verdictFor(kase, text);
    for (const d of verdict.dimensions) expect(d.rating, `${d.id}: ${d.moments.join('; ')}`).toMatch(/^(strong|very strong)$/);
  });

  it('rates an empty scaffold and a one-line-per-step answer very weak in every dimension', () => {
    const kase = content.cases.find((c) => c.id === 'video-recommendation');
    const scaffold = '## Clarify\n\n## Frame\n\n## Model\n\n## Evaluate\n\n## Deploy\n';
    const oneLine = 'Clarify: we need recommendations.\nFrame: predict what users like.\nModel: use a neural network.\nEvaluate: check it works.\nDeploy: put it in production.';
    for (const text of [scaffold, oneLine]) {
      const verdict = verdictFor(kase, text);
      expect(verdict.dimensions.map((d) => d.rating)).toEqual(verdict.dimensions.map(() => 'very weak'));
      expect(verdict.overall).toBe('no hire');
    }
  });

  const thin = 'Offline we measure NDCG. Online we track watch time. We run an A/B test with control and treatment users. Guardrail: crash rate must not go up.';
  const deeper =
    'Offline we measure NDCG@10 on the next day of logs because it weights the top slots. Online we track watch time per user, ' +
    'which matters more than clicks since clicks reward clickbait. We run an A/B test with control and treatment users at 5% for two weeks. ' +
    'Guardrail: crash rate must not go up, and p99 latency stays under 200 ms.';
  const flagged = `${thin} We run the A/B test for a day and ship if watch time is up.`;

  it.each([
    ['numbers and trade-offs raise the evaluation rating', thin, deeper, 1],
    ['a red flag lowers the evaluation rating', thin, flagged, -1],
  ] as const)('%s', (_, before, after, direction) => {
    const kase = content.cases.find((c) => c.id === 'video-recommendation');
    expect(Math.sign(points(kase, after, 'evaluation') - points(kase, before, 'evaluation'))).toBe(direction);
  });

  it('names the moments that decided a rating', () => {
    const kase = content.cases.find((c) => c.id === 'video-recommendation');
    const evaluation = verdictFor(kase, flagged).dimensions.find((d) => d.id === 'evaluation')!;
    expect(evaluation.moments[0]).toMatch(/^red flag: an A\/B test run for a day «We run the A\/B test for a day/);
    expect(evaluation.moments.length).toBeGreaterThanOrEqual(2);
  });

  it('says a sentence that shows depth on several topics once, naming them all', () => {
    const kase = content.cases.find((c) => c.id === 'video-recommendation');
    const text = 'Two-tower retrieval for about 1,000 candidates, then a DCN ranker because it learns feature crosses.';
    const modelling = verdictFor(kase, text).dimensions.find((d) => d.id === 'modelling')!;
    const quoting = modelling.moments.filter((m) => m.includes('«Two-tower retrieval'));
    expect(quoting).toHaveLength(1);
    expect(quoting[0]).toMatch(/^gave numbers for .+ and .+ «/);
  });

  it('rates communication and time only for a timed session', () => {
    const topics = [{ id: 'scope', title: 'Scope', step: 'clarify', covered: true, evidence: ['Scope: 10M users.'] }];
    expect(verdictOf({ topics, flags: [] }).dimensions.map((d) => d.id)).toEqual(['problem-understanding']);
    const conduct = (steps: { id: string; ended: string | null; hints: number; overtimeMs: number }[]) =>
      verdictOf({ topics, flags: [], steps }).dimensions.find((d) => d.id === 'communication-and-time')!.rating;
    expect(conduct([{ id: 'clarify', ended: 'done', hints: 0, overtimeMs: 0 }])).toBe('very strong');
    expect(conduct([{ id: 'clarify', ended: 'done', hints: 0, overtimeMs: 0 }, { id: 'frame', ended: 'skip', hints: 0, overtimeMs: 0 }, { id: 'evaluate', ended: 'skip', hints: 4, overtimeMs: 0 }])).toBe('weak');
  });

  it.each([
    [['very strong', 'very strong', 'strong', 'strong'], 'hire'],
    [['strong', 'strong', 'strong', 'weak'], 'lean hire'],
    [['strong', 'weak', 'weak', 'very weak'], 'lean no hire'],
    [['weak', 'very weak', 'very weak', 'strong'], 'no hire'],
  ] as const)('overall verdict of %j is %s', (ratings, overall) => {
    expect(overallOf(ratings)).toBe(overall);
  });
});
