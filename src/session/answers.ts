// --answers FILE: a whole session from a YAML mapping of step id to answer text,
// through the same engine as the terminal, with no terminal. A list of lines may hold
// one `twist: ID` item: the interviewer announces that requirement change there, and
// the lines after it are the adaptation. In mock mode the file may also answer the
// interviewer's follow-up after a step (`followups:`, step id → text) and the second-level
// probe asked when that answer misses its point (`probes:`).
import { unknownStepMessage } from '../content/ids.js';
import { followUpFor, type SessionRun } from './controller.js';
import type { Mode } from './events.js';
import { unknownTwistMessage } from './twist.js';

export type Answers = Record<string, string>;

/** Where an answers file announces a requirement change: before line `before` (0-based) of step `step`'s answer. */
export interface ScriptedTwist {
  id: string;
  step: string;
  before: number;
}

/** The case's requirement changes an answers file may name, and the session's mode (follow-ups are mock's). */
export interface ScriptContext {
  caseId: string;
  twists: readonly string[];
  mode?: Mode;
}

/** Step id → the answer to the follow-up after it, and to the probe after that. */
export interface FollowUpAnswers {
  followups: Answers;
  probes: Answers;
}

/** The sections beside the steps, unless the framework has a step of that name. */
const sections = ['followups', 'probes'] as const;

type Checked = { ok: true; answers: Answers; twist?: ScriptedTwist; followUps: FollowUpAnswers } | { ok: false; error: string };

const isTwistItem = (value: unknown): value is { twist: unknown } =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && 'twist' in value;

/** Problems with an answers document, or the answers by step id (and the scripted twist, if any). */
export function checkAnswers(doc: unknown, stepIds: readonly string[], context: ScriptContext = { caseId: '', twists: [] }): Checked {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return { ok: false, error: `must be a mapping of step id to answer text (steps: ${stepIds.join(', ')})` };
  }
  const isSection = (key: string) => (sections as readonly string[]).includes(key) && !stepIds.includes(key);
  const followUps: FollowUpAnswers = { followups: {}, probes: {} };
  for (const section of sections) {
    const value = (doc as Record<string, unknown>)[section];
    if (value === undefined || !isSection(section)) continue;
    if ((context.mode ?? 'mock') !== 'mock') return { ok: false, error: `${section}: the interviewer asks follow-ups only in mock mode (--mode mock)` };
    const texts = textsByStep(value, stepIds, `${section}: `);
    if (!texts.ok) return texts;
    followUps[section] = texts.value;
  }
  const answers: Answers = {};
  let twist: ScriptedTwist | undefined;
  for (const [key, value] of Object.entries(doc).filter(([k]) => !isSection(k))) {
    if (!stepIds.includes(key)) return { ok: false, error: unknownStepMessage('this framework', key, stepIds) };
    if (typeof value === 'string') {
      answers[key] = value;
      continue;
    }
    if (!Array.isArray(value)) return { ok: false, error: `${key}: must be text (or a list of lines)` };
    const lines: string[] = [];
    for (const [i, item] of value.entries()) {
      if (typeof item === 'string') {
        lines.push(...item.split('\n'));
        continue;
      }
      if (!isTwistItem(item)) return { ok: false, error: `${key}[${i}]: must be a line of text or "twist: ID" (a requirement change of the case)` };
      if (typeof item.twist !== 'string' || !context.twists.includes(item.twist)) {
        return { ok: false, error: `${key}[${i}]: ${unknownTwistMessage(context.caseId, String(item.twist), context.twists)}` };
      }
      if (twist) return { ok: false, error: `${key}[${i}]: one requirement change per session (twist "${twist.id}" is already in ${twist.step})` };
      twist = { id: item.twist, step: key, before: lines.length };
    }
    answers[key] = lines.join('\n');
  }
  return { ok: true, answers, ...(twist ? { twist } : {}), followUps };
}

/** A follow-up section: a mapping of step id to text (or a list of lines). */
function textsByStep(doc: unknown, stepIds: readonly string[], where: string): { ok: true; value: Answers } | { ok: false; error: string } {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return { ok: false, error: `${where}must be a mapping of step id to answer text (steps: ${stepIds.join(', ')})` };
  }
  const texts: Answers = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!stepIds.includes(key)) return { ok: false, error: `${where}${unknownStepMessage('this framework', key, stepIds)}` };
    if (typeof value === 'string') texts[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) texts[key] = value.join('\n');
    else return { ok: false, error: `${where}${key}: must be text (or a list of lines)` };
  }
  return { ok: true, value: texts };
}

const noFollowUpAnswers: FollowUpAnswers = { followups: {}, probes: {} };

/** Feeds each step its answer line by line (so `? questions` and `/hint` work as typed), ending unanswered steps as skipped. */
export function runAnswers(run: SessionRun, answers: Answers, twist?: ScriptedTwist, followUps: FollowUpAnswers = noFollowUpAnswers): void {
  for (let action = run.next(); action.kind === 'step'; action = run.next()) {
    if (!action.started) run.startStep(action.index);
    const id = run.state.steps[action.index]!.id;
    const text = answers[id];
    const scripted = twist?.step === id ? twist : undefined;
    if ((text === undefined || text.trim() === '') && !scripted) {
      run.endStep('skip');
      continue;
    }
    for (const [n, line] of (text ?? '').split('\n').entries()) {
      if (run.state.current !== action.index) break;
      if (scripted?.before === n) run.scriptTwist(scripted.id);
      run.input(line);
    }
    if (scripted && run.state.current === action.index) run.scriptTwist(scripted.id); // a twist after the last line
    if (run.state.current === action.index) run.endStep('done');
    answerFollowUp(run, action.index, followUps);
  }
  run.finish();
}

/** The follow-up the interviewer asks after the step, answered from the file when it answers one. */
function answerFollowUp(run: SessionRun, index: number, answers: FollowUpAnswers): void {
  const id = run.state.steps[index]!.id;
  const answer = answers.followups[id];
  if (answer === undefined || run.state.mode !== 'mock') return;
  const followUp = followUpFor(run.state, run.plan, index);
  if (!followUp) return;
  const probe = run.probe(index, followUp, answer);
  if (probe === null) run.answerFollowUp(index, followUp, answer);
  else run.answerFollowUp(index, followUp, answer, { question: probe, answer: answers.probes[id] ?? '' });
}
