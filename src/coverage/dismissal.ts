// Is a cue named only to be waved away? "we won't need an A/B test", "no monitoring for v1",
// "skip the baseline", "A/B test is not meaningful here", "guardrails: TBD", "let's leave that for now".
// Negation alone is not enough: "must not go up", "split by time so no leakage" and "never suggest
// blocked users" say something, so only a negation that governs the cue, or a verb of not-doing, dismisses.
import type { Span } from './cues.js';
import {
  AFTER_ALONE, BE, CLAUSE_WORDS, CONTRAST_WORDS, COPULAS, DEFINING, DEFINING_CLASS, DETERMINERS, DISMISSIVE, FILLER, FORMER, GENERIC_VERBS, IF_TIME,
  LATER_ENDS, LEFT_OUT, PUTTING_OFF, LEFT_UNSAID, MEASURES, META_AFTER, META_BEFORE, META_NOUNS, META_OPENING, NEGATORS as NEGATOR, NOT_DOING, NOT_ONLY, NOT_WORTH, PAST,
  PLACEHOLDERS as PLACEHOLDER, POSSIBLY, REPORTING_SUBJECTS, REPORTING_VERBS, SKIPPING, SOURCES, SUITED, TALKING,
} from './language.js';
import { tokenize, type Token } from './text.js';

function clauseStart(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i > 0 && !tokens[i - 1]!.breakAfter && !CLAUSE_WORDS.has(tokens[i - 1]!.stem)) i--;
  return i;
}

function clauseEnd(tokens: readonly Token[], to: number): number {
  let i = Math.max(to, 1);
  while (i < tokens.length && !tokens[i - 1]!.breakAfter && !CLAUSE_WORDS.has(tokens[i]!.stem)) i++;
  return i;
}

/**
 * How the cue at `span` is waved away, if it is. "strong": the sentence is about not doing the topic
 * ("we don't need an A/B test; half the traffic on a worse model costs money"), so nothing else in it
 * counts for the topic either. "weak": only this mention is negated ("split by time, so no leakage").
 */
export type Dismissal = 'strong' | 'weak' | undefined;

export function dismissal(tokens: readonly Token[], span: Span): Dismissal {
  if (notDoing(tokens, span) || talkedAway(tokens, span) || dismissedAfter(tokens, span) || placeholderClause(tokens, span) || deferred(tokens, span) || meta(tokens, span)) {
    return 'strong';
  }
  return negatedRightBefore(tokens, span) || maybeLater(tokens, span) || ifTime(tokens, span) || leftUnsaid(tokens, span) ? 'weak' : undefined;
}

/**
 * Only the placeholder test: for topics whose content is often said with a negation ("latency must not
 * go up", "we won't use private messages"), where a negated verb is the content, not a dismissal.
 */
export function placeholderDismissal(tokens: readonly Token[], span: Span): Dismissal {
  if (placeholderClause(tokens, span) || deferred(tokens, span) || meta(tokens, span) || talkedAway(tokens, span)) return 'strong';
  return maybeLater(tokens, span) || ifTime(tokens, span) || leftUnsaid(tokens, span) ? 'weak' : undefined;
}

/**
 * Said to be left out of the talk, which is a dismissal even for topics whose content is often a negation:
 * "I won't go into privacy today", "no need for guardrail metrics offline", "drift monitoring is overkill",
 * "the split is standard, not going to spend time on it".
 */
function talkedAway(tokens: readonly Token[], span: Span): boolean {
  const start = Math.max(clauseStart(tokens, span.from), span.from - 10);
  for (let j = start; j < span.from; j++) {
    if (!negates(tokens, j)) continue;
    for (let k = j + 1; k <= j + 4 && k < span.from; k++) if (talkAt(tokens, k)) return true;
  }
  for (let j = span.to; j < Math.min(tokens.length, span.to + 8); j++) {
    if (j > span.to && tokens[j - 1]!.stopAfter) break;
    if (j < span.to + 4 && DISMISSIVE.has(tokens[j]!.word)) return true;
    if (!negates(tokens, j)) continue;
    for (let k = j + 1; k <= j + 4 && k < tokens.length; k++) if (talkAt(tokens, k)) return true;
  }
  return false;
}

/** A negation, unless it sits inside a hyphenated compound: "shown-not-clicked items" names items, it negates nothing. */
const negates = (tokens: readonly Token[], at: number): boolean => NEGATOR.has(tokens[at]!.word) && !tokens[at - 1]?.joinedAfter;

