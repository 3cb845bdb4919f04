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
import type { Fact } from '../content/model.js';
import { countedAsked, countedStated, kindWords, kindsAsked, kindsStated } from './quantity-kinds.js';
import { asksForNumber, correctTypos, stemOf, statesNumber, termsOf, wordsOf, type CompiledVocabulary } from './question-terms.js';

/** "#n:upload": the text counts uploads ("how many uploads", "500,000 uploads a day"). */
function countedTerms(phrases: string[][], vocabulary: CompiledVocabulary): string[] {
  return phrases.flatMap((p) => termsOf(p, vocabulary).map((t) => `#n:${t}`));
}
/** What a question counts: the head of each counted phrase ("how many user reports" → "#n:report"). */
function countedHeads(phrases: string[][], vocabulary: CompiledVocabulary): string[] {
  return phrases.flatMap((p) => termsOf(p, vocabulary).slice(-1).map((t) => `#n:${t}`));
}
const endsPhrase = (vocabulary: CompiledVocabulary) => (word: string) => vocabulary.ignore.has(stemOf(word));

/** The matcher's constants, tuned on the development questions (test/session/questions). */
export const tuning = {
  /** Share of a term's weight a fact earns when only its answer, not its question, uses the term. */
  ANSWER_SHARE: 0.45,
  /** Share a fact earns for a term its keywords use but its question does not. */
  KEYWORD_SHARE: 0.8,
  /** Extra share of a term's weight for a fact whose id names it. */
  NAME_BONUS: 0.3,
  /** The best fact must explain at least this share of the question's weight... */
  MIN_COVERAGE: 0.6,
  /** ...or this share, when it scores CLEAR_MARGIN times the runner-up. */
  MIN_COVERAGE_CLEAR: 0.3,
  CLEAR_MARGIN: 1.5,
  /** A fact that uses none of the question's words in its own question or keywords must explain this share. */
  ANSWER_ONLY_COVERAGE: 0.8,
  /** Share of its weight a term keeps when it only appears in options or examples of a question. */
  ELABORATION_SHARE: 0.5,
  /** A further fact, for another part of a compound question, must explain this share of what is left. */
  MIN_COVERAGE_NEXT: 0.7,
  /** A term used by at most this share of the facts (and at least one) is specific. */
  SPECIFIC_SHARE: 0.25,
  /** A runner-up scoring this close to the best on shared words makes the question ambiguous. */
  TIE_RATIO: 0.8,
  /** ...and explains this share of what the best explains. */
  TIE_EXPLAINED: 0.8,
  /** Of two tied facts, the one whose own question leaves this much less weight unasked is the one meant. */
  FIT_MARGIN: 1,
  /** A word no fact uses but the case's own question does says what the case is about: this much of an unknown word's weight. */
  CONTEXT_SHARE: 0.25,
  /** A word no fact uses weighs as much as a word used by one fact in this many. */
  UNKNOWN_AS_ONE_IN: 2,
  /** A part of a compound question left unanswered is worth saying so when its words weigh this much. */
  REST_WEIGHT: 1,
  /** How much a word used by every catalogue topic is discounted (1 / (1 + this × share of topics)). */
  GENERIC_DAMPING: 4,
};

interface IndexedFact {
  question: Set<string>;
  /** The other ways a candidate puts the question (`asks:`), each worth as much as the question itself. */
  asks: Set<string>[];
  keywords: Set<string>;
  answer: Set<string>;
  /** The words of the fact's id ("existing-system"): what its author named it after. */
  name: Set<string>;
  /** The answer gives a figure. */
  number: boolean;
}

export interface FactIndex {
  facts: IndexedFact[];
  df: Map<string, number>;
  /** How many facts ask for each term in their own question or keywords. */
  askedDf: Map<string, number>;
  context: Set<string>;
  /** Surface words of the facts, the case and the vocabulary, to fix typos against. */
  known: Set<string>;
  /** Terms of the words that ask for a kind of quantity by themselves ("daily"): said once with their kind. */
  kindTerms: Set<string>;
}

export type FactMatch =
  /** `rest`: part of the question matched no fact. */
  | { kind: 'facts'; facts: number[]; rest: boolean }
  | { kind: 'ambiguous'; facts: [number, number] }
  | { kind: 'none' };

