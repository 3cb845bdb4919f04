// Topic cues compiled once into word sequences, and found in a sentence's tokens.
//
// The cue language (topics/*.yaml, cases/*.yaml):
//   phrase      consecutive words matched on their stems, so inflections match: "split by time" matches
//               "splits by time" and "splitting by time"; punctuation and hyphens between words are ignored
//   a|b         alternatives: "a/b test|ab test|split test"
//   word*       a word prefix: "recommend*" matches recommender, recommendation; a prefix of five letters
//               or more that ends in a silent e also matches the -ing form ("cache*" caching, "score*" scoring)
//   ...         a gap of up to four words: "compare ... against"
//   =word       this exact word, not its stem: "=clustering" (not "GPU cluster")
//   label:      a trailing colon or =: only as the label that opens a sentence ("online: CTR, watch time")
// Patterns are case-insensitive regular expressions on the sentence; a leading (?-i) makes one case-sensitive.
import type { Topic } from '../content/model.js';
import { stemOf, tokenize, type Token } from './text.js';

type Step = { kind: 'stem'; stem: string } | { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string; ing?: string } | { kind: 'gap' };

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
  /** The topic's own names ("A/B test", "monitoring"): they count only in a sentence that says more. */
  names: Matcher[];
  together: Matcher[][];
  /**
   * `digit`: the pattern cannot match a sentence without a digit, so such sentences skip it.
   * `literals`: when set, the pattern cannot match unless the lower-cased sentence contains one of them.
   */
  patterns: { source: string; re: RegExp; digit: boolean; literals?: string[] }[];
  /** Every pattern needs a digit (quantities, latencies): skip them on sentences without one. */
  digitPatternsOnly: boolean;
  exclude: Matcher[];
  /** Headings under which a line of content is about the topic. */
  sections: Matcher[];
  /** Words that give the sentence another sense: a sentence with one of them is no evidence for the topic. */
  unless: Matcher[];
  /** The phrases and every member of every group, for a quick "anything here?" test. */
  cueMatchers: Matcher[];
  negatable: boolean;
  /** A question covers the topic ("do we have labels?"): asking is part of what it means. */
  asking: boolean;
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
  // Cue data has one alternative per line; matching wants one matcher per list, so that a sentence
  // asks each topic one question per list, however long the list.
  const merged = (list: readonly string[] | undefined): Matcher[] => (list && list.length > 0 ? [matcher(list.join('|'))] : []);
  const phrases = merged(cues.phrases);
  const names = merged(cues.names);
  const together = (cues.together ?? []).map((group) => group.map(matcher));
  done = {
    phrases,
    names,
    together,
    cueMatchers: [...phrases, ...names, ...together.flat()],
    patterns: (cues.patterns ?? []).map((source) => {
      const literals = requiredLiterals(source);
      return { source, re: pattern(source), digit: needsDigit(source), ...(literals ? { literals } : {}) };
    }),
    digitPatternsOnly: (cues.patterns ?? []).every(needsDigit),
    exclude: merged(cues.exclude),
    sections: merged(cues.sections),
    unless: merged(cues.unless),
    negatable: cues.negatable !== false,
    asking: cues.asking === true,
    words,
  };
  compiled.set(topic, done);
  return done;
}

/** A pattern that cannot match without a digit: a \d it cannot skip, or a group whose every alternative opens with one. */
export function needsDigit(source: string): boolean {
  return requiredParts(source).some((part) => part.every((alt) => /^(\\b)?\\d/.test(alt)));
}

/**
 * Words one of which every match of a pattern contains: a plain run of characters ("…\\bwithin\\s+…" needs
 * "within"), or a group that cannot be skipped, by the plain start of each of its alternatives ("(years?|months?)"
 * needs "year" or "month"). Of several, the one whose shortest word is longest. A cheap `includes` then spares
 * most sentences the regular expression; a list of more than MAX_LITERALS words would cost about what it saves.
 * Undefined when none can be read off (a case-sensitive pattern, alternatives at the top level).
 */
export function requiredLiterals(source: string): string[] | undefined {
  if (source.startsWith('(?-i)')) return undefined;
  let best: string[] | undefined;
  let bestLength = 0;
  for (const part of requiredParts(source)) {
    const words = part.map(plainStart);
    const shortest = Math.min(...words.map((w) => w.length));
    if (words.length <= MAX_LITERALS && shortest > bestLength) [best, bestLength] = [words, shortest];
  }
  return best;
}

const MAX_LITERALS = 8;

/**
 * What every match of a pattern goes through, as alternatives: each plain run and each escape at its top
 * level (one alternative), and each group that cannot be skipped (its alternatives). Nothing when the pattern
 * has alternatives at its top level, since then no part is needed by all of them.
 */
