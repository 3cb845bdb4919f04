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

/** A part made only of question words, prepositions, pronouns and words of quantity or time: it asks more about the thing already named. */
const NAMES_NOTHING =
  /^(?:\s*\b(?:for|by|in|at|to|until|from|how|long|often|many|much|soon|fast|quickly|when|where|why|what|which|who|is|are|was|do|does|did|it|its|they|them|that|this|those|these|then|so|if|a|an|the|per|each|every|day|daily|week|weekly|month|year|hour|minute|second|common|rare|frequent|frequently|usually|typically|typical|roughly|about|on|average|avg|big|large|small)\b)*\s*$/i;

/**
 * Words that introduce examples ("interaction data like clicks", "such as", "e.g."): what follows
 * elaborates the question. "Like" after a pronoun or people is the verb ("do users like…"); after "look" or
 * a verb done ("scored like one in the usa"), or before a pronoun or article, it compares.
 */
const EXAMPLES = /\b(?:such as|for example|for instance|including|e\.g\.?|eg)(?!\w)|(?<!\b(?:i|we|you|they|people|users|customers|viewers|would|do|does|dont|not|really|look|looks|feel|feels|seem|seems|sound|sounds|\w+ed)\s+)\blike\b(?!\s+(?:one|that|this|these|those|it|them|we|they|you|before|what|how|a|an|the)\b)/i;

/** Words that say the things joined by "and" are taken together ("mobile and desktop both?", "text and video all at launch"). */
const LISTS = /\b(?:both|all|each|together|as well)\b/i;

/** A noun phrase opened by a determiner ("and the latency budget") is a thing of its own, not a second thing counted. */
const DETERMINED = /^\s*(?:the|a|an|our|your|their|its|any)\b/i;

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
  const pieces = question.replace(/(\w)\s+\/\s+(\w)/g, '$1 $2').split(new RegExp(`([?;,:()+]|\\band\\b|\\balso\\b|\\bplus\\b|&|\\s[-–/]\\s|${EXAMPLES.source})`, 'i'));
  let clause = -1;
  let counting = false;
  /** The text of the question the current clause belongs to. */
  let opening = '';
  // "scale (users, qps) and latency": what is in brackets elaborates the part before them, which is
  // what the part after them goes on from.
  let bracketed = false;
  let closed = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const separator = (pieces[i - 1] ?? '').trim();
    if (separator === '(') bracketed = true;
    if (separator === ')') [bracketed, closed] = [false, true];
    const text = pieces[i]!;
    if (text.trim() === '') continue;
    const joined = /^(?:and|plus|&|\+)$/i.test(separator) || (closed && /^\s*(?:and|plus)\b/i.test(text));
    // "how many users and events": a noun joined by "and" to a count is counted too, as a part of its own.
    if (clause >= 0 && joined && counting && !OPENS_QUESTION.test(text) && !DETERMINED.test(text)) {
      parts.push({ text: `how many ${text.trim()}`, clause: ++clause, elaborates: false });
      continue;
    }
    // "what's the traffic and the latency budget": after a question for a thing, "and" (not ending a list
    // of options or examples) adds a second thing asked, as a question of its own would. After a yes/no
    // question it goes on with what is asked ("do we log when riders see a price and don't book"), and a
    // part that names nothing ("and for how long") narrows the question before.
    const before = closed ? parts.filter((p) => !p.elaborates).at(-1) : parts[parts.length - 1];
    closed = false;
    const goesOn = before !== undefined && !before.elaborates && !NAMES_NOTHING.test(text);
    // "DAU? latency budget?", "traffic, languages, latency?": after a question that is a bare noun, another
    // bare noun is another thing asked (a colon or a dash after it lists options instead).
    const listed = /^[?,]$/.test((pieces[i - 1] ?? '').trim()) && !OPENS_QUESTION.test(opening);
    // After a yes/no question, "and" adds a thing of its own when it opens with an article ("is there an
    // existing system and a feature store").
    const adds = goesOn && ((joined && (!YES_NO.test(opening) || DETERMINED.test(text)) && !LISTS.test(text)) || listed);
    const example = bracketed || EXAMPLES.test(pieces[i - 1] ?? '');
    // A question that names nothing ("can users report faces, how many a day?", "new advertisers - how
    // common?") asks about the thing the one before named.
    const elaborates = clause >= 0 && (example || NAMES_NOTHING.test(text) || (!OPENS_QUESTION.test(text) && !adds));
    if (!elaborates) {
      if (!adds) opening = text;
      clause++;
      counting = /\b(?:how many|number of)\b/i.test(text);
    }
    parts.push({ text, clause, elaborates });
  }
  return parts;
}
