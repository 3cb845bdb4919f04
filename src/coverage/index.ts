// The coverage checker's public face. Pure: text and topics in, verdicts out.
//
// An answer is cut into sentences (markdown-aware, headings and placeholders dropped); each sentence is
// tokenised, stemmed and typo-corrected against the cue vocabulary; a topic is covered by the first
// sentence where one of its cues matches, outside any look-alike it excludes, and not waved away.
import type { Topic } from '../content/model.js';
import { cueIndex, findAll, matchesAnywhere, overlaps, spanOfChars, type CueIndex } from './cue-index.js';
import { compileTopic, type CompiledTopic, type Matcher, type Span } from './cues.js';
import { dismissal, placeholderDismissal, type Dismissal } from './dismissal.js';
import { segment, type Segment } from './segment.js';
import { NAME_FILLER, STOPWORDS } from './language.js';
import { tokenize, type Token } from './text.js';
import { correctTypos, typoIndex, type TypoIndex } from './typos.js';

export interface TopicCoverage {
  topic: Topic;
  covered: boolean;
  /** The sentence(s) of the answer that showed the topic, as the user wrote them. */
  evidence: string[];
  /** Why: the cue that matched, for explanations. */
  cue?: string;
}

/**
 * Evidence kept per topic: the first sentences that show it. Enough to explain a verdict, and a topic
 * already shown this often need not be looked for again in the rest of a long answer.
 */
export const MAX_EVIDENCE = 5;

/** A question put to the interviewer during the clarify step, and what the interviewer answered. */
export interface AskedQuestion {
  question: string;
  /** The fact that answered it, or undefined when the interviewer had none ("state an assumption"). */
  reply?: string;
  /** The topics the case says that answer puts on the table: asking for it covers them. */
  topics?: readonly string[];
}

export interface CheckOptions {
  /** Lines typed in a session: no line is a heading, so a terse line that names something specific counts. */
  typed?: boolean;
  /**
   * Questions asked of the interviewer while clarifying. Asking is how one clarifies: a question the
   * interviewer answered from a fact counts for the topics the question and its answer show together;
   * the question is the evidence.
   */
  asked?: readonly AskedQuestion[];
}

/** A question asked of the interviewer as its evidence quotes it: "? how many posts a day". */
const askedShown = (question: string): string => `? ${question.replace(/^\?\s*/, '')}`;

