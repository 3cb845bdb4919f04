// Terse bullets have typos ("trainig pipeline", "simlarity"). A long answer word that is one edit
// (insert, delete, substitute, swap) away from exactly one long cue word is read as that word.
// Short words are left alone: at four or five letters one edit turns a word into another word.
import { stemOf, type Token } from './text.js';

const MIN_LENGTH = 7;

export interface TypoIndex {
  /** Corrections already worked out, per answer word: a pure cache, the index never changes. */
  memo: Map<string, string | undefined>;
  /** Each cue word and each of its one-letter deletions, to the cue words they come from. */
  neighbours: Map<string, string[]>;
  /** Stems that are already cue words: no need to correct. */
  known: Set<string>;
}

export function typoIndex(words: Iterable<string>): TypoIndex {
  const neighbours = new Map<string, string[]>();
  const known = new Set<string>();
  for (const word of words) {
    known.add(stemOf(word));
    if (word.length < MIN_LENGTH - 1) continue;
    for (const key of deletions(word, true)) {
      const list = neighbours.get(key);
      if (!list) neighbours.set(key, [word]);
      else if (!list.includes(word)) list.push(word);
    }
  }
  return { neighbours, known, memo: new Map() };
}

function deletions(word: string, withSelf: boolean): string[] {
  const out = withSelf ? [word] : [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function swaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** Optimal string alignment distance, stopping early past 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) ||
    restA.slice(1) === restB ||
    restA === restB.slice(1) ||
    (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
  );
}

/** The cue word a mistyped word stands for, or undefined. */
export function correction(index: TypoIndex, word: string): string | undefined {
  if (word.length < MIN_LENGTH || /\d/.test(word) || index.known.has(stemOf(word))) return undefined;
  const found = new Set<string>();
  for (const key of [...deletions(word, true), ...swaps(word)]) {
    for (const candidate of index.neighbours.get(key) ?? []) if (withinOneEdit(word, candidate)) found.add(stemOf(candidate));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Rewrites the stems of mistyped tokens in place. */
export function correctTypos(tokens: Token[], index: TypoIndex): void {
  const { memo } = index;
  for (const token of tokens) {
    if (token.word.length < MIN_LENGTH) continue;
    let fixed = memo.get(token.word);
    if (fixed === undefined && !memo.has(token.word)) {
      fixed = correction(index, token.word);
      if (memo.size < 50_000) memo.set(token.word, fixed);
    }
    if (fixed) token.stem = fixed;
  }
}
