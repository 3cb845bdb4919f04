// --answers FILE: a whole session from a YAML mapping of step id to answer text,
// through the same engine as the terminal, with no terminal.
import { unknownStepMessage } from '../content/ids.js';
import type { SessionRun } from './controller.js';

export type Answers = Record<string, string>;

/** Problems with an answers document, or the answers by step id. */
export function checkAnswers(doc: unknown, stepIds: readonly string[]): { ok: true; answers: Answers } | { ok: false; error: string } {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return { ok: false, error: `must be a mapping of step id to answer text (steps: ${stepIds.join(', ')})` };
  }
  const answers: Answers = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!stepIds.includes(key)) return { ok: false, error: unknownStepMessage('this framework', key, stepIds) };
    if (typeof value === 'string') answers[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) answers[key] = value.join('\n');
    else return { ok: false, error: `${key}: must be text (or a list of lines)` };
  }
  return { ok: true, answers };
}

/** Feeds each step its answer line by line (so `? questions` and `/hint` work as typed), ending unanswered steps as skipped. */
export function runAnswers(run: SessionRun, answers: Answers): void {
  for (let action = run.next(); action.kind === 'step'; action = run.next()) {
    if (!action.started) run.startStep(action.index);
    const id = run.state.steps[action.index]!.id;
    const text = answers[id];
    if (text === undefined || text.trim() === '') {
      run.endStep('skip');
      continue;
    }
    for (const line of text.split('\n')) {
      if (run.state.current !== action.index) break;
      run.input(line);
    }
    if (run.state.current === action.index) run.endStep('done');
  }
  run.finish();
}
