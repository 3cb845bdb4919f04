// How a clarifying question is built: its clauses, the parts that only elaborate one ("what's the goal -
// more connections? accepted requests?"), and which clauses are answered yes or no. Pure text; the
// matcher (fact-match.ts) weighs the parts' words.

/** Words that open a question answered yes or no ("is there…", "can users…", "do we…"). */
const YES_NO = /^\s*(?:is|are|do|does|did|can|could|should|will|would|has|have)\b/i;

/**
 * The clauses a question opens with that are answered yes or no ("do we have labelled data? how many
 * labels?": the first). A yes/no clause after a question for a figure or a choice ("what's the p99
 * budget, is it end to end?") only narrows that question. Not a clause that gives examples ("does context
 * matter, like the poster's history"): the examples say what the thing asked about is.
 */
export function yesNoClauses(question: string): Set<number> {
  const parts = partsOf(question);
  const elaborated = new Set(parts.filter((p) => p.elaborates).map((p) => p.clause));
  const opening = parts.filter((p) => !p.elaborates);
  const first = opening.findIndex((p) => !YES_NO.test(p.text));
  return new Set(opening.slice(0, first < 0 ? opening.length : first).map((p) => p.clause).filter((c) => !elaborated.has(c)));
}

/** Words that open a question of its own: what follows "and" or a dash without one elaborates the part before. */
const OPENS_QUESTION = /^\s*(?:how|what|whats|which|who|when|where|why|is|are|was|do|does|did|can|could|should|will|would|any|have|has)\b/i;

/** True when a part opens a question of its own ("what…", "is there…"), not a preamble ("sorry, just curious"). */
export const opensQuestion = (text: string): boolean => OPENS_QUESTION.test(text);

/** Words that open examples of what was just named ("legal rules, like takedown deadlines"). */
const EXAMPLES = /^\s*(?:like|e\.?g\.?|such as|including|say)\b/i;
/** A list of things asked is of short names ("qps", "corpus size", "requests/sec"), not of sentences. */
const LIST_ITEM_WORDS = 4;

/** A part of a question: the clause it belongs to, and whether it only elaborates that clause. */
export interface QuestionPart {
  text: string;
  clause: number;
  elaborates: boolean;
}

/**
 * Parts of a compound question ("DAU? and what is the latency budget"), in clauses split where a new
 * question starts. A part without a question word of its own ("what's the goal - more connections?
 * accepted requests?", "how many users and events") lists options or examples of the clause before.
 * A slash between words offers alternatives ("cities / countries"). A noun joined by "and" to a count
 * ("how many users and events") is counted as a part of its own ("how many events").
 */
export function partsOf(question: string): QuestionPart[] {
  const parts: QuestionPart[] = [];
  // Split keeping each separator, so that "and" can be told from "?" or a dash.
  const pieces = question.replace(/(\w)\s+\/\s+(\w)/g, '$1 $2').split(/([?;,:]|\band\b|\balso\b|\bplus\b|&|\s\+\s|\s[-–—/]\s)/i);
  let clause = -1;
  let counting = false;
  let listing = false;
  // A list is the whole question: "besides clicks, carts and purchases, do we have human judgements?"
  // lists what it sets aside before the question it asks.
  const asksLater = (i: number) => pieces.slice(i + 2).some((p, j) => j % 2 === 0 && OPENS_QUESTION.test(p));
  for (let i = 0; i < pieces.length; i += 2) {
    const text = pieces[i]!;
    if (text.trim() === '') continue;
    const joined = /^(?:and|plus|&|\+)$/i.test((pieces[i - 1] ?? '').trim());
    // "how many users and events": a noun joined by "and" to a count is counted too, as a part of its own.
    if (clause >= 0 && joined && counting && !OPENS_QUESTION.test(text)) {
      parts.push({ text: `how many ${text.trim()}`, clause: ++clause, elaborates: false });
      continue;
    }
    // "qps and corpus size?", "qps + p99", "DAU, number of videos, requests/sec": a question that is only a list of
    // things, joined by "and", "+" or commas, asks for each of them.
    const listed = listing && (joined || (pieces[i - 1] ?? '').trim() === ',') && !EXAMPLES.test(text) && !asksLater(i);
    const elaborates = clause >= 0 && !listed && !OPENS_QUESTION.test(text);
    if (!elaborates) {
      clause++;
      counting = /\b(?:how many|number of)\b/i.test(text);
      if (!listed) listing = !OPENS_QUESTION.test(text) && (text.match(/\S+/g) ?? []).length <= LIST_ITEM_WORDS;
    } else listing = false; // after "objective:" or a dash, what follows are options
    parts.push({ text, clause, elaborates });
  }
  return parts;
}
