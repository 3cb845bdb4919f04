// Red flags: what an interviewer marks down, found in what the candidate typed. Pure.
//
// A flag is judged as a pseudo-topic by the coverage checker, so it honours the same dismissals
// ("accuracy would mislead here, so…" does not fire). Catalogue flags may also depend on the rest
// of the answer: quiet when a topic is covered anywhere (`unlessCovered`), only before a step covers
// a requirement (`before`), or read from coverage alone (`derived`: a model and no baseline).
import type { Plan, PlannedFlag, Topic } from '../content/model.js';
import { coverageOf, type CheckOptions, type TopicCoverage } from '../coverage/index.js';
import { linesOf, type SessionState, type StepState } from './state.js';
import type { FlagHit } from './summary.js';

export type { FlagHit } from './summary.js';

/** The text of each step's answer, in the order of the session. */
export interface StepText {
  step: string;
  text: string;
}

// One pseudo-topic per flag, kept: the checker caches its indexes by topic identity.
const topics = new WeakMap<PlannedFlag, Topic>();
function asTopic(flag: PlannedFlag): Topic {
  let topic = topics.get(flag);
  if (!topic) topics.set(flag, (topic = { id: `flag:${flag.id}`, title: flag.title, covers: flag.title, hints: [], cues: flag.cues ?? {}, file: '' }));
  return topic;
}

const hit = (flag: PlannedFlag, step: string, evidence: string): FlagHit => ({
  id: flag.id,
  title: flag.title,
  why: flag.why,
  instead: flag.instead,
  source: flag.source,
  step,
  evidence,
});

/** Every red flag the answers show, at most once per flag, in session order. */
export function redFlags(flags: readonly PlannedFlag[], answers: readonly StepText[], options: CheckOptions = {}): FlagHit[] {
  const whole = answers.map((a) => a.text).join('\n');
  const anywhere = wholeCoverage(flags, whole, options);
  const coveredAnywhere = (topic: Topic) => anywhere.get(topic.id)?.covered === true;
  const hits: FlagHit[] = [];
  const cued = flags.filter((f) => f.cues && !f.derived && !f.unlessCovered.some(coveredAnywhere));
  for (const { step, text } of answers) {
    const here = cued.filter((f) => f.steps.includes(step) && !hits.some((h) => h.id === f.id));
    if (here.length === 0 || text.trim() === '') continue;
    // All of a step's flags in one pass of the checker.
    coverageOf(text, here.map(asTopic), options).forEach((shown, i) => {
      const flag = here[i]!;
      const evidence = shown.evidence.find((sentence) => flag.before.length === 0 || saidBefore(sentence, text, flag.before, options));
      if (evidence !== undefined) hits.push(hit(flag, step, evidence));
    });
  }
  for (const flag of flags) {
    if (!flag.derived || flag.unlessCovered.some(coveredAnywhere)) continue;
    const found = derivedHit(flag, answers, anywhere);
    if (found) hits.push(found);
  }
  return withoutRepeats(hits).sort((a, b) => order(answers, a) - order(answers, b));
}

/** A case pitfall and a catalogue flag on the same sentence say one thing: the case's words are the more specific. */
function withoutRepeats(hits: FlagHit[]): FlagHit[] {
  return hits.filter((h) => h.source === 'case' || !hits.some((o) => o.source === 'case' && o.step === h.step && o.evidence === h.evidence));
}

const order = (answers: readonly StepText[], h: FlagHit): number => {
  const i = answers.findIndex((a) => a.step === h.step);
  return i * 1e7 + Math.max(0, answers[i]?.text.indexOf(h.evidence) ?? 0);
};

/**
 * Coverage of the whole answer for every topic a flag depends on, in one pass of the checker: a
 * history rebuild summarises thousands of sessions, and a pass per topic was most of its time.
 */
function wholeCoverage(flags: readonly PlannedFlag[], whole: string, options: CheckOptions): Map<string, TopicCoverage> {
  const topics = new Map<string, Topic>();
  for (const flag of flags) {
    for (const topic of [...flag.unlessCovered, ...(flag.derived?.covered ?? []), ...(flag.derived?.missed ?? [])]) topics.set(topic.id, topic);
  }
  const results = topics.size === 0 ? [] : coverageOf(whole, [...topics.values()], options);
  return new Map(results.map((r) => [r.topic.id, r]));
}

/** The sentence comes before the first one in the step that covers any of `topics` (or none does). */
function saidBefore(sentence: string, text: string, topics: readonly Topic[], options: CheckOptions): boolean {
  const at = text.indexOf(sentence);
  const firsts = coverageOf(text, topics, options).flatMap((c) => c.evidence.slice(0, 1).map((e) => text.indexOf(e)));
  return firsts.every((first) => first < 0 || at < first);
}

/** Read from coverage: every `covered` topic shown somewhere, no `missed` topic anywhere; the first one's sentence is the evidence. */
function derivedHit(flag: PlannedFlag, answers: readonly StepText[], anywhere: ReadonlyMap<string, TopicCoverage>): FlagHit | null {
  const { covered, missed } = flag.derived!;
  if (!covered.every((t) => anywhere.get(t.id)?.covered)) return null;
  if (missed.some((t) => anywhere.get(t.id)?.covered)) return null;
  const evidence = covered[0] === undefined ? undefined : anywhere.get(covered[0].id)?.evidence[0];
  if (evidence === undefined) return null;
  const step = answers.find((a) => a.text.includes(evidence))?.step ?? answers[0]?.step ?? '';
  return hit(flag, step, evidence);
}

/** The red flags of what was typed so far, step by step (skipped and unreached steps say nothing). */
export function sessionFlags(state: SessionState, plan: Plan): FlagHit[] {
  // A step's end scores the flags for the journal and then shows them from the same steps: look once.
  const known = flagged.get(state.steps);
  if (known?.plan === plan) return known.flags;
  const answers = state.steps.map((step) => ({ step: step.id, text: linesOf(step).join('\n') })).filter((a) => a.text.trim() !== '');
  const flags = redFlags(plan.flags ?? [], answers, { typed: true });
  flagged.set(state.steps, { plan, flags });
  return flags;
}

/** The last flags per list of steps: a state's steps are replaced, never changed, once the state is made. */
const flagged = new WeakMap<readonly StepState[], { plan: Plan; flags: FlagHit[] }>();
