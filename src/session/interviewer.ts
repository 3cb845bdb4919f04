// The interviewer: answers `? questions` from the case's facts, and picks the
// follow-up question asked at the end of a step in mock mode. Pure.
import type { Case, PlannedStep } from '../content/model.js';
import type { TopicCoverage } from '../coverage/index.js';
// The same stemmer as the coverage checker: one notion of "the same word" across the program.
import { stemOf } from '../coverage/text.js';

export const assumptionReply = 'State a reasonable assumption and say it out loud.';

const stopwords = new Set(
  ('a an and are as at be by can do does did for from have has how i if in is it its me my of on or our ' +
    'should so that the their there these this those to us was we what when where which who why will with ' +
    'would you your about any there much many they them then than also just please tell know need')
    .split(' '),
);

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const stems = (text: string): string[] => words(text).map(stemOf);
const contentStems = (text: string): string[] => words(text).filter((w) => !stopwords.has(w)).map(stemOf);

export interface FactMatch {
  fact: number | null;
  reply: string;
  score: number;
}

/** Points a fact earns: 3 per keyword phrase the question contains, then 2 per other question word in its `ask`, 1 per word in its answer. */
const keywordPoints = 3;
const askPoints = 2;
const answerPoints = 1;
/** One keyword, or an ask word plus an answer word: less is a coincidence. */
export const matchThreshold = 3;

export function scoreFact(question: string, fact: Case['facts'][number]): number {
  const q = ` ${stems(question).join(' ')} `;
  const explained = new Set<string>();
  let score = 0;
  for (const keyword of fact.keywords) {
    const phrase = stems(keyword);
    if (phrase.length > 0 && q.includes(` ${phrase.join(' ')} `)) {
      score += keywordPoints;
      phrase.forEach((w) => explained.add(w));
    }
  }
  const ask = new Set(contentStems(fact.question));
  const answer = new Set(contentStems(fact.answer));
  for (const w of new Set(contentStems(question))) {
    if (explained.has(w)) continue;
    if (ask.has(w)) score += askPoints;
    else if (answer.has(w)) score += answerPoints;
  }
  return score;
}

/** The case fact that best answers the question, or the advice to state an assumption. */
export function answerQuestion(kase: Case | undefined, question: string): FactMatch {
  let best: FactMatch = { fact: null, reply: assumptionReply, score: 0 };
  kase?.facts.forEach((fact, i) => {
    const score = scoreFact(question, fact);
    if (score >= matchThreshold && score > best.score) best = { fact: i, reply: fact.answer, score };
  });
  return best;
}

export interface FollowUp {
  topic: string;
  question: string;
}

/**
 * The follow-up for a step: the case's own question on a missed topic of the step first, then
 * its question on any topic of the step, then the first hint of a missed topic, put as a question.
 */
export function chooseFollowUp(kase: Case | undefined, step: PlannedStep, coverage: readonly TopicCoverage[]): FollowUp | null {
  const inStep = new Set(step.topics.map((t) => t.id));
  const missed = coverage.filter((c) => !c.covered).map((c) => c.topic);
  const missedIds = new Set(missed.map((t) => t.id));
  const own = (kase?.followups ?? []).filter((f) => inStep.has(f.topic));
  const pick = own.find((f) => missedIds.has(f.topic)) ?? own[0];
  if (pick) return { topic: pick.topic, question: pick.question };
  const topic = missed[0];
  if (!topic) return null;
  return { topic: topic.id, question: topic.hints[0] ?? `What about ${topic.title.toLowerCase()}?` };
}
