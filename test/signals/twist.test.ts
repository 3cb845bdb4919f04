// A requirement change mid-session: which one a session announces (the same for the same session id),
// when it is announced, and whether what was typed after it adapted the design.
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import type { Plan } from '../../src/content/model.js';
import type { Mode, PlannedTwist, SessionEvent } from '../../src/session/events.js';
import { replay } from '../../src/session/state.js';
import { summarizeState } from '../../src/session/summarize.js';
import { chooseTwist, closingStep, twistEvent, twistJudgement, type TwistRequest } from '../../src/session/twist.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const planOf = (framework: string, kase: string): Plan => planFor(loadFramework(roots, framework, catalogue), catalogue, loadCase(roots, kase, catalogue));
const video = planOf('mlsd-45', 'video-recommendation');
const all = video.steps.map((s) => s.id);

describe('which twist a session announces', () => {
  // video-recommendation: personalisation-opt-out (frame, minute 6), latency-80ms (deploy, 4), small-creator-floor (model, 5).
  const rows: [string, Plan, string[], Mode, TwistRequest, PlannedTwist | null | 'any'][] = [
    ['mock mode announces one', video, all, 'mock', undefined, 'any'],
    ['study mode announces none', video, all, 'study', undefined, null],
    ['--no-twist: none, even in mock mode', video, all, 'mock', false, null],
    ['--twist in study mode: one', video, all, 'study', true, 'any'],
    ['--twist ID: that one, in the step of its phase', video, all, 'study', 'latency-80ms', { id: 'latency-80ms', step: 'deploy', minute: 4 }],
    ['a one-step drill: a twist of that step', video, ['model'], 'mock', undefined, { id: 'small-creator-floor', step: 'model', minute: 5 }],
    ['--twist ID of an earlier phase moves to the next step the drill has', video, ['deploy'], 'mock', 'personalisation-opt-out', { id: 'personalisation-opt-out', step: 'deploy', minute: 6 }],
    ['a drill of a step no twist reaches has none', video, ['clarify'], 'mock', undefined, null],
    // mlsd-60's frame step is 7 minutes: a twist at minute 7 would come as the box ends, so it comes halfway.
    ['a minute past the box becomes its middle', planOf('mlsd-60', 'notification-ranking'), ['frame'], 'mock', 'email-digest', { id: 'email-digest', step: 'frame', minute: 3.5 }],
  ];
  it.each(rows)('%s', (_name, plan, steps, mode, request, expected) => {
    const chosen = chooseTwist(plan, steps, '20261130-101500-x', mode, request);
    if (expected === 'any') expect(plan.case!.twists.map((t) => t.id)).toContain(chosen?.id);
    else expect(chosen).toEqual(expected);
  });

  it('is the same for the same session id, and differs between sessions', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `20261130-1015${String(i).padStart(2, '0')}-video-recommendation`);
    const first = ids.map((id) => chooseTwist(video, all, id, 'mock', undefined)?.id);
    expect(ids.map((id) => chooseTwist(video, all, id, 'mock', undefined)?.id)).toEqual(first);
    expect(new Set(first).size).toBe(3);
  });

  it.each([
    ['latency-8ms', all, /unknown twist "latency-8ms" in case video-recommendation; did you mean latency-80ms\? \(its twists: /],
    ['latency-80ms', ['frame'], /twist "latency-80ms" comes in the deploy phase; this session has no step there or after it \(its steps: frame\)/],
    [true, ['clarify'], /case "video-recommendation" has no requirement change for step clarify/],
  ] as const)('--twist %s on steps %j is a one-line user error', (request, steps, message) => {
    expect(() => chooseTwist(video, steps, 'x', 'mock', request)).toThrow(message);
  });
});

/** A mock session of video-recommendation with the opt-out twist planned in frame at minute 6. */
const opening = (twist: PlannedTwist | null = { id: 'personalisation-opt-out', step: 'frame', minute: 6 }): SessionEvent[] => [
  { type: 'started', at: 0, v: 1, sessionId: 's', caseId: 'video-recommendation', frameworkId: 'mlsd-45', mode: 'mock', strict: false, steps: all, source: 'terminal', ...(twist ? { twist } : {}) },
  { type: 'step-started', at: 0, step: 'clarify' },
  { type: 'step-ended', at: 60_000, step: 'clarify', reason: 'done' },
  { type: 'step-started', at: 60_000, step: 'frame' },
];
const minutes = (m: number) => m * 60_000;

describe('when the twist is announced', () => {
  it('not before its minute in its step, at its minute, and once', () => {
    const events = opening();
    expect(twistEvent(replay(events), video, 60_000 + minutes(5.9))).toBeNull();
    const event = twistEvent(replay(events), video, 60_000 + minutes(6));
    expect(event).toMatchObject({ type: 'twist', step: 'frame', id: 'personalisation-opt-out', says: expect.stringMatching(/opted out/) });
    expect(twistEvent(replay([...events, event!]), video, 60_000 + minutes(7))).toBeNull();
  });

  it('--pace scales its minute with the boxes', () => {
    const [started, ...rest] = opening();
    const halved: SessionEvent[] = [{ ...started!, pace: 0.5 } as SessionEvent, ...rest];
    expect(twistEvent(replay(halved), video, 60_000 + minutes(2.9))).toBeNull();
    expect(twistEvent(replay(halved), video, 60_000 + minutes(3))).toMatchObject({ id: 'personalisation-opt-out' });
  });

  it('not while paused: paused time is not step time', () => {
    const events: SessionEvent[] = [...opening(), { type: 'paused', at: 60_000 + minutes(1) }];
    expect(twistEvent(replay(events), video, 60_000 + minutes(10))).toBeNull();
  });

  it('at the start of the next step when its own step ended before the minute', () => {
    const events: SessionEvent[] = [...opening(), { type: 'step-ended', at: 60_000 + minutes(2), step: 'frame', reason: 'done' }];
    expect(twistEvent(replay(events), video, 60_000 + minutes(2))).toBeNull();
    events.push({ type: 'step-started', at: 60_000 + minutes(2), step: 'model' });
    expect(twistEvent(replay(events), video, 60_000 + minutes(2))).toMatchObject({ step: 'model', id: 'personalisation-opt-out' });
  });

  it('never in a session without one (--no-twist, study mode, older journals)', () => {
    expect(twistEvent(replay(opening(null)), video, minutes(30))).toBeNull();
  });
});

