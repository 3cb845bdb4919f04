// What a clarifying question asks whatever it names. "How's the feed ranked right now, chronological
// only?" asks what exists today: its other words are the candidate's guess at what exists, not another
// thing asked. "North star: watch time, DAU?" asks what success is measured by, whichever measures it
// lists. A case has a fact for each (its own question asks the same: "Is there an existing system?",
// "What is the business goal?", "Which surfaces are in scope?", "Is there labelled data?", "What is the
// latency budget?"), so the interviewer can answer such a question although none of its content words is
// the fact's (interviewer.ts). Pure text.

/**
 * `measure`: asks how something is measured ("how do we know a click happened"); no fact answers it as such.
 * `good`: what success is, in plain words, answered like `success` but only when the words match no fact.
 */
export type Intent = 'today' | 'success' | 'surface' | 'labels' | 'measure' | 'speed' | 'experiment' | 'good';
/** The intents a fact can answer. */
export const answeringIntents: readonly Intent[] = ['today', 'success', 'surface', 'labels', 'speed', 'experiment', 'good'];

/**
 * Asks about the system as it stands: what is there now, whether anything is, what is being replaced.
 * Not things "already in the app" or "already on the platform": where items are, not what runs.
 */
const TODAY =
  /\b(?:today|now|nowadays|rn|currently|current|existing|exists?|already(?!\s+(?:in|on|at)\b)|at the moment|at present|in place|legacy|status quo|from scratch|from zero|replac(?:e|es|ing)|improv(?:e|es|ing) on|greenfield)\b/i;

/**
 * Asks what success is measured by: success, the north star, the goal or objective, the metric that
 * matters, what we optimise. Only what *we* optimise: "do advertisers optimise for installs?" asks about
 * advertisers.
 */
const SUCCESS = [
  /\b(?:success\w*|succeed\w*|north[- ]?star|kpis?|metrics?|goal|objective|(?:a|the) win)\b/i,
  /\b(?:we|you|to)\s+(?:\w+\s+)?(?:optimi[sz]|maximi[sz])/i,
  /^\W*(?:optimi[sz]|maximi[sz])/i,
  // "How do we know it worked", "how do we measure a good suggestion": not "how do we know a click happened".
  /\bhow (?:do|will|would|should|can) (?:we|you|they) (?:\w+ly )?(?:measure|judge|tell|know|say|decide)\b.*\b(?:good|better|success\w*|work(?:s|ed|ing)?|win\w*|quality|improv\w*)\b/i,
];
/**
 * The metric a model is judged by offline ("which offline metric, log loss or AUC?", "the metric we care
 * about offline") is the candidate's choice of how to measure, not what success is: unless the question
 * also names what the business counts (online, success, the goal, revenue).
 */
const OFFLINE_METRIC = /\boffline\s+(?:eval\w*\s+)?metrics?\b|\bmetrics?\b(?:\s+\S+){0,4}?\s+offline\b/i;
const BEYOND_OFFLINE = /\b(?:online|success\w*|succeed\w*|north[- ]?star|kpis?|goal|objective|business|revenue)\b/i;
const MEASURE = /\bhow (?:do|will|would|should|can) (?:we|you|they) (?:\w+ly )?(?:measure|judge|tell|know|say|decide)\b/i;

/**
 * Asks where the thing is shown: "where do recs show up", "which surfaces", "what entry points". Not where
 * things come from or are ("where do labels come from", "do we know where users are").
 */
const SURFACE = [
  /\bwhere\b(?:\s+\S+){0,6}?\s+(?:show|shows|shown|showing|see|sees|seen|appear|appears|appearing|surfaced?|displayed|placed|live|lives)\b/i,
  /\b(?:surfaces?|placements?|entry points?)\b/i,
];

/**
 * Asks what the labels are: labelled data, ground truth, what counts as a positive. The examples it lists
 * ("saves or clicks after a search") are the candidate's guess at the labels.
 */
const LABELS = /\b(?:labell?ed|labels?|labell?ing|annotat\w*|ground[- ]truth|as (?:the )?positives?|positive (?:pairs|examples|labels)|human (?:ratings|judgments|judgements)|relevance judg\w*)\b/i;

/**
 * Asks how fast the thing must answer the user: the latency, in its own words or in plain ones ("how fast
 * does the page need to load?", "how quickly should the results appear?", "how quick must the scores come
 * back?", "before the feed feels slow").
 */
const SPEED = [
  /\b(?:latency|latencies|response times?|load(?:ing)? times?|time to (?:load|render))\b/i,
  /\bhow (?:fast|quick(?:ly)?|long)\b(?:\s+\S+){0,8}?\s+(?:load|loads|loading|render|renders|appear|appears|show up|shows up|pop up|pops up|respond|responds)\b/i,
  // An answer coming back is fast or slow; how long until something comes back is a delay of another kind
  // ("how long til the chargebacks come back" asks when labels arrive).
  /\bhow (?:fast|quick(?:ly)?)\b(?:\s+\S+){0,8}?\s+(?:come back|comes back|get back|gets back|to return)\b/i,
  /\b(?:feels?|feeling|seems?|looks?) (?:slow|sluggish|laggy)\b|\bslow to (?:load|render|appear|respond)\b/i,
];
/**
 * Asks whether a change can be tried on some users first: an experiment, in the field's words ("A/B test",
 * "experimentation platform") or in plain ones ("can we try it on a slice of users first?", "test the new
 * carousel on some guests before rolling it out").
 */
