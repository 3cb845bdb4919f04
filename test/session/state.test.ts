import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/session/events.js';
import { linesOf, replay, usedMsAt } from '../../src/session/state.js';
import { s, started } from './fixtures.js';

const at = (seconds: number) => s(seconds);
const step = (t: number, id = 'clarify'): SessionEvent => ({ type: 'step-started', at: at(t), step: id });
const line = (t: number, text = 'x', id = 'clarify'): SessionEvent => ({ type: 'line', at: at(t), step: id, text });
const paused = (t: number): SessionEvent => ({ type: 'paused', at: at(t) });
const resumed = (t: number): SessionEvent => ({ type: 'resumed', at: at(t) });
const suspended = (t: number): SessionEvent => ({ type: 'suspended', at: at(t), reason: 'SIGINT' });
const reopened = (t: number): SessionEvent => ({ type: 'reopened', at: at(t) });
const ended = (t: number, id = 'clarify'): SessionEvent => ({ type: 'step-ended', at: at(t), step: id, reason: 'done' });

describe('time used in a step', () => {
  // [what, events after started, now (s), expected seconds used in clarify]
  const table: [string, SessionEvent[], number, number][] = [
    ['counts from step start to now', [step(10)], 70, 60],
    ['lines do not change the total', [step(10), line(20), line(40)], 70, 60],
    ['stops while paused', [step(0), paused(30)], 100, 30],
    ['excludes the pause', [step(0), paused(30), resumed(90)], 100, 40],
    ['stops at step end', [step(0), ended(50)], 500, 50],
    ['stops at suspension', [step(0), line(20), suspended(40)], 400, 40],
    ['excludes the time between suspension and reopening', [step(0), suspended(40), reopened(300)], 310, 50],
    ['after a crash, counts up to the last event only', [step(0), line(25), reopened(1000)], 1010, 35],
    ['a pause before a crash does not leave the clock stopped', [step(0), paused(10), reopened(100)], 130, 40],
    ['a clock that went backwards adds nothing', [step(100), line(90)], 90, 0],
    ['no step started: nothing used', [], 100, 0],
  ];
  it.each(table)('%s', (_what, events, now, expected) => {
    const state = replay([started(), ...events]);
    expect(usedMsAt(state, 0, at(now))).toBe(s(expected));
  });
});

describe('replay', () => {
  it('keeps lines per step in order and moves to the next step', () => {
    const state = replay([started(), step(0), line(1, 'a'), line(2, 'b'), ended(3), step(4, 'frame'), line(5, 'c', 'frame')]);
    expect(linesOf(state.steps[0]!)).toEqual(['a', 'b']);
    expect(linesOf(state.steps[1]!)).toEqual(['c']);
    expect(state.current).toBe(1);
    expect(state.steps[0]!.ended).toBe('done');
  });

  it('ignores events for steps the session does not have', () => {
    const state = replay([started(), step(0), line(1, 'a', 'nope')]);
    expect(state.steps.flatMap(linesOf)).toEqual([]);
  });

  it('requires a started event first', () => {
    expect(() => replay([step(0)])).toThrow(/started/);
  });

  it('marks the session finished', () => {
    expect(replay([started(), { type: 'finished', at: 1 }]).finished).toBe(true);
  });
});
