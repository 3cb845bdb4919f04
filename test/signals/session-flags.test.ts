// A scripted (--answers) session with red flags planted reports each one with its evidence; the same
// session with those sentences reworded to wave the mistakes away reports none.
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { runAnswers, type Answers } from '../../src/session/answers.js';
import { SessionRun } from '../../src/session/controller.js';
import type { SessionEvent } from '../../src/session/events.js';
import { summarize } from '../../src/session/summarize.js';
import { sessionView } from '../../src/report/session-view.js';
import { sessionExport } from '../../src/report/session-json.js';
import { transcriptMarkdown } from '../../src/report/transcript.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const plan = planFor(loadFramework(roots, 'mlsd-45', catalogue), catalogue, loadCase(roots, 'payment-fraud', catalogue));

function play(answers: Answers): SessionEvent[] {
  const started: SessionEvent = {
    type: 'started', at: 0, v: 1, sessionId: 'flags', caseId: 'payment-fraud', frameworkId: 'mlsd-45', mode: 'mock', strict: false,
    steps: plan.steps.map((s) => s.id), source: 'answers',
  };
  const events: SessionEvent[] = [started];
  let clock = 0;
  const run = new SessionRun(plan, events, { append: (e) => events.push(e), now: () => (clock += 1000) });
  runAnswers(run, answers);
  return events;
}

const planted: Answers = {
  clarify: [
    'I would use a gradient boosted tree model with a deep network on top.',
    'The goal is to cut fraud losses while keeping good customers approved.',
    'We handle 5,000 payments a second with a 100 ms latency budget.',
  ].join('\n'),
  frame: [
    'Binary classification: fraud or not, labelled from chargebacks.',
    'We do a random 80/20 split of the payments into train and test.',
  ].join('\n'),
  model: 'A LightGBM classifier over card, merchant and device features, trained with log loss.',
  evaluate: [
    'Offline the main metric is accuracy on the test set.',
    'We run the A/B test for a day on half of the merchants.',
  ].join('\n'),
  deploy: 'If the new model beats the old one on offline AUC we ship it to everyone.',
};

const dismissed: Answers = {
  clarify: [
    'The goal is to cut fraud losses while keeping good customers approved.',
    'We handle 5,000 payments a second with a 100 ms latency budget.',
    'Given that budget, a gradient boosted tree model is the likely choice.',
  ].join('\n'),
  frame: [
    'Binary classification: fraud or not, labelled from chargebacks.',
    'A random split would leak future fraud patterns into training, so we split by time: train on earlier months, test on the latest.',
  ].join('\n'),
  model: [
    'Baseline: the current rules engine and a logistic regression on the same features.',
    'Then a LightGBM classifier over card, merchant and device features, trained with log loss.',
  ].join('\n'),
  evaluate: [
    'Accuracy would mislead here, since approving everything is 99.9% right, so we report PR-AUC and recall at a fixed block rate.',
    'A test for a day is too short: we run the A/B test for two full weeks, control against treatment on 50% of traffic.',
  ].join('\n'),
  deploy: 'An offline gain only earns the A/B test; we ship after the experiment wins on fraud losses.',
};

describe('red flags in a scripted session', () => {
  it('reports every planted flag with the sentence that showed it', () => {
    const flags = summarize(play(planted), plan).flags ?? [];
    const found = Object.fromEntries(flags.map((f) => [f.id, f.evidence]));
    expect(found['model-before-requirements']).toBe('I would use a gradient boosted tree model with a deep network on top.');
    expect(found['random-split']).toBe('We do a random 80/20 split of the payments into train and test.');
    expect(found['accuracy-on-rare-fraud']).toBe('Offline the main metric is accuracy on the test set.');
    expect(found['one-day-ab-test']).toBe('We run the A/B test for a day on half of the merchants.');
    // An A/B test is planned (if too short), so shipping "on offline AUC" is not shipping untested.
    expect(found['ship-on-offline-gain']).toBeUndefined();
    // Its evidence is the first sentence that covers the architecture: a bare model name in clarify does not.
    expect(found['model-without-baseline']).toBe('A LightGBM classifier over card, merchant and device features, trained with log loss.');
    // The case's own pitfall speaks for the same sentence as the catalogue's accuracy and split flags.
    expect(found['accuracy-on-rare-positives']).toBeUndefined();
    expect(found['random-split-on-time-data']).toBeUndefined();
  });

  it('reports shipping on an offline gain when no online test is planned anywhere', () => {
    const untested = { ...planted, evaluate: 'Offline the main metric is accuracy on the test set.' };
    const flags = summarize(play(untested), plan).flags ?? [];
    expect(flags.find((f) => f.id === 'ship-on-offline-gain')?.evidence).toBe('If the new model beats the old one on offline AUC we ship it to everyone.');
  });

  it('reports none when the same session waves each mistake away, and rates it higher', () => {
    const reworded = summarize(play(dismissed), plan);
    expect(reworded.flags).toEqual([]);
    const rank = ['no hire', 'lean no hire', 'lean hire', 'hire'];
    expect(rank.indexOf(reworded.verdict!.overall)).toBeGreaterThanOrEqual(rank.indexOf(summarize(play(planted), plan).verdict!.overall));
  });

  it('puts each flag, its evidence and what to say instead in the markdown and JSON exports', () => {
    const events = play(planted);
    const summary = summarize(events, plan);
    const view = sessionView(events, summary, plan);
    const markdown = transcriptMarkdown(view);
    expect(markdown).toContain('## Red flags');
    expect(markdown).toContain('A/B test run for a day');
    expect(markdown).toContain('Instead:');
    expect(sessionExport(view).summary.flags?.map((f) => f.id)).toContain('one-day-ab-test');
    expect(markdown).toContain('## Verdict by dimension');
    expect(markdown).toMatch(/\*\*Practice verdict: (no hire|lean no hire|lean hire|hire)\.\*\*/);
    expect(sessionExport(view).summary.verdict?.dimensions.map((d) => d.id)).toContain('communication-and-time');
  });
});