const stemsOf = (phrase: string) => tokenize(phrase).map((t) => t.stem);
const metaBefore = META_BEFORE.map(stemsOf);
const metaOpening = META_OPENING.map(stemsOf);
const talkPhrases = TALKING.map(stemsOf);
const talkAt = (tokens: readonly Token[], at: number) => talkPhrases.some((phrase) => startsAt(tokens, at, phrase));

function startsAt(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((stem, k) => tokens[at + k]?.stem === stem);
}

/**
 * Talk about the answer instead of an answer: "read more about A/B testing", "Cover monitoring and
 * explainability", "A/B testing considerations discussed". The topic is pointed at, not said.
 */
function meta(tokens: readonly Token[], span: Span): boolean {
  if (reportsOnDocument(tokens, span.from) || background(tokens) || defines(tokens, span) || aboutAnother(tokens, span)) return true;
  if (metaOpening.some((phrase) => startsAt(tokens, 0, phrase) && phrase.length <= span.from)) return true;
  const start = Math.max(clauseStart(tokens, span.from), span.from - 8);
  for (let j = start; j < span.from; j++) if (metaBefore.some((phrase) => j + phrase.length <= span.from && startsAt(tokens, j, phrase))) return true;
  for (let j = span.to; j < Math.min(tokens.length, span.to + 3); j++) {
    const { word } = tokens[j]!;
    if (META_NOUNS.has(word)) return true;
    if (META_AFTER.has(word) && (BE.has(tokens[j - 1]?.word ?? '') || j === tokens.length - 1)) return true;
  }
  return false;
}

/**
 * Said of another system, or of what someone else found, not of this design: "the old search had a CTR of
 * 12%", "the legacy service had an MAE of 90 s", "AUC was 0.91 on the Kaggle dataset", "YouTube famously
 * switched to watch time". A former system in a clause told in the past, or a source named, anywhere in the
 * cue's clause. "Compare the new ranker with the old one in an A/B test" is a plan, and counts.
 */
function aboutAnother(tokens: readonly Token[], span: Span): boolean {
  const start = clauseStart(tokens, span.from);
  const end = clauseEnd(tokens, span.to);
  let former = false;
  let past = false;
  for (let j = start; j < end; j++) {
    const { word } = tokens[j]!;
    if (SOURCES.has(word)) return true;
    if (FORMER.has(word)) former = true;
    if (PAST.has(word)) past = true;
  }
  return former && past;
}

/** What is worked out once per sentence, though the checker asks for every cue it finds there. */
interface SentenceFacts {
  /** The sentence as a whole is background. */
  background?: boolean;
  /** Where it puts a thing off. */
  putOff?: { ifTime: number[]; unsaid: number[] };
}
const perSentence = new WeakMap<readonly Token[], SentenceFacts>();

function factsOf(tokens: readonly Token[]): SentenceFacts {
  let facts = perSentence.get(tokens);
  if (!facts) perSentence.set(tokens, (facts = {}));
  return facts;
}

/** The prompt restated, a pointer to another section, or a definition of a kind of thing: nothing in it is this design. */
function background(tokens: readonly Token[]): boolean {
  return (factsOf(tokens).background ??= isPrompt(tokens) || coveredElsewhere(tokens) || definesSomethingElse(tokens));
}

/** A pointer to another part of the document: "Offline metrics and A/B testing are covered in the next section." */
function coveredElsewhere(tokens: readonly Token[]): boolean {
  for (let j = 1; j < tokens.length - 1; j++) {
    if (!META_AFTER.has(tokens[j]!.word) || !BE.has(tokens[j - 1]!.word)) continue;
    const next = tokens[j + 1]!.word;
    if (next === 'later' || next === 'below' || next === 'elsewhere' || (next === 'in' && /^(the|a|another)$/.test(tokens[j + 2]?.word ?? '') && /^(next|following|later|previous|separate|other)$/.test(tokens[j + 3]?.word ?? ''))) return true;
  }
  return false;
}

/** The interview's prompt, not an answer to it: "Design a system that serves recommendations in real time." */
function isPrompt(tokens: readonly Token[]): boolean {
  return tokens[0]?.word === 'design' && DETERMINERS.has(tokens[1]?.word ?? '') && tokens.slice(2, 8).some((t) => /^(system|service|platform)$/.test(t.word));
}

