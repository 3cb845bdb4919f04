// The interviewer: answers `? questions` from the case's facts, and picks the
// follow-up question asked at the end of a step in mock mode. Pure.
import type { Case, Fact, PlannedStep, Vocabulary } from '../content/model.js';
import { coverageOf, type TopicCoverage } from '../coverage/index.js';
import { closestAsked, repliedBefore, indexAsked, type AskedIndex, type Precedent } from './asked-questions.js';
import { indexFacts, type FactIndex } from './fact-index.js';
import { explainedShare, leaningFact, matchFacts, namedFact, type FactMatch } from './fact-match.js';
import { NAMES_EXPERIMENTS, answeringIntents, asksForATool, asksThePerson, intentsOf, type Intent } from './question-intents.js';
import { opensQuestion, partsOf, type QuestionPart } from './question-parts.js';
import { tuning } from './fact-tuning.js';
import { asksForNumber, compileVocabulary, stemOf, wordsOf } from './question-terms.js';

export const assumptionReply = 'No figure for that: state a reasonable assumption and say it out loud.';
export const yourCallReply = 'Your call: say which you pick and why, then go on.';
const restReply = 'For the rest, no figure: state a reasonable assumption and say it out loud.';

export interface QuestionReply {
  /** Ids of the facts the reply gives, in the order given; empty when none answers. */
  facts: string[];
  reply: string;
}

/** A case's facts indexed for the matcher, and its questions asked before, each made on first use per vocabulary. */
interface CaseIndex {
  vocabulary: Vocabulary | undefined;
  facts: FactIndex;
  asked?: AskedIndex;
}
const indexes = new WeakMap<Case, CaseIndex>();

function indexOf(kase: Case, vocabulary: Vocabulary | undefined): CaseIndex {
  const cached = indexes.get(kase);
  if (cached && cached.vocabulary === vocabulary) return cached;
  const index: CaseIndex = { vocabulary, facts: indexFacts(kase.facts, `${kase.title} ${kase.question}`, compileVocabulary(vocabulary)) };
  indexes.set(kase, index);
  return index;
}

function askedIndexOf(kase: Case, vocabulary: Vocabulary | undefined): AskedIndex {
  const index = indexOf(kase, vocabulary);
  return (index.asked ??= indexAsked(kase, index.facts.known, compileVocabulary(vocabulary)));
}

/**
 * The reply to a clarifying question: the facts it asks for, a choice when it could mean two, or the advice
 * to assume. A question put like one asked before (the case's `questions`, a fact's question or asks) gets
 * the reply that one got, when it is put very like it, two were put like it and got the same reply, or most
 * of the eight put most like it agree (repliedBefore); any other, the facts its words and intent point at
 * (matchedReply).
 */
export function answerQuestion(kase: Case | undefined, question: string, vocabulary?: Vocabulary): QuestionReply {
  if (!kase || kase.facts.length === 0) return { facts: [], reply: assumptionReply };
  // Asked in a fact's own words (its question, or one of its asks): that fact, whatever the weighing of
  // common words would make of it ("How much fraud is there?" is all common words).
  const own = ownWordsOf(kase).get(inOwnWords(question));
  if (own) return { facts: [own.id], reply: own.answer };
  const parts = partsOf(question);
  const asked = parts.filter((p) => !p.elaborates);
  const precedent = closestAsked(askedIndexOf(kase, vocabulary), question, compileVocabulary(vocabulary));
  const before = repliedBefore(precedent, asked.length);
  const reply = before ? withRest(kase, question, replyGiving(kase, before), asked.length, vocabulary) : matchedReply(kase, question, asked, vocabulary, precedent);
  return namingTheTool(kase, question, withAgreeingParts(kase, parts, reply, vocabulary), vocabulary);
}

/** Words of a question for a tool that say what kind of tool, or who uses it: not the tool's name. */
const KIND_OF_TOOL = new Set(
  ['library', 'libraries', 'framework', 'frameworks', 'vendor', 'vendors', 'database', 'databases', 'db', 'dbs', 'engine', 'engines']
    .concat(['product', 'products', 'backbone', 'backbones', 'tool', 'tools', 'cloud', 'provider', 'providers', 'team', 'company'])
    .concat(['prefer', 'preferred', 'favourite', 'favorite', 'particular', 'specific']),
);

