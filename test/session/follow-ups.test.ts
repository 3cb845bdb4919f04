import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { viaFollowUp, stepCoverage } from '../../src/session/engine.js';
import type { SessionEvent } from '../../src/session/events.js';
import { chooseFollowUp, probeFor } from '../../src/session/interviewer.js';
import { replay } from '../../src/session/state.js';
import { summarize } from '../../src/session/summarize.js';
import { sessionView } from '../../src/report/session-view.js';
import { transcriptMarkdown } from '../../src/report/transcript.js';
import { checkEvent } from '../../src/store/event-shape.js';
import { tempHome } from '../support/home.js';
import { repoRoot, started } from './fixtures.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const framework = loadFramework(roots, 'mlsd-45', catalogue);
const planOf = (caseId: string) => planFor(framework, catalogue, loadCase(roots, caseId, catalogue));
const caseIds = ['event-recommendation', 'ad-click-prediction', 'video-recommendation', 'payment-fraud'];

describe('the follow-up is on what the step missed', () => {
  it.each(caseIds)('%s: with one topic missed, the follow-up asks about it', (caseId) => {
    const plan = planOf(caseId);
    for (const step of plan.steps) {
      for (const missed of step.topics) {
        const coverage = step.topics.map((topic) => ({ topic, covered: topic.id !== missed.id, evidence: [] }));
        expect(chooseFollowUp(plan.case, step, coverage)?.topic, `${step.id}: ${missed.id}`).toBe(missed.id);
      }
    }
  });

  it('event-recommendation: online metrics missed is asked about, not the offline evaluation set', () => {
    const plan = planOf('event-recommendation');
    const evaluate = plan.steps.find((s) => s.id === 'evaluate')!;
    const gaps = new Set(['online-metrics', 'ab-testing', 'guardrails']);
    const coverage = evaluate.topics.map((topic) => ({ topic, covered: !gaps.has(topic.id), evidence: [] }));
    expect(gaps).toContain(chooseFollowUp(plan.case, evaluate, coverage)?.topic);
  });
});

describe('the probe', () => {
  const probed = caseIds.flatMap((caseId) => {
    const plan = planOf(caseId);
    return plan.case!.followups.filter((f) => f.probe).map((f) => ({ caseId, plan, followUp: f }));
  });

  it('exists in the bundled cases', () => expect(probed.length).toBeGreaterThan(4));

  it.each(probed.map((p) => [`${p.caseId} ${p.followUp.topic}`, p] as const))('%s: asked after an answer that misses the point, not after the model answer', (_name, { plan, followUp }) => {
    const step = plan.steps.find((s) => s.topics.some((t) => t.id === followUp.topic))!;
    const asked = { topic: followUp.topic, question: followUp.question };
    expect(probeFor(plan.case, step, asked, 'I would have to think about that.')).toBe(followUp.probe!.question);
    expect(probeFor(plan.case, step, asked, followUp.answer ?? '')).toBeNull();
  });
});

describe('covering the topic in the follow-up credits the step', () => {
  const plan = planOf('event-recommendation');
  const own = plan.case!.followups.find((f) => plan.steps.some((s) => s.id === 'evaluate' && s.topics.some((t) => t.id === f.topic)))!;
  const events = (answer: string, probe?: { probe: string; probeAnswer: string }): SessionEvent[] => [
    started({ caseId: 'event-recommendation', mode: 'mock', steps: ['evaluate'] }),
    { type: 'step-started', at: 0, step: 'evaluate' },
    { type: 'line', at: 1000, step: 'evaluate', text: 'We would look at the numbers.' },
    { type: 'step-ended', at: 2000, step: 'evaluate', reason: 'done' },
    { type: 'follow-up', at: 3000, step: 'evaluate', topic: own.topic, question: own.question, answer, ...probe },
    { type: 'finished', at: 4000 },
  ];

  it('counts the topic covered, via the follow-up, in the summary, the JSON view and the markdown', () => {
    const journal = events(own.answer ?? '');
    const evaluate = plan.steps.find((s) => s.id === 'evaluate')!;
    const credited = stepCoverage(evaluate, replay(journal).steps[0]).find((c) => c.topic.id === own.topic)!;
    expect(credited).toMatchObject({ covered: true, cue: viaFollowUp });
    const summary = summarize(journal, plan);
    expect(summary.steps[0]!.covered).toContain(own.topic);
    const view = sessionView(journal, summary, plan);
    expect(view.steps[0]!.topics.find((t) => t.id === own.topic)).toMatchObject({ covered: true, via: 'follow-up' });
    expect(transcriptMarkdown(view)).toMatch(/- \[x\] \*\*[^*]+\*\* \(via follow-up\)/);
  });

  it('counts the answer to the probe too, and the export shows the probe', () => {
    const journal = events('Not sure.', { probe: own.probe?.question ?? 'And?', probeAnswer: own.answer ?? '' });
    const summary = summarize(journal, plan);
    expect(summary.steps[0]!.covered).toContain(own.topic);
    expect(transcriptMarkdown(sessionView(journal, summary, plan))).toContain(own.probe?.question ?? 'And?');
  });

  it('gives no credit for an answer that does not cover it', () => {
    expect(summarize(events('I would have to think about that.'), plan).steps[0]!.missed).toContain(own.topic);
  });
});

describe('journals', () => {
  it.each([
    ['written before probes', { type: 'follow-up', at: 1, step: 'evaluate', topic: 'ab-testing', question: 'q', answer: 'a' }],
    ['with a probe', { type: 'follow-up', at: 1, step: 'evaluate', topic: 'ab-testing', question: 'q', answer: 'a', probe: 'p', probeAnswer: 'b' }],
  ])('read a follow-up %s', (_name, event) => expect(checkEvent(event)).toBeNull());
});

describe('after the session', () => {
  it('shows the model answer of each case follow-up asked, and nothing for a hint put as a question', async () => {
    const { followUpAnswersText } = await import('../../src/report/reference.js');
    const kase = planOf('event-recommendation').case!;
    const own = kase.followups[0]!;
    const text = followUpAnswersText(kase, [own, { topic: 'monitoring', question: 'How do you find out it went wrong?' }], 10_000);
    expect(text).toContain(own.answer!.slice(0, 40));
    expect(text).not.toContain('How do you find out');
    expect(followUpAnswersText(kase, [], 80)).toBe('');
  });
});
