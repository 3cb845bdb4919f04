// Which of a case's facts a clarifying question asks for, and when none does. Pure.
//
// Every term of the question (a stemmed word, or a synonym group) weighs by how few of the
// case's facts use it (IDF-like): "users" in a case where every fact mentions users says little,
// "languages" said by one fact says a lot. A fact earns a term's full weight when its own
// question uses it, or one of its `asks` (other ways a candidate puts the question: "who eats the loss
// on fraud?") that the question echoes in two words or whole; most of it when its keywords do, and part
// of it when only its answer does; a little more when its id names it. Asks widen the words a fact is
// asked with but not how much a word weighs: that stays with what the facts themselves say. Besides words, a question asks for a kind of quantity ("per day": a rate) and counts
// something ("how many uploads"), and a fact's answer states kinds and counts (quantity-kinds.ts):
// these are terms too. Options listed after a question ("the goal - clicks? time spent?") weigh
// less than the question. The best fact answers when it explains enough of the question's weight (less
// when no other fact comes near; nearly all of it when only the fact's answer, not its own question or
// keywords, uses the question's words), uses a specific term, and clearly beats the runner-up on the same
// words, or, when the two fit about as well, when its own question adds clearly less that was not asked;
// a yes/no question without examples must be answered by a fact that uses its heaviest word (the thing
// it asks about). A runner-up that explains *other* words of the question is a second part of a compound
// question and answers too. Otherwise: no figure, assume.
import { countedHeads, endsPhrase, type FactIndex, type IndexedFact } from './fact-index.js';
import { tuning } from './fact-tuning.js';
import { countedAsked, kindsAsked } from './quantity-kinds.js';
import { partsOf, yesNoClauses } from './question-parts.js';
import { asksForNumber, correctTypos, termsOf, wordsOf, type CompiledVocabulary } from './question-terms.js';

export type FactMatch =
  /** `rest`: part of the question matched no fact. */
  | { kind: 'facts'; facts: number[]; rest: boolean }
  | { kind: 'ambiguous'; facts: [number, number] }
  | { kind: 'none' };

export interface WeighedQuestion {
  weights: Map<string, number>;
  /** The clauses each term appears in. */
  clauses: Map<string, Set<number>>;
}

/** The question's terms, each with its weight and where it sits. */
export function weighTerms(index: FactIndex, question: string, vocabulary: CompiledVocabulary): WeighedQuestion {
  const n = index.facts.length;
  const weights = new Map<string, number>();
  const clauses = new Map<string, Set<number>>();
  for (const { text, clause: i, elaborates } of partsOf(question)) {
    const words = correctTypos(wordsOf(text), index.known);
    const counted = countedHeads(countedAsked(words, endsPhrase(vocabulary)), vocabulary);
    for (const term of [...termsOf(words, vocabulary), ...kindsAsked(text), ...counted]) {
      const df = index.df.get(term) ?? 0;
      // A word no fact uses but the case's own question does ("recommender") says what the case is about, not which fact.
      const unknown = index.context.has(term) ? tuning.CONTEXT_SHARE * Math.log(1 + n / tuning.UNKNOWN_AS_ONE_IN) : Math.log(1 + n / tuning.UNKNOWN_AS_ONE_IN);
      // The words every design uses ("data", "model") point at a fact less than the case's own words do.
      const generic = 1 / (1 + tuning.GENERIC_DAMPING * (vocabulary.generic.get(term) ?? 0));
      // Options and examples say less about which fact is asked for than the question they follow.
      const share = elaborates ? tuning.ELABORATION_SHARE : 1;
      weights.set(term, Math.max(weights.get(term) ?? 0, (df > 0 ? Math.log(1 + n / df) : unknown) * generic * share));
      clauses.set(term, (clauses.get(term) ?? new Set()).add(i));
    }
  }
  return { weights, clauses };
}

interface Scored {
  fact: number;
  score: number;
  /** Weight of the terms the fact uses anywhere. */
  explained: number;
  terms: Set<string>;
  asked: boolean;
  specific: boolean;
}

