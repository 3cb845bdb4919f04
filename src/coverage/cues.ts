// Topic cues compiled once into word sequences, and found in a sentence's tokens.
//
// The cue language (topics/*.yaml, cases/*.yaml):
//   phrase      consecutive words matched on their stems, so inflections match: "split by time" matches
//               "splits by time" and "splitting by time"; punctuation and hyphens between words are ignored
//   a|b         alternatives: "a/b test|ab test|split test"
//   word*       a word prefix: "recommend*" matches recommender, recommendation
//   ...         a gap of up to four words: "compare ... against"
//   =word       this exact word, not its stem: "=clustering" (not "GPU cluster")
//   label:      a trailing colon or =: only as the label that opens a sentence ("online: CTR, watch time")
// Patterns are case-insensitive regular expressions on the sentence; a leading (?-i) makes one case-sensitive.
import type { Topic } from '../content/model.js';
import { stemOf, tokenize, type Token } from './text.js';

type Step = { kind: 'stem'; stem: string } | { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'gap' };

/** One way a cue can be written: a sequence of steps, and whether it must open the sentence as a label. */
export interface Sequence {
  steps: Step[];
  label: boolean;
}

export interface Matcher {
  /** Each way of writing the cue, as written in the YAML, with its compiled sequence. */
  alternatives: { source: string; seq: Sequence }[];
}

export interface CompiledTopic {
  phrases: Matcher[];
  together: Matcher[][];
  patterns: { source: string; re: RegExp }[];
  exclude: Matcher[];
  negatable: boolean;
  /** Every cue word of six letters or more, for typo correction. */
  words: Set<string>;
}

/** A found cue: token span [from, to), and which way of writing it matched. */
export interface Span {
  from: number;
  to: number;
  source?: string;
}

const GAP = 4;
const compiled = new WeakMap<Topic, CompiledTopic>();

export function compileTopic(topic: Topic): CompiledTopic {
  let done = compiled.get(topic);
  if (done) return done;
  const words = new Set<string>();
  const matcher = (source: string): Matcher => ({
    alternatives: source.split('|').map((alt) => ({ source: alt.trim(), seq: sequence(alt, words) })),
  });
  const { cues } = topic;
  done = {
    phrases: (cues.phrases ?? []).map(matcher),
    together: (cues.together ?? []).map((group) => group.map(matcher)),
    patterns: (cues.patterns ?? []).map((source) => ({ source, re: pattern(source) })),
    exclude: (cues.exclude ?? []).map(matcher),
    negatable: cues.negatable !== false,
    words,
  };
  compiled.set(topic, done);
  return done;
}

/** Case-insensitive unless the pattern starts with (?-i), for tokens like "mAP" where case tells. */
function pattern(source: string): RegExp {
  return source.startsWith('(?-i)') ? new RegExp(source.slice(5), 'gu') : new RegExp(source, 'giu');
}

function sequence(text: string, words: Set<string>): Sequence {
  const steps: Step[] = [];
  const trimmed = text.trim();
  const label = /[:=]$/.test(trimmed);
  for (const piece of trimmed.replace(/\s*[:=]$/, '').split(/\s+/)) {
    if (piece === '...') steps.push({ kind: 'gap' });
    else if (piece.endsWith('*') && piece.length > 1) {
      // "re-scor*": the words before the last are stems, the last a prefix.
      const words = tokenize(piece.slice(0, -1)).map((t) => t.word);
      const prefix = words.pop() ?? '';
      for (const word of words) steps.push({ kind: 'stem', stem: stemOf(word) });
      steps.push({ kind: 'prefix', prefix });
    }
    else if (piece.startsWith('=') && piece.length > 1) steps.push({ kind: 'word', word: piece.slice(1).toLowerCase() });
    else
      for (const token of tokenize(piece)) {
        steps.push({ kind: 'stem', stem: token.stem });
        if (token.word.length >= 6 && !/\d/.test(token.word)) words.add(token.word);
      }
  }
  while (steps[0]?.kind === 'gap') steps.shift();
  return { steps, label };
}

function stepMatches(step: Step, token: Token): boolean {
  switch (step.kind) {
    case 'stem':
      return token.stem === step.stem;
    case 'word':
      return token.word === step.word;
    case 'prefix':
      return token.word.startsWith(step.prefix);
    default:
      return false;
  }
}

/** Where a sequence matches when its first step is at `at`, or undefined. */
function matchAt({ steps, label }: Sequence, tokens: readonly Token[], at: number): Span | undefined {
  // A label opens the sentence, after at most one word ("the ML objective:", "ML objective:").
  if (label && at > 1) return undefined;
  let i = at;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.kind === 'gap') {
      const next = steps[s + 1];
      if (!next) break;
      let found = -1;
      for (let j = i; j <= i + GAP && j < tokens.length; j++) {
        if (stepMatches(next, tokens[j]!)) {
          found = j;
          break;
        }
      }
      if (found < 0) return undefined;
      i = found + 1;
      s++;
      continue;
    }
    const token = tokens[i];
    if (!token || !stepMatches(step, token)) return undefined;
    i++;
  }
  if (label && !tokens[i - 1]?.labelAfter) return undefined;
  return { from: at, to: i };
}

/** Every span of a sentence where the matcher matches. */
export function find(matcher: Matcher, tokens: readonly Token[], index: SentenceIndex): Span[] {
  const spans: Span[] = [];
  for (const { source, seq } of matcher.alternatives) {
    const first = seq.steps[0];
    if (!first) continue;
    const starts = first.kind === 'stem' ? index.byStem.get(first.stem) : index.all;
    if (!starts) continue;
    for (const at of starts) {
      const span = matchAt(seq, tokens, at);
      if (span) spans.push({ ...span, source });
    }
  }
  return spans;
}

/** Positions of each stem in a sentence, so a cue is tried only where its first word occurs. */
export interface SentenceIndex {
  byStem: Map<string, number[]>;
  all: number[];
}

export function indexSentence(tokens: readonly Token[]): SentenceIndex {
  const byStem = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const at = byStem.get(token.stem);
    if (at) at.push(i);
    else byStem.set(token.stem, [i]);
  });
  return { byStem, all: tokens.map((_, i) => i) };
}

/** The token span that covers characters [start, end) of the sentence. */
export function spanOfChars(tokens: readonly Token[], start: number, end: number): Span {
  let from = tokens.findIndex((t) => t.end > start);
  if (from < 0) from = tokens.length;
  let to = from;
  while (to < tokens.length && tokens[to]!.start < end) to++;
  return { from, to: Math.max(to, from) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.from < b.to && b.from < a.to;
}

export { stemOf };
