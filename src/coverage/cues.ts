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
      const literals = leadingLiterals(source);
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

/** A pattern that cannot match without a digit: every alternative at its top level starts with \d or \b\d. */
function needsDigit(source: string): boolean {
  // With an alternation at the top level, only the first branch is read here: the others may need no digit.
  return !hasTopLevelAlternation(source) && /^(\(\?-i\))?(\\b)?\\d/.test(source);
}

/**
 * The words a pattern must begin with, when it opens (after \b) with a plain word or a group of plain
 * alternatives: "\b(mae|rmse|mse)\b…" needs "mae", "rmse" or "mse" somewhere in the sentence. A cheap
 * `includes` then spares most sentences the regular expression. Undefined when that cannot be read off.
 */
export function leadingLiterals(source: string): string[] | undefined {
  if (source.startsWith('(?-i)') || hasTopLevelAlternation(source)) return undefined;
  const body = source.replace(/^\\b/, '');
  const group = /^\(([a-z0-9 |-]+)\)/.exec(body);
  if (group) {
    const alternatives = group[1]!.split('|');
    const optional = /^[?*{]/.test(body.slice(group[0].length));
    return !optional && alternatives.every((a) => a.length > 0) ? alternatives : undefined;
  }
  const word = /^[a-z0-9]+/.exec(body);
  // A plain word counts only if nothing after it makes its last letter optional (`ab?`, `ab*`, `ab{0,1}`).
  if (!word || /^[?*{]/.test(body.slice(word[0].length))) return undefined;
  return [word[0]];
}

/** An `|` outside every group: the pattern has alternatives that need not begin alike. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // Skip a character class whole: | and ( inside it are literal.
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
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