export function scoreFacts(index: FactIndex, weights: Map<string, number>): Scored[] {
  const n = index.facts.length;
  const specificDf = Math.max(1, Math.floor(n * tuning.SPECIFIC_SHARE));
  return index.facts.map((f, fact) => {
    let score = 0;
    let explained = 0;
    let asked = false;
    let specific = false;
    const terms = new Set<string>();
    const echoed = echoedAsks(f, weights, index.kindTerms);
    for (const [term, weight] of weights) {
      const share = f.question.has(term) || echoed.has(term) ? 1 : f.keywords.has(term) ? tuning.KEYWORD_SHARE : f.answer.has(term) ? tuning.ANSWER_SHARE : 0;
      if (share === 0) continue;
      const inAsk = share > tuning.ANSWER_SHARE;
      terms.add(term);
      // The fact's name breaks ties between facts that both use the word ("exists" / "existing system").
      score += weight * (share + (f.name.has(term) ? tuning.NAME_BONUS : 0));
      explained += weight;
      asked ||= inAsk;
      // Specific: few facts use the term at all, or few ask for it in their own question; and the case's
      // own question does not use it ("riders" and "price" in a ride-pricing case say what the case is about).
      specific ||=
        !index.context.has(term) && ((index.df.get(term) ?? n) <= specificDf || (inAsk && (index.askedDf.get(term) ?? n) <= specificDf));
    }
    return { fact, score, explained, terms, asked, specific };
  });
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

/** A kind of quantity asked for ("#rate", "#latency"), not a thing counted ("#n:video"). */
const isKind = (term: string): boolean => term.startsWith('#') && !term.startsWith('#n:');

const byScore = (a: Scored, b: Scored) => b.score - a.score || b.explained - a.explained;

/** The facts that answer the question, or why none does. */
export function matchFacts(index: FactIndex, question: string, vocabulary: CompiledVocabulary): FactMatch {
  const weighed = weighTerms(index, question, vocabulary);
  const numeric = asksForNumber(wordsOf(question), vocabulary);
  const yesNo = yesNoClauses(question);
  let weights = weighed.weights;
  const total = sum(weights);
  if (total === 0) return { kind: 'none' };
  const chosen: number[] = [];
  const answeredClauses = new Set<number>();
  const clausesOfTerms = (terms: Iterable<string>) => new Set([...terms].flatMap((t) => [...(weighed.clauses.get(t) ?? [])]));
  const ownTerms = (terms: Set<string>) => [...terms].filter((t) => !isKind(t) && !index.context.has(t));
  for (;;) {
    const first = chosen.length === 0;
    const ranked = scoreFacts(index, weights)
      .filter((s) => !chosen.includes(s.fact))
      // A further fact answers another part of a compound question: none of its words in a part already answered.
      .filter((s) => first || [...clausesOfTerms(s.terms)].every((c) => !answeredClauses.has(c)))
      .sort(byScore);
    // Of two facts that fit a question for a number about as well, the one that gives a figure answers it.
    if (numeric && ranked.length > 1 && close(ranked[0]!, ranked[1]!)) {
      const gives = (s: Scored) => index.facts[s.fact]!.number;
      if (!gives(ranked[0]!) && gives(ranked[1]!)) ranked.splice(0, 2, ranked[1]!, ranked[0]!);
      if (gives(ranked[0]!) && !gives(ranked[1]!)) ranked.splice(1, 1);
    }
    // Of two facts that fit about as well, the one whose own question says less that was not asked is
    // meant: "how many listings?" asks "how many listings are there", not "how many *new* listings".
    if (ranked.length > 1 && close(ranked[0]!, ranked[1]!)) {
      const [a, b] = [unasked(index, ranked[0]!.fact, weighed.weights), unasked(index, ranked[1]!.fact, weighed.weights)];
      if (b + tuning.FIT_MARGIN <= a) ranked.splice(0, 2, ranked[1]!, ranked[0]!);
      if (Math.min(a, b) + tuning.FIT_MARGIN <= Math.max(a, b)) ranked.splice(1, 1);
    }
    const [best, next] = ranked;
    // Judged against the parts of the question its words come from: another part may ask what no fact answers.
    const itsClauses = clausesOfTerms(best?.terms ?? []);
    const asked = [...weights].filter(([t]) => [...(weighed.clauses.get(t) ?? [])].some((c) => itsClauses.has(c)));
    // The heaviest word of those parts that the best fact does not use: what else the question is about.
    const unexplained = Math.max(0, ...asked.filter(([t]) => !best?.terms.has(t)).map(([, w]) => w));
    if (!best || !confident(best, next, asked.reduce((a, [, w]) => a + w, 0), first, unexplained)) break;
    // A yes/no question ("is there a cap on pushes per day?") is about the thing it names: a fact that
    // leaves out its heaviest word answers something else, however much of the rest it shares.
    const inYesNo = asked.filter(([t]) => [...(weighed.clauses.get(t) ?? [])].some((c) => yesNo.has(c)));
    const heaviest = (explained: boolean) => Math.max(0, ...inYesNo.filter(([t]) => best.terms.has(t) === explained).map(([, w]) => w));
    if (heaviest(false) > heaviest(true)) break;
    if (next && close(best, next)) {
      if (first) return { kind: 'ambiguous', facts: [best.fact, next.fact] };
      break;
    }
    chosen.push(best.fact);
    // The parts it answers: those where it uses a word of the part's own. A kind of quantity ("per
    // second") or a word of the case's own question ("search") is shared by the parts of "catalogue size
    // and search qps?"; the fact for the catalogue does not answer the qps.
    clausesOfTerms(ownTerms(best.terms)).forEach((c) => answeredClauses.add(c));
    weights = new Map([...weights].filter(([t]) => !best.terms.has(t)));
  }
  if (chosen.length === 0) return { kind: 'none' };
  // In the order the question asks; "the rest": a part of it that no chosen fact touches and that says something.
  const scored = scoreFacts(index, weighed.weights);
  const firstClause = (fact: number) => {
    const terms = scored[fact]!.terms;
    const own = clausesOfTerms(ownTerms(terms));
    return Math.min(...(own.size > 0 ? own : clausesOfTerms(terms)));
  };
  const unanswered = new Map<number, number>();
  for (const [term, weight] of weights) {
    for (const c of weighed.clauses.get(term) ?? []) if (!answeredClauses.has(c)) unanswered.set(c, (unanswered.get(c) ?? 0) + weight);
  }
  return {
    kind: 'facts',
    facts: chosen.sort((a, b) => firstClause(a) - firstClause(b)),
    rest: [...unanswered.values()].some((w) => w >= tuning.REST_WEIGHT),
  };
}

/** Weight of the words of a fact's own question that the question being asked does not use. */
function unasked(index: FactIndex, fact: number, asked: Map<string, number>): number {
  const n = index.facts.length;
  let weight = 0;
  for (const term of index.facts[fact]!.question) {
    if (term.startsWith('#') || asked.has(term)) continue;
    weight += Math.log(1 + n / (index.df.get(term) ?? 1));
  }
  return weight;
}

/** The runner-up scores nearly as well as the best and explains nearly as much, on some of the same words. */
const close = (best: Scored, next: Scored): boolean =>
  next.score >= tuning.TIE_RATIO * best.score &&
  next.explained >= tuning.TIE_EXPLAINED * best.explained &&
  [...next.terms].some((t) => best.terms.has(t));

function confident(best: Scored, next: Scored | undefined, total: number, first: boolean, unexplained: number): boolean {
  const coverage = best.explained / total;
  // A fact's own question is a summary; its answer may be what names the thing asked ("explain removals"
  // → "EU law requires us to explain automated removals"). Enough when it explains nearly all of the
  // question and no other fact comes near.
  if (!best.asked) return best.specific && first && coverage >= tuning.ANSWER_ONLY_COVERAGE && best.score >= tuning.CLEAR_MARGIN * (next?.score ?? 0);
  if (!best.specific) return false;
  if (coverage >= (first ? tuning.MIN_COVERAGE : tuning.MIN_COVERAGE_NEXT)) return true;
  // Less of the question explained is enough when no other fact comes near and no word it leaves out
  // weighs more than what it explains: the rest is how it was put, not another thing asked ("dismiss").
  return (
    first &&
    coverage >= tuning.MIN_COVERAGE_CLEAR &&
    best.score >= tuning.CLEAR_MARGIN * (next?.score ?? 0) &&
    unexplained <= best.explained
  );
}

const sum = (weights: Map<string, number>): number => [...weights.values()].reduce((a, b) => a + b, 0);

/**
 * The fact the question's words clearly point at, when its own question or keywords use them: what the
 * question names, however it is put ("any labelled data or do we annotate from scratch?" names the
 * labelled-data fact), though too weakly for the matcher to answer with it.
 */
export function namedFact(index: FactIndex, question: string, vocabulary: CompiledVocabulary): number | undefined {
  const [best, next] = scoredFacts(index, question, vocabulary).scored.sort(byScore);
  const clear = best && best.asked && best.specific && best.score >= tuning.CLEAR_MARGIN * (next?.score ?? 0);
  return clear ? best.fact : undefined;
}

/**
 * The fact the question's words lean to, too weakly to answer with it alone: the best-scored fact, asked
 * for in its own question, keywords or asks, explaining at least LEAN_COVERAGE of the question's weight.
 */
export function leaningFact(index: FactIndex, question: string, vocabulary: CompiledVocabulary): number | undefined {
  const { scored, total } = scoredFacts(index, question, vocabulary);
  const [best] = scored.sort(byScore);
  return best && best.asked && total > 0 && best.explained / total >= tuning.LEAN_COVERAGE ? best.fact : undefined;
}

/** The share of the question's weight that a fact's terms explain: how much of what was asked it speaks to. */
export function explainedShare(index: FactIndex, question: string, vocabulary: CompiledVocabulary, fact: number): number {
  const { scored, total } = scoredFacts(index, question, vocabulary);
  return total > 0 ? scored[fact]!.explained / total : 0;
}

/** Every fact scored against the question, in the facts' order, and the question's whole weight. */
function scoredFacts(index: FactIndex, question: string, vocabulary: CompiledVocabulary): { scored: Scored[]; total: number } {
  const weights = weighTerms(index, question, vocabulary).weights;
  return { scored: scoreFacts(index, weights), total: sum(weights) };
}
