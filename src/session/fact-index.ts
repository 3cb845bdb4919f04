// A case's facts indexed for the matcher (fact-match.ts): the terms each fact is asked with (its question,
// its asks, its keywords), the terms its answer states (words, kinds of quantity, what it counts), and how
// many facts use each term, which is how specific a word is in this case.
import type { Fact } from '../content/model.js';
import { countedAsked, countedStated, kindWords, kindsAsked, kindsStated } from './quantity-kinds.js';
import { stemOf, statesNumber, termsOf, wordsOf, type CompiledVocabulary } from './question-terms.js';

/** "#n:upload": the text counts uploads ("how many uploads", "500,000 uploads a day"). */
function countedTerms(phrases: string[][], vocabulary: CompiledVocabulary): string[] {
  return phrases.flatMap((p) => termsOf(p, vocabulary).map((t) => `#n:${t}`));
}
/** What a question counts: the head of each counted phrase ("how many user reports" → "#n:report"). */
export function countedHeads(phrases: string[][], vocabulary: CompiledVocabulary): string[] {
  return phrases.flatMap((p) => termsOf(p, vocabulary).slice(-1).map((t) => `#n:${t}`));
}
export const endsPhrase = (vocabulary: CompiledVocabulary) => (word: string) => vocabulary.ignore.has(stemOf(word));


export interface IndexedFact {
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