/**
 * A definition of the topic's term rather than a use of it: "AUC is the area under the ROC curve", "Model
 * serving is the process of making a model available", "Guardrail metrics are metrics that …". The term
 * opens the sentence and a copula follows it, then a word that only a definition puts there. "The baseline
 * is a popularity ranker" names one and is content.
 */
function defines(tokens: readonly Token[], span: Span): boolean {
  let i = 0;
  while (i < tokens.length && DETERMINERS.has(tokens[i]!.word)) i++;
  if (span.from > i + 3) return false;
  const links = (k: number) => COPULAS.has(tokens[k]?.word ?? '') || GENERIC_VERBS.has(tokens[k]?.word ?? '');
  let copula = span.to;
  while (copula < Math.min(tokens.length, span.to + 3) && !links(copula)) copula++;
  if (!links(copula)) return false;
  if (GENERIC_VERBS.has(tokens[copula]!.word)) return true;
  let head = copula + 1;
  if (tokens[head]?.word === 'to') head++;
  while (DETERMINERS.has(tokens[head]?.word ?? '')) head++;
  const word = tokens[head]?.word ?? '';
  if (DEFINING.has(word)) return true;
  // "… are metrics that …", "… are algorithms which …": a class of things, then what sets it apart.
  return DEFINING_CLASS.has(word) && /^(that|which)$/.test(tokens[head + 1]?.word ?? '');
}

/**
 * A sentence that defines a kind of thing: "A recommender system is a subclass of information filtering system
 * that predicts …", "Large language models are neural networks trained to predict the next token". Background
 * from an introduction: nothing in it is this design.
 */
function definesSomethingElse(tokens: readonly Token[]): boolean {
  const indefinite = tokens[0]?.word === 'a' || tokens[0]?.word === 'an';
  const copula = tokens.findIndex((t, k) => k >= (indefinite ? 2 : 1) && k <= 5 && COPULAS.has(t.word));
  if (copula < 0) return false;
  let head = copula + 1;
  while (DETERMINERS.has(tokens[head]?.word ?? '')) head++;
  // "A … is a subclass of …"; in the plural with no article, "Large language models are neural networks trained …".
  if (indefinite) return DEFINING.has(tokens[head]?.word ?? '');
  return tokens[copula]!.word === 'are' && DEFINING_CLASS.has(tokens[head + (ADJECTIVE.test(tokens[head]?.word ?? '') ? 1 : 0)]?.word ?? '');
}

/** "The conversation covers …", "It emphasizes …", "This video also walks through …", before the cue. */
function reportsOnDocument(tokens: readonly Token[], before: number): boolean {
  let i = 0;
  const first = tokens[0]?.word;
  if (first === 'the' || first === 'this' || first === 'that') i = 1;
  if (tokens[i] && REPORTING_SUBJECTS.has(tokens[i]!.stem)) i++;
  else if (i === 0 && first === 'it') i = 1;
  else if (!(i === 1 && first === 'this')) return false;
  if (tokens[i]?.word === 'also' || tokens[i]?.word === 'then') i++;
  return i < before && REPORTING_VERBS.has(tokens[i]?.stem ?? '');
}

const ADJECTIVE = /^[a-z]{3,}(?:ic|al|ive|ous|ful|less|ary)$/;

// "no (separate) baseline": a negator right before the cue, across filler words.
function negatedRightBefore(tokens: readonly Token[], span: Span): boolean {
  const start = clauseStart(tokens, span.from);
  let i = span.from - 1;
  // One adjective may stand between, known by its ending: "not automatic retraining", "no manual labels".
  let adjectives = 0;
  while (i >= start && (FILLER.has(tokens[i]!.word) || (ADJECTIVE.test(tokens[i]!.word) && adjectives++ === 0))) i--;
  // Unsuited to it is not doing it: "GBDT (good for tabular, not for continual learning)", "not well suited for online learning".
  if (i > start && tokens[i]!.word === 'for') {
    i--;
    while (i >= start && SUITED.has(tokens[i]!.word)) i--;
  }
  return i >= start && negates(tokens, i) && !NOT_ONLY.has(tokens[i + 1]?.stem ?? '');
}

