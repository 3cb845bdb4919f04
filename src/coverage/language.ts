// The checker's English: the words that wave a topic away, hold its place, or talk about an answer
// instead of giving one. Plain words, one per line; each list is stemmed once when this module loads,
// so "worry", "worried" and "worrying" are one entry. Add a word where people really write it.
import { stemOf } from './text.js';

const stems = (words: readonly string[]): Set<string> => new Set(words.map(stemOf));

/** Words that negate what follows. Matched as written, not stemmed. */
export const NEGATORS = new Set(['no', 'not', 'never', 'without', 'nor', 'zero', 'neither']);

/** Between a negator and the cue it governs: "no (separate) baseline", "not (a full) A/B test". Matched as written. */
export const FILLER = new Set([
  'any', 'a', 'an', 'the', 'full', 'separate', 'real', 'special', 'classic', 'proper', 'dedicated', 'explicit',
  'extra', 'formal', 'big', 'fancy', 'model', 'much', 'other', 'additional', 'specific', 'further', 'live',
  'complex', 'heavy', 'such', 'kind', 'of', 'sort', 'fully', 'really', 'actual', 'our', 'own', 'serious', 'elaborate',
]);

/** Between a negator and "for", words that say a thing fits a use: "not (well) suited for online learning", "not good for". */
export const SUITED = new Set(['good', 'great', 'suited', 'suitable', 'ideal', 'meant', 'designed', 'built', 'made', 'fit', 'useful', 'appropriate', 'well', 'very', 'as']);

/** After a negator, verbs of not-doing: "don't need", "won't bother", "not going to", "no time for", "won't use". */
export const NOT_DOING = stems([
  'need', 'bother', 'worry', 'plan', 'go', 'time', 'think', 'spend', 'care', 'want', 'cover', 'include', 'do',
  'point', 'necessary', 'require', 'meaningful', 'sense', 'run', 'build', 'consider', 'discuss', 'implement',
  'use', 'adopt', 'employ', 'introduce', 'add', 'apply', 'track', 'measure', 'monitor', 'focus', 'cover',
]);

/**
 * After a negator, leaving a topic out of the talk ("won't go into", "not going to spend time on", "no need
 * for"): a dismissal for every topic, even those whose content is often a negation. Phrases, stemmed.
 */
export const TALKING = ['go into', 'get into', 'dive into', 'talk about', 'spend time', 'spend much time', 'spend any time', 'elaborate', 'need for', 'go deep'];
/** Right after the cue: "drift monitoring is overkill", "a baseline would be pointless". Matched as written. */
export const DISMISSIVE = new Set(['overkill', 'unnecessary', 'pointless', 'premature', 'needless']);

/** Verbs that put a thing off when "later" closes them: "deal with it later", "handle that later". Matched as written. */
export const PUTTING_OFF = new Set(['deal', 'handle', 'revisit', 'tackle', 'address', 'figure', 'sort', 'worry']);
/** Before "later", a word of maybe: the topic is put off, not planned ("we could A/B test it later", "maybe later"). Matched as written. */
export const POSSIBLY = new Set(['could', 'might', 'maybe', 'perhaps', 'possibly', 'eventually', 'someday']);
/**
 * After "later", words that keep it closing the thought: "later, once we have traffic", "later if there is time",
 * "later but not now" (a conjunction opens another clause). Matched as written.
 */
export const LATER_ENDS = new Set(['once', 'if', 'when', 'after', 'maybe', 'perhaps', 'on', 'but', 'though', 'because', 'since']);

/** After the cue, leaving it for when there is time ("…, happy to go there if we have time"). Phrases, stemmed. */
export const IF_TIME = ['if we have time', 'if i have time', 'if there is time', "if there's time", 'if time permits', 'time permitting', 'if we get time', 'if time allows'];

/**
 * A recap of what was not said: "didn't get to the design", "ran out of time before I could say how", "forgot to
 * talk about …". What the same thought names was not done. Phrases, stemmed.
 */
export const LEFT_UNSAID = [
  "didn't get to", 'did not get to', 'never got to', 'ran out of time', 'ran out of clock', 'run out of time',
  'forgot to talk about', 'forgot to mention', 'forgot about', 'moved on without', 'and moved on',
];

/** Verbs of not-doing on their own: "skip the baseline", "ignoring monitoring". */
export const SKIPPING = stems(['skip', 'ignore', 'omit', 'postpone', 'defer', 'forget', 'park']);

