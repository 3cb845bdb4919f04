// Questions asked before: the case's `questions` (clarifying questions as candidates typed them, each with
// the facts a right reply gave) and each fact's own question and asks. A question put much like one of them
// asks what that one asked, however the matcher (fact-match.ts) would weigh its words: "how many images in
// the index and queries per sec?" is put like "how many images are indexed, and qps?", whose reply was the
// corpus and the traffic facts; "is the team hiring?" like one no fact answered. Pure.
import type { Case } from '../content/model.js';
import { tuning } from './fact-tuning.js';
import { intentsOf } from './question-intents.js';
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
  /**
   * The reply most of the questions put most like it got (tuning.NEAREST_ASKED of them): its facts, in the
   * order the most alike of those got them, and the summed similarity of the questions that got it, whole
   * and as a share of theirs all.
   */
  agreed: { facts: string[]; weight: number; share: number };
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

/**
 * A question's terms, and what it shows it asks whatever it names (question-intents.ts): "is there a PYMK
 * already?" asks what exists today, and is not put like "how many PYMK suggestions a day?", although its
 * only other word is theirs ("already" is filler to the matcher).
 */
const termSet = (text: string, known: ReadonlySet<string>, vocabulary: CompiledVocabulary): Set<string> =>
  new Set([...termsOf(correctTypos(wordsOf(text), known), vocabulary), ...[...intentsOf(text)].map((intent) => `#${intent}`)]);

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
  const alike: { asked: Asked; similarity: number }[] = [];
  for (const asked of index.asked) {
    let dot = 0;
    for (const [t, w] of terms) dot += w * (asked.terms.get(t) ?? 0);
    if (dot > 0) alike.push({ asked, similarity: dot / (norm * asked.norm) });
  }
  // Most alike first; of equals, the first asked (the sort is stable).
  const nearest = alike.sort((a, b) => b.similarity - a.similarity).slice(0, tuning.NEAREST_ASKED);
  const [best, next] = nearest;
  if (!best) return undefined;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((f, i) => f === b[i]);
  return {
    facts: best.asked.facts,
    candidate: best.asked.candidate,
    similarity: best.similarity,
    next: next && { similarity: next.similarity, same: same(next.asked.facts, best.asked.facts) },
    agreed: agreedReply(nearest),
  };
}

/** Of the replies the nearest questions got (the same facts in any order are one reply), the one with most weight. */
function agreedReply(nearest: readonly { asked: Asked; similarity: number }[]): Precedent['agreed'] {
  const replies = new Map<string, { facts: string[]; weight: number }>();
  for (const { asked, similarity } of nearest) {
    const key = [...asked.facts].sort().join(' ');
    const reply = replies.get(key) ?? replies.set(key, { facts: asked.facts, weight: 0 }).get(key)!;
    reply.weight += similarity;
  }
  const total = nearest.reduce((a, n) => a + n.similarity, 0);
  const top = [...replies.values()].reduce((a, b) => (b.weight > a.weight ? b : a));
  return { ...top, share: top.weight / total };
}

/**
 * The facts a question gets as questions asked before got them, if it is answered so: as the one it is put
 * most like, when it is put very like it, or fairly like it and the next most alike question got the same
 * reply (two earlier askers put it this way and were told the same; one alone may share the words of another
 * question, "how many people get the weekly email" those of "where would people see these, in the weekly
 * email"); else as most of the questions it is put most like were, when they agree ("latncy target to render
 * teh feed" is put loosely like many questions about the latency budget, and like few about anything else).
 * Never with more facts than the question asks things (`parts`): "what % of orders are fraud" is put like
 * "what % of orders are fraud, and how many a day?" but asks one thing.
 */
export function repliedBefore(precedent: Precedent | undefined, parts: number): string[] | undefined {
  if (!precedent) return undefined;
  const fits = (facts: string[]) => facts.length <= Math.max(1, parts);
  if (fits(precedent.facts)) {
    const next = precedent.next;
    // A fact's own question is not sure enough when another question, put fairly like this one too, got
    // another reply: two facts whose questions differ by a word this one leaves out are both meant.
    const rival = !precedent.candidate && next !== undefined && !next.same && next.similarity >= tuning.ASKED_LIKE;
    if (precedent.similarity >= tuning.ASKED_SURE && !rival) return precedent.facts;
    if (precedent.similarity >= tuning.ASKED_LIKE && next !== undefined && next.same && next.similarity >= tuning.ASKED_AGREE) return precedent.facts;
  }
  const agreed = precedent.agreed;
  if (fits(agreed.facts) && agreed.share >= tuning.AGREED_SHARE && agreed.weight >= tuning.AGREED_WEIGHT) return agreed.facts;
  return undefined;
}

const normOf = (weights: Map<string, number>): number => Math.sqrt([...weights.values()].reduce((a, w) => a + w * w, 0));
