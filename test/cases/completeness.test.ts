// What every bundled case carries, as issue 12 asks of a case "as complete as the best of the ten".
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/content/load.js';
import { referencePhases } from '../../src/content/model.js';
import { coverageOf } from '../../src/coverage/index.js';
import { repoRoot, tempHome } from '../support/home.js';

const { catalogue, cases, frameworks } = loadAll({ bundled: repoRoot, user: tempHome() });
const core = frameworks.find((f) => f.id === 'mlsd-45')!.steps.flatMap((s) => s.topicIds);

describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, kase) => {
  const applicable = core.filter((id) => kase.notApplicable[id] === undefined);
  const reference = referencePhases.flatMap((phase) => kase.reference[phase] ?? []).join('\n');

  it('has at least 12 facts, each with its own id', () => {
    expect(kase.facts.length).toBeGreaterThanOrEqual(12);
    expect(kase.facts.every((f) => !/^fact-\d+$/.test(f.id))).toBe(true);
  });

  it('has a worked example for every applicable catalogue topic', () => {
    expect(applicable.filter((id) => !kase.examples[id])).toEqual([]);
  });

  it('gives every follow-up a model answer, every pitfall cues, and has at least two twists', () => {
    expect(kase.followups.filter((f) => !f.answer).map((f) => f.question)).toEqual([]);
    expect(kase.pitfalls.filter((p) => !p.cues).map((p) => p.title)).toEqual([]);
    expect(kase.twists.length).toBeGreaterThanOrEqual(2);
  });

  it("answers every follow-up with a model answer that covers the follow-up's own topic", () => {
    // A model answer that the checker would not credit teaches the candidate a way of answering that earns nothing.
    const topicOf = (id: string) => catalogue.topics.get(id) ?? kase.topics.find((t) => t.id === id)!;
    const missed = kase.followups.filter((f) => !coverageOf(f.answer ?? '', [topicOf(f.topic)])[0]!.covered).map((f) => f.topic);
    expect(missed).toEqual([]);
  });

  it('has a reference of at least 450 words that covers every applicable core topic', () => {
    expect(reference.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(450);
    const topics = applicable.map((id) => catalogue.topics.get(id)!);
    const missed = coverageOf(reference, topics).filter((r) => !r.covered).map((r) => r.topic.id);
    expect(missed).toEqual([]);
  });
});

it('the library has the eighteen cases', () => {
  expect(cases).toHaveLength(18);
});

it('a topic a case marks not applicable is not required, and the scorecard says why', async () => {
  const { planFor } = await import('../../src/content/plan.js');
  const { scorecardText } = await import('../../src/ui/scorecard.js');
  const kase = cases.find((c) => c.id === 'street-view-blurring')!;
  expect(kase.notApplicable['ab-testing']).toBeTruthy();
  const plan = planFor(frameworks.find((f) => f.id === 'mlsd-45')!, catalogue, kase);
  const required = plan.steps.flatMap((s) => s.topics.map((t) => t.id));
  expect(required).not.toContain('ab-testing');
  const summary = {
    id: 's', caseId: kase.id, frameworkId: 'mlsd-45', mode: 'study', strict: false, startedAt: 0, finished: true, usedMs: 0, score: 0,
    steps: [],
  } as unknown as Parameters<typeof scorecardText>[0];
  expect(scorecardText(summary, plan, '/tmp/x.jsonl', 200)).toContain('Not required here: A/B testing (An offline');
});
