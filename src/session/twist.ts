// Requirement changes ("twists"): which one a session announces, in which step and when,
// and whether what the candidate typed after it adapted the design. Pure.
//
// The choice is a hash of the session id, so a resumed session announces the same change;
// it is written into the `started` event all the same, so a change of content cannot move it.
import type { Plan, PlannedStep, Topic, Twist } from '../content/model.js';
import { referencePhases } from '../content/model.js';
import { closest } from '../content/ids.js';
import { coverageOf } from '../coverage/index.js';
import { UserError } from '../errors.js';
import type { Instant, Mode, PlannedTwist, SessionEvent } from './events.js';
import { usedMsAt, type SessionState, type StepState } from './state.js';
import type { TwistResult } from './summary.js';

export type { TwistResult } from './summary.js';

/** `--twist ID`, `--twist` (one chosen for the session), `--no-twist`, or none said (mock mode: one; study mode: none). */
export type TwistRequest = string | boolean | undefined;

/** The phase a step is: the one it declares, or the one it is named after; -1 for neither. */
const phaseRank = (step: PlannedStep): number =>
  step.phase !== undefined ? referencePhases.indexOf(step.phase) : referencePhases.indexOf(step.id as (typeof referencePhases)[number]);

/**
 * Where a twist is announced in a session running `steps`: the first step of its phase; when the
 * session has none (a one-step drill, a framework without that phase), the first step of a later
 * phase; else nowhere. A minute past the step's time box becomes its middle.
 */
export function twistPlacement(plan: Plan, steps: readonly string[], twist: Twist): PlannedTwist | null {
  const rank = referencePhases.indexOf(twist.phase);
  const running = steps.flatMap((id) => plan.steps.filter((s) => s.id === id));
  const step = running.find((s) => phaseRank(s) === rank) ?? running.find((s) => phaseRank(s) > rank);
  if (!step) return null;
  return { id: twist.id, step: step.id, minute: twist.minute < step.minutes ? twist.minute : step.minutes / 2 };
}

/** FNV-1a: a small, stable hash of the session id (the same id always picks the same twist). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The twist a new session announces, or null; a user error for a twist the case has not, or one this session has no step for. */
export function chooseTwist(plan: Plan, steps: readonly string[], sessionId: string, mode: Mode, request: TwistRequest): PlannedTwist | null {
  if (request === false || (request === undefined && mode === 'study')) return null;
  const twists = plan.case?.twists ?? [];
  const caseId = plan.case?.id ?? '';
  if (typeof request === 'string') {
    const twist = twists.find((t) => t.id === request);
    if (!twist) throw new UserError(unknownTwistMessage(caseId, request, twists.map((t) => t.id)));
    const placed = twistPlacement(plan, steps, twist);
    if (!placed) throw new UserError(`twist "${request}" comes in the ${twist.phase} phase; this session has no step there or after it (its steps: ${steps.join(', ')})`);
    return placed;
  }
  const placed = twists.flatMap((t) => twistPlacement(plan, steps, t) ?? []);
  // A twist of a phase the session runs beats one moved to a later step.
  const exact = placed.filter((p) => twists.find((t) => t.id === p.id)!.phase === phaseOf(plan, p.step));
  const pool = exact.length > 0 ? exact : placed;
  if (pool.length === 0) {
    if (request === true) throw new UserError(`case "${caseId}" has no requirement change for ${steps.length === 1 ? `step ${steps[0]}` : 'these steps'}`);
    return null;
  }
  return pool[hash(sessionId) % pool.length]!;
}

const phaseOf = (plan: Plan, stepId: string): string | undefined => {
  const step = plan.steps.find((s) => s.id === stepId);
  return step ? referencePhases[phaseRank(step)] : undefined;
};

export function unknownTwistMessage(caseId: string, wanted: string, known: readonly string[]): string {
  const near = closest(wanted, known);
  const listing = known.length > 0 ? ` (its twists: ${known.join(', ')})` : ' (it has none)';
  return `unknown twist "${wanted}" in case ${caseId}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}${listing}`;
}

/**
 * The announcement to make now, if it is due: in its step once the step's clock reaches the minute,
 * or at once in a later step when its own step ended before then (the interviewer still says it).
 */
