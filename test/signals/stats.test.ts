// mlsd stats over saved sessions: how often each red flag was raised, which way each verdict dimension goes,
// and in how many sessions with a requirement change the answer adapted.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.js';
import { tempHome } from '../support/home.js';
import { progressStats } from '../../src/progress/stats.js';
import { recordOf } from '../../src/progress/index-schema.js';

// Sessions as stats reads them: records of their summaries (history index entries).
const session = (n: number, evaluation: number, flags: string[], twist?: boolean) => recordOf({
  id: `s${n}`, caseId: 'news-feed', frameworkId: 'mlsd-45', mode: 'mock', strict: false, startedAt: n * 1000, finished: true, usedMs: 1000, score: 50,
  steps: [{ id: 'evaluate', title: 'Evaluation', boxMs: 600_000, usedMs: 1000, overtimeMs: 0, ended: 'done', covered: [], missed: ['ab-testing'], hints: 0 }],
  flags: flags.map((id) => ({ id, title: id, why: 'w', instead: 'i', source: 'catalogue' as const, step: 'evaluate', evidence: 'e' })),
  verdict: { dimensions: [{ id: 'evaluation', title: 'Evaluation', rating: evaluation >= 60 ? 'strong' : 'weak', points: evaluation, moments: [] }], overall: 'lean no hire', advice: '' },
  ...(twist === undefined ? {} : { twist: { id: 't', says: 's', step: 'evaluate', checked: ['evaluate'], adapted: twist, evidence: twist ? 'e' : null, missing: twist ? null : 'm', answer: 'a' } }),
});

describe('stats of red flags and dimensions', () => {
  const figures = progressStats([session(1, 30, ['one-day-ab-test']), session(2, 40, ['one-day-ab-test', 'future-leakage']), session(3, 70, []), session(4, 80, [])]);

  it('counts the sessions in which each red flag was raised, most often first', () => {
    expect(figures.flags.map((f) => [f.id, f.sessions])).toEqual([['one-day-ab-test', 2], ['future-leakage', 1]]);
  });

  it('trends each dimension: mean points, latest rating, newer half against older half', () => {
    expect(figures.dimensions).toEqual([{ id: 'evaluation', title: 'Evaluation', sessions: 4, meanPoints: 55, latest: 'strong', trend: 40 }]);
  });

  it('counts the sessions that had a requirement change and those whose answer adapted', () => {
    const withTwists = progressStats([session(1, 30, [], false), session(2, 40, [], true), session(3, 50, []), session(4, 60, [], true)]);
    expect(withTwists.twists).toEqual({ announced: 3, adapted: 2 });
    expect(figures.twists).toEqual({ announced: 0, adapted: 0 });
  });

  it('reads summaries cached before flags and verdicts existed', () => {
    const { flags: _f, verdict: _v, ...old } = session(5, 50, []);
    expect(progressStats([old]).dimensions).toEqual([]);
  });
});

describe('mlsd stats on saved sessions with a requirement change', () => {
  it('counts it from a fresh index and from the index read back', async () => {
    const home = tempHome();
    const answers = join(home, 'answers.yaml');
    writeFileSync(answers, ['deploy:', '  - A ranker behind an API.', '  - twist: latency-80ms', '  - We precompute candidate lists per user and cache the embeddings.', ''].join('\n'));
    expect((await run(['drill', 'video-recommendation', '--answers', answers], { home })).status).toBe(0);
    for (const pass of ['built', 'read back']) {
      const figures = JSON.parse((await run(['stats', '--json'], { home })).stdout);
      expect(figures.twists, pass).toEqual({ announced: 1, adapted: 1 });
    }
    expect((await run(['stats'], { home })).stdout).toContain('Requirement changes: adapted in 1 of 1 sessions that had one');
  });
});
