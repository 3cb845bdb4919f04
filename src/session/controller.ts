// A running session: the pure engine plus two injected effects, the journal
// append and the clock. Every event is appended (and synced, by the caller's
// `append`) before the state moves on; the terminal UI and the --answers runner
// both drive a session through this and nothing else.
import type { Plan } from '../content/model.js';
import { handleInput, stepCoverage, timeoutEvent, type Feedback } from './engine.js';
import type { EndReason, Instant, SessionEvent } from './events.js';
import { chooseFollowUp, probeFor, type FollowUp } from './interviewer.js';
import { scoreStep } from './scored.js';
import { apply, linesOf, replay, usedMsAt, type SessionState } from './state.js';
import { twistEvent } from './twist.js';

export interface SessionEffects {
  append(event: SessionEvent): void;
  now(): Instant;
}

/** What to do next with a session, derived from its state. */
export type NextAction =
  | { kind: 'step'; index: number; started: boolean }
  | { kind: 'follow-up'; index: number; followUp: FollowUp }
  | { kind: 'finish' }
  | { kind: 'finished' };

export function nextAction(state: SessionState, plan: Plan): NextAction {
  if (state.finished) return { kind: 'finished' };
  if (state.current !== null) return { kind: 'step', index: state.current, started: true };
  const lastEnded = state.steps.findLastIndex((s) => s.status === 'ended');
  const last = state.steps[lastEnded];
  if (last && state.mode === 'mock' && state.source === 'terminal' && last.followUp === null) {
    const followUp = followUpFor(state, plan, lastEnded);
    if (followUp) return { kind: 'follow-up', index: lastEnded, followUp };
  }
  const pending = state.steps.findIndex((s, i) => s.status === 'pending' && i > lastEnded);
  return pending >= 0 ? { kind: 'step', index: pending, started: false } : { kind: 'finish' };
}

export function followUpFor(state: SessionState, plan: Plan, index: number): FollowUp | null {
  const step = state.steps[index];
  const planned = step && plan.steps.find((p) => p.id === step.id);
  if (!step || !planned || step.ended === 'skip') return null;
  return chooseFollowUp(plan.case, planned, stepCoverage(planned, step));
}

export class SessionRun {
  #state: SessionState;

  constructor(
    readonly plan: Plan,
    events: readonly SessionEvent[],
    private readonly effects: SessionEffects,
  ) {
    this.#state = replay(events);
  }

  get state(): SessionState {
    return this.#state;
  }

  now(): Instant {
    return this.effects.now();
  }

  emit(event: SessionEvent): void {
    // The state does not keep a verdict, so the state after the event is the one the verdict is made from.
    const next = apply(this.#state, event);
    this.effects.append(this.#scored(event, next));
    this.#state = next;
  }

  /** A step's end, or the answer to its follow-up, carries the verdict on the step as its answer then stands (./scored.ts). */
  #scored(event: SessionEvent, after: SessionState): SessionEvent {
    if ((event.type !== 'step-ended' && event.type !== 'follow-up') || event.scored) return event;
    const scored = scoreStep(after, this.plan, event.step);
    return scored ? { ...event, scored } : event;
  }

  next(): NextAction {
    return nextAction(this.#state, this.plan);
  }

  /** Time used in the step at `index` now. */
  used(index: number): number {
    return usedMsAt(this.#state, index, this.effects.now());
  }

  reopen(): void {
    this.emit({ type: 'reopened', at: this.effects.now() });
  }

  startStep(index: number): void {
    const step = this.#state.steps[index];
    if (step) this.emit({ type: 'step-started', at: this.effects.now(), step: step.id });
  }

  /** One entered line; returns what to show. */
  input(text: string): Feedback | null {
    const outcome = handleInput(this.#state, this.plan, text, this.effects.now());
    outcome.events.forEach((e) => this.emit(e));
    return outcome.feedback;
  }

  /** True while the last line is being corrected in place (/edit at the terminal): a draft saved then corrects it. */
  editing = false;

  /** Keeps a half-typed line as a line of the answer, or as the correction of the last one (at a strict time box, or when the process is stopped). */
  saveDraft(text: string): void {
    const step = this.#state.current === null ? undefined : this.#state.steps[this.#state.current];
    const editing = this.editing;
    this.editing = false;
    if (!step || text.trim() === '') return;
    const last = linesOf(step).length - 1;
    if (editing && last >= 0) {
      this.emit({ type: 'amended', at: this.effects.now(), step: step.id, line: last, text: text.trim() });
    } else this.emit({ type: 'line', at: this.effects.now(), step: step.id, text: text.trim() });
  }

  pause(): void {
    if (this.#state.current !== null && !this.#state.paused) this.emit({ type: 'paused', at: this.effects.now() });
  }

  resume(): void {
    if (this.#state.paused) this.emit({ type: 'resumed', at: this.effects.now() });
  }

  /** With --strict: ends the step when its box is reached. True when it did. */
  tick(): boolean {
    const event = timeoutEvent(this.#state, this.plan, this.effects.now());
    if (event) this.emit(event);
    return event !== null;
  }

  /** Announces the session's requirement change when it is due; returns what the interviewer says, or null. */
  announceTwist(): string | null {
    const event = twistEvent(this.#state, this.plan, this.effects.now());
    if (event?.type !== 'twist') return null;
    this.emit(event);
    return event.says;
  }

  /** An answers file's `twist:` entry: the case's twist `id` announced now, in the running step. */
  scriptTwist(id: string): void {
    const step = this.#state.current === null ? undefined : this.#state.steps[this.#state.current];
    const twist = this.plan.case?.twists.find((t) => t.id === id);
    if (step && twist && !this.#state.announced) this.emit({ type: 'twist', at: this.effects.now(), step: step.id, id, says: twist.says });
  }

  endStep(reason: EndReason): void {
    const index = this.#state.current;
    const step = index === null ? undefined : this.#state.steps[index];
    if (step) this.emit({ type: 'step-ended', at: this.effects.now(), step: step.id, reason });
  }

  /** The probe to ask after this answer to the follow-up, or null when the answer made its point or the candidate passed (no answer). */
  probe(index: number, followUp: FollowUp, answer: string): string | null {
    if (answer.trim() === '') return null;
    const step = this.#state.steps[index];
    const planned = step && this.plan.steps.find((p) => p.id === step.id);
    return planned ? probeFor(this.plan.case, planned, followUp, answer) : null;
  }

  answerFollowUp(index: number, followUp: FollowUp, answer: string, probe?: { question: string; answer: string }): void {
    const step = this.#state.steps[index];
    const probed = probe ? { probe: probe.question, probeAnswer: probe.answer } : {};
    if (step) this.emit({ type: 'follow-up', at: this.effects.now(), step: step.id, ...followUp, answer, ...probed });
  }

  /** Keeps what was typed of the follow-up (and of its probe) when the process stops; nothing typed, nothing kept. */
  saveFollowUpDraft(index: number, followUp: FollowUp, answer: string, probe?: { question: string; answer: string }): void {
    const step = this.#state.steps[index];
    if (!step || step.followUp || (answer.trim() === '' && !probe)) return;
    const probed = probe ? { probe: probe.question, probeAnswer: probe.answer } : {};
    this.emit({ type: 'follow-up-draft', at: this.effects.now(), step: step.id, ...followUp, answer, ...probed });
  }

  suspend(reason: string): void {
    if (!this.#state.finished) this.emit({ type: 'suspended', at: this.effects.now(), reason });
  }

  finish(): void {
    if (!this.#state.finished) this.emit({ type: 'finished', at: this.effects.now() });
  }
}