function requiredParts(source: string): string[][] {
  if (splitTopLevel(source).length > 1) return [];
  const parts: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) parts.push([run]);
    run = '';
  };
  for (let i = source.startsWith('(?-i)') ? 5 : 0; i < source.length; ) {
    if (source[i] === '(') {
      const close = closingParen(source, i);
      const body = source.slice(i + 1, close);
      // Lookarounds match nothing themselves; an optional group can be skipped.
      if (!/^\?[=!<]/.test(body) && !OPTIONAL.test(source.slice(close + 1))) parts.push(splitTopLevel(body.replace(/^\?:/, '')));
      endRun();
      i = skipQuantifier(source, close + 1);
      continue;
    }
    const { literal, next } = atom(source, i);
    const after = source.slice(next);
    if (literal !== undefined && !OPTIONAL.test(after)) run += source.slice(i, next);
    // A run ends at anything not plain, and at a character that may repeat or be missing ("euros?" needs "euro").
    if (literal === undefined || /^[?*+{]/.test(after)) endRun();
    if (literal === undefined && source[i] === '\\' && !OPTIONAL.test(after)) parts.push([source.slice(i, next)]);
    i = skipQuantifier(source, next);
  }
  endRun();
  return parts;
}

/** A quantifier that lets what precedes it match zero times. */
const OPTIONAL = /^(\?|\*|\{0[,}])/;

/** The plain characters an alternative opens with, after any \b: "\\bper" gives "per", "\\d+" nothing. */
function plainStart(alternative: string): string {
  let word = '';
  let i = alternative.startsWith('\\b') ? 2 : 0;
  while (i < alternative.length) {
    const { literal, next } = atom(alternative, i);
    if (literal === undefined) break;
    if (OPTIONAL.test(alternative.slice(next))) break;
    word += literal;
    if (/^[+{]/.test(alternative.slice(next))) break;
    i = next;
  }
  return word;
}

/** One atom of a pattern at `i`: a plain character (lower-cased) or an escaped punctuation mark as `literal`, else undefined. */
function atom(source: string, i: number): { literal?: string; next: number } {
  const c = source[i]!;
  if (c === '\\') {
    const e = source[i + 1] ?? '';
    return /[a-z0-9]/i.test(e) ? { next: i + 2 } : { literal: e, next: i + 2 };
  }
  if (c === '[') return { next: classEnd(source, i) + 1 };
  if ('^$.|?*+{}()'.includes(c)) return { next: i + 1 };
  return { literal: c.toLowerCase(), next: i + 1 };
}

/** Past a quantifier at `i` (and its lazy ?), if there is one. */
function skipQuantifier(source: string, i: number): number {
  let j = i;
  if (source[j] === '{') j = source.indexOf('}', j) + 1 || source.length;
  else if (source[j] === '?' || source[j] === '*' || source[j] === '+') j++;
  else return i;
  return source[j] === '?' ? j + 1 : j;
}

/** The index of the ) that closes the ( at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** The alternatives of a group's body, split at its own | (not those of groups inside it). */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(body, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

/** The index of the ] that closes the character class opened at `open` (| and ( inside it are plain). */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i;
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
      steps.push(prefixStep(prefix));
    }
    // "=word": the word as the reader has it (shorthand expanded: "=vs" is "versus"), not its stem.
    else if (piece.startsWith('=') && piece.length > 1) for (const token of tokenize(piece.slice(1))) steps.push({ kind: 'word', word: token.word });
    else
      for (const token of tokenize(piece)) {
        steps.push({ kind: 'stem', stem: token.stem });
        if (token.word.length >= 6 && !/\d/.test(token.word)) words.add(token.word);
      }
  }
  while (steps[0]?.kind === 'gap') steps.shift();
  return { steps, label };
}

/** "update*" matches updated and updates, and updating as well: the e that -ing drops is the writer's, not the cue's. */
function prefixStep(prefix: string): Step {
  return prefix.length >= 5 && /[^aeiou]e$/.test(prefix) ? { kind: 'prefix', prefix, ing: `${prefix.slice(0, -1)}ing` } : { kind: 'prefix', prefix };
}

function stepMatches(step: Step, token: Token): boolean {
  switch (step.kind) {
    case 'stem':
      return token.stem === step.stem;
    case 'word':
      return token.word === step.word;
    case 'prefix':
      return token.word.startsWith(step.prefix) || (step.ing !== undefined && token.word.startsWith(step.ing));
    default:
      return false;
  }
}

/** Where a sequence matches when its first step is at `at`, or undefined. */
export function matchAt({ steps, label }: Sequence, tokens: readonly Token[], at: number): Span | undefined {
  // A label opens the sentence, after at most one word ("the ML objective:", "ML objective:"), or a clause of it
  // ("ETA → regression, target = actual trip duration").
  if (label && at > 1 && !tokens[at - 1]!.breakAfter) return undefined;
  let i = at;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.kind === 'gap') {
      const next = steps[s + 1];
      if (!next) break;
      let found = -1;
      for (let j = i; j <= i + GAP && j < tokens.length; j++) {
        // A particle ends a cue only as a word of its own: "feeds back", not "feeds the back-end".
        if (stepMatches(next, tokens[j]!) && !(s + 1 === steps.length - 1 && tokens[j]!.joinedAfter)) {
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
