// A framework made concrete for a case: the steps with every topic each requires. Pure.
import type { Case, Catalogue, CatalogueFlag, Framework, Plan, PlannedFlag, PlannedStep, Topic } from './model.js';
import { referencePhases } from './model.js';
import type { Cues, Phase } from './schemas.js';

/**
 * A framework's steps made concrete for a case: each case topic joins the step that holds its `near`
 * topic, else the step of that topic's home phase; a topic with neither is left in `unplaced`.
 */
export function planFor(framework: Framework, catalogue: Catalogue, kase?: Case): Plan {
  const tagged = (kase?.facts ?? []).flatMap((f) => (f.topics ? [[f.id, f.topics] as const] : []));
  const factTopics = tagged.length > 0 ? { factTopics: new Map(tagged) } : {};
  const steps: PlannedStep[] = framework.steps.map((step, i) => ({
    id: step.id,
    title: step.title,
    minutes: step.minutes,
    startMinute: framework.steps.slice(0, i).reduce((sum, before) => sum + before.minutes, 0),
    ...(step.goal === undefined ? {} : { goal: step.goal }),
    ...(step.phase === undefined ? {} : { phase: step.phase }),
    questions: step.questions,
    ...factTopics,
    // A catalogue topic the case marks not applicable is not required (the scorecard says why).
    topics: step.topicIds
      .filter((id) => kase?.notApplicable[id] === undefined)
      .map((id) => catalogue.topics.get(id))
      .filter((t): t is Topic => t !== undefined),
  }));
  const notRequired = framework.steps
    .flatMap((s) => s.topicIds)
    .filter((id) => kase?.notApplicable[id] !== undefined)
    .map((id) => catalogue.topics.get(id))
    .filter((t): t is Topic => t !== undefined);
  const unplaced: Topic[] = [];
  for (const topic of kase?.topics ?? []) {
    const home = homeStep(steps, topic, catalogue);
    if (home) home.topics.push(topic);
    else unplaced.push(topic);
  }
  return { framework, ...(kase ? { case: kase } : {}), steps, ...(unplaced.length > 0 ? { unplaced } : {}), ...(notRequired.length > 0 ? { notRequired } : {}), ...(catalogue.vocabulary ? { vocabulary: catalogue.vocabulary } : {}), flags: plannedFlags(framework, catalogue, kase) };
}

/**
 * The topics the facts of a reply put on the table, when the case says for each of them; nothing when one is untagged
 * (a case of a user's own), so that the reply is judged by its words.
 */
export function topicsPut(facts: readonly string[], factTopics: ReadonlyMap<string, readonly string[]> | undefined): { topics?: string[] } {
  const put = facts.map((f) => factTopics?.get(f));
  return facts.length > 0 && put.every((t) => t !== undefined) ? { topics: put.flat() } : {};
}

/** The step holding the topic's `near` topic; else the first step of the phase `near` belongs to. */
function homeStep(steps: PlannedStep[], topic: Topic, catalogue: Catalogue): PlannedStep | undefined {
  const near = steps.find((s) => s.topics.some((t) => t.id === topic.near));
  if (near) return near;
  const phase = topic.near === undefined ? undefined : catalogue.homePhases?.get(topic.near);
  if (!phase) return undefined;
  return steps.find((s) => s.phase === phase) ?? steps.find((s) => s.phase === undefined && s.id === phase);
}

/** Each topic's phase in a framework that declares phases (the default one): where a case topic near it belongs. */
export function homePhases(framework: Pick<Framework, 'steps'>): Map<string, Phase> {
  const out = new Map<string, Phase>();
  for (const step of framework.steps) {
    for (const id of step.topicIds) if (step.phase && !out.has(id)) out.set(id, step.phase);
  }
  return out;
}

