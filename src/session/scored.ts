// The verdict a step's end carries in the journal (`scored` in ./events.ts): made as the step's
// answer completes, and read back when a session is summarised, so a history rebuild does not run
// the coverage checker again over every journal it reads. Pure.
import type { Plan, PlannedStep, Topic } from '../content/model.js';
import { stepCoverage } from './engine.js';
import type { Scored, SessionEvent } from './events.js';
import { sessionFlags } from './flags.js';
import type { SessionState } from './state.js';
import type { FlagHit } from './summary.js';
import { depthOf } from './verdict.js';

/** A topic as a step's answer showed it: what summaries and the verdict read of the checker's finding. */
export interface TopicShown {
  topic: Pick<Topic, 'id' | 'title' | 'near'>;
  covered: boolean;
  evidence: readonly string[];
}

/** The verdicts a journal carries that still hold. */
export interface Scoring {
  /** Per step id, its topics as scored. */
  steps: ReadonlyMap<string, Scored>;
  /** The session's red flags, when scored after its last line. */
  flags: FlagHit[] | null;
}

/** The verdict on step `stepId` when its answer is complete in `state` (ended, or its follow-up answered). */
export function scoreStep(state: SessionState, plan: Plan, stepId: string): Scored | undefined {
  const step = state.steps.find((s) => s.id === stepId);
  const planned = plan.steps.find((p) => p.id === stepId);
  if (!step || !planned) return undefined;
  const coverage = stepCoverage(planned, step);
  const depth: Record<string, string> = {};
  for (const c of coverage) {
    const sentence = c.covered ? c.evidence.find((e) => depthOf(e) !== null) : undefined;
    if (sentence !== undefined) depth[c.topic.id] = sentence;
  }
  return {
    covered: coverage.filter((c) => c.covered).map((c) => c.topic.id),
    missed: coverage.filter((c) => !c.covered).map((c) => c.topic.id),
    ...(Object.keys(depth).length > 0 ? { depth } : {}),
    flags: sessionFlags(state, plan),
  };
}

/**
 * The verdicts of a journal that still hold: a step's unless something its coverage reads (a line, a
 * correction, a question, a follow-up's answer) came after it; the flags unless a line came after them.
 */
export function scoringOf(events: readonly SessionEvent[]): Scoring {
  const steps = new Map<string, Scored>();
  let flags: FlagHit[] | null = null;
  for (const event of events) {
    switch (event.type) {
      case 'step-ended':
      case 'follow-up':
        if (event.scored) {
          steps.set(event.step, event.scored);
          flags = event.scored.flags;
        } else steps.delete(event.step);
        break;
      case 'line':
      case 'amended':
        steps.delete(event.step);
        flags = null;
        break;
      case 'question':
        steps.delete(event.step);
        break;
      default:
    }
  }
  return { steps, flags };
}

/**
 * A step's topics as scored, in the plan's order, titled from it (a topic the content no longer has
 * keeps its id); the evidence is the sentence that showed depth, the only one the verdict reads.
 */
export function topicsShown(planned: PlannedStep, scored: Scored): TopicShown[] {
  const covered = new Set(scored.covered);
  const shown = (topic: TopicShown['topic']): TopicShown => {
    const depth = scored.depth?.[topic.id];
    return { topic, covered: covered.has(topic.id), evidence: depth === undefined ? [] : [depth] };
  };
  const listed = new Set([...scored.covered, ...scored.missed]);
  const result: TopicShown[] = [];
  for (const topic of planned.topics) {
    if (listed.delete(topic.id)) result.push(shown(topic));
  }
  for (const id of listed) result.push(shown({ id, title: id }));
  return result;
}
