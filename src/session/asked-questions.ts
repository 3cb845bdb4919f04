// Questions asked before: the case's `questions` (clarifying questions as candidates typed them, each with
// the facts a right reply gave) and each fact's own question and asks. A question put much like one of them
// asks what that one asked, however the matcher (fact-match.ts) would weigh its words: "how many images in
// the index and queries per sec?" is put like "how many images are indexed, and qps?", whose reply was the
// corpus and the traffic facts; "is the team hiring?" like one no fact answered. Pure.
import type { Case } from '../content/model.js';
import { tuning } from './fact-tuning.js';
import { correctTypos, termsOf, wordsOf, type CompiledVocabulary } from './question-terms.js';

/** The question asked before that a new one is put most like. */
export interface Precedent {
  /** The facts its reply gave ([]: none answered it). */
  facts: string[];
  /** It is a question a candidate asked (the case's `questions`), not a fact's own question or asks. */
  candidate: boolean;
  /** Cosine similarity of the two questions' terms, each weighed by how few questions use it: 0 to 1. */
  similarity: number;
  /** How alike the next most alike question asked before is, and whether its reply gave the same facts. */
  next: { similarity: number; same: boolean } | undefined;
}

interface Asked {
  terms: Map<string, number>;
  norm: number;
  facts: string[];
  candidate: boolean;
}

export interface AskedIndex {
  asked: Asked[];
  weightOf: (term: string) => number;
  known: ReadonlySet<string>;
}

const termSet = (text: string, known: ReadonlySet<string>, vocabulary: CompiledVocabulary): Set<string> =>
  new Set(termsOf(correctTypos(wordsOf(text), known), vocabulary));

/** `known`: the words typos are fixed against (the fact index's). */
export function indexAsked(kase: Case, known: ReadonlySet<string>, vocabulary: CompiledVocabulary): AskedIndex {
  const questions = [
    ...kase.questions.map((q) => ({ terms: termSet(q.ask, known, vocabulary), facts: q.facts, candidate: true })),
    ...kase.facts.flatMap((f) => [f.question, ...f.asks].map((text) => ({ terms: termSet(text, known, vocabulary), facts: [f.id], candidate: false }))),
  ];
  const df = new Map<string, number>();
  for (const q of questions) for (const t of q.terms) df.set(t, (df.get(t) ?? 0) + 1);
  // A term no question asked before uses still weighs (as if half of one did): it is what the new one asks besides.
  const weightOf = (term: string) => Math.log(1 + questions.length / (df.get(term) ?? 0.5));
  const asked = questions.map(({ terms, facts, candidate }) => {
    const weighed = new Map([...terms].map((t) => [t, weightOf(t)]));
    return { terms: weighed, norm: normOf(weighed), facts, candidate };
  });
  return { asked, weightOf, known };
}

/** The question asked before that this one is put most like (the first of equals), if any shares a term. */
export function closestAsked(index: AskedIndex, question: string, vocabulary: CompiledVocabulary): Precedent | undefined {
  const terms = new Map([...termSet(question, index.known, vocabulary)].map((t) => [t, index.weightOf(t)]));
  const norm = normOf(terms);
  let best: { asked: Asked; similarity: number } | undefined;
  let next: typeof best;
  for (const asked of index.asked) {
    let dot = 0;
    for (const [t, w] of terms) dot += w * (asked.terms.get(t) ?? 0);
    if (dot === 0) continue;
    const similarity = dot / (norm * asked.norm);
    if (similarity > (best?.similarity ?? 0)) [best, next] = [{ asked, similarity }, best];
    else if (similarity > (next?.similarity ?? 0)) next = { asked, similarity };
  }
  if (!best) return undefined;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((f, i) => f === b[i]);
  return {
    facts: best.asked.facts,
    candidate: best.asked.candidate,
    similarity: best.similarity,
    next: next && { similarity: next.similarity, same: same(next.asked.facts, best.asked.facts) },
  };
}

/**
 * Whether a question is answered as the one asked before that it is put most like: when it is put very like
 * it, or fairly like it and the next most alike question got the same reply (two earlier askers put it this
 * way and were told the same; one alone may share the words of another question, "how many people get the
 * weekly email" those of "where would people see these, in the weekly email"). Never with more facts than
 * the question asks things (`parts`): "what % of orders are fraud" is put like "what % of orders are fraud,
 * and how many a day?" but asks one thing.
 */
export function answersAsBefore(precedent: Precedent | undefined, parts: number): precedent is Precedent {
  if (!precedent || precedent.facts.length > Math.max(1, parts)) return false;
  if (precedent.similarity >= tuning.ASKED_SURE) return true;
  const next = precedent.next;
  return precedent.similarity >= tuning.ASKED_LIKE && next !== undefined && next.same && next.similarity >= tuning.ASKED_AGREE;
}

const normOf = (weights: Map<string, number>): number => Math.sqrt([...weights.values()].reduce((a, w) => a + w * w, 0));