/** Why a plan cannot be followed: the case topics its framework has no step for, one line per missing phase. */
export function unplacedProblems(plan: Pick<Plan, 'framework' | 'case' | 'unplaced'>, catalogue: Catalogue): string[] {
  const byPhase = new Map<Phase | undefined, Topic[]>();
  for (const topic of plan.unplaced ?? []) {
    const phase = topic.near === undefined ? undefined : catalogue.homePhases?.get(topic.near);
    byPhase.set(phase, [...(byPhase.get(phase) ?? []), topic]);
  }
  return [...byPhase].map(([phase, topics]) => {
    const what = `case ${plan.case?.id ?? '?'} topic${topics.length > 1 ? 's' : ''} ${topics.map((t) => `${t.id} (near ${t.near ?? '?'})`).join(', ')}`;
    const fix = phase ? `give a step \`phase: ${phase}\`` : 'add the topics they sit near to a step';
    return `framework "${plan.framework.id}" has no ${phase ? `${phase} ` : ''}step for ${what}: ${fix}`;
  });
}

/** The step ids of a framework that belong to a phase: those that say so, or the one named after it. */
export function stepsOfPhase(framework: Pick<Framework, 'steps'>, phase: Phase): string[] {
  const said = framework.steps.filter((s) => s.phase === phase).map((s) => s.id);
  return said.length > 0 ? said : framework.steps.filter((s) => s.id === phase && s.phase === undefined).map((s) => s.id);
}

/** Does a catalogue flag apply to this case? Flags tied to a case property need a case that declares it. */
function applies(flag: CatalogueFlag, kase: Case | undefined): boolean {
  const below = flag.when?.positiveRateBelow;
  if (below !== undefined && !(kase?.positiveRate !== undefined && kase.positiveRate < below)) return false;
  if (flag.when?.timeDependent !== undefined && (kase?.timeDependent ?? false) !== flag.when.timeDependent) return false;
  // A flag built on a topic the case marks not applicable (no baseline for a pure rule system) says nothing.
  const named = [...(flag.derived?.covered ?? []), ...(flag.derived?.missed ?? [])];
  return !named.some((id) => kase?.notApplicable[id] !== undefined);
}

/**
 * A topic's cues for a flag that it shows: its names count on their own. Naming a model ("XGBoost")
 * does not cover the architecture topic, which wants a reason beside it, but it is what the flag is about.
 */
function namedCues(topic: Topic | undefined): Cues {
  const { names, ...cues } = topic?.cues ?? {};
  return names ? { ...cues, phrases: [...(cues.phrases ?? []), ...names] } : cues;
}

function plannedFlags(framework: Framework, catalogue: Catalogue, kase: Case | undefined): PlannedFlag[] {
  const all = framework.steps.map((s) => s.id);
  const topics = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => catalogue.topics.get(id)).filter((t): t is Topic => t !== undefined);
  const stepsFor = (phase: Phase | undefined) => (phase && referencePhases.includes(phase) ? stepsOfPhase(framework, phase) : all);
  const fromCatalogue = catalogue.flags.filter((f) => applies(f, kase)).map(
    (f): PlannedFlag => ({
      id: f.id,
      title: f.title,
      why: f.why,
      instead: f.instead,
      source: 'catalogue',
      steps: stepsFor(f.phase),
      ...(f.cues ? { cues: f.cues } : f.shows ? { cues: namedCues(catalogue.topics.get(f.shows)) } : {}),
      before: topics(f.before),
      unlessCovered: topics(f.unlessCovered),
      ...(f.derived ? { derived: { covered: topics(f.derived.covered), missed: topics(f.derived.missed) } } : {}),
    }),
  );
  const fromCase = (kase?.pitfalls ?? []).flatMap((p): PlannedFlag[] =>
    p.cues
      ? [{ id: p.id, title: p.title, why: p.why ?? '', instead: p.instead ?? '', source: 'case', steps: stepsFor(p.phase), cues: p.cues, before: [], unlessCovered: [] }]
      : [],
  );
  return [...fromCase, ...fromCatalogue];
}

/**
 * What a framework calls a phase of the interview (the reference outline is kept by phase):
 * the title of its first step in that phase, or of the step named after it; else the phase id.
 */
export function phaseTitle(framework: Pick<Framework, 'steps'>, phase: Phase): string {
  const step = framework.steps.find((s) => s.phase === phase) ?? framework.steps.find((s) => s.id === phase);
  return step?.title ?? phase;
}
