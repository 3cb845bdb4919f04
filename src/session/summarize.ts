// The scorecard of a session, derived from its events and its plan. Pure.
//
// Score (stated in the README): each ended step scores
//   100 × covered/required − 5 per hint − 2 per minute (or part) over its time box,
// clamped to 0–100; the session's score is the mean of its ended steps weighted
// by their time boxes. Steps never reached do not count; no ended step → null.
import type { Plan } from '../content/model.js';
import { boxMs, stepCoverage } from './engine.js';
import type { SessionEvent } from './events.js';
import { sessionFlags } from './flags.js';
import { scoringOf, topicsShown, type Scoring, type TopicShown } from './scored.js';
import { verdictOf, type TopicResult } from './verdict.js';
import { hintsOf, replay, type SessionState, type StepState } from './state.js';
import { twistJudgement } from './twist.js';
import type { SessionSummary, StepSummary } from './summary.js';

export const hintPenalty = 5;
export const overtimePenaltyPerMinute = 2;

/** Time used in an ended step; --strict ends a step at its box, though the tick that noticed may land a moment later. */
export const stepUsedMs = (step: StepState, box: number): number => (step.ended === 'timeout' ? Math.min(step.usedMs, box) : step.usedMs);

export function stepScore(step: Pick<StepSummary, 'covered' | 'missed' | 'hints' | 'overtimeMs'>): number {
  const required = step.covered.length + step.missed.length;
  const coverage = required === 0 ? 1 : step.covered.length / required;
  const raw = 100 * coverage - hintPenalty * step.hints - overtimePenaltyPerMinute * Math.ceil(step.overtimeMs / 60_000);
  return Math.min(100, Math.max(0, raw));
}

export function sessionScore(steps: readonly StepSummary[]): number | null {
  const ended = steps.filter((s) => s.ended !== null);
  const weight = ended.reduce((sum, s) => sum + s.boxMs, 0);
  if (ended.length === 0) return null;
  if (weight === 0) return Math.round(ended.reduce((sum, s) => sum + stepScore(s), 0) / ended.length);
  return Math.round(ended.reduce((sum, s) => sum + stepScore(s) * s.boxMs, 0) / weight);
}

export { sessionFlags } from './flags.js';

/** The scorecard; `scoring`, the verdicts the journal carries, stands in for the checker where it holds. */
export function summarizeState(state: SessionState, plan: Plan, scoring?: Scoring): SessionSummary {
  const topics: TopicResult[] = [];
  const steps: StepSummary[] = state.steps.map((step) => {
    const planned = plan.steps.find((p) => p.id === step.id);
    const box = planned ? boxMs(planned, state.pace) : 0;
    const usedMs = stepUsedMs(step, box);
    const scored = scoring?.steps.get(step.id);
    const coverage: TopicShown[] = !planned ? [] : scored ? topicsShown(planned, scored) : stepCoverage(planned, step);
    const covered: string[] = [];
    const missed: string[] = [];
    // Plain loops and assignments: a history rebuild summarises every journal, and spreads were slow.
    for (const c of coverage) {
      const topic: TopicResult = { id: c.topic.id, title: c.topic.title, step: step.id, covered: c.covered, evidence: c.evidence };
      if (c.topic.near) topic.near = c.topic.near;
      topics.push(topic);
      (c.covered ? covered : missed).push(c.topic.id);
    }
    return {
      id: step.id,
      title: planned?.title ?? step.id,
      boxMs: box,
      usedMs,
      overtimeMs: Math.max(0, usedMs - box),
      ended: step.ended,
      covered,
      missed,
      hints: hintsOf(step).length,
    };
  });
  const flags = scoring?.flags ?? sessionFlags(state, plan);
  const twist = twistJudgement(state, plan);
  return {
    id: state.id,
    caseId: state.caseId,
    frameworkId: state.frameworkId,
    mode: state.mode,
    strict: state.strict,
    startedAt: state.startedAt,
    finished: state.finished,
    usedMs: steps.reduce((sum, s) => sum + s.usedMs, 0),
    score: sessionScore(steps),
    ...(state.pace !== 1 ? { pace: state.pace } : {}),
    steps,
    flags,
    verdict: verdictOf({ topics, flags, steps, ...(twist ? { twist } : {}) }),
    ...(twist ? { twist } : {}),
  };
}

/** The summary export, history and stats read: replay, then coverage per step where the journal carries no verdict that holds. */
export function summarize(events: readonly SessionEvent[], plan: Plan): SessionSummary {
  return summarizeState(replay(events), plan, scoringOf(events));
}