/**
 * A question for which tool, library or vendor is used or preferred ("which vector db do we use today?") is
 * answered by a fact only when the fact names a tool the question names, a word that fact's answer alone
 * uses ("is kafka in the stack?" and the infrastructure fact that names Kafka); a fact that describes the
 * system without naming it does not say which product runs it, and the candidate assumes.
 */
function namingTheTool(kase: Case, question: string, reply: QuestionReply, vocabulary: Vocabulary | undefined): QuestionReply {
  if (reply.facts.length === 0 || !asksForATool(question)) return reply;
  const { ignore } = compileVocabulary(vocabulary);
  const named = wordsOf(question).filter((w) => w.length >= 3 && !KIND_OF_TOOL.has(w) && !ignore.has(stemOf(w)));
  const uses = (answer: string, word: string) => new RegExp(`\\b${word}`).test(answer.toLowerCase());
  const names = named.some((word) => {
    const by = kase.facts.filter((f) => uses(f.answer, word));
    return by.length === 1 && reply.facts.includes(by[0]!.id);
  });
  return names ? reply : { facts: [], reply: assumptionReply };
}

/**
 * A compound question's parts the reply left out, each answered when two weak signals agree on it: the
 * fact the part's words lean to, and the fact alone that a candidate's question asked before, put much like
 * the part, got ("p99 latency for scoring, and how many ads per request?": the matcher gives the latency
 * budget; "how many ads per request" leans to the ad inventory, as a question asked before was answered).
 * Facts are given in the order of the parts that ask for them.
 */
function withAgreeingParts(kase: Case, parts: readonly QuestionPart[], reply: QuestionReply, vocabulary: Vocabulary | undefined): QuestionReply {
  // A choice between two facts, or the candidate's call, is the reply whatever the parts say.
  if (reply.facts.length === 0 && reply.reply !== assumptionReply) return reply;
  const clauses = [...new Set(parts.map((p) => p.clause))].map((c) => parts.filter((p) => p.clause === c).map((p) => p.text).join(' '));
  if (clauses.length < 2) return reply;
  const compiled = compileVocabulary(vocabulary);
  const index = indexOf(kase, vocabulary).facts;
  const asked = askedIndexOf(kase, vocabulary);
  const leaning = clauses.map((text) => leaningFact(index, text, compiled));
  const more = clauses.flatMap((text, i) => {
    const before = closestAsked(asked, text, compiled);
    if (!before?.candidate || before.similarity < tuning.ASKED_PART || before.facts.length !== 1) return [];
    const id = before.facts[0]!;
    const lean = leaning[i];
    return lean !== undefined && kase.facts[lean]!.id === id && !reply.facts.includes(id) ? [id] : [];
  });
  if (more.length === 0) return reply;
  const partOf = (id: string) => leaning.findIndex((lean) => lean !== undefined && kase.facts[lean]!.id === id);
  const facts = [...new Set([...reply.facts, ...more])];
  return replyGiving(kase, facts.sort((a, b) => Math.max(0, partOf(a)) - Math.max(0, partOf(b))));
}

/**
 * A reply as before that gives fewer facts than the question asks things says so when a part of it is about
 * something no fact touches ("the latency budget, and what colour is the logo?"), as the matcher's does.
 */
function withRest(kase: Case, question: string, reply: QuestionReply, parts: number, vocabulary: Vocabulary | undefined): QuestionReply {
  if (reply.facts.length === 0 || reply.facts.length >= parts) return reply;
  const match = matchFacts(indexOf(kase, vocabulary).facts, question, compileVocabulary(vocabulary));
  return match.kind === 'facts' && match.rest ? { ...reply, reply: `${reply.reply} ${restReply}` } : reply;
}

/**
 * Questions asked before back this fact alone: the one this question is put most like, even loosely, got it,
 * or most of those it is put most like did (too few of them agree to answer from them alone, but with the
 * matcher's pick they are two signals that agree).
 */
const supports = (precedent: Precedent | undefined, id: string): boolean => {
  if (precedent === undefined) return false;
  const alone = (facts: readonly string[]) => facts.length === 1 && facts[0] === id;
  if (precedent.similarity >= tuning.SUPPORT_ASKED && alone(precedent.facts)) return true;
  return alone(precedent.agreed.facts) && precedent.agreed.share >= tuning.SUPPORT_AGREED;
};

