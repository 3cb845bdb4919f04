// `mlsd next` carries each topic's FSRS memory with the algorithm's next_state and calls the scheduler
// only for the last review: the due dates and retrievabilities must be exactly those of replaying every
// review through ts-fsrs's scheduler, as the advice was computed before.
import fc from 'fast-check';
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/progress/index-schema.js';
import { topicMemories } from '../../src/progress/next.js';

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });
const topicIds = ['scale', 'labels', 'ab-testing', 'serving'];

/** Every review through the scheduler's `next`, one card per topic. */
function replayedByScheduler(sessions: readonly SessionRecord[], now: number) {
  const cards = new Map<string, Card>();
  for (const s of [...sessions].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1))) {
    const at = new Date(s.startedAt);
    for (const step of s.steps) {
      if (step.ended === null) continue;
      for (const [ids, covered] of [[step.covered, true], [step.missed, false]] as const) {
        for (const id of ids) cards.set(id, scheduler.next(cards.get(id) ?? createEmptyCard(at), at, covered ? Rating.Good : Rating.Again).card);
      }
    }
  }
  return new Map([...cards].map(([id, card]) => [id, { due: card.due.getTime(), retrievability: scheduler.get_retrievability(card, new Date(now), false) }]));
}

const session = (n: number, startedAt: number, outcomes: readonly (boolean | null)[], ended: boolean): SessionRecord =>
  ({
    id: `s${String(n).padStart(5, '0')}`,
    caseId: 'visual-search',
    frameworkId: 'mlsd-45',
    mode: 'study',
    strict: false,
    startedAt,
    finished: ended,
    usedMs: 0,
    score: null,
    stepCount: 1,
    stepsEnded: ended ? 1 : 0,
    steps: [
      {
        id: 'clarify',
        title: 'Clarify requirements',
        boxMs: 300_000,
        usedMs: 0,
        overtimeMs: 0,
        ended: ended ? 'done' : null,
        covered: topicIds.filter((_, i) => outcomes[i] === true),
        missed: topicIds.filter((_, i) => outcomes[i] === false),
        hints: 0,
      },
    ],
  }) as SessionRecord;

const t0 = Date.UTC(2025, 0, 1);
const history = fc.array(
  fc.record({
    // Minutes to weeks apart: several reviews a day, and long gaps.
    gapMinutes: fc.oneof(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 600, max: 60 * 24 * 30 })),
    outcomes: fc.array(fc.constantFrom(true, false, null), { minLength: topicIds.length, maxLength: topicIds.length }),
    ended: fc.boolean(),
  }),
  { minLength: 1, maxLength: 60 },
);

describe('next: topic memories', () => {
  it('due dates and retrievability equal a replay of every review through the scheduler', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 90 }), (steps, daysLater) => {
        let at = t0;
        const sessions = steps.map((s, n) => session(n, (at += s.gapMinutes * 60_000), s.outcomes, s.ended));
        const now = at + daysLater * 86_400_000;
        const expected = replayedByScheduler(sessions, now);
        const memories = topicMemories(sessions, now);
        expect(new Map(memories.map((m) => [m.id, { due: m.due, retrievability: m.retrievability }]))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('places a topic in the step of its latest review', () => {
    const first = session(0, t0, [true, null, null, null], true);
    const later = session(1, t0 + 86_400_000, [false, null, null, null], true);
    later.steps[0] = { ...later.steps[0]!, id: 'requirements', title: 'Requirements' };
    const [memory] = topicMemories([later, first], t0 + 2 * 86_400_000);
    expect(memory).toMatchObject({ id: 'scale', step: { id: 'requirements', title: 'Requirements' }, outcomes: [true, false] });
  });

  it('a topic reviewed once is due as a new card reviewed once', () => {
    const [memory] = topicMemories([session(0, t0, [false, null, null, null], true)], t0);
    const card = scheduler.next(createEmptyCard(new Date(t0)), new Date(t0), Rating.Again).card;
    expect(memory).toMatchObject({ id: 'scale', due: card.due.getTime(), outcomes: [false] });
  });
});
