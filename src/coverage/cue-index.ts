// The cues of many topics in one index, so a sentence is read once for all of them: each way of writing a
// cue is keyed by its first word's stem (or prefix) and, when it has one, its second word's.
import { matchAt, type CompiledTopic, type Matcher, type Sequence, type Span } from './cues.js';
import type { Token } from './text.js';

/**
 * Every cue of a set of topics by its first word, and by its second when that is a plain word too, so a
 * sentence is read once whatever the number of cues and common first words ("not", "we") stay cheap.
 */
export interface CueIndex {
  byStem: Map<string, Bucket>;
  byWord: Map<string, Bucket>;
  /** First step a prefix: by its first three letters. */
  byPrefix: Map<string, Bucket>;
  /** First step a prefix of one or two letters: by those letters. */
  byShortPrefix: Map<string, Bucket>;
  /** For each cue (not exclusions), the topics (by position) that use it. */
  topicsOf: Map<Matcher, number[]>;
}

/** One way of writing a cue, shared by every matcher that has it ("rate" is in several groups). */
interface Entry {
  source: string;
  seq: Sequence;
  matchers: Matcher[];
}

interface Bucket {
  /** Entries whose second step is not a stem (or that have one step): always tried. */
  any: Entry[];
  byNextStem: Map<string, Entry[]>;
}

export function cueIndex(topics: readonly CompiledTopic[]): CueIndex {
  const index: CueIndex = { byStem: new Map(), byWord: new Map(), byPrefix: new Map(), byShortPrefix: new Map(), topicsOf: new Map() };
  topics.forEach((topic, i) => {
    for (const matcher of topic.cueMatchers) {
      const list = index.topicsOf.get(matcher);
      if (list) list.push(i);
      else index.topicsOf.set(matcher, [i]);
    }
  });
  const entries = new Map<string, Entry>();
  const add = (map: Map<string, Bucket>, key: string, entry: Entry) => {
    let bucket = map.get(key);
    if (!bucket) map.set(key, (bucket = { any: [], byNextStem: new Map() }));
    const second = entry.seq.steps[1];
    if (second?.kind !== 'stem') bucket.any.push(entry);
    else {
      const list = bucket.byNextStem.get(second.stem);
      if (list) list.push(entry);
      else bucket.byNextStem.set(second.stem, [entry]);
    }
  };
  const seen = new Set<Matcher>();
  for (const topic of topics) {
    for (const matcher of [...topic.cueMatchers, ...topic.exclude, ...topic.unless]) {
      if (seen.has(matcher)) continue;
      seen.add(matcher);
      for (const { source, seq } of matcher.alternatives) {
        const first = seq.steps[0];
        if (!first || first.kind === 'gap') continue;
        const key = `${seq.label ? 'L' : ''}${JSON.stringify(seq.steps)}`;
        const known = entries.get(key);
        if (known) {
          if (!known.matchers.includes(matcher)) known.matchers.push(matcher);
          continue;
        }
        const entry: Entry = { source, seq, matchers: [matcher] };
        entries.set(key, entry);
        if (first.kind === 'stem') add(index.byStem, first.stem, entry);
        else if (first.kind === 'word') add(index.byWord, first.word, entry);
        else if (first.prefix.length >= 3) add(index.byPrefix, first.prefix.slice(0, 3), entry);
        // A prefix shorter than a token's three-letter head ("ml*" for "mlops") is keyed by its own letters.
        else add(index.byShortPrefix, first.prefix, entry);
      }
    }
  }
  return index;
}

/** Every span of the sentence where each indexed cue matches. */
export function findAll(index: CueIndex, tokens: readonly Token[]): Map<Matcher, Span[]> {
  const found = new Map<Matcher, Span[]>();
  const tryAll = (entries: Entry[] | undefined, at: number) => {
    if (!entries) return;
    for (const entry of entries) {
      const span = matchAt(entry.seq, tokens, at);
      if (!span) continue;
      span.source = entry.source;
      for (const matcher of entry.matchers) {
        const list = found.get(matcher);
        if (list) list.push(span);
        else found.set(matcher, [span]);
      }
    }
  };
  const tryBucket = (bucket: Bucket | undefined, at: number) => {
    if (!bucket) return;
    tryAll(bucket.any, at);
    const next = tokens[at + 1];
    if (next && bucket.byNextStem.size > 0) tryAll(bucket.byNextStem.get(next.stem), at);
  };
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    tryBucket(index.byStem.get(token.stem), at);
    if (index.byWord.size > 0) tryBucket(index.byWord.get(token.word), at);
    tryBucket(index.byPrefix.get(token.head), at);
    if (index.byShortPrefix.size > 0) {
      tryBucket(index.byShortPrefix.get(token.word.slice(0, 1)), at);
      tryBucket(index.byShortPrefix.get(token.word.slice(0, 2)), at);
    }
  }
  return found;
}

/** Whether any way of writing the matcher occurs somewhere in the tokens (for short texts such as headings). */
export function matchesAnywhere(matcher: Matcher, tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) for (const { seq } of matcher.alternatives) if (matchAt(seq, tokens, at)) return true;
  return false;
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