/** The reply that gives these facts, in this order, or the advice to assume when there are none. */
function replyGiving(kase: Case, ids: readonly string[]): QuestionReply {
  const facts = ids.map((id) => kase.facts.find((f) => f.id === id)).filter((f) => f !== undefined);
  if (facts.length === 0) return { facts: [], reply: assumptionReply };
  return { facts: facts.map((f) => f.id), reply: facts.map((f) => f.answer).join(' ') };
}

/** The reply the question's own words and intent point at, or why no fact answers. */
function matchedReply(
  kase: Case,
  question: string,
  asked: readonly QuestionPart[],
  vocabulary: Vocabulary | undefined,
  precedent: Precedent | undefined,
): QuestionReply {
  // Every question in it (`asked`: its parts that do not only elaborate another) asks the interviewer's own
  // preference or about the interview (the rest is preamble, "sorry, just curious"): no fact answers that,
  // however its words match one ("are you on the feed team yourself?" is not about the team that builds the feed).
  if (asked.some((p) => asksThePerson(p.text)) && asked.every((p) => asksThePerson(p.text) || !opensQuestion(p.text)))
    return { facts: [], reply: yourCallReply };
  const index = indexOf(kase, vocabulary).facts;
  const compiled = compileVocabulary(vocabulary);
  const match = matchFacts(index, question, compiled);
  const fact = (i: number) => kase.facts[i]!;
  // A question for a figure about the present ("what share of messages are violating today?", "how many
  // tickets could existing docs answer?") asks that figure, not what the system is.
  const meant = intentFact(kase, question);
  const figure = meant?.intent === 'today' && asksForNumber(wordsOf(question), compiled);
  if (meant && !figure && answersIntent(meant.intent, match, () => namedFact(index, question, compiled), kase.facts.indexOf(meant.fact)))
    return { facts: [meant.fact.id], reply: meant.fact.answer };
  switch (match.kind) {
    case 'none': {
      // Two weak signals that agree are a reply: the question's words lean to a fact, too weakly to state it
      // on their own, and the candidate's question asked before that it is put most like got that fact alone.
      // (A fact's own question is no second signal: its words are the ones the matcher has weighed.)
      const hint = precedent?.candidate && precedent.similarity >= tuning.ASKED_HINT && precedent.facts.length === 1 ? precedent.facts[0] : undefined;
      const leaning = hint === undefined ? undefined : leaningFact(index, question, compiled);
      if (leaning !== undefined && fact(leaning).id === hint) return replyGiving(kase, [hint]);
      return { facts: [], reply: assumptionReply };
    }
    case 'ambiguous': {
      const [a, b] = match.facts.map(fact);
      return { facts: [], reply: `Which do you mean: “${a!.question}” or “${b!.question}”? Ask about one.` };
    }
    case 'facts': {
      // One fact found on weak evidence (it speaks to less than half of what was asked), with no question
      // asked before that got it put even loosely like this one, is not stated: a wrong fact said with
      // confidence teaches the wrong thing, and the advice to assume does not.
      const only = match.facts.length === 1 ? match.facts[0]! : undefined;
      if (only !== undefined && !supports(precedent, fact(only).id) && explainedShare(index, question, compiled, only) < tuning.SUPPORT_SHARE)
        return { facts: [], reply: assumptionReply };
      const answers = match.facts.map((i) => fact(i).answer);
      if (match.rest) answers.push(restReply);
      return { facts: match.facts.map((i) => fact(i).id), reply: answers.join(' ') };
    }
  }
}

/**
 * The fact a question's intent asks for (question-intents.ts): the one fact whose own question shows the
 * same intent, or of several the one whose id does too ("existing-system", not "infrastructure" for "What
 * infrastructure exists?"). A question that shows two intents shows neither; how something is measured
 * says only that the question does not ask what exists today.
 */
function intentFact(kase: Case, question: string): { intent: Intent; fact: Fact } | undefined {
  const [intent, ...more] = intentsOf(question);
  if (!intent || more.length > 0) return undefined;
  const fact = intentFactsOf(kase).get(intent);
  return fact ? { intent, fact } : undefined;
}

