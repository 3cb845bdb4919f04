// Pass three, second half: references between files and within one, checked
// after the schema (unknown topics, ids used twice, a follow-up on a topic marked
// not applicable), each problem at a path into the document.
import { formatPath, type Diagnostic } from './diagnostics.js';
import { closest } from './ids.js';
import type { Case, Catalogue, Framework } from './model.js';
import type { Locate } from './read.js';

/** A problem found after the schema check, at a path into the document. */
export interface Problem {
  at: (string | number)[];
  message: string;
}

/** "; did you mean x?" when a known id is close to the one written (any letter case), else nothing. */
export function didYouMean(wanted: string, known: Iterable<string>): string {
  const near = closest(wanted, known);
  return near.length > 0 ? `; did you mean ${near.join(', ')}?` : '';
}

/** Problems placed at their line and column in the file. */
export function located(file: string, locate: Locate, problems: Problem[]): Diagnostic[] {
  return problems.map((p) => ({ file, ...locate(p.at), path: formatPath(p.at), message: p.message }));
}

export function frameworkProblems(framework: Framework, catalogue: Catalogue): Problem[] {
  const out: Problem[] = [];
  const at = (path: (string | number)[], message: string): Problem => ({ at: path, message });
  const seenSteps = new Set<string>();
  const seenTopics = new Map<string, string>();
  framework.steps.forEach((step, i) => {
    if (seenSteps.has(step.id)) out.push(at(['steps', i, 'id'], `step id "${step.id}" is used twice`));
    seenSteps.add(step.id);
    step.topicIds.forEach((topic, j) => {
      if (!catalogue.topics.has(topic)) {
        out.push(at(['steps', i, 'topics', j], `unknown topic "${topic}"${didYouMean(topic, catalogue.topics.keys())} (not in ${catalogue.files.join(', ') || 'any catalogue'})`));
      }
      const other = seenTopics.get(topic);
      if (other) out.push(at(['steps', i, 'topics', j], `topic "${topic}" is already required in step "${other}"`));
      seenTopics.set(topic, step.id);
    });
  });
  return out;
}

/**
 * `questions: false`, `asks: false`: the labelled questions, or the facts' ways of asking, were checked already (by
 * the build, ./snapshot-build.ts); the questions are then left unread.
 */
export function caseProblems(kase: Case, catalogue: Catalogue, { questions = true, asks = true } = {}): Problem[] {
  const out: Problem[] = [];
  const at = (path: (string | number)[], message: string): Problem => ({ at: path, message });
  const own = new Set<string>();
  kase.topics.forEach((topic, i) => {
    if (catalogue.topics.has(topic.id)) out.push(at(['topics', i, 'id'], `"${topic.id}" is already a catalogue topic; pick another id`));
    if (own.has(topic.id)) out.push(at(['topics', i, 'id'], `topic id "${topic.id}" is used twice`));
    own.add(topic.id);
    if (topic.near && !catalogue.topics.has(topic.near)) out.push(at(['topics', i, 'near'], `unknown catalogue topic "${topic.near}"${didYouMean(topic.near, catalogue.topics.keys())}`));
  });
  const known = (topic: string) => catalogue.topics.has(topic) || own.has(topic);
  const anyTopic = () => [...catalogue.topics.keys(), ...own];
  const facts = new Set(kase.facts.map((f) => f.id));
  kase.facts.forEach((fact, i) =>
    fact.topics?.forEach((topic, j) => {
      if (!known(topic)) out.push(at(['facts', i, 'topics', j], `unknown topic "${topic}"${didYouMean(topic, anyTopic())}`));
    }),
  );
  (questions ? kase.questions : []).forEach((q, i) => {
    const check = (ids: string[], path: (string | number)[]) =>
      ids.forEach((fact, j) => {
        if (!facts.has(fact)) out.push(at([...path, j], `unknown fact "${fact}"${didYouMean(fact, facts)}`));
      });
    check(q.facts, ['questions', i, 'facts']);
    q.or.forEach((other, k) => check(other, ['questions', i, 'or', k]));
  });
  kase.followups.forEach((f, i) => {
    if (!known(f.topic)) out.push(at(['followups', i, 'topic'], `unknown topic "${f.topic}"${didYouMean(f.topic, anyTopic())}`));
    else if (kase.notApplicable[f.topic] !== undefined) out.push(at(['followups', i, 'topic'], `topic "${f.topic}" is marked not applicable in this case`));
  });
  for (const topic of Object.keys(kase.examples)) {
    if (!known(topic)) out.push(at(['examples', topic], `unknown topic "${topic}"${didYouMean(topic, anyTopic())}`));
  }
  for (const topic of Object.keys(kase.notApplicable)) {
    if (!catalogue.topics.has(topic)) out.push(at(['notApplicable', topic], `unknown catalogue topic "${topic}"${didYouMean(topic, catalogue.topics.keys())}`));
  }
  const seenFacts = new Set<string>();
  kase.facts.forEach((fact, i) => {
    if (seenFacts.has(fact.id)) out.push(at(['facts', i, 'id'], `fact id "${fact.id}" is used twice`));
    seenFacts.add(fact.id);
  });
  if (asks) out.push(...sharedAsks(kase));
  for (const list of ['pitfalls', 'twists'] as const) {
    const seen = new Set<string>();
    kase[list].forEach((item, i) => {
      if (seen.has(item.id)) out.push(at([list, i, 'id'], `id "${item.id}" is used twice`));
      seen.add(item.id);
    });
  }
  return out;
}

/** A way of asking given to two facts points the question at both, so it helps neither: each must be one fact's. */
export function sharedAsks(kase: Pick<Case, 'facts'>): Problem[] {
  const out: Problem[] = [];
  const plain = (text: string) => text.toLowerCase().replace(/[^a-z0-9%$]+/g, ' ').trim();
  const owner = new Map<string, string>();
  kase.facts.forEach((fact) => owner.set(plain(fact.question), fact.id));
  kase.facts.forEach((fact, i) => {
    fact.asks.forEach((ask, j) => {
      const other = owner.get(plain(ask));
      if (other !== undefined && other !== fact.id) out.push({ at: ['facts', i, 'asks', j], message: `"${ask}" also asks for fact "${other}"; keep each way of asking to one fact` });
      else owner.set(plain(ask), fact.id);
    });
  });
  return out;
}
