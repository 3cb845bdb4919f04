// How well each of a case's facts fits a weighed question (fact-match.ts decides from these scores):
// the share of each term's weight a fact earns by where it uses the term (its own question or an ask
// the question echoes, its keywords, its answer), whether it is asked with a specific term, and the
// terms it matches only by naming another one of the thing asked ("the latency budget" for "a compute
// budget"), which it does not earn. Pure.
import type { FactIndex, IndexedFact } from './fact-index.js';
import { tuning } from './fact-tuning.js';

export interface Scored {
  fact: number;
  score: number;
  /** Weight of the terms the fact uses anywhere. */
  explained: number;
  terms: Set<string>;
  asked: boolean;
  /** The terms its own question, asks or keywords use: what it is asked with, not what its answer mentions. */
  askedTerms: Set<string>;
  specific: boolean;
}

export function scoreFacts(index: FactIndex, weights: Map<string, number>, modifiers = new Map<string, Set<string>>()): Scored[] {
  const n = index.facts.length;
  const specificDf = Math.max(1, Math.floor(n * tuning.SPECIFIC_SHARE));
  return index.facts.map((f, fact) => {
    let score = 0;
    let explained = 0;
    let asked = false;
    const askedTerms = new Set<string>();
    let specific = false;
    const terms = new Set<string>();
    const echoed = echoedAsks(f, weights, index.kindTerms);
    for (const [term, weight] of weights) {
      const share = f.question.has(term) || echoed.has(term) ? 1 : f.keywords.has(term) ? tuning.KEYWORD_SHARE : f.answer.has(term) ? tuning.ANSWER_SHARE : 0;
      if (share === 0 || anotherOne(f, term, modifiers)) continue;
      const inAsk = share > tuning.ANSWER_SHARE;
      terms.add(term);
      // The fact's name breaks ties between facts that both use the word ("exists" / "existing system").
      score += weight * (share + (f.name.has(term) ? tuning.NAME_BONUS : 0));
      explained += weight;
      asked ||= inAsk;
      if (inAsk) askedTerms.add(term);
      // Specific: few facts use the term at all, or few ask for it in their own question; and the case's
      // own question does not use it ("riders" and "price" in a ride-pricing case say what the case is about).
      // own question does not use it ("riders" and "price" in a ride-pricing case say what the case is about),
      // unless this fact alone is asked with it ("the routing engine" of an ETA case is what exists).
      const askedBy = index.askedDf.get(term) ?? n;
      specific ||= inAsk && (index.context.has(term) ? askedBy === 1 : askedBy <= specificDf);
      specific ||= !index.context.has(term) && (index.df.get(term) ?? n) <= specificDf;
    }
    return { fact, score, explained, terms, asked, askedTerms, specific };
  });
}

/**
 * The question names another one of the thing than the fact does: "is there a compute budget" against
 * "what is the latency budget". The fact's own question (or id) says which one with a word the question
 * does not use, and the fact uses none of the words the question says which one with.
 */
function anotherOne(fact: IndexedFact, term: string, modifiers: Map<string, Set<string>>): boolean {
  const asked = modifiers.get(term);
  const own = fact.modifiers.get(term);
  if (!asked || !own) return false;
  return ![...asked].some((m) => own.has(m) || fact.uses.has(m) || fact.askedModifiers.get(term)?.has(m));
}

/**
 * The words of the fact's asks that the question echoes: those of each ask it shares two words with (or
 * all of a one-word ask, "p99?"). An ask is a way of putting the whole question; one casual word of it
 * alone ("how *bad* is the office coffee", "who *eats* lunch") is how a question is put, not what it asks.
 */
function echoedAsks(fact: IndexedFact, weights: Map<string, number>, kindTerms: Set<string>): Set<string> {
  // Words, not terms: "how many events" is one word, though it is both the word and what is counted, and
  // "daily" one, though it is also the rate it asks for ("per day" is a word and a rate, as "trips/day" is).
  const words = (terms: string[]) => new Set(terms.filter((t) => !kindTerms.has(t)).map((t) => t.replace(/^#n:/, ''))).size;
  const echoed = new Set<string>();
  for (const ask of fact.asks) {
    const shared = [...ask].filter((t) => weights.has(t));
    if (words(shared) >= Math.min(2, words([...ask]))) shared.forEach((t) => echoed.add(t));
  }
  return echoed;
}
