import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { stepScore, summarize } from '../../src/session/summarize.js';
import type { SessionSummary } from '../../src/session/summary.js';
import { readJournal } from '../../src/store/journal-read.js';
import { run as cli } from '../support/cli.js';
import { repoRoot } from '../support/home.js';

const answers = `
clarify: |
  The business goal is to increase ad revenue while keeping users engaged.
  ? how many users and ad impressions
  Scale: about 500 million daily active users.
  Latency budget p99 under 100 ms, and privacy limits on user data.
evaluate:
  - Offline metrics are AUC and log loss on the next day's impressions.
  - Online we watch CTR and revenue per impression.
  - Run an A/B test with a control and a treatment group before launch.
deploy: ""
`;

describe('drill --answers runs the engine with no terminal', () => {
  it('saves an ad-click-prediction session whose scorecard follows the formula', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlsd-answers-'));
    const file = join(home, 'answers.yaml');
    writeFileSync(file, answers);
    const r = await cli(['drill', 'ad-click-prediction', '--answers', file, '--json'], { home });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const card = JSON.parse(r.stdout) as SessionSummary & { journal: string };

    expect(card).toMatchObject({ caseId: 'ad-click-prediction', frameworkId: 'mlsd-45', mode: 'study', finished: true });
    expect(card.steps.map((s) => [s.id, s.ended])).toEqual([
      ['clarify', 'done'],
      ['frame', 'skip'],
      ['model', 'skip'],
      ['evaluate', 'done'],
      ['deploy', 'skip'],
    ]);
    const [clarify, frame, , evaluate] = card.steps;
    expect(clarify!.covered).toEqual(expect.arrayContaining(['business-objective', 'scale', 'constraints']));
    expect(evaluate!.covered).toEqual(expect.arrayContaining(['offline-metrics', 'online-metrics', 'ab-testing']));
    expect(frame!.covered).toEqual([]);
    // Weighted by time box: clarify 5 min, four steps of 10.
    const expected = Math.round(card.steps.reduce((sum, s) => sum + stepScore(s) * s.boxMs, 0) / (45 * 60_000));
    expect(card.score).toBe(expected);
    expect(card.score).toBeGreaterThan(0);

    // Saved, private, and the journal replays to the same scorecard.
    expect(statSync(card.journal).mode & 0o777).toBe(0o600);
    const { events } = readJournal(card.journal);
    expect(events.find((e) => e.type === 'question')).toMatchObject({ facts: ['traffic'] });
    const roots = { bundled: repoRoot, user: home };
    const catalogue = loadCatalogue(roots);
    const plan = planFor(loadFramework(roots, 'mlsd-45', catalogue), catalogue, loadCase(roots, 'ad-click-prediction', catalogue));
    const { journal: _journal, ...summary } = card;
    expect(summarize(events, plan)).toEqual(summary);
  });

  it('prints the scorecard, where it is saved and the export command', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlsd-answers-'));
    const file = join(home, 'answers.yaml');
    writeFileSync(file, answers);
    const r = await cli(['drill', 'ad-click-prediction', '--answers', file], { home });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Scorecard: Ad click prediction|Scorecard: /);
    expect(r.stdout).toMatch(/Score: \d+\/100/);
    expect(r.stdout).toMatch(/Saved: +.*data\/sessions\/\d{8}-\d{6}-ad-click-prediction\.jsonl/);
    expect(r.stdout).toMatch(/Export: mlsd export \d{8}-\d{6}-ad-click-prediction/);
  });

  it.each([
    ['an unknown step', 'nope: text', /unknown step "nope"/],
    ['a mistyped step', 'evaluation: text', /unknown step "evaluation".*did you mean evaluate\?/],
    ['not a mapping', '- a\n- b', /must be a mapping/],
    ['follow-up answers in study mode', 'followups:\n  clarify: x', /answers\.yaml: followups: the interviewer asks follow-ups only in mock mode/],
  ])('refuses %s in one line, saving nothing', async (_what, text, message) => {
    const home = mkdtempSync(join(tmpdir(), 'mlsd-answers-'));
    const file = join(home, 'answers.yaml');
    writeFileSync(file, text);
    const r = await cli(['drill', 'ad-click-prediction', '--answers', file], { home });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(() => statSync(join(home, 'data', 'sessions'))).toThrow();
  });
});