/** Which of `topics` the answer covers, with the evidence (at most MAX_EVIDENCE sentences each). Deterministic; no IO. */
export function coverageOf(text: string, topics: readonly Topic[], options: CheckOptions = {}): TopicCoverage[] {
  const compiled = topics.map(compileTopic);
  const { typos, cues } = indexesFor(compiled);
  const results = topics.map((topic): TopicCoverage => ({ topic, covered: false, evidence: [] }));
  const patterned = compiled.flatMap((topic, i) => (topic.patterns.length > 0 ? [i] : []));
  const sentences = segment(text, options.typed ? { typed: true } : {});
  for (const { question, reply, topics: put } of options.asked ?? []) {
    const shown = askedShown(question);
    // Judged with the answer it got, so "? how many posts a day" counts once the interviewer has put a number on it.
    // When the case says what the answer puts on the table, that is what it adds: the rest of its words (a privacy
    // note in an answer about logs) were the interviewer's, not asked for. The question still shows what asking shows.
    const heard = reply !== undefined && put === undefined;
    const said = heard ? `${shown.replace(/\?*\s*$/, '')}: ${reply}` : shown;
    sentences.push({ text: said, shown, kind: 'text', line: 0, tokens: tokenize(said), placeholder: false, question: !heard, context: [] });
  }
  const sectioned = compiled.flatMap((topic, i) => (topic.sections.length > 0 ? [i] : []));
  // Which sectioned topics each heading names, worked out once per distinct heading.
  const named = new Map<string, number[]>();
  const topicsNamedBy = (heading: string): number[] => {
    let list = named.get(heading);
    if (!list) {
      const tokens = tokenize(heading);
      named.set(heading, (list = sectioned.filter((i) => compiled[i]!.sections.some((m) => matchesAnywhere(m, tokens)))));
    }
    return list;
  };
  let openSections = sectioned.length;
  for (const sentence of sentences) {
    if (sentence.placeholder || sentence.tokens.length === 0) continue;
    // Under a heading that names the topic ("Available data", "Use case"), a line of content is about it.
    const words = openSections > 0 && sentence.context.length > 0 && !sentence.question ? contentWords(sentence) : 0;
    if (words > 0) {
      for (const heading of sentence.context) {
        // A one-word line answers a short label above it ("ML category:" / "ranking"), not a sentence it hangs from.
        if (words === 1 && !isLabel(heading)) continue;
        for (const i of topicsNamedBy(heading)) {
          const result = results[i]!;
          if (result.covered) continue;
          result.covered = true;
          result.cue = `under "${heading}"`;
          result.evidence.push(sentence.shown ?? sentence.text);
          openSections--;
        }
      }
    }
    correctTypos(sentence.tokens, typos);
    const found = findAll(cues, sentence.tokens);
    // Only topics with a cue in the sentence, or a pattern that could match it, are looked at.
    const candidates = new Set<number>();
    for (const matcher of found.keys()) for (const i of cues.topicsOf.get(matcher) ?? []) candidates.add(i);
    const hasDigit = /\d/.test(sentence.text);
    for (const i of patterned) if (hasDigit || !compiled[i]!.digitPatternsOnly) candidates.add(i);
    for (const i of candidates) {
      const topic = compiled[i]!;
      const result = results[i]!;
      // A question that only asks shows nothing, except for topics that asking covers ("what data do we have?").
      if (sentence.question && !topic.asking) continue;
      // A sentence already quoted as evidence (a repeated line) has nothing new to say.
      if (result.evidence.length >= MAX_EVIDENCE || result.evidence.includes(sentence.shown ?? sentence.text)) continue;
      const cue = matchTopic(topic, sentence, found, hasDigit);
      if (cue === undefined) continue;
      result.covered = true;
      result.cue ??= cue;
      result.evidence.push(sentence.shown ?? sentence.text);
    }
  }
  // An answer the case says puts a topic on the table covers it for the question that drew it out. Of an answer
  // that settles several, the ones the question's own words are about ("? logged clicks available, how far
  // back?" asks about data, not the privacy limit the answer also states); all of them when its words say none.
  for (const { question, topics: put } of options.asked ?? []) {
    if (!put || put.length === 0) continue;
    const shown = askedShown(question);
    const about = put.length > 1 ? topicsAskedAbout(question, topics, compiled, cues, put) : put;
    for (const result of results) {
      if (!about.includes(result.topic.id) || result.evidence.length >= MAX_EVIDENCE || result.evidence.includes(shown)) continue;
      result.covered = true;
      result.cue ??= 'asked';
      result.evidence.push(shown);
    }
  }
  return results;
}

/** Which of `put` a question's words show, read as if it stated them; all of `put` when they show none. */
function topicsAskedAbout(question: string, topics: readonly Topic[], compiled: readonly CompiledTopic[], cues: CueIndex, put: readonly string[]): readonly string[] {
  const tokens = tokenize(question);
  const sentence: Segment = { text: question, kind: 'text', line: 0, tokens, placeholder: false, question: false, context: [] };
  const found = findAll(cues, tokens);
  const hasDigit = /\d/.test(question);
  const shown = topics.flatMap(({ id }, i) => (put.includes(id) && matchTopic(compiled[i]!, sentence, found, hasDigit) !== undefined ? [id] : []));
  return shown.length > 0 ? shown : put;
}

/**
 * A topic's name says something only with words of its own beside it: "A/B testing of the new ranker on
 * bookings" does, "A/B testing framework" and "Model retraining strategies" do not.
 */
function saysMore(tokens: readonly Token[], span: Span, named: readonly Span[]): boolean {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i >= span.from && i < span.to) continue;
    if (named.some((n) => i >= n.from && i < n.to)) continue;
    const { word, stem } = tokens[i]!;
    if (word.length >= 3 && !/\d/.test(word) && !STOPWORDS.has(word) && !NAME_FILLER.has(stem)) words++;
  }
  return words >= 2;
}

/** How many words say something: not stopwords, three letters or more. */
function contentWords(sentence: Segment): number {
  return sentence.tokens.filter((t) => t.word.length > 2 && !LINE_FILLER.has(t.word)).length;
}

