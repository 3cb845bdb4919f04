// A framework made concrete for a case: the steps with every topic each requires. Pure.
import type { Case, Catalogue, Framework, Plan, PlannedStep, Topic } from './model.js';
import type { Phase } from './schemas.js';

/** A framework's steps made concrete for a case: each case topic joins the step that holds its `near` topic. */
export function planFor(framework: Framework, catalogue: Catalogue, kase?: Case): Plan {
  const steps: PlannedStep[] = framework.steps.map((step) => ({
    id: step.id,
    title: step.title,
    minutes: step.minutes,
    ...(step.goal === undefined ? {} : { goal: step.goal }),
    ...(step.phase === undefined ? {} : { phase: step.phase }),
    questions: step.questions,
    topics: step.topicIds.map((id) => catalogue.topics.get(id)).filter((t): t is Topic => t !== undefined),
  }));
  for (const topic of kase?.topics ?? []) {
    const home = steps.find((s) => s.topics.some((t) => t.id === topic.near)) ?? steps.at(-1);
    home?.topics.push(topic);
  }
  return { framework, ...(kase ? { case: kase } : {}), steps, ...(catalogue.vocabulary ? { vocabulary: catalogue.vocabulary } : {}) };
}

/**
 * What a framework calls a phase of the interview (the reference outline is kept by phase):
 * the title of its first step in that phase, or of the step named after it; else the phase id.
 */
export function phaseTitle(framework: Pick<Framework, 'steps'>, phase: Phase): string {
  const step = framework.steps.find((s) => s.phase === phase) ?? framework.steps.find((s) => s.id === phase);
  return step?.title ?? phase;
}
