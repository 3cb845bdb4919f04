import { describe, expect, it } from 'vitest';
import { recommendNext, starterRecommendation, type CaseChoice } from '../../src/progress/next.js';
import { median, progressStats, sparkline, trendOf } from '../../src/progress/stats.js';
import type { StepSummary } from '../../src/session/summary.js';
import { recordOf, type SessionRecord } from '../../src/progress/index-schema.js';

const day = 86_400_000;
const t0 = Date.UTC(2026, 0, 1, 9);
const min = 60_000;

type StepSpec = [id: string, usedMin: number, boxMin: number, covered: string[], missed: string[], ended?: StepSummary['ended']];

/** A session as history, stats and next read it. */
function summary(n: number, score: number | null, steps: StepSpec[], caseId = 'visual-search'): SessionRecord {
  return recordOf({
    id: `s${n}`,
    caseId,
    frameworkId: 'mlsd-45',
    mode: 'mock',
    strict: false,
    startedAt: t0 + (n - 1) * day,
    finished: true,
    usedMs: steps.reduce((sum, s) => sum + s[1] * min, 0),
    score,
    steps: steps.map(([id, used, box, covered, missed, ended = 'done']) => ({
      id,
      title: id.toUpperCase(),
      boxMs: box * min,
      usedMs: used * min,
      overtimeMs: Math.max(0, (used - box) * min),
      ended,
      covered,
      missed,
      hints: 0,
    })),
  });
}

// Four sessions, a day apart; the last one stopped before its evaluate step ended.
const history = [
  summary(1, 40, [['clarify', 4, 5, ['a'], ['b']], ['evaluate', 12, 10, [], ['g']]]),
  summary(2, 80, [['clarify', 6, 5, ['a', 'b'], []], ['evaluate', 8, 10, ['g'], []]]),
  summary(3, 20, [['clarify', 5, 5, [], ['a', 'b']], ['evaluate', 11, 10, [], ['g']]]),
  summary(4, 60, [['clarify', 3, 5, ['a'], ['b']], ['evaluate', 2, 10, [], ['g'], null]]),
];

describe('progress figures', () => {
  it.each([
    [[], 0],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %d', (values, expected) => expect(median(values)).toBe(expected));

  it.each([
    [[], null],
    [[true], null],
    [[false, true], 1],
    [[true, true, false, true], -0.5],
    [[false, true, false], 0],
    [[false, false, true, true], 1],
  ])('trend of %j is %s', (outcomes, expected) => expect(trendOf(outcomes)).toBe(expected));

  it.each([
    [[0, 100], '▁█'],
    [[40, 80, 20, 60], '▄▇▂▅'],
    [[50], '▅'],
  ])('sparkline of %j is %s', (scores, expected) => expect(sparkline(scores)).toBe(expected));

  it('counts each topic over the sessions where its step ended, with its trend', () => {
    const stats = progressStats(history);
    expect(stats.topics.map((t) => [t.id, t.step, t.covered, t.seen, t.trend])).toEqual([
      ['a', 'clarify', 3, 4, -0.5],
      ['b', 'clarify', 1, 4, -0.5],
      ['g', 'evaluate', 1, 3, 0],
    ]);
  });

  it('gives per step the median time used against the box and the overtime rate', () => {
    const stats = progressStats(history);
    expect(stats.groups[0]!.steps.map((s) => [s.id, s.medianUsedMs / min, s.medianBoxMs / min, s.overtimeRate])).toEqual([
      ['clarify', 4.5, 5, 0.25],
      ['evaluate', 11, 10, 2 / 3],
    ]);
  });

  it('names the three weakest topics and the scores oldest first', () => {
    const stats = progressStats(history);
    expect(stats.weakest.map((t) => t.id)).toEqual(['b', 'g', 'a']);
    expect(stats.sessions.map((s) => s.score)).toEqual([40, 80, 20, 60]);
    expect(stats.total).toBe(4);
  });

  it('looks only at the last N sessions', () => {
    const stats = progressStats(history, 2);
    expect(stats.sessions.map((s) => s.id)).toEqual(['s3', 's4']);
    expect(stats.topics.find((t) => t.id === 'a')).toMatchObject({ covered: 1, seen: 2 });
  });
});

const cases: CaseChoice[] = [
  { id: 'visual-search', title: 'Visual search', difficulty: 'medium', topics: ['ann-index'] },
  { id: 'video-search', title: 'Video search', difficulty: 'hard', topics: [] },
  { id: 'news-feed', title: 'News feed', difficulty: 'easy', topics: [] },
];

// guardrail-metrics missed in 3 of the last 4 sessions; everything else covered every time.
const evaluate = (n: number, guardrails: boolean) =>
  summary(n, 70, [['evaluate', 9, 10, guardrails ? ['offline-metrics', 'guardrail-metrics'] : ['offline-metrics'], guardrails ? [] : ['guardrail-metrics']]]);
const drills = [evaluate(1, false), evaluate(2, true), evaluate(3, false), evaluate(4, false)];

describe('what to drill next', () => {
  it('recommends the most forgotten due topic, in its step, in a case not practised yet', () => {
    const advice = recommendNext(drills, cases, t0 + 4 * day + 3_600_000);
    expect(advice).toMatchObject({
      case: { id: 'news-feed' },
      step: { id: 'evaluate' },
      topic: { id: 'guardrail-metrics', missed: 3, of: 4 },
      command: 'mlsd drill news-feed --step evaluate',
    });
    expect(advice?.reason).toBe(
      'guardrail-metrics missed in 3 of your last 4 sessions; due today. Case: news-feed is a case you have not practised yet.',
    );
  });

  it('sends a case-specific topic to its own case', () => {
    const missedAnn = [1, 2].map((n) => summary(n, 50, [['deploy', 9, 10, ['serving'], ['ann-index']]]));
    expect(recommendNext(missedAnn, cases, t0 + 3 * day)).toMatchObject({ case: { id: 'visual-search' }, topic: { id: 'ann-index' } });
  });

  it('says when nothing is due yet', () => {
    const allCovered = [1, 2, 3].map((n) => summary(n, 100, [['clarify', 4, 5, ['scope'], []]]));
    expect(recommendNext(allCovered, cases, t0 + 3 * day)?.reason).toMatch(/^scope covered in your last 3 sessions; nothing is due yet and it comes due first \(due in \d+ days\)/);
  });

  it('with no history, recommends a starting case and says why', () => {
    expect(recommendNext([], cases, t0)).toMatchObject({ case: { id: 'visual-search' }, step: null, command: 'mlsd drill visual-search' });
    expect(starterRecommendation(cases.slice(1))?.case.id).toBe('news-feed');
    expect(starterRecommendation([])).toBeNull();
  });
});