// "we don't really think we need a multi-stage setup", "not going to bother with monitoring", "skip the baseline".
function notDoing(tokens: readonly Token[], span: Span): boolean {
  const start = Math.max(clauseStart(tokens, span.from), span.from - 14);
  let negated = false;
  for (let j = start; j < span.from; j++) {
    const token = tokens[j]!;
    if (negates(tokens, j)) negated = !NOT_ONLY.has(tokens[j + 1]?.stem ?? '');
    // "skip the baseline" dismisses; "skip-gram" and "skip rate" are nouns.
    else if (SKIPPING.has(token.stem) && !token.joinedAfter && !MEASURES.has(tokens[j + 1]?.word ?? '') && governs(tokens, j, span.from)) return true;
    else if (negated && NOT_DOING.has(token.stem)) return true;
  }
  return false;
}

/**
 * A skipping verb at `at` reaches the cue at `cue` only across filler or another verb in -ing: "skip the
 * baseline", "skip building a baseline"; not "ignored suggestions become negatives".
 */
function governs(tokens: readonly Token[], at: number, cue: number): boolean {
  if (cue - at > 4) return false;
  for (let j = at + 1; j < cue; j++) {
    const word = tokens[j]!.word;
    if (!FILLER.has(word) && !word.endsWith('ing')) return false;
  }
  return true;
}

const NEXT_CLAUSE = new Set(['and', 'so', 'then', 'or']);

function dismissedAfter(tokens: readonly Token[], span: Span): boolean {
  const end = Math.min(tokens.length, span.to + 8);
  let negatedAt = -1;
  for (let j = span.to; j < end; j++) {
    const token = tokens[j]!;
    // What follows "but", "and", "so", or a semicolon, is another clause: "fine-tune on the articles and skip the
    // search part", "goal: fewer harmful views; no need for guardrails yet".
    if (j > span.to && (CONTRAST_WORDS.has(token.stem) || NEXT_CLAUSE.has(token.word) || tokens[j - 1]!.stopAfter)) return false;
    if (j < span.to + 3 && AFTER_ALONE.has(token.word) && !token.joinedAfter && !MEASURES.has(tokens[j + 1]?.word ?? '')) return true;
    // "no matter how far": an idiom, not a negation.
    if (token.word === 'no' && tokens[j + 1]?.word === 'matter') continue;
    if (negates(tokens, j)) negatedAt = j;
    // "…did not, so notifications work": a comma or a clause word ends the negation's reach.
    else if (negatedAt >= 0 && (tokens[j - 1]!.breakAfter || CLAUSE_WORDS.has(token.stem))) negatedAt = -1;
    else if (negatedAt >= 0 && j - negatedAt <= 3 && (NOT_WORTH.has(token.stem) || LEFT_OUT.has(token.word))) return true;
    // "out of scope", "out of this book's scope"
    if (token.word === 'out' && tokens[j + 1]?.word === 'of' && [2, 3, 4].some((k) => tokens[j + k]?.stem === 'scope')) return true;
  }
  return false;
}

function placeholderClause(tokens: readonly Token[], span: Span): boolean {
  const end = clauseEnd(tokens, span.to);
  for (let j = clauseStart(tokens, span.from); j < end; j++) if (PLACEHOLDER.has(tokens[j]!.word)) return true;
  return false;
}

// "…, but let's leave that for now", "I'll come back to it": the whole sentence is deferred.
function deferred(tokens: readonly Token[], span: Span): boolean {
  for (let j = span.to; j < tokens.length - 2; j++) {
    const [a, b, c, d] = [tokens[j]!.word, tokens[j + 1]!.word, tokens[j + 2]!.word, tokens[j + 3]?.word];
    if (a === 'leave' && /^(that|it|this|them)$/.test(b) && c === 'for' && /^(now|later)$/.test(d ?? '')) return true;
    if (a === 'come' && b === 'back' && c === 'to' && /^(that|it|this|them)$/.test(d ?? '')) return true;
    // "…, but let's skip that for now", "park it for now".
    if (/^(skip|park)$/.test(a) && /^(that|it|this|them)$/.test(b) && c === 'for' && /^(now|later)$/.test(d ?? '')) return true;
  }
  // "outliers? -> deal later", "handle that later", "figure it out later", "handle class imbalance later": what it is
  // about is put off.
  const closes = (k: number) => tokens[k]?.word === 'later' && (k === tokens.length - 1 || tokens[k]!.breakAfter || tokens[k]!.stopAfter);
  if (closes(span.to) && [1, 2].some((n) => PUTTING_OFF.has(tokens[span.from - n]?.word ?? ''))) return true;
  for (let j = span.to; j < tokens.length - 1; j++) {
    if (!PUTTING_OFF.has(tokens[j]!.word)) continue;
    let k = j + 1;
    while (k < tokens.length && k <= j + 3 && PUT_OFF_FILLER.has(tokens[k]!.word)) k++;
    if (closes(k)) return true;
  }
  return false;
}