/** After the cue and a negator: "A/B test is not (really) meaningful here", "monitoring isn't a concern". */
export const NOT_WORTH = stems([
  'need', 'necessary', 'required', 'meaningful', 'sense', 'use', 'relevant', 'applicable', 'acceptable', 'worth',
  'important', 'issue', 'concern', 'matter', 'priority', 'feasible', 'possible', 'apply', 'help', 'practical', 'work',
]);
/**
 * After the cue and a negator, a recap's "left out": "Baseline. Never proposed one.", "Monitoring: not mentioned".
 * Matched as written, in the past: "tell the LLM not to mention …" and "never gets suggested" are content.
 */
export const LEFT_OUT = new Set(['proposed', 'mentioned', 'raised', 'brought']);

/** Placeholders: the clause holds a place for the topic and says nothing yet. Matched as written. */
export const PLACEHOLDERS = new Set(['tbd', 'todo', 'tba', 'tbc']);
/** Right after the cue, on their own: "A/B test: skip", "monitoring TBD". Matched as written. */
export const AFTER_ALONE = new Set(['skip', 'tbd', 'todo', 'tba', 'tbc']);
/** Nouns that make the word before them a quantity measured: "skip rate", "skip ratio" say what is watched. */
export const MEASURES = new Set(['rate', 'rates', 'ratio', 'ratios', 'count', 'counts', 'share']);

/** Words that open a new clause, so a negation before them does not reach the cue after them. */
export const CLAUSE_WORDS = stems(['but', 'however', 'instead', 'so', 'because', 'since', 'though', 'although', 'whereas', 'otherwise', 'then', 'and', 'or', 'which', 'that']);
/** Words after the cue that start a contrast: what follows a dismissal may do the topic another way. */
export const CONTRAST_WORDS = stems(['but', 'however', 'instead', 'because', 'since', 'though', 'otherwise']);

/** "not just clicks", "not only": a negation that adds rather than dismisses. */
export const NOT_ONLY = stems(['just', 'only', 'necessarily', 'always', 'solely', 'merely', 'simply', 'exactly']);

/**
 * Talk about an answer rather than one: a sentence that points at a topic ("read more about A/B testing",
 * "deployment and A/B testing considerations discussed", "cover monitoring") names it and says nothing of it.
 * Phrases in the cue language; the sentence is meta when one of them stands before the cue in its clause.
 */
export const META_BEFORE = [
  'read more about', 'read about', 'learn more about', 'see also', 'related to this topic', 'for more on',
  'this section covers', 'the conversation covers', 'the video covers', 'touches on', 'walks through', 'walkthrough of', 'be ready to discuss', 'be prepared to discuss',
  'make sure to cover', 'remember to cover', 'interviewer asks about', 'questions about', 'asking about', 'asked about',
];
/**
 * A sentence that reports on a document rather than answering: "The conversation covers problem
 * understanding, evaluation…", "It emphasizes feature engineering and calibration", "The candidate walks
 * through monitoring". What it names is pointed at, not said. A subject (a document or a person in one,
 * after "the", "this" or "that", or a bare "it"/"this") opens the sentence, then a verb of reporting.
 */
export const REPORTING_SUBJECTS = stems([
  'conversation', 'discussion', 'interview', 'video', 'article', 'post', 'blog', 'guide', 'document', 'chapter', 'section',
  'transcript', 'summary', 'talk', 'course', 'lesson', 'book', 'paper', 'tutorial', 'writeup', 'candidate', 'interviewer',
  'author', 'speaker', 'repo', 'repository', 'notebook', 'episode', 'walkthrough',
]);
export const REPORTING_VERBS = stems([
  'cover', 'involve', 'emphasize', 'emphasise', 'highlight', 'discuss', 'explore', 'focus', 'walk', 'touch', 'outline',
  'summarize', 'summarise', 'showcase', 'demonstrate', 'review', 'stress', 'underscore', 'delve', 'dive', 'illustrate',
]);
/** Imperatives that open a note-to-self or a checklist item: "Cover monitoring", "Address rollback procedures". */
export const META_OPENING = [
  'cover', 'address', 'discuss', 'mention', 'explain', 'describe', 'talk about', 'consider discussing',
  // A line that lists or points at reading is a pointer: "See also: … chapter 8 on distribution shift", "Key topics: …".
  'see also', 'further reading', 'recommended reading', 'related reading', 'key topics', 'topics covered', 'table of contents', 'key terms', 'glossary',
  'terminology',
];
/**
 * After the cue, a report that it was talked about: "A/B testing considerations", "monitoring was
 * mentioned", "deployment and A/B testing discussed". Matched as written, and a participle counts only
 * after a form of "be" or at the end of the sentence: "faces covered by the blur" is content.
 */