/** Each intent's fact in a case, found once per case. */
const intentFacts = new WeakMap<Case, Map<Intent, Fact>>();
function intentFactsOf(kase: Case): Map<Intent, Fact> {
  let byIntent = intentFacts.get(kase);
  if (!byIntent) {
    byIntent = new Map();
    const shown = kase.facts.map((f) => ({ fact: f, byQuestion: intentsOf(f.question), byId: intentsOf(f.id.replace(/-/g, ' ')) }));
    for (const intent of answeringIntents) {
      // Success in plain words is answered by the success fact (below).
      if (intent === 'good') continue;
      // What experimentation exists is seldom a fact's own question: the fact that names it in its question
      // or its answer ("... and an A/B testing platform") says.
      const asking =
        intent === 'experiment'
          ? shown.filter((s) => NAMES_EXPERIMENTS.test(`${s.fact.question} ${s.fact.answer}`))
          : shown.filter((s) => s.byQuestion.has(intent));
      const named = asking.length === 1 ? asking : asking.filter((s) => s.byId.has(intent));
      if (named.length === 1) byIntent.set(intent, named[0]!.fact);
    }
    const success = byIntent.get('success');
    if (success) byIntent.set('good', success);
    intentFacts.set(kase, byIntent);
  }
  return byIntent;
}

/**
 * Whether the intent's fact answers rather than the facts the question's words pick. What success is,
 * where the thing is shown and what the labels are: whatever single fact the other words pick, for they
 * are the options the candidate has in mind ("where do recs show up: email, push?"); a compound question
 * answered part by part keeps its facts. What exists today is said of anything ("the CTR right now"), and
 * how fast of many things ("how fast does the model have to respond, and retrain?"): only when no fact
 * matches the words and they do not clearly name another fact ("labelled data already, or from scratch?");
 * so too trying a change on some users first, and success in plain words ("what counts as a good pick?"),
 * which are put in words that often name what is tried or counted.
 */
const ONLY_WHEN_UNMATCHED: ReadonlySet<Intent> = new Set(['today', 'speed', 'experiment', 'good']);
function answersIntent(intent: Intent, match: FactMatch, named: () => number | undefined, meant: number): boolean {
  if (match.kind === 'facts' && (match.facts.includes(meant) || match.facts.length > 1)) return false;
  if (!ONLY_WHEN_UNMATCHED.has(intent)) return true;
  if (match.kind !== 'none') return false;
  const other = named();
  return other === undefined || other === meant;
}

/** Each fact by its own words (its question and its asks), made once per case. */
const ownWords = new WeakMap<Case, Map<string, Fact>>();
function ownWordsOf(kase: Case): Map<string, Fact> {
  let byWords = ownWords.get(kase);
  if (!byWords) {
    byWords = new Map();
    // The first fact listed keeps a wording two share (mlsd validate flags that).
    for (const fact of kase.facts) for (const words of [fact.question, ...fact.asks]) if (!byWords.has(inOwnWords(words))) byWords.set(inOwnWords(words), fact);
    ownWords.set(kase, byWords);
  }
  return byWords;
}

/** A question reduced to its words: case, punctuation and spacing do not make it another question. */
const inOwnWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface FollowUp {
  topic: string;
  question: string;
}

/**
 * The follow-up for a step: the case's own question on a missed topic of the step first, then the first
 * missed topic's first hint put as a question, then (nothing missed) the case's question on any topic of the step.
 */
export function chooseFollowUp(kase: Case | undefined, step: PlannedStep, coverage: readonly TopicCoverage[]): FollowUp | null {
  const inStep = new Set(step.topics.map((t) => t.id));
  const missed = coverage.filter((c) => !c.covered).map((c) => c.topic);
  const missedIds = new Set(missed.map((t) => t.id));
  const own = (kase?.followups ?? []).filter((f) => inStep.has(f.topic));
  const onMissed = own.find((f) => missedIds.has(f.topic));
  if (onMissed) return { topic: onMissed.topic, question: onMissed.question };
  const topic = missed[0];
  if (topic) return { topic: topic.id, question: topic.hints[0] ?? `What about ${topic.title.toLowerCase()}?` };
  return own[0] ? { topic: own[0].topic, question: own[0].question } : null;
}

/** The case's second-level probe for a follow-up, when the answer misses its point (its cues, else the topic's). */
export function probeFor(kase: Case | undefined, step: PlannedStep, followUp: FollowUp, answer: string): string | null {
  const own = kase?.followups.find((f) => f.topic === followUp.topic && f.question === followUp.question);
  const topic = step.topics.find((t) => t.id === followUp.topic);
  if (!own?.probe || !topic) return null;
  const point = own.probe.cues ? { ...topic, cues: own.probe.cues } : topic;
  return coverageOf(answer, [point], { typed: true })[0]?.covered ? null : own.probe.question;
}
