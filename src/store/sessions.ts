// Opening a session for a run: its journal on disk (locked to this process), and a
// SessionRun on the given plan whose every event is appended (and fsynced) to that journal.
import { rmSync } from 'node:fs';
import type { Plan } from '../content/model.js';
import { unknownStepMessage } from '../content/ids.js';
import { UserError } from '../errors.js';
import { SessionRun } from '../session/controller.js';
import type { Mode, SessionEvent, Source } from '../session/events.js';
import { chooseTwist, type TwistRequest } from '../session/twist.js';
import { appendEvent, closeJournal, createJournal, type Journal } from './journal.js';
import { sessionIdBase } from './session-files.js';
import { lockSession } from './lock.js';
import type { MlsdPaths } from './paths.js';

export interface OpenSession {
  run: SessionRun;
  journal: Journal;
  /** Warnings from reading an existing journal (a torn last line). */
  warnings: string[];
}

export interface NewSession {
  mode: Mode;
  strict: boolean;
  step?: string;
  source: Source;
  /** --twist [ID] / --no-twist; unsaid, mock mode announces one requirement change. */
  twist?: TwistRequest;
  /** Every time box multiplied by this (session/pace.ts); unsaid, 1. */
  pace?: number;
}

/** The plan a saved session runs on, from the content as it is now (a user error when it no longer loads). */
export type PlanLoader = (frameworkId: string, caseId: string) => Plan;

export const clock = (): number => Date.now();

/** A new session: validates the choice, writes its `started` event. */
/** The steps a session will run: all, or the one asked for (a user error naming the closest when there is none). */
export function stepsToRun(plan: Plan, step: string | undefined): string[] {
  const steps = plan.steps.map((s) => s.id);
  if (step === undefined) return steps;
  if (!steps.includes(step)) throw new UserError(unknownStepMessage(plan.framework.id, step, steps));
  return [step];
}

export function startSession(paths: MlsdPaths, plan: Plan, options: NewSession, now = clock): OpenSession {
  const steps = stepsToRun(plan, options.step);
  // An unknown --twist is said before anything is written; the choice itself hashes the session id.
  chooseTwist(plan, steps, '', options.mode, options.twist);
  const at = now();
  const journal = createJournal(paths, sessionIdBase(at, plan.case?.id ?? 'session'));
  const { id } = journal;
  const twist = chooseTwist(plan, steps, id, options.mode, options.twist);
  const started: SessionEvent = {
    type: 'started',
    at,
    v: 1,
    sessionId: id,
    caseId: plan.case?.id ?? '',
    frameworkId: plan.framework.id,
    mode: options.mode,
    strict: options.strict,
    steps,
    source: options.source,
    ...(twist ? { twist } : {}),
    ...(options.pace === undefined || options.pace === 1 ? {} : { pace: options.pace }),
  };
  try {
    journal.lock = lockSession(paths, id);
    appendEvent(journal, started);
  } catch (error) {
    // Nothing was kept: leave no empty journal behind (it would be a damaged session in history).
    closeJournal(journal);
    rmSync(journal.path, { force: true });
    throw error;
  }
  const run = new SessionRun(plan, [started], { append: (e) => appendEvent(journal, e), now });
  return { run, journal, warnings: [] };
}
