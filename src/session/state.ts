// The session's state, derived by replaying its events. Pure: no clock is read
// here; every instant comes from an event or is passed in.
import type { EndReason, Instant, Mode, PlannedTwist, SessionEvent, Source } from './events.js';

/** What happened in a step, in order, for the screen and the transcript. */
export type Entry =
  /** `edited`: changed by /edit since it was typed (the journal keeps what was typed first). */
  | { kind: 'line'; at: Instant; text: string; edited?: true }
  /** `facts`: ids of the facts the reply gave (an old journal's fact position n reads as `fact-(n+1)`, the default id). */
  | { kind: 'question'; at: Instant; text: string; reply: string; facts: string[] }
  | { kind: 'hint'; at: Instant; topic: string; level: number; text: string }
  /** The interviewer announced a requirement change here: what follows is checked against it. */
  | { kind: 'twist'; at: Instant; id: string; says: string };

export interface StepState {
  id: string;
  status: 'pending' | 'running' | 'ended';
  ended: EndReason | null;
  /** Clock time used, settled up to the session's `mark`. */
  usedMs: number;
  entries: Entry[];
  followUp: FollowUpEntry | null;
  /** What was typed of the follow-up when the process stopped, until it is answered. */
  followUpDraft: FollowUpEntry | null;
}

/** The interviewer's follow-up after a step, and the probe when the answer missed its point. */
export interface FollowUpEntry {
  topic: string;
  question: string;
  answer: string;
  probe?: string;
  probeAnswer?: string;
}

export interface SessionState {
  id: string;
  caseId: string;
  frameworkId: string;
  mode: Mode;
  strict: boolean;
  source: Source;
  /** Every time box is multiplied by this (--pace, --minutes); 1 unless the session was started with one. */
  pace: number;
  startedAt: Instant;
  steps: StepState[];
  /** Index of the step whose clock may run (started, not ended), or null between steps. */
  current: number | null;
  paused: boolean;
  /** The process stopped (suspended event) and no process has reopened the session since. */
  suspended: boolean;
  /** The instant up to which step time has been added to `usedMs`. */
  mark: Instant;
  /** The instant of the last event. */
  lastAt: Instant;
  finished: boolean;
  /** The requirement change this session is to announce, if any. */
  twist: PlannedTwist | null;
  /** The requirement change as announced: which, in which step. */
  announced: { id: string; step: string; says: string; at: Instant } | null;
}

/** The clock runs only inside a started step, when neither paused nor suspended. */
export const clockRunning = (state: SessionState): boolean =>
  state.current !== null && !state.paused && !state.suspended && !state.finished;

/** Time used in step `index` at `now`: what is settled plus the running stretch since the mark. */
export function usedMsAt(state: SessionState, index: number, now: Instant): number {
  const step = state.steps[index];
  if (!step) return 0;
  const running = clockRunning(state) && state.current === index ? Math.max(0, now - state.mark) : 0;
  return step.usedMs + running;
}

export const linesOf = (step: StepState): string[] =>
  step.entries.flatMap((e) => (e.kind === 'line' ? [e.text] : []));

/** The questions asked in a step, with the reply and the facts that answered each (none when the interviewer had no figure). */
export const askedOf = (step: StepState): { question: string; reply?: string; facts: string[] }[] =>
  step.entries.flatMap((e) => (e.kind === 'question' ? [e.facts.length === 0 ? { question: e.text, facts: [] } : { question: e.text, reply: e.reply, facts: e.facts }] : []));

export const hintsOf = (step: StepState): Extract<Entry, { kind: 'hint' }>[] =>
  step.entries.filter((e): e is Extract<Entry, { kind: 'hint' }> => e.kind === 'hint');

// A history rebuild replays every saved journal: each event copies only the step it changes.

/** Adds the running stretch up to `at` to the current step, and moves the mark. */
function settle(state: SessionState, at: Instant): SessionState {
  const stretch = Math.max(0, at - state.mark);
  const index = state.current;
  let steps = state.steps;
  if (index !== null && stretch > 0 && clockRunning(state)) {
    const step = steps[index];
    if (step) {
      steps = steps.slice();
      steps[index] = { ...step, usedMs: step.usedMs + stretch };
    }
  }
  return withClock(state, steps, Math.max(state.mark, at), Math.max(state.lastAt, at));
}

/**
 * The state with its steps and clock moved on. Every field written out, not spread: every event of a
 * replay makes one, and a spread of the whole state cost most of a history rebuild's replay.
 */
function withClock(state: SessionState, steps: StepState[], mark: Instant, lastAt: Instant): SessionState {
  return {
    id: state.id,
    caseId: state.caseId,
    frameworkId: state.frameworkId,
    mode: state.mode,
    strict: state.strict,
    source: state.source,
    pace: state.pace,
    startedAt: state.startedAt,
    steps,
    current: state.current,
    paused: state.paused,
    suspended: state.suspended,
    mark,
    lastAt,
    finished: state.finished,
    twist: state.twist,
    announced: state.announced,
  };
}

