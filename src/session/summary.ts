// What export, history, stats and next read about one session: derived from its
// journal by the engine (replay + coverage), never stored as the source of truth.
import type { Instant, Mode } from './events.js';

export interface StepSummary {
  id: string;
  title: string;
  /** The time box, in ms. */
  boxMs: number;
  /** Clock time used in the step (pauses and dead time excluded), in ms. */
  usedMs: number;
  /** max(0, usedMs - boxMs). */
  overtimeMs: number;
  /** How the step ended; null when it has not (unfinished session, or not reached). */
  ended: 'done' | 'skip' | 'timeout' | null;
  /** Topic ids required in the step, covered and missed (catalogue and case topics). */
  covered: string[];
  missed: string[];
  hints: number;
}

export interface SessionSummary {
  id: string;
  caseId: string;
  frameworkId: string;
  mode: Mode;
  strict: boolean;
  startedAt: Instant;
  finished: boolean;
  /** Total clock time used over all steps, in ms. */
  usedMs: number;
  /** Overall score 0–100 (formula in the README), null for a session with no step ended. */
  score: number | null;
  steps: StepSummary[];
}
