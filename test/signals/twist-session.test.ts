// An answers file scripts a requirement change (a `twist: ID` item among a step's lines): the
// scorecard judges the lines after it, and the export (markdown and JSON) shows both.
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { parseYaml } from '../../src/content/parser.js';
import { checkAnswers, runAnswers } from '../../src/session/answers.js';
import { SessionRun } from '../../src/session/controller.js';
import type { SessionEvent } from '../../src/session/events.js';
import { summarize } from '../../src/session/summarize.js';
import { sessionView } from '../../src/report/session-view.js';
import { sessionExport } from '../../src/report/session-json.js';
import { transcriptMarkdown } from '../../src/report/transcript.js';
import { scorecardText } from '../../src/ui/scorecard.js';
import { repoRoot, tempHome } from '../support/home.js';
import { lintDocument } from '../progress/lint.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const plan = planFor(loadFramework(roots, 'mlsd-45', catalogue), catalogue, loadCase(roots, 'payment-fraud', catalogue));
const stepIds = plan.steps.map((s) => s.id);
const context = { caseId: 'payment-fraud', twists: plan.case!.twists.map((t) => t.id) };

const check = (yaml: string) => {
  const parsed = parseYaml(yaml, 'answers.yaml');
  if (!parsed.ok) throw new Error('bad yaml in the test');
  return checkAnswers(parsed.value.data, stepIds, context);
};

function play(yaml: string): SessionEvent[] {
  const checked = check(yaml);
  if (!checked.ok) throw new Error(checked.error);
  const started: SessionEvent = {
    type: 'started', at: 0, v: 1, sessionId: 'twist', caseId: 'payment-fraud', frameworkId: 'mlsd-45', mode: 'mock', strict: false,
    steps: stepIds, source: 'answers',
  };
  const events: SessionEvent[] = [started];
  let clock = 0;
  const run = new SessionRun(plan, events, { append: (e) => events.push(e), now: () => (clock += 1000) });
  runAnswers(run, checked.answers, checked.twist, checked.followUps);
  return events;
}

const script = (adaptation: string) => `
clarify: The goal is to cut fraud losses; 5,000 payments a second and a 100 ms budget.
deploy:
  - A LightGBM model served behind the payments API with a feature store.
  - twist: latency-50ms
  - ${adaptation}
  - Monitoring watches the score distribution for drift.
`;

describe('an answers file scripts a requirement change', () => {
  it('announces it where the file says and judges the lines after it: adapted', () => {
    const events = play(script('To fit 50 ms we precompute the merchant and card aggregates and cache them, and drop the slowest features.'));
    const twist = events.find((e) => e.type === 'twist');
    expect(twist).toMatchObject({ step: 'deploy', id: 'latency-50ms' });
    // After the first deploy line, before the adaptation.
    const deployLines = events.filter((e) => e.type === 'line' && e.step === 'deploy');
    expect(events.indexOf(twist!)).toBeGreaterThan(events.indexOf(deployLines[0]!));
    expect(events.indexOf(twist!)).toBeLessThan(events.indexOf(deployLines[1]!));

    const summary = summarize(events, plan);
    expect(summary.twist).toMatchObject({ id: 'latency-50ms', step: 'deploy', checked: ['deploy'], adapted: true, evidence: expect.stringMatching(/^To fit 50 ms we precompute/) });
    const card = scorecardText(summary, plan, '/tmp/x.jsonl', 100);
    expect(card).toMatch(/Requirement change: adapted ✓ «To fit 50 ms we precompute/);

    const view = sessionView(events, summary, plan);
    const md = transcriptMarkdown(view);
    expect(md).toMatch(/^twist: "latency-50ms \(adapted\)"$/m);
    expect(md).toMatch(/## Requirement change\n\nAnnounced in Deployment, serving and monitoring: “/);
    expect(md).toMatch(/\*\*Adapted ✓\*\* “To fit 50 ms/);
    expect(md).toContain(`Model adaptation: ${plan.case!.twists.find((t) => t.id === 'latency-50ms')!.answer.slice(0, 40)}`);
    expect(sessionExport(view).summary.twist).toEqual(summary.twist);
    expect(lintDocument(md).errors).toEqual([]);
  });

  it('the same session whose lines after it ignore the change: not adapted, and what was missing', () => {
    const summary = summarize(play(script('The API returns a score and the decision.')), plan);
    expect(summary.twist).toMatchObject({ adapted: false, evidence: null, missing: expect.stringMatching(/^nothing typed after it changed the design for it/) });
    expect(scorecardText(summary, plan, '/tmp/x.jsonl', 100).replace(/\s+/g, ' ')).toMatch(/Requirement change: not adapted ✗ — nothing typed after it changed the design for it; an adaptation would mention e\.g\. /);
    expect(transcriptMarkdown(sessionView(play(script('The API returns a score and the decision.')), summary, plan))).toMatch(/\*\*Not adapted ✗\*\* nothing typed/);
  });

  it('an adaptation given in answer to the step\'s follow-up counts', () => {
    const ignoring = script('The API returns a score and the decision.');
    const followUp = `${ignoring}followups:\n  deploy: For the 50 ms budget I would precompute the card and merchant aggregates and cache them.\n`;
    expect(summarize(play(ignoring), plan).twist).toMatchObject({ adapted: false });
    expect(summarize(play(followUp), plan).twist).toMatchObject({ adapted: true, evidence: expect.stringMatching(/^For the 50 ms budget/) });
  });

  it('a session with no twist entry has none in its summary or export', () => {
    const events = play('clarify: The goal is to cut fraud losses.');
    const summary = summarize(events, plan);
    expect(summary.twist).toBeUndefined();
    expect(transcriptMarkdown(sessionView(events, summary, plan))).not.toMatch(/Requirement change/);
  });

  it.each([
    ['deploy:\n  - twist: latency-5ms\n', /^deploy\[0\]: unknown twist "latency-5ms" in case payment-fraud; did you mean latency-50ms\? \(its twists: /],
    ['model:\n  - twist: explain-every-decline\ndeploy:\n  - twist: latency-50ms\n', /^deploy\[0\]: one requirement change per session \(twist "explain-every-decline" is already in model\)$/],
    ['deploy:\n  - a line\n  - {twist: latency-50ms, at: 3}\n', /^deploy\[1\]: must be a line of text or "twist: ID"/],
    ['deploy:\n  - twist: [latency-50ms]\n', /^deploy\[0\]: unknown twist "latency-50ms" in case payment-fraud/],
  ])('a bad twist entry is a one-line error naming where: %j', (yaml, message) => {
    const checked = check(yaml);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(message);
  });
});
