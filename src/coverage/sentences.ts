// Within a block: where sentences end, and what a sentence does not say (a placeholder, a bare label, a
// question that only asks).

// Text after a label that says nothing yet ("TBD", "todo", "?", "-", "…").
const PLACEHOLDER_BODY =
  /^\W*(tbd|tba|todo|to do|n\/?a|none|nothing( yet)?|later|skip(ped)?|coming soon|to be (decided|determined|done|defined)|xxx+|fill (in|me)( in)?( later)?|placeholder|pending|wip|see (above|below|(the )?(diagram|figure|fig|appendix|link|picture|image))|\?+|\.{2,}|…|-+)?\W*$/i;

/** A bullet that is one bare word ("- Monitoring") names a topic without saying anything about it. */
export function isBareWord(text: string): boolean {
  return /^[\p{L}/&-]+[.:]?$/u.test(text);
}

// Words a question that only asks opens with.
const INTERROGATIVE = /^(what|what's|whats|which|who|whom|whose|when|where|why|how|do|does|did|is|are|was|were|can|could|should|would|will|shall|may|might|must|have|has|any)\b/i;

/**
 * A question that asks and states nothing: it opens like a question, or like one after a lead-in clause
 * ("After launch, how do we…?"), and ends at its question mark ("What is the scale of the system?").
 * Several questions in a row still only ask ("What engagement is there? Which do we optimise for?"), and
 * a quoted question is one put to the reader. A question answered on its line ("Personalized? not
 * required"), or a list of options put as a question ("feed, search, stories, sidebar?"), still says something.
 */
export function onlyAsks(text: string): boolean {
  // What follows a question may only say it is open ("Not sure yet", "Worth discussing"): it still only asks.
  const body = text.replace(/^[*_\s"“'‘>]+/, '').replace(SPEAKER, '').replace(NON_ANSWER, '?').trim();
  // A question reported, not put: "Someone will ask whether we ran an A/B test", "I wonder if we need a baseline".
  if (REPORTS_A_QUESTION.test(body)) return true;
  if (!/\?["”’')\]*_\s]*$/.test(body)) return false;
  const questions = body.split(/(?<=\?)["”’')\]*_\s]*/).filter((q) => q.trim() !== '');
  return questions.every((q, k) => asks(q) || (k > 0 && /^\(/.test(q)));
}

const REPORTS_A_QUESTION = /^[^,;:]{0,40}\b(ask|asks|asked|asking|wonder|wonders|wondered|wondering)\b[^,;:]{0,30}?\b(whether|if)\b/i;

/** Who speaks, in a transcript: "Interviewer: Would you A/B test it?" only asks. */
const SPEAKER = /^(interviewer|interviewee|candidate|me|q|question|int|hiring manager|hm)\s*[:*_]+\s*[*_]*\s*/i;

/** Words after a question that leave it open: "not sure yet", "unclear", "worth discussing with the interviewer". */
const NON_ANSWER =
  /\?\s*[-–—(]*\s*(not sure( yet)?|unsure|unclear|unknown|tbd|no idea( yet)?|open question|to (be )?(discuss(ed)?|decide[d]?|confirm(ed)?)|(worth|need to|needs) (discussing|asking|checking|confirming)( with the interviewer| later)?|depends|it depends|(i'?d|we'?d|will|let'?s) (ask|check|confirm)( with)?( the)?( interviewer| pm| team)?( later)?|(let'?s )?think about (it|that|this)( later)?)[.!)\s]*$/i;

/** One question opens like a question, perhaps after a short lead-in clause, or is a note's yes/no question. */
function asks(question: string): boolean {
  const body = question.replace(/^[*_\s"“'‘]+/, '');
  return INTERROGATIVE.test(body) || LEAD_IN_THEN_ASKS.test(body) || ELLIPTICAL.test(body);
}

/**
 * A yes/no question in notes, its verb left out: "Languages / regions in scope?", "Real-time needed?", "Labels
 * available?". A thing, then only what is asked of it.
 */
const ELLIPTICAL = /^[^,;:?]{1,60}\b(in scope|out of scope|needed|required|necessary|allowed|available|supported|possible|okay|ok|important|relevant|expected|a concern|an issue)\s*\?$/i;

const LEAD_IN_THEN_ASKS = new RegExp(`^[^?,;:]{3,80},\\s*${INTERROGATIVE.source.slice(1)}`, 'i');

export function isPlaceholder(text: string): boolean {
  // A line that opens with its placeholder is a note of work not done, whatever guess follows: "TBD — probably
  // not real-time", "TODO: check latency with the platform team".
  if (OPENS_WITH_PLACEHOLDER.test(text)) return true;
  const colon = text.search(/[:=]|\s[-–—]\s/);
  // A sentence that leads into a list says what it says: "Scoring all 40 million products per query is too slow, so
  // we retrieve first and rank after:". Only a short line ending in a colon is a bare label.
  if (colon === text.trimEnd().length - 1 && (!titleLength(text) || putsAFigure(text))) return false;
  if (colon < 0) return PLACEHOLDER_BODY.test(text) && /\b(tbd|tba|todo|to do|n\/a)\b|^\W*$/i.test(text);
  return PLACEHOLDER_BODY.test(text.slice(colon + 1));
}

/**
 * A heading or label that puts a figure on something states it: "Scale: 500M DAU, 20k QPS", "Latency budget: under
 * 200 ms", "Across 40M listings:". A number with a magnitude or a unit, after the section's own numbering; a
 * bare number ("Layer 2", "Top 10 features", "🎯 1. Purpose") titles, it does not state.
 */
export function putsAFigure(text: string): boolean {
  return FIGURE.test(text.replace(SECTION_NUMBER, ''));
}

const SECTION_NUMBER = /^[^\p{L}\d]*(step|part|section|phase|chapter)?\s*\d+(\.\d+)*[.):]?\s+/iu;
const FIGURE =
  /\b\d[\d,.]*\s*(k|m|b|bn|mn|thousand|million|billion|trillion|%|ms|milliseconds?|seconds?|qps|rps|tps|gb|tb|pb|dau|mau)(?![\p{L}\d])|\b(hundreds|thousands|millions|billions|tens of thousands|tens of millions) of\b/iu;

/** The most words a line that titles what follows has ("Metrics tracked during and after training:"), as a label or a parent bullet. */
const TITLE_WORDS = 6;

/** Short enough to title what follows it. */
export const titleLength = (text: string): boolean => text.trim().split(/\s+/).length <= TITLE_WORDS;

const OPENS_WITH_PLACEHOLDER = /^\W*(tbd|tba|todo)\b\W*(\s|$)/i;

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATION = /\b(e\.g|i\.e|vs|etc|approx|cf|incl|esp|resp|no|fig|mr|ms|dr|st)\.$/i;

/** Prose cut at sentence ends; a question stays with what follows it on the line ("Personalized? Not required"). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["”')\]]*\s+(?=\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index + 1);
    if (ABBREVIATION.test(before)) continue;
    // A question answered on its line stays with its answer: "Personalized? Not required", "support languages? Yes".
    if (m[0].startsWith('?')) continue;
    out.push(text.slice(start, end));
    start = end;
  }
  out.push(text.slice(start));
  return out;
}