/** Experimentation in the field's words: a fact that names it answers what experimentation exists. */
export const NAMES_EXPERIMENTS = /\b(?:a\/?b|ab|split|bucket)[- ]?test\w*|\bexperiment\w*/i;
const EXPERIMENT = [
  NAMES_EXPERIMENTS,
  /\b(?:try|tries|trying|test|tests|testing|trial|pilot|compare|comparing|expose|show)\b(?:\s+\S+){0,6}?\s+(?:on|to|with|for|among|in)\s+(?:a\s+|an\s+)?(?:small\s+)?(?:some|few|slice|subset|fraction|portion|percent|percentage|share|sample|group|cohort|bucket|handful|part)\b/i,
];
/** What success is, in plain words: "what counts as a good result for us?", "what are we trying to grow?". */
const GOOD = [
  /\bwhat (?:would |will |do(?:es)? (?:we|you|they|the \w+) )?counts? as (?:a |an )?(?:good|great|better|success\w*|win|working|doing well)\b/i,
  /\bwhat (?:does|would) (?:a )?(?:good|success|win|winning|great)\b(?:\s+\S+){0,3}?\s+(?:look like|mean)\b/i,
  /\bwhat (?:are|is) (?:we|the business|the company|leadership|the team) (?:\w+ )?(?:trying|hoping|wanting|looking) to (?:grow|increase|improve|move|get more of|push|drive)\b/i,
  /\b(?:want|wants) (?:\w+ )?to (?:see )?(?:go up|grow|increase)\b/i,
];
/** How fast new things reach the user is freshness, not latency ("how quickly do new listings show up?"). */
const NEW_THINGS = /\b(?:new|newly|fresh|freshly|brand[- ]new|just (?:uploaded|posted|listed|created))\b/i;

/**
 * Asks the interviewer's own preference, or about the interview itself, not about the system: "would
 * you rather I sketch it first?", "are you on the feed team yourself?", "which do you personally find
 * hardest?", "what's your take, GNNs or not?", "what would you pick?". A real interviewer hands these back:
 * the candidate's call.
 */
const PERSONAL =
  /\b(?:would you (?:rather|prefer|like me to)|do you (?:prefer|want me to)|should i (?:start|begin|draw|sketch)|are you (?:on|in) (?:the|this)|you yourself|you personally|in your (?:opinion|view)|your (?:personal|own) (?:view|opinion|preference|take)|you know well|your favou?rite|what do (?:you|u) think|(?:do|would) (?:you|u) (?:think|say|reckon)|which (?:one )?(?:do )?(?:you|u) (?:think|prefer|pick)|(?:your|ur) (?:\w+ )?(?:take|gut|hunch|instinct|recommendation|opinion)|what would (?:you|u) (?:do|pick|choose|go with|recommend|prefer)|which (?:one )?would (?:you|u)|if (?:you|u) were me|(?:do|would|can) (?:you|u) (?:recommend|suggest))\b/i;

/**
 * Asks which tool, library, vendor or product is used or preferred: "which vector db do we use today?",
 * "does the company use a particular graph database?", "is there a preferred annotation vendor?". A fact
 * that describes the system answers it only if it names the tool (interviewer.ts).
 */
const TOOL =
  /\b(?:prefer\w*|favou?rite|particular|specific)\b(?:\s+\S+){0,4}?\s+(?:librar(?:y|ies)|frameworks?|vendors?|databases?|db|dbs|engines?|products?|backbones?|tools?|cloud|providers?)\b|\bwhich\s+(?:\S+\s+){0,2}?(?:librar(?:y|ies)|frameworks?|vendors?|databases?|db|engine|products?|backbones?|tools?|cloud|providers?)\b/i;

/** True when a question asks which tool, library or vendor is used or preferred. */
export const asksForATool = (text: string): boolean => TOOL.test(text);

/** True when a question asks the interviewer's own preference or about the interview, not the system. */
export const asksThePerson = (text: string): boolean => PERSONAL.test(text);

/** The intents a text shows. */
export function intentsOf(text: string): Set<Intent> {
  const intents = new Set<Intent>();
  if (TODAY.test(text)) intents.add('today');
  const offline = OFFLINE_METRIC.test(text) && !BEYOND_OFFLINE.test(text);
  const success = !offline && SUCCESS.some((re) => re.test(text));
  if (success) intents.add('success');
  // Asking how something is measured is not asking what exists today ("how do you measure over-refusal rn").
  else if (offline || MEASURE.test(text)) intents.add('measure');
  if (SURFACE.some((re) => re.test(text))) intents.add('surface');
  if (LABELS.test(text)) intents.add('labels');
  if (SPEED.some((re) => re.test(text)) && !NEW_THINGS.test(text)) intents.add('speed');
  if (EXPERIMENT.some((re) => re.test(text))) intents.add('experiment');
  if (!success && GOOD.some((re) => re.test(text))) intents.add('good');
  return intents;
}