/** `settled` is the state settle() just made for this event (no one else holds it): its step list is replaced in place. */
function updateStep(settled: SessionState, id: string, change: (s: StepState) => StepState): SessionState {
  const index = settled.steps.findIndex((s) => s.id === id);
  if (index < 0) return settled;
  const steps = settled.steps.slice();
  steps[index] = change(steps[index]!);
  settled.steps = steps;
  return settled;
}

export function initialState(started: Extract<SessionEvent, { type: 'started' }>): SessionState {
  return {
    id: started.sessionId,
    caseId: started.caseId,
    frameworkId: started.frameworkId,
    mode: started.mode,
    strict: started.strict,
    source: started.source,
    pace: started.pace ?? 1,
    startedAt: started.at,
    steps: started.steps.map((id) => ({ id, status: 'pending', ended: null, usedMs: 0, entries: [], followUp: null, followUpDraft: null })),
    current: null,
    paused: false,
    suspended: false,
    mark: started.at,
    lastAt: started.at,
    finished: false,
    twist: started.twist ?? null,
    announced: null,
  };
}

const followUpEntry = (event: Extract<SessionEvent, { type: 'follow-up' | 'follow-up-draft' }>): FollowUpEntry => ({
  topic: event.topic,
  question: event.question,
  answer: event.answer,
  ...(event.probe === undefined ? {} : { probe: event.probe, probeAnswer: event.probeAnswer ?? '' }),
});

const factIdsOf = (event: Extract<SessionEvent, { type: 'question' }>): string[] =>
  event.facts ?? (typeof event.fact === 'number' ? [`fact-${event.fact + 1}`] : []);

/** One event applied to the state. Events for unknown steps are ignored, so a hand-edited journal cannot crash a replay. */
export function apply(state: SessionState, event: SessionEvent): SessionState {
  if (event.type === 'started') return initialState(event);
  if (event.type === 'reopened') {
    // Dead time is never counted: after a suspended event the clock was already
    // stopped; after a crash (no suspended event) it stops at the last event written.
    return { ...state, suspended: false, paused: false, mark: event.at, lastAt: Math.max(state.lastAt, event.at) };
  }
  const s = settle(state, event.at);
  switch (event.type) {
    case 'step-started': {
      const index = s.steps.findIndex((x) => x.id === event.step);
      if (index < 0) return s;
      return { ...updateStep(s, event.step, (x) => ({ ...x, status: 'running' })), current: index };
    }
    case 'line':
      return updateStep(s, event.step, (x) => ({ ...x, entries: [...x.entries, { kind: 'line', at: event.at, text: event.text }] }));
    case 'hint':
      return updateStep(s, event.step, (x) => ({
        ...x,
        entries: [...x.entries, { kind: 'hint', at: event.at, topic: event.topic, level: event.level, text: event.text }],
      }));
    case 'question':
      return updateStep(s, event.step, (x) => ({
        ...x,
        entries: [...x.entries, { kind: 'question', at: event.at, text: event.text, reply: event.reply, facts: factIdsOf(event) }],
      }));
    case 'amended':
      return updateStep(s, event.step, (x) => ({ ...x, entries: amendLine(x.entries, event.line, event.text) }));
    case 'paused':
      return { ...s, paused: true };
    case 'resumed':
      return { ...s, paused: false };
    case 'suspended':
      return { ...s, suspended: true };
    case 'step-ended': {
      const ended = updateStep(s, event.step, (x) => ({ ...x, status: 'ended', ended: event.reason }));
      const wasCurrent = s.current !== null && s.steps[s.current]?.id === event.step;
      return wasCurrent ? { ...ended, current: null, paused: false } : ended;
    }
    case 'follow-up':
      return updateStep(s, event.step, (x) => ({ ...x, followUp: followUpEntry(event), followUpDraft: null }));
    case 'follow-up-draft':
      return updateStep(s, event.step, (x) => (x.followUp ? x : { ...x, followUpDraft: followUpEntry(event) }));
    case 'twist':
      if (s.announced || !s.steps.some((x) => x.id === event.step)) return s;
      return {
        ...updateStep(s, event.step, (x) => ({ ...x, entries: [...x.entries, { kind: 'twist', at: event.at, id: event.id, says: event.says }] })),
        announced: { id: event.id, step: event.step, says: event.says, at: event.at },
      };
    case 'finished':
      return { ...s, finished: true, current: null, paused: false };
  }
}

/** The entries with the `n`th line (0 first) replaced by `text`, or withdrawn when `text` is empty; no such line, no change. */
function amendLine(entries: readonly Entry[], n: number, text: string): Entry[] {
  let seen = -1;
  const at = entries.findIndex((e) => e.kind === 'line' && ++seen === n);
  const line = entries[at];
  if (!line || line.kind !== 'line') return [...entries];
  if (text.trim() === '') return entries.filter((_, i) => i !== at);
  return entries.map((e, i) => (i === at ? { ...line, text, edited: true as const } : e));
}

/** The state after all events. The first event must be `started`. */
export function replay(events: readonly SessionEvent[]): SessionState {
  const first = events[0];
  if (!first || first.type !== 'started') throw new Error('a session journal must begin with a "started" event');
  let state = initialState(first);
  for (let i = 1; i < events.length; i++) state = apply(state, events[i]!);
  return state;
}