const PUT_OFF_FILLER = new Set(['with', 'it', 'that', 'this', 'them', 'those', 'out', 'about']);

/**
 * Put off as a possibility: "we could A/B test it later", "A/B test? Maybe later", "drift alerts might come later
 * if we have time". "Later" closes the thought (or opens a condition), and a word of maybe stands in the cue's
 * clause before it, or right before it. Only this mention is put off: "we retrain nightly and could add hourly
 * updates later" still retrains. A plan with a time ("retrain later that night", "later stages re-rank", "we'll
 * A/B test it once it ships") is no deferral.
 */
function maybeLater(tokens: readonly Token[], span: Span): boolean {
  const end = clauseEnd(tokens, span.to);
  for (let j = span.to; j < tokens.length; j++) {
    if (tokens[j]!.word !== 'later') continue;
    const next = tokens[j + 1];
    if (next && !tokens[j]!.breakAfter && !LATER_ENDS.has(next.word)) return false;
    // "maybe later" answers the thought it follows: the cue's own stretch, or the question just before it ("A/B
    // test? Maybe later", not "online: add-to-cart rate; A/B test? Maybe later"). "could … later" must be one
    // clause with the cue: "under maybe 300 ms, so that matters later" hedges a number and says something else.
    if (POSSIBLY.has(tokens[j - 1]!.word)) return answeredThought(tokens, j - 1).from <= span.from;
    if (j >= end) return false;
    for (let k = clauseStart(tokens, span.from); k < j; k++) if (POSSIBLY.has(tokens[k]!.word)) return true;
    return false;
  }
  return false;
}

/** The stretch of the sentence that a reply at `reply` answers: back to the stop before it, and across that stop to the one before. */
function answeredThought(tokens: readonly Token[], reply: number): { from: number } {
  let end = reply - 1;
  while (end >= 0 && !tokens[end]!.stopAfter) end--;
  if (end < 0) return { from: 0 };
  let from = end;
  while (from > 0 && !tokens[from - 1]!.stopAfter) from--;
  return { from };
}

const ifTimePhrases = IF_TIME.map(stemsOf);

/**
 * Left for when there is time: "Metrics, drift, retraining cadence — happy to go there if we have time". The
 * condition reaches back over commas and dashes to the cue, not over "and" or "but": "we retrain nightly and
 * could add drift alerts if we have time" still retrains.
 */
function ifTime(tokens: readonly Token[], span: Span): boolean {
  const at = phrasesAt(tokens).ifTime.find((j) => j >= span.to);
  if (at === undefined) return false;
  for (let j = span.to + 1; j < at; j++) if (CLAUSE_WORDS.has(tokens[j]!.stem) && tokens[j]!.word !== 'if') return false;
  return true;
}

function phrasesAt(tokens: readonly Token[]): { ifTime: number[]; unsaid: number[] } {
  const facts = factsOf(tokens);
  if (!facts.putOff) {
    const found = (facts.putOff = { ifTime: [] as number[], unsaid: [] as number[] });
    for (let j = 0; j < tokens.length; j++) {
      if (ifTimePhrases.some((phrase) => startsAt(tokens, j, phrase))) found.ifTime.push(j);
      if (unsaidPhrases.some((phrase) => startsAt(tokens, j, phrase))) found.unsaid.push(j);
    }
  }
  return facts.putOff;
}

const unsaidPhrases = LEFT_UNSAID.map(stemsOf);

/**
 * In a recap, what the thought that says it was not got to names: "(A/B test — we'd run one, didn't get to
 * details)", "forgot to talk about explanations, and the retraining part". A contrast between them ("we
 * retrain nightly, but ran out of time for monitoring") keeps what comes before it.
 */
function leftUnsaid(tokens: readonly Token[], span: Span): boolean {
  for (const j of phrasesAt(tokens).unsaid) {
    const [from, to] = j < span.from ? [j, span.from] : [span.to, j];
    let contrast = false;
    for (let k = from; k < to; k++) if (CONTRAST_WORDS.has(tokens[k]!.stem)) contrast = true;
    if (!contrast) return true;
  }
  return false;
}
