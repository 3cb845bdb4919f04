// An --answers file answers the interviewer's follow-ups and probes (mock mode), so a scripted
// run exercises them; its sections are checked like the steps, with the same one-line errors.
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { checkAnswers, runAnswers, type FollowUpAnswers } from '../../src/session/answers.js';
import { SessionRun } from '../../src/session/controller.js';
import type { SessionEvent } from '../../src/session/events.js';
import { summarize } from '../../src/session/summarize.js';
import { repoRoot, tempHome } from '../support/home.js';
import { started } from './fixtures.js';

const steps = ['clarify', 'frame', 'model', 'evaluate', 'deploy'];

describe('the follow-up and probe sections of an answers file', () => {
  it('reads followups: and probes: as maps of step id to text (or lines)', () => {
    const doc = { clarify: 'text', followups: { clarify: 'because', evaluate: ['a', 'b'] }, probes: { clarify: 'more' } };
    expect(checkAnswers(doc, steps, { caseId: '', twists: [], mode: 'mock' })).toEqual({
      ok: true,
      answers: { clarify: 'text' },
      followUps: { followups: { clarify: 'because', evaluate: 'a\nb' }, probes: { clarify: 'more' } },
    });
  });

  const refused: [string, unknown, string][] = [
    ['an unknown step in followups', { followups: { evaluation: 'x' } }, 'followups: unknown step "evaluation" in this framework; did you mean evaluate?'],
    ['an unknown step in probes', { probes: { clarfy: 'x' } }, 'probes: unknown step "clarfy" in this framework; did you mean clarify?'],
    ['a section that is not a mapping', { followups: 'text' }, 'followups: must be a mapping of step id to answer text'],
    ['a follow-up answer that is not text', { followups: { frame: 3 } }, 'followups: frame: must be text (or a list of lines)'],
  ];
  it.each(refused)('refuses %s, saying where', (_what, doc, message) => {
    const checked = checkAnswers(doc, steps, { caseId: '', twists: [], mode: 'mock' });
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.error).toContain(message);
  });

  it('refuses follow-up answers outside mock mode, where the interviewer asks none', () => {
    const checked = checkAnswers({ followups: { clarify: 'x' } }, steps, { caseId: '', twists: [], mode: 'study' });
    expect(checked.ok ? '' : checked.error).toBe('followups: the interviewer asks follow-ups only in mock mode (--mode mock)');
  });

  it('lets a framework name a step "followups": then it is a step', () => {
    expect(checkAnswers({ followups: 'my text' }, [...steps, 'followups'])).toMatchObject({ ok: true, answers: { followups: 'my text' } });
  });
});

describe('a scripted mock session answers the follow-up and the probe', () => {
  const roots = { bundled: repoRoot, user: tempHome() };
  const catalogue = loadCatalogue(roots);
  const plan = planFor(loadFramework(roots, 'mlsd-45', catalogue), catalogue, loadCase(roots, 'event-recommendation', catalogue));
  const evaluate = plan.steps.find((s) => s.id === 'evaluate')!;
  const play = (followUps: FollowUpAnswers, mode: 'mock' | 'study' = 'mock') => {
    const events: SessionEvent[] = [started({ caseId: 'event-recommendation', mode, steps: plan.steps.map((s) => s.id), source: 'answers' })];
    let clock = 0;
    const run = new SessionRun(plan, events, { append: (e) => events.push(e), now: () => (clock += 1000) });
    runAnswers(run, { evaluate: 'We would look at the numbers.' }, undefined, followUps);
    return events;
  };
  const followUpOf = (events: SessionEvent[]) => events.find((e) => e.type === 'follow-up');

  it('asks the follow-up on a missed topic after the step, and the probe when the answer misses its point', () => {
    const event = followUpOf(play({ followups: { evaluate: 'I am not sure.' }, probes: { evaluate: 'Still not sure.' } }));
    // Every evaluate topic is missed; the case's first follow-up on one (offline metrics) carries a probe.
    const own = plan.case!.followups.find((f) => f.topic === (event as { topic: string }).topic);
    expect(event).toMatchObject({ step: 'evaluate', answer: 'I am not sure.', probe: own!.probe!.question, probeAnswer: 'Still not sure.' });
  });

  it("credits the step's topic when the follow-up answer covers it, with no probe", () => {
    const asked = followUpOf(play({ followups: { evaluate: 'x' }, probes: {} })) as { topic: string; question: string };
    const model = plan.case!.followups.find((f) => f.topic === asked.topic && f.question === asked.question)!.answer!;
    const events = play({ followups: { evaluate: model }, probes: {} });
    expect(followUpOf(events)).not.toHaveProperty('probe');
    expect(summarize(events, plan).steps.find((s) => s.id === 'evaluate')!.covered).toContain(asked.topic);
    expect(evaluate.topics.map((t) => t.id)).toContain(asked.topic);
  });

  it('asks nothing for a step the file gives no follow-up answer, nor for a skipped step', () => {
    expect(followUpOf(play({ followups: { clarify: 'skipped step' }, probes: {} }))).toBeUndefined();
    expect(followUpOf(play({ followups: {}, probes: {} }))).toBeUndefined();
  });
});
