// One minus sign in `mlsd stats`: topic and dimension trends both say a fall with "−" (U+2212).
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { pointsTrendText, statsText } from '../../src/commands/stats.js';
import type { ProgressStats, TopicProgress } from '../../src/progress/stats.js';

const topic: TopicProgress = { id: 'guardrail-metrics', step: 'evaluate', seen: 4, covered: 1, skipped: 0, rate: 0.25, trend: -0.5 };
const figures: ProgressStats = {
  total: 4,
  sessions: [1, 2, 3, 4].map((n) => ({ id: `s${n}`, startedAt: n, score: 50 })),
  topics: [topic],
  groups: [
    {
      frameworkId: 'mlsd-45',
      pace: null,
      sessions: [1, 2, 3, 4].map((n) => ({ id: `s${n}`, startedAt: n, score: 50 })),
      topics: [topic],
      steps: [{ id: 'evaluate', title: 'Evaluation', sessions: 4, skipped: 0, medianUsedMs: 300_000, medianBoxMs: 600_000, overtimeRate: 0 }],
    },
  ],
  weakest: [],
  dimensions: [
    { id: 'evaluation', title: 'Evaluation', sessions: 4, meanPoints: 40, latest: 'weak', trend: -11 },
    { id: 'communication', title: 'Communication and time', sessions: 4, meanPoints: 80, latest: 'strong', trend: 12 },
  ],
  flags: [],
  twists: { announced: 0, adapted: 0 },
};

describe('trend signs', () => {
  it.each([
    [-11, '↓ −11'],
    [12, '↑ +12'],
    [0, '→ steady'],
    [null, ''],
  ])('a dimension trend of %s reads %j', (trend, expected) => expect(stripAnsi(pointsTrendText(trend))).toBe(expected));

  it('stats says a fall the same way for topics and dimensions, never with a hyphen', () => {
    const text = stripAnsi(statsText(figures));
    expect(text).toMatch(/^guardrail-metrics\s+evaluate\s+1\/4\s+25%\s+↓ −50%$/m);
    expect(text).toMatch(/^Evaluation\s+weak\s+40\s+↓ −11$/m);
    expect(text).toMatch(/^Communication and time\s+strong\s+80\s+↑ \+12$/m);
    expect(text).not.toMatch(/[↓↑] ?-\d/);
  });
});
