// One saved session as the transcript and the JSON export show it: the summary
// (time, coverage, score) beside what was typed, asked and hinted in each step.
// Pure: built from the replayed state, the engine's summary and the content plan.
import type { Plan } from '../content/model.js';
import { referencePhases } from '../content/model.js';
import { phaseTitle } from '../content/plan.js';
import { stepCoverage, viaFollowUp } from '../session/engine.js';
import type { SessionEvent } from '../session/events.js';
import { linesOf, replay, type Entry, type FollowUpEntry } from '../session/state.js';
import type { SessionSummary, StepSummary } from '../session/summary.js';

export interface TopicView {
  id: string;
  title: string;
  covered: boolean;
  /** The sentences that showed the topic, as typed. */
  evidence: string[];
  /** For a missed topic: the first hint, if the content has one. */
  hint: string | null;
  /** Where it was covered when not in the step's answer: in the answer to the interviewer's follow-up. */
  via?: 'follow-up';
}

/** What happened in a step, in order: runs of typed lines, and the questions and hints between them. */
export type Moment =
  | { kind: 'lines'; lines: string[] }
  | { kind: 'question'; text: string; reply: string }
  /** `title`: the topic's title (its id when the content no longer has it). */
  | { kind: 'hint'; title: string; level: number; text: string }
  /** The interviewer's requirement change, announced mid-step. */
  | { kind: 'twist'; says: string };

export interface StepView {
  summary: StepSummary;
  /** The answer as typed (as corrected, when /edit or /undo changed it): its lines, in order. */
  answer: string[];
  /** The step as it went: the answer with each question and hint where it came. */
  moments: Moment[];
  /** Lines corrected (/edit) or withdrawn (/undo); the journal keeps them as first typed. */
  corrections: number;
  topics: TopicView[];
  followUp: FollowUpEntry | null;
}

export interface SessionView {
  summary: SessionSummary;
  caseTitle: string;
  question: string | null;
  steps: StepView[];
  /** The case's reference outline, phase by phase; empty when the case has none. */
  reference: { title: string; bullets: string[] }[];
  events: readonly SessionEvent[];
}

/** The topics in the order the framework lists them; any the plan no longer has, after. */
function inPlanOrder(ids: string[], order: string[]): string[] {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...ids].sort((a, b) => rank(a) - rank(b));
}

function momentsOf(entries: readonly Entry[], titleOf: (topic: string) => string): Moment[] {
  const moments: Moment[] = [];
  for (const e of entries) {
    const last = moments.at(-1);
    if (e.kind === 'line' && last?.kind === 'lines') last.lines.push(e.text);
    else if (e.kind === 'line') moments.push({ kind: 'lines', lines: [e.text] });
    else if (e.kind === 'question') moments.push({ kind: 'question', text: e.text, reply: e.reply });
    else if (e.kind === 'hint') moments.push({ kind: 'hint', title: titleOf(e.topic), level: e.level, text: e.text });
    else moments.push({ kind: 'twist', says: e.says });
  }
  return moments;
}

/** `plan` may be null when the case or framework is gone from the content: ids then stand in for titles. */
export function sessionView(events: readonly SessionEvent[], summary: SessionSummary, plan: Plan | null): SessionView {
  const state = replay(events);
  const steps = summary.steps.map((stepSummary): StepView => {
    const step = state.steps.find((s) => s.id === stepSummary.id);
    const planned = plan?.steps.find((s) => s.id === stepSummary.id);
    const answer = step ? linesOf(step) : [];
    const found = new Map((planned ? stepCoverage(planned, step) : []).map((c) => [c.topic.id, c]));
    const topic = (id: string, covered: boolean): TopicView => {
      const c = found.get(id);
      return {
        id,
        title: c?.topic.title ?? id,
        covered,
        evidence: covered ? (c?.evidence ?? []) : [],
        hint: covered ? null : (c?.topic.hints[0] ?? null),
        ...(covered && c?.cue === viaFollowUp ? { via: viaFollowUp } : {}),
      };
    };
    return {
      summary: stepSummary,
      answer,
      topics: inPlanOrder([...stepSummary.covered, ...stepSummary.missed], planned?.topics.map((t) => t.id) ?? []).map((id) =>
        topic(id, stepSummary.covered.includes(id)),
      ),
      corrections: events.filter((e) => e.type === 'amended' && e.step === stepSummary.id).length,
      moments: momentsOf(step?.entries ?? [], (id) => planned?.topics.find((t) => t.id === id)?.title ?? id),
      followUp: step?.followUp ?? null,
    };
  });
  const kase = plan?.case;
  return {
    summary,
    caseTitle: kase?.title ?? summary.caseId,
    question: kase?.question ?? null,
    steps,
    reference: referencePhases
      .map((phase) => ({ title: phaseTitle(plan?.framework ?? { steps: [] }, phase), bullets: kase?.reference[phase] ?? [] }))
      .filter((r) => r.bullets.length > 0),
    events,
  };
}