const LINE_FILLER = new Set(['the', 'and', 'for', 'are', 'was', 'with', 'not', 'yes', 'has', 'have', 'any', 'all', 'etc']);

/** A heading short enough to be a label ("ML category", "Safeguard metrics:"), not a sentence. */
const LABEL_WORDS = 4;
const isLabel = (heading: string): boolean => heading.split(/\s+/).length <= LABEL_WORDS;

const NONE: { span: Span; dismissed: Dismissal }[] = [];

/**
 * The sentence as a pattern reads it: bold, italic and code marks are how it looks, not what it says ("**DAU** 500
 * million", "~1B `DAU`"). Each becomes a space, so a match's offsets are the sentence's own.
 */
const unmarked = (text: string): string => text.replace(/[*`]/g, ' ');

/** The first cue of the topic that this sentence shows, or undefined. */
function matchTopic(topic: CompiledTopic, sentence: Segment, spans: Map<Matcher, Span[]>, hasDigit: boolean): string | undefined {
  const { tokens } = sentence;
  // Most candidate sentences show no whole cue of the topic (one word of a group, a digit but no
  // pattern): settle that without building anything, and try patterns only when nothing else is there.
  const anyCue =
    topic.phrases.some((m) => spans.has(m)) || topic.names.some((m) => spans.has(m)) || topic.together.some((group) => group.every((m) => spans.has(m)));
  if (!anyCue && topic.patterns.length === 0) return undefined;
  const plain = (sentence.plain ??= unmarked(sentence.text));
  const lower = (sentence.lower ??= plain.toLowerCase());
  const patterns = topic.patterns.filter((p) => (hasDigit || !p.digit) && (!p.literals || p.literals.some((l) => lower.includes(l))));
  if (!anyCue && !patterns.some(({ re }) => ((re.lastIndex = 0), re.test(plain)))) return undefined;
  if (topic.unless.some((m) => spans.has(m))) return undefined;
  const judge = topic.negatable ? dismissal : placeholderDismissal;
  let excluded: Span[] | undefined;
  const isExcluded = (span: Span) => (excluded ??= topic.exclude.flatMap((m) => spans.get(m) ?? [])).some((x) => overlaps(x, span));
  // Every cue found, with how it is dismissed; a strong dismissal anywhere silences the topic in this sentence.
  const found = new Map<Matcher, { span: Span; dismissed: Dismissal }[]>();
  let strong = false;
  const hits = (m: Matcher) => {
    if (!spans.has(m)) return NONE;
    let list = found.get(m);
    if (!list) {
      list = (spans.get(m) ?? [])
        .filter((span) => !isExcluded(span))
        .map((span) => ({ span, dismissed: judge(tokens, span) }));
      if (list.some((h) => h.dismissed === 'strong')) strong = true;
      found.set(m, list);
    }
    return list;
  };
  const patternHits = patterns.flatMap(({ source, re }) => {
    re.lastIndex = 0;
    if (!re.test(plain)) return NONE;
    re.lastIndex = 0;
    return [...plain.matchAll(re)]
      .map((m) => ({ ...spanOfChars(tokens, m.index, m.index + m[0].length), source }))
      .filter((span) => !isExcluded(span))
      .map((span) => ({ span, dismissed: judge(tokens, span) }));
  });
  if (patternHits.some((h) => h.dismissed === 'strong')) strong = true;
  for (const phrase of topic.phrases) hits(phrase);
  for (const name of topic.names) hits(name);
  for (const group of topic.together) group.forEach(hits);
  if (strong) return undefined;

  const counting = (m: Matcher) => hits(m).filter((h) => !h.dismissed);
  for (const phrase of topic.phrases) {
    const hit = counting(phrase)[0];
    if (hit) return hit.span.source;
  }
  for (const group of topic.together) {
    const chosen = together(group.map(counting), sentence);
    if (chosen) return chosen.map((span) => span.source).join(' + ');
  }
  // Other names of the topic are not more said: "random forest, gradient boosted trees" only names.
  const named = topic.names.flatMap((m) => spans.get(m) ?? []);
  for (const name of topic.names) {
    const hit = counting(name).find(({ span }) => saysMore(tokens, span, named));
    if (hit) return hit.span.source;
  }
  return patternHits.find((h) => !h.dismissed)?.span.source;
}

/**
 * How far apart, in words, a group's members may stand. The parts of one claim are said close together
 * ("retrain nightly", "there are three years of click logs"); across a long sentence they belong to different
 * claims ("there are many features we can use …, and what the viewer tends to interact with").
 */
export const TOGETHER_WITHIN = 20;

const DASH = /—| - /;

/**
 * Which thought each word of a sentence belongs to, when a dash sets one apart: an aside between two dashes ("start
 * with a popularity ranker — the top 50 videos per country — and make the model beat it") is a thought of its own
 * and the sentence around it one thought; after a last, unpaired dash an afterthought begins ("retrain monthly -
 * careful, customers we saved look like loyal ones"). A semicolon joins clauses of one thought ("impressions below
 * the fold were never seen; exclude them"). Undefined when the sentence has no dash.
 */
function thoughtsOf(sentence: Segment): number[] | undefined {
  if (!DASH.test(sentence.text)) return undefined;
  if (!thoughtsCache.has(sentence)) thoughtsCache.set(sentence, thoughtsAcross(sentence));
  return thoughtsCache.get(sentence);
}

const thoughtsCache = new WeakMap<Segment, number[] | undefined>();

function thoughtsAcross({ tokens, text }: Segment): number[] | undefined {
  const dashes = tokens.flatMap((t, i) => (t.stopAfter && i + 1 < tokens.length && DASH.test(text.slice(t.end, tokens[i + 1]!.start)) ? [i] : []));
  if (dashes.length === 0) return undefined;
  const thoughts: number[] = [];
  let main = 0;
  let current = 0;
  let fresh = 1;
  let aside = false;
  for (let i = 0, d = 0; i < tokens.length; i++) {
    thoughts.push(current);
    if (dashes[d] !== i) continue;
    d++;
    if (aside) [current, aside] = [main, false];
    else if (d < dashes.length) [current, aside] = [fresh++, true];
    else main = current = fresh++;
  }
  return thoughts;
}

/** One span per group member, no two overlapping ("logs of" and "logs" are one word, not two), all within TOGETHER_WITHIN words and one thought. */
function together(candidates: { span: Span }[][], sentence: Segment): Span[] | undefined {
  const chosen: Span[] = [];
  const thoughts = thoughtsOf(sentence);
  // A bound on the search, for a sentence that repeats a member's words hundreds of times.
  let tries = 2000;
  const pick = (member: number, from: number, to: number): boolean => {
    if (member === candidates.length) return true;
    for (const { span } of candidates[member]!) {
      if (tries-- <= 0) return false;
      // Spans come in sentence order: past the window, every later one is too.
      if (span.from - from > TOGETHER_WITHIN) break;
      const [lo, hi] = [Math.min(from, span.from), Math.max(to, span.to)];
      if (hi - lo > TOGETHER_WITHIN || chosen.some((c) => overlaps(c, span))) continue;
      if (thoughts && chosen.length > 0 && thoughts[span.from] !== thoughts[chosen[0]!.from]) continue;
      chosen.push(span);
      if (pick(member + 1, lo, hi)) return true;
      chosen.pop();
    }
    return false;
  };
  return pick(0, Infinity, -Infinity) ? chosen : undefined;
}

// The indexes depend only on the set of topics: keep them for the last few sets, since the session
// engine checks every typed line against one step's topics and a summary walks step after step.
const MAX_INDEXES = 512;
const indexes = new Map<string, { typos: TypoIndex; cues: CueIndex }>();
const serial = new WeakMap<CompiledTopic, number>();
let nextSerial = 0;

function indexesFor(compiled: readonly CompiledTopic[]): { typos: TypoIndex; cues: CueIndex } {
  const key = compiled
    .map((topic) => {
      let n = serial.get(topic);
      if (n === undefined) serial.set(topic, (n = nextSerial++));
      return n;
    })
    .join(',');
  const known = indexes.get(key);
  if (known) {
    // Most recently used last.
    indexes.delete(key);
    indexes.set(key, known);
    return known;
  }
  const words = new Set<string>();
  for (const topic of compiled) for (const word of topic.words) words.add(word);
  const built = { typos: typoIndex(words), cues: cueIndex(compiled) };
  indexes.set(key, built);
  if (indexes.size > MAX_INDEXES) indexes.delete(indexes.keys().next().value!);
  return built;
}
