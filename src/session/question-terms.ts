// The words of a question, or of a fact, as the interviewer compares them:
// lower-cased, synonym phrases folded into their group ("kids", "under 13" →
// one term), ignored words dropped, the rest stemmed as the coverage checker stems
// them (words the Porter stemmer folds together, engine and engineers, product and
// production, keep stems of their own). Typos are fixed against
// the words the case's facts use. Pure.
import type { Vocabulary } from '../content/model.js';
import { stemOf } from '../coverage/text.js';

export { stemOf };

/** A synonym group's term: cannot collide with a stem, which never starts with "~". */
const groupTerm = (group: string): string => `~${group}`;
/** What an ignored phrase folds into: dropped from the terms. */
const IGNORED = '';

export interface CompiledVocabulary {
  /** Stemmed phrase (words joined by one space) → the group's term. */
  phrases: Map<string, string>;
  longest: number;
  /** Stems of words that carry no meaning for matching. */
  ignore: Set<string>;
  /** Surface words the vocabulary knows, so a typo is not "corrected" away from them. */
  words: Set<string>;
  /** Share of the catalogue's topics that use each term: how generic it is in any design ("data", "model"). */
  generic: Map<string, number>;
  /** Stemmed phrases that ask for a number, each as " a b " to find inside " question words ". */
  numeric: string[];
}


/** Lower-case words; "a/b" and "&" read as words, apostrophes dropped ("what's" → "whats"). */
export function wordsOf(text: string): string[] {
  const lower = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/\ba\s*\/\s*b\b/g, 'ab')
    .replace(/&/g, ' and ');
  return lower.match(/[a-z0-9]+/g) ?? [];
}

const compiled = new WeakMap<Vocabulary, CompiledVocabulary>();

export function compileVocabulary(vocabulary: Vocabulary | undefined): CompiledVocabulary {
  if (!vocabulary) return { phrases: new Map(), longest: 0, ignore: new Set(), words: new Set(), generic: new Map(), numeric: [] };
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  const phrases = new Map<string, string>();
  const words = new Set<string>();
  let longest = 0;
  for (const [group, list] of vocabulary.synonyms) {
    for (const phrase of list) {
      const w = wordsOf(phrase);
      if (w.length === 0) continue;
      w.forEach((x) => words.add(x));
      phrases.set(w.map(stemOf).join(' '), groupTerm(group));
      longest = Math.max(longest, w.length);
    }
  }
  const ignore = new Set<string>();
  for (const entry of vocabulary.ignore) {
    const w = wordsOf(entry);
    w.forEach((x) => words.add(x));
    // "these days" is ignored as a phrase: "day" alone still counts ("posts per day").
    if (w.length === 1) ignore.add(stemOf(w[0]!));
    else if (w.length > 1) {
      phrases.set(w.map(stemOf).join(' '), IGNORED);
      longest = Math.max(longest, w.length);
    }
  }
  const generic = new Map<string, number>();
  const numeric = vocabulary.numeric.map((p) => ` ${wordsOf(p).map(stemOf).join(' ')} `);
  const partial = { phrases, longest, ignore, words, generic, numeric };
  for (const text of vocabulary.background) {
    const surface = wordsOf(text);
    // A word the catalogue uses is a word, not a typo ("context" is not "content" mistyped).
    surface.forEach((w) => words.add(w));
    for (const term of new Set(termsOf(surface, partial))) generic.set(term, (generic.get(term) ?? 0) + 1 / vocabulary.background.length);
  }
  const result = partial;
  compiled.set(vocabulary, result);
  return result;
}

/**
 * The comparable terms of a text, in order: synonym groups first (longest phrase wins, so "daily
 * active users" is one term), then stems of the words that are neither ignored nor bare numbers.
 * `inner`: a synonym phrase also yields its own words (for a fact's text, not a question's).
 */
export function termsOf(words: readonly string[], vocabulary: CompiledVocabulary, { inner = false } = {}): string[] {
  const stemmed = words.map(stemOf);
  const out: string[] = [];
  for (let i = 0; i < stemmed.length; ) {
    let matched = 0;
    for (let n = Math.min(vocabulary.longest, stemmed.length - i); n > 0 && matched === 0; n--) {
      const group = vocabulary.phrases.get(stemmed.slice(i, i + n).join(' '));
      if (group !== undefined) {
        if (group !== IGNORED) out.push(group);
        // A fact that says "existing system" also uses "existing": "an existing recommender?" asks for it.
        if (inner && group !== IGNORED) out.push(...stemmed.slice(i, i + n).filter((s) => !vocabulary.ignore.has(s) && !/^\d+$/.test(s)));
        matched = n;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const stem = stemmed[i]!;
    if (!vocabulary.ignore.has(stem) && !/^\d+$/.test(stem)) out.push(stem);
    i++;
  }
  return out;
}

/** True when the question asks for a number ("how many users", "what fraction of posts"). */
export function asksForNumber(words: readonly string[], vocabulary: CompiledVocabulary): boolean {
  const text = ` ${words.map(stemOf).join(' ')} `;
  return vocabulary.numeric.some((p) => text.includes(p));
}

/** True when a fact's answer states a quantity: a figure ("400 million", "0.3 percent", "within 14 days"). */
export const statesNumber = (answer: string): boolean => /(^|[^\w.])\d/.test(answer);

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = diffs;
    return diffs.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Below this length a one-letter difference is too often another word ("team"/"tea"). */
const TYPO_MIN_LENGTH = 5;

/**
 * Each word the facts and the vocabulary do not know, replaced by the one known word a single
 * edit away ("clikc" → "click", "langauges" → "languages"); left as typed when there are none or several.
 */
export function correctTypos(words: readonly string[], known: ReadonlySet<string>): string[] {
  return words.map((word) => {
    if (word.length < TYPO_MIN_LENGTH || known.has(word) || /\d/.test(word)) return word;
    // An adverb of a word the facts use: "freshly" asks what "fresh" answers (the stemmer keeps "-ly").
    const base = word.replace(/(ly|ily)$/, (m) => (m === 'ily' ? 'y' : ''));
    if (base !== word && known.has(base)) return base;
    let found: string | undefined;
    for (const candidate of known) {
      if (!oneEditApart(word, candidate)) continue;
      if (found !== undefined && stemOf(found) !== stemOf(candidate)) return word;
      found = candidate;
    }
    return found ?? word;
  });
}
