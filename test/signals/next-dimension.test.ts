// `mlsd next` and the verdict dimensions: with enough rated sessions the weakest dimension picks
// the topic to drill, and a coach's line says why; with few, it says there are not enough yet.
import { describe, expect, it } from 'vitest';
import { recordOf, type SessionRecord } from '../../src/progress/index-schema.js';
import { recommendNext, type CaseChoice } from '../../src/progress/next.js';
import { ratingOf } from '../../src/session/verdict.js';

const day = 86_400_000;
const t0 = Date.UTC(2026, 0, 1, 9);
const cases: CaseChoice[] = [{ id: 'news-feed', title: 'News feed', difficulty: 'easy', topics: [] }];

/**
 * Session n: scope missed every time (spaced repetition alone would pick it), guardrail metrics
 * missed every other time; the verdict's points per dimension as given.
 */
function session(n: number, points: Record<string, number>): SessionRecord {
  const step = (id: string, covered: string[], missed: string[]) => ({ id, title: id, boxMs: 600_000, usedMs: 300_000, overtimeMs: 0, ended: 'done' as const, covered, missed, hints: 0 });
  return recordOf({
    id: `s${n}`, caseId: 'news-feed', frameworkId: 'mlsd-45', mode: 'mock', strict: false, startedAt: t0 + (n - 1) * day, finished: true, usedMs: 600_000, score: 50,
    steps: [step('clarify', ['scale'], ['scope']), step('evaluate', n % 2 ? ['offline-metrics'] : ['offline-metrics', 'guardrail-metrics'], n % 2 ? ['guardrail-metrics'] : [])],
    verdict: {
      dimensions: Object.entries(points).map(([id, p]) => ({ id, title: id === 'communication-and-time' ? 'Communication and time' : id[0]!.toUpperCase() + id.slice(1).replace(/-/g, ' '), rating: ratingOf(p), points: p, moments: [] })),
      overall: 'lean no hire',
      advice: '',
    },
  });
}
const history = (count: number, points: Record<string, number>) => Array.from({ length: count }, (_, i) => session(i + 1, points));
const now = t0 + 10 * day;

describe('mlsd next and the weakest verdict dimension', () => {
  const rows: [string, SessionRecord[], { topic: string | null; command: RegExp; coach: RegExp; dimension: string | null }][] = [
    [
      'two sessions: not enough to name a dimension, spaced repetition decides',
      history(2, { 'problem-understanding': 70, evaluation: 20 }),
      { topic: 'scope', command: /--step clarify$/, coach: /^Not enough sessions yet to name your weakest dimension \(each needs 3 rated sessions; the most rated has 2\)\.$/, dimension: null },
    ],
    [
      'four sessions, evaluation weakest: its topic, not the more forgotten scope',
      history(4, { 'problem-understanding': 70, evaluation: 30 }),
      { topic: 'guardrail-metrics', command: /--step evaluate$/, coach: /^Your weakest dimension lately is evaluation \(30 points on average over 4 sessions\), so the drill is guardrail-metrics, its most urgent topic\.$/, dimension: 'evaluation' },
    ],
    [
      'every dimension strong on average: spaced repetition decides, and the coach says so',
      history(4, { 'problem-understanding': 75, evaluation: 65 }),
      { topic: 'scope', command: /--step clarify$/, coach: /^Every dimension averages strong over your last 4 sessions; the lowest is evaluation \(65 points\)\.$/, dimension: null },
    ],
    [
      'communication and time weakest: a whole session with --strict',
      history(3, { 'problem-understanding': 70, evaluation: 65, 'communication-and-time': 40 }),
      { topic: null, command: /^mlsd practice --case news-feed --strict$/, coach: /^Your weakest dimension lately is communication and time \(40 points on average over 3 sessions\), from skipped steps, overtime or hints: run a whole session with --strict/, dimension: 'communication-and-time' },
    ],
  ];
  it.each(rows)('%s', (_name, sessions, expected) => {
    const advice = recommendNext(sessions, cases, now)!;
    expect(advice.topic?.id ?? null).toBe(expected.topic);
    expect(advice.command).toMatch(expected.command);
    expect(advice.coach).toMatch(expected.coach);
    expect(advice.dimension?.id ?? null).toBe(expected.dimension);
  });

  it('only the last five sessions count: an old weakness that has been fixed is not named', () => {
    const old = history(3, { 'problem-understanding': 70, evaluation: 10 });
    const fixed = [4, 5, 6, 7, 8].map((n) => session(n, { 'problem-understanding': 70, evaluation: 80 }));
    expect(recommendNext([...old, ...fixed], cases, now)?.dimension).toBeNull();
  });
});