describe('whether the answer adapted', () => {
  const says = video.case!.twists.find((t) => t.id === 'personalisation-opt-out')!.says;
  const line = (at: number, step: string, text: string): SessionEvent => ({ type: 'line', at, step, text });
  /** Lines of frame before the announcement, after it, and of the steps after frame. */
  function judged(before: string[], after: string[], model: string[] = [], evaluate: string[] = []) {
    const events: SessionEvent[] = [...opening(), ...before.map((t) => line(70_000, 'frame', t))];
    events.push({ type: 'twist', at: 80_000, step: 'frame', id: 'personalisation-opt-out', says });
    events.push(...after.map((t) => line(90_000, 'frame', t)), { type: 'step-ended', at: 100_000, step: 'frame', reason: 'done' });
    events.push({ type: 'step-started', at: 100_000, step: 'model' }, ...model.map((t) => line(110_000, 'model', t)), { type: 'step-ended', at: 120_000, step: 'model', reason: 'done' });
    events.push({ type: 'step-started', at: 120_000, step: 'evaluate' }, ...evaluate.map((t) => line(130_000, 'evaluate', t)));
    return twistJudgement(replay(events), video)!;
  }
  const adapts = 'Opted-out users get a non-personalized feed from trending videos in their country and language.';
  const rows: [string, ReturnType<typeof judged>, boolean, RegExp | null][] = [
    ['an adaptation right after the announcement', judged([], [adapts]), true, null],
    ['an adaptation in the next step', judged(['Binary task: will the user watch.'], ['ok'], ['A separate model that only sees context features like device and time of day.']), true, null],
    ['said only before the announcement', judged([adapts], ['Next, the labels.']), false, /changed the design for it/],
    ['said two steps later', judged([], ['Labels come from watch time.'], ['Two-tower retrieval.'], [adapts]), false, /changed the design for it/],
    ['a look-alike that ignores it', judged([], ['We keep using their watch history since it improves the feed.']), false, /changed the design for it/],
    ['nothing typed after it', judged(['Binary task.'], []), false, /nothing was typed after it/],
  ];
  it.each(rows)('%s', (_name, result, adapted, missing) => {
    expect(result.adapted).toBe(adapted);
    if (adapted) expect(result.evidence).toMatch(/./);
    else {
      expect(result.evidence).toBeNull();
      expect(result.missing).toMatch(missing!);
      expect(result.missing).toMatch(/; an adaptation would mention e\.g\. [a-z-]+(, [a-z -]+)* or [a-z -]+$/);
    }
    expect(result).toMatchObject({ id: 'personalisation-opt-out', step: 'frame', says });
  });

  it('checks the next step only once it has started', () => {
    const events: SessionEvent[] = [...opening(), { type: 'twist', at: 80_000, step: 'frame', id: 'personalisation-opt-out', says }, line(90_000, 'frame', adapts)];
    expect(twistJudgement(replay(events), video)?.checked).toEqual(['frame']);
    events.push({ type: 'step-ended', at: 100_000, step: 'frame', reason: 'done' }, { type: 'step-started', at: 100_000, step: 'model' });
    expect(twistJudgement(replay(events), video)?.checked).toEqual(['frame', 'model']);
  });

  it.each([
    ['frame', 'model'],
    ['deploy', 'deploy'],
  ])('study mode judges a change announced in %s when %s ends', (step, closing) => {
    const events: SessionEvent[] = [...opening(), { type: 'twist', at: 80_000, step, id: 'personalisation-opt-out', says }];
    expect(closingStep(replay(events))).toBe(closing);
    expect(closingStep(replay(opening()))).toBeNull();
  });

  it('the verdict counts it in the dimension of the step it came in, with the moment', () => {
    const summary = (after: string[]) => {
      const events: SessionEvent[] = [...opening(), { type: 'twist', at: 80_000, step: 'frame', id: 'personalisation-opt-out', says }];
      events.push(...after.map((t) => line(90_000, 'frame', t)), { type: 'step-ended', at: 100_000, step: 'frame', reason: 'done' });
      return summarizeState(replay(events), video);
    };
    const framing = (s: ReturnType<typeof summary>) => s.verdict!.dimensions.find((d) => d.id === 'ml-framing')!;
    const base = 'The ML objective is to predict expected watch time per impression, ranked as a list.';
    const adapted = summary([base, adapts]);
    const missed = summary([base, 'We keep using their watch history since it improves the feed.']);
    expect(adapted.twist?.adapted).toBe(true);
    expect(missed.twist?.adapted).toBe(false);
    expect(framing(adapted).points - framing(missed).points).toBe(25);
    expect(framing(adapted).moments[0]).toMatch(/^adapted to the requirement change «Opted-out users/);
    expect(framing(missed).moments[0]).toMatch(/^did not adapt to the requirement change «A new regulation/);
  });
});
