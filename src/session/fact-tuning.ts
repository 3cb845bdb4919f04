// The fact matcher's constants (fact-match.ts), tuned on the development questions; the holdout and blind
// sets (each case's `questions`, by `from`) say how well they carry to questions nobody tuned on.

/** The matcher's constants, tuned on the development questions (each case's `questions` from dev). */
export const tuning = {
  /** Share of a term's weight a fact earns when only its answer, not its question, uses the term. */
  ANSWER_SHARE: 0.45,
  /** Share a fact earns for a term its keywords use but its question does not. */
  KEYWORD_SHARE: 0.8,
  /** Extra share of a term's weight for a fact whose id names it. */
  NAME_BONUS: 0.3,
  /** The best fact must explain at least this share of the question's weight... */
  MIN_COVERAGE: 0.6,
  /** ...or this share, when it scores CLEAR_MARGIN times the runner-up. */
  MIN_COVERAGE_CLEAR: 0.3,
  CLEAR_MARGIN: 1.5,
  /** A fact that uses none of the question's words in its own question or keywords must explain this share. */
  ANSWER_ONLY_COVERAGE: 0.8,
  /** Share of its weight a term keeps when it only appears in options or examples of a question. */
  ELABORATION_SHARE: 0.5,
  /** A further fact, for another part of a compound question, must explain this share of what is left. */
  MIN_COVERAGE_NEXT: 0.7,
  /** A term used by at most this share of the facts (and at least one) is specific. */
  SPECIFIC_SHARE: 0.25,
  /** A runner-up scoring this close to the best on shared words makes the question ambiguous. */
  TIE_RATIO: 0.8,
  /** ...and explains this share of what the best explains. */
  TIE_EXPLAINED: 0.8,
  /** Of two tied facts, the one whose own question leaves this much less weight unasked is the one meant. */
  FIT_MARGIN: 1,
  /** A word no fact uses but the case's own question does says what the case is about: this much of an unknown word's weight. */
  CONTEXT_SHARE: 0.25,
  /** A word no fact uses weighs as much as a word used by one fact in this many. */
  UNKNOWN_AS_ONE_IN: 2,
  /** A part of a compound question left unanswered is worth saying so when its words weigh this much. */
  REST_WEIGHT: 1,
  /** How much a word used by every catalogue topic is discounted (1 / (1 + this × share of topics)). */
  GENERIC_DAMPING: 4,
  /** A question asked before (asked-questions.ts) this similar is answered as it was, whatever the matcher finds... */
  ASKED_SURE: 0.9,
  /** ...and one this similar, when the next most alike question asked before, this similar, got the same reply. */
  ASKED_LIKE: 0.6,
  ASKED_AGREE: 0.5,
  /** ...or when, of this many questions asked before put most like it, those that got one reply... */
  NEAREST_ASKED: 8,
  /** ...hold this share of their summed similarity... */
  AGREED_SHARE: 0.7,
  /** ...and sum to this much (four questions half alike, say). */
  AGREED_WEIGHT: 2,
  /** A question the matcher is unsure of is answered with the fact its words lean to (explaining this share)... */
  LEAN_COVERAGE: 0.3,
  /** ...when the candidate's question asked before that it is put most like, at least this alike, got that fact alone. */
  ASKED_HINT: 0.4,
  /** A part of a compound question the reply left out is answered so when a candidate's question this alike to the part agrees. */
  ASKED_PART: 0.7,
  /** A single fact that explains less than this share of the question is stated only when... */
  SUPPORT_SHARE: 0.5,
  /** ...the question asked before that this one is put most like, at least this alike, got that fact alone. */
  SUPPORT_ASKED: 0.3,
  /** ...or the questions asked before put most like it (NEAREST_ASKED) that got that fact alone hold this share of their similarity. */
  SUPPORT_AGREED: 0.5,
};