export const META_AFTER = new Set(['discussed', 'mentioned', 'covered', 'addressed', 'explained', 'highlighted']);
export const META_NOUNS = new Set(['considerations']);
/**
 * After "X is (the|a)": words only a definition of X puts there ("a way to", "the process of"). Not "is when":
 * "a positive is when the user watches half" is how an answer defines its label. Matched as written.
 */
export const DEFINING = new Set([
  'way', 'process', 'technique', 'method', 'practice', 'measure', 'family', 'class', 'type', 'kind', 'area', 'term',
  'concept', 'phenomenon', 'situation', 'idea', 'field', 'branch', 'study', 'subclass', 'subset', 'category',
  // "Precision is the fraction of …", "Churn is the share of customers who …".
  'fraction', 'share', 'proportion', 'percentage', 'ratio',
]);
/** Classes a definition puts its term in before saying what sets it apart ("metrics that …"). Matched as written. */
export const DEFINING_CLASS = new Set(['metric', 'metrics', 'algorithm', 'algorithms', 'models', 'systems', 'tests', 'experiments', 'techniques', 'methods', 'networks']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'get', 'gets']);
/** Linking a term to what it is, in a definition ("X is …", "X refers to …"). Matched as written. */
export const COPULAS = new Set(['is', 'are', 'means', 'refers', 'describes']);
/** Said of a term in general: "ML objectives vary by problem", "Metrics differ by product". Matched as written. */
export const GENERIC_VERBS = new Set(['vary', 'varies', 'differ', 'differs']);
export const DETERMINERS = new Set(['a', 'an', 'the']);
/**
 * Another system, told in the past ("the old search had a CTR of 12%"), or a source named ("famously",
 * "on the Kaggle dataset"): what was measured elsewhere, not this design. Matched as written.
 */
export const FORMER = new Set(['old', 'legacy', 'previous', 'former', 'prior']);
export const PAST = new Set(['had', 'was', 'were', 'did', 'used', 'reached', 'got', 'scored', 'achieved', 'switched']);
export const SOURCES = new Set(['famously', 'famous', 'kaggle', 'textbook', 'textbooks', 'reportedly']);

/** Common words that carry no content of their own. Matched as written. */
export const STOPWORDS = new Set([
  'the', 'and', 'for', 'are', 'was', 'were', 'with', 'not', 'yes', 'has', 'have', 'had', 'any', 'all', 'etc', 'this', 'that',
  'these', 'those', 'its', 'our', 'their', 'from', 'into', 'onto', 'then', 'than', 'but', 'can', 'will', 'would', 'should',
  'could', 'may', 'might', 'also', 'use', 'using', 'used', 'how', 'what', 'which', 'when', 'where', 'why', 'who', 'some',
  'more', 'most', 'other', 'such', 'each', 'via', 'per', 'about', 'out', 'off', 'over', 'under', 'one', 'two', 'get', 'got',
  'let', 'lets', 'let\'s', 'need', 'needs', 'make', 'sure', 'just', 'like', 'very', 'much', 'many', 'lot', 'lots',
]);

/**
 * Words that dress up a topic's name without saying anything of it: "A/B testing framework", "Model
 * retraining strategies", "monitoring considerations". Stemmed once here.
 */
export const NAME_FILLER = stems([
  'strategy', 'strategies', 'consideration', 'considerations', 'approach', 'approaches', 'framework', 'frameworks',
  'setup', 'plan', 'plans', 'process', 'system', 'systems', 'technique', 'techniques', 'method', 'methods', 'tool', 'tools',
  'overview', 'details', 'detail', 'option', 'options', 'step', 'steps', 'basics', 'idea', 'ideas', 'note', 'notes',
  'section', 'part', 'design', 'component', 'components', 'model', 'models', 'module', 'infrastructure', 'platform',
  'service', 'services', 'phase', 'stage', 'important', 'key', 'critical', 'crucial', 'essential', 'various', 'different',
  'proper', 'robust', 'efficient', 'effective', 'good', 'best', 'practices', 'practice', 'continuous', 'regular',
  // Hedges say how sure the speaker is, not what the thing is: "I think maybe XGBoost or some kind of boosting".
  'think', 'maybe', 'probably', 'perhaps', 'possibly', 'kind', 'sort', 'guess',
]);