export function indexFacts(facts: readonly Fact[], caseText: string, vocabulary: CompiledVocabulary): FactIndex {
  const known = new Set(vocabulary.words);
  const ends = endsPhrase(vocabulary);
  const terms = (text: string) => {
    const words = wordsOf(text);
    words.forEach((w) => known.add(w));
    return termsOf(words, vocabulary, { inner: true });
  };
  const asking = (text: string) => [...terms(text), ...kindsAsked(text), ...countedHeads(countedAsked(wordsOf(text), ends), vocabulary)];
  const indexed = facts.map((fact) => ({
    question: new Set(asking(fact.question)),
    asks: fact.asks.map((ask) => new Set(asking(ask))).filter((ask) => ask.size > 0),
    keywords: new Set(fact.keywords.flatMap(terms)),
    answer: new Set([...terms(fact.answer), ...kindsStated(fact.answer), ...countedTerms(countedStated(wordsOf(fact.answer), ends), vocabulary)]),
    name: new Set(termsOf(wordsOf(fact.id.replace(/-/g, ' ')), vocabulary, { inner: true })),
    number: statesNumber(fact.answer),
  }));
  const df = new Map<string, number>();
  const askedDf = new Map<string, number>();
  const count = (map: Map<string, number>, terms: Iterable<string>) => new Set(terms).forEach((t) => map.set(t, (map.get(t) ?? 0) + 1));
  // How much a word says is judged on what the facts say (question, keywords, answer). Asks are how a fact
  // is asked for, in the casual words candidates reach for ("serving", "daily", "eats"): they neither make
  // a word the facts use more common nor make a casual word weigh like one a single fact is about. A word
  // only asks use counts among the words a fact is asked with, so that it is specific to the facts it asks for.
  const askDf = new Map<string, number>();
  for (const f of indexed) {
    count(df, [...f.question, ...f.keywords, ...f.answer]);
    count(askedDf, [...f.question, ...f.keywords]);
    count(askDf, f.asks.flatMap((ask) => [...ask]));
  }
  for (const [t, n] of askDf) if (!askedDf.has(t)) askedDf.set(t, n);
  const kindTerms = new Set(kindWords.flatMap((w) => termsOf([w], vocabulary)));
  return { facts: indexed, df, askedDf, context: new Set(terms(caseText)), known, kindTerms };
}

/** Words that open a question answered yes or no ("is there…", "can users…", "do we…"). */
const YES_NO = /^\s*(?:is|are|do|does|did|can|could|should|will|would|has|have)\b/i;

/**
 * The clauses a question opens with that are answered yes or no ("do we have labelled data? how many
 * labels?": the first). A yes/no clause after a question for a figure or a choice ("what's the p99
 * budget, is it end to end?") only narrows that question. Not a clause that gives examples ("does context
 * matter, like the poster's history"): the examples say what the thing asked about is.
 */
function yesNoClauses(question: string): Set<number> {
  const parts = partsOf(question);
  const elaborated = new Set(parts.filter((p) => p.elaborates).map((p) => p.clause));
  const opening = parts.filter((p) => !p.elaborates);
  const first = opening.findIndex((p) => !YES_NO.test(p.text));
  return new Set(opening.slice(0, first < 0 ? opening.length : first).map((p) => p.clause).filter((c) => !elaborated.has(c)));
}

/** Words that open a question of its own: what follows "and" or a dash without one elaborates the part before. */
const OPENS_QUESTION = /^\s*(?:how|what|whats|which|who|when|where|why|is|are|was|do|does|did|can|could|should|will|would|any|have|has)\b/i;

/** A part of a question: the clause it belongs to, and whether it only elaborates that clause. */
export interface QuestionPart {
  text: string;
  clause: number;
  elaborates: boolean;
}

/**
 * Parts of a compound question ("DAU? and what is the latency budget"), in clauses split where a new
 * question starts. A part without a question word of its own ("what's the goal - more connections?
 * accepted requests?", "how many users and events") lists options or examples of the clause before.
 * A slash between words offers alternatives ("cities / countries"). A noun joined by "and" to a count
 * ("how many users and events") is counted as a part of its own ("how many events").
 */
export function partsOf(question: string): QuestionPart[] {
  const parts: QuestionPart[] = [];
  // Split keeping each separator, so that "and" can be told from "?" or a dash.
  const pieces = question.replace(/(\w)\s+\/\s+(\w)/g, '$1 $2').split(/([?;,:]|\band\b|\balso\b|\bplus\b|&|\s[-–/]\s)/i);
  let clause = -1;
  let counting = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const text = pieces[i]!;
    if (text.trim() === '') continue;
    const joined = /^(?:and|plus|&)$/i.test((pieces[i - 1] ?? '').trim());
    // "how many users and events": a noun joined by "and" to a count is counted too, as a part of its own.
    if (clause >= 0 && joined && counting && !OPENS_QUESTION.test(text)) {
      parts.push({ text: `how many ${text.trim()}`, clause: ++clause, elaborates: false });
      continue;
    }
    const elaborates = clause >= 0 && !OPENS_QUESTION.test(text);
    if (!elaborates) {
      clause++;
      counting = /\b(?:how many|number of)\b/i.test(text);
    }
    parts.push({ text, clause, elaborates });
  }
  return parts;
}

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
    clausesOfTerms(best.terms).forEach((c) => answeredClauses.add(c));
    weights = new Map([...weights].filter(([t]) => !best.terms.has(t)));
  }
  if (chosen.length === 0) return { kind: 'none' };
  // In the order the question asks; "the rest": a part of it that no chosen fact touches and that says something.
  const firstClause = (fact: number) => Math.min(...[...clausesOfTerms(scoreFacts(index, weighed.weights)[fact]!.terms)]);
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