export function twistEvent(state: SessionState, plan: Plan, now: Instant): SessionEvent | null {
  const planned = state.twist;
  if (!planned || state.announced || state.current === null || state.paused || state.suspended || state.finished) return null;
  const at = state.steps.findIndex((s) => s.id === planned.step);
  if (at < 0 || state.current < at) return null;
  // --pace scales the boxes, and the minute with them: it stays as far into its step.
  if (state.current === at && usedMsAt(state, at, now) < planned.minute * 60_000 * state.pace) return null;
  const twist = plan.case?.twists.find((t) => t.id === planned.id);
  if (!twist) return null;
  return { type: 'twist', at: now, step: state.steps[state.current]!.id, id: twist.id, says: twist.says };
}

// One pseudo-topic per twist, kept: the checker caches its indexes by topic identity.
const topics = new WeakMap<Twist, Topic>();
function asTopic(twist: Twist): Topic {
  let topic = topics.get(twist);
  if (!topic) topics.set(twist, (topic = { id: `twist:${twist.id}`, title: 'Requirement change', covers: twist.says, hints: [], cues: twist.cues, file: '' }));
  return topic;
}

/** The lines typed after the announcement: the rest of its step and the whole of the next one. */
function linesAfter(state: SessionState, step: string): { lines: string[]; checked: string[] } {
  const index = state.steps.findIndex((s) => s.id === step);
  const here = state.steps[index];
  if (!here) return { lines: [], checked: [] };
  const from = here.entries.findIndex((e) => e.kind === 'twist');
  // The next step counts once it has started: a step never reached was not an answer to the change.
  const following = state.steps[index + 1];
  const next: StepState | undefined = following?.status === 'pending' ? undefined : following;
  const typed = (entries: StepState['entries']) => entries.flatMap((e) => (e.kind === 'line' ? [e.text] : []));
  // A follow-up comes at a step's end, after the announcement: adapting in its answer counts too.
  const answered = (s: StepState) => [s.followUp?.answer ?? '', s.followUp?.probeAnswer ?? ''].filter((a) => a.trim() !== '');
  return {
    lines: [...typed(here.entries.slice(from + 1)), ...answered(here), ...(next ? [...typed(next.entries), ...answered(next)] : [])],
    checked: next ? [here.id, next.id] : [here.id],
  };
}

/** The step whose end closes the judgement of the announced change: the one after it, or its own when it is the last. */
export function closingStep(state: SessionState): string | null {
  const announced = state.announced;
  if (!announced) return null;
  const index = state.steps.findIndex((s) => s.id === announced.step);
  return (state.steps[index + 1] ?? state.steps[index])?.id ?? null;
}

/** A few of the twist's plain cue phrases, as examples of what an adaptation would say: one per idea (not "batched read" and "batch the reads"). */
function examples(twist: Twist): string[] {
  const plainPhrases = (twist.cues.phrases ?? []).filter((p) => /^[a-z][a-z0-9 -]*[a-z0-9]$/i.test(p));
  const picked: string[] = [];
  for (const phrase of plainPhrases) {
    if (!picked.some((p) => p.slice(0, 5).toLowerCase() === phrase.slice(0, 5).toLowerCase())) picked.push(phrase);
  }
  return picked.slice(0, 3);
}

const orList = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** Whether the answer after the announced change adapted to it, with the sentence that showed it or what was missing. */
export function twistJudgement(state: SessionState, plan: Plan): TwistResult | null {
  const announced = state.announced;
  const twist = announced && plan.case?.twists.find((t) => t.id === announced.id);
  if (!announced || !twist) return null;
  const { lines, checked } = linesAfter(state, announced.step);
  const found = lines.length === 0 ? undefined : coverageOf(lines.join('\n'), [asTopic(twist)], { typed: true })[0];
  const evidence = found?.covered ? (found.evidence[0] ?? null) : null;
  const said = examples(twist);
  const would = said.length > 0 ? `; an adaptation would mention e.g. ${orList(said)}` : '';
  const missing =
    evidence !== null ? null : lines.length === 0 ? `nothing was typed after it${would}` : `nothing typed after it changed the design for it${would}`;
  return { id: twist.id, says: announced.says, step: announced.step, checked, adapted: evidence !== null, evidence, missing, answer: twist.answer };
}
