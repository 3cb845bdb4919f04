// A small generator of realistic session journals for progress tests: each step
// started, its lines typed over the time it used, questions and hints, ended.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EndReason, Mode, SessionEvent } from '../../src/session/events.js';

export interface ScriptedStep {
  id: string;
  lines?: string[];
  /** Seconds the step used. */
  seconds?: number;
  ended?: EndReason | null;
  hints?: { topic: string; text: string }[];
  questions?: { text: string; reply: string }[];
  followUp?: { topic: string; question: string; answer: string };
}

export interface ScriptedSession {
  id: string;
  caseId?: string;
  frameworkId?: string;
  mode?: Mode;
  /** Epoch ms. */
  at: number;
  steps: ScriptedStep[];
  /** The steps the session runs; defaults to those scripted. */
  planned?: string[];
  /** Where it ran: 'answers' (the default) or 'terminal' (one that can be resumed). */
  source?: 'terminal' | 'answers';
  finished?: boolean;
  /** The box scale (--minutes, --pace); full length when absent. */
  pace?: number;
}

export function scriptedEvents(s: ScriptedSession): SessionEvent[] {
  let t = s.at;
  const events: SessionEvent[] = [
    {
      type: 'started',
      at: t,
      v: 1,
      sessionId: s.id,
      caseId: s.caseId ?? 'visual-search',
      frameworkId: s.frameworkId ?? 'mlsd-45',
      mode: s.mode ?? 'mock',
      strict: false,
      steps: s.planned ?? s.steps.map((x) => x.id),
      source: s.source ?? 'answers',
      ...(s.pace === undefined ? {} : { pace: s.pace }),
    },
  ];
  for (const step of s.steps) {
    const used = (step.seconds ?? 60) * 1000;
    const start = t;
    events.push({ type: 'step-started', at: start, step: step.id });
    const lines = step.lines ?? [];
    const extras = [...(step.hints ?? []), ...(step.questions ?? [])];
    const slots = lines.length + extras.length + 1;
    let k = 1;
    const tick = () => start + Math.floor((used * k++) / slots);
    for (const q of step.questions ?? []) events.push({ type: 'question', at: tick(), step: step.id, text: q.text, reply: q.reply, fact: null });
    for (const line of lines) events.push({ type: 'line', at: tick(), step: step.id, text: line });
    for (const h of step.hints ?? []) events.push({ type: 'hint', at: tick(), step: step.id, topic: h.topic, level: 1, text: h.text });
    t = start + used;
    const ended = step.ended === undefined ? 'done' : step.ended;
    if (ended) events.push({ type: 'step-ended', at: t, step: step.id, reason: ended });
    if (step.followUp) events.push({ type: 'follow-up', at: t, step: step.id, ...step.followUp });
  }
  if (s.finished ?? true) events.push({ type: 'finished', at: t });
  return events;
}

export const journalText = (events: readonly SessionEvent[]): string => events.map((e) => `${JSON.stringify(e)}\n`).join('');

/** Writes the session's journal where the store keeps it: `<home>/data/sessions/<id>.jsonl`. */
export function writeJournal(home: string, s: ScriptedSession): string {
  const dir = join(home, 'data', 'sessions');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${s.id}.jsonl`);
  writeFileSync(file, journalText(scriptedEvents(s)));
  return file;
}
