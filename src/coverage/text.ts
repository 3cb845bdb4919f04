// Words as the checker compares them: lower-cased, shorthand expanded, stemmed (Porter),
// each keeping where it sits in the sentence so evidence and exclusions work on the original text.
import { stemmer } from 'stemmer';

export interface Token {
  /** The comparable form: the Porter stem of the expanded word. */
  stem: string;
  /** The word as a lower-case string, after shorthand expansion (for prefix and fuzzy tests). */
  word: string;
  /** Its first three letters, to find prefix cues. */
  head: string;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  /** Punctuation right after the word that ends a clause ("," ";" ":" "?" "(" "->" …), if any. */
  breakAfter: boolean;
  /** A label mark right after the word (":" "=" " - "), as in "online: CTR". */
  labelAfter: boolean;
  /** Joined to the next word by a hyphen ("skip-gram", "two-tower"): part of a compound, not a word on its own. */
  joinedAfter?: boolean;
  /** A semicolon, dash or sentence mark follows: what comes after is another thought. */
  stopAfter?: boolean;
}

// Shorthand that terse answers use for ordinary words; general English and ML writing, not topic cues.
const shorthand = new Map<string, string>(Object.entries({
  neg: 'negative', negs: 'negatives', pos: 'positive', feat: 'feature', feats: 'features', emb: 'embedding',
  embs: 'embeddings', rec: 'recommendation', recs: 'recommendations', reco: 'recommendation', recos: 'recommendations',
  clf: 'classifier', clfs: 'classifiers', vid: 'video', vids: 'videos', img: 'image', imgs: 'images', txt: 'text',
  msg: 'message', msgs: 'messages', ppl: 'people', eval: 'evaluation', evals: 'evaluations', obj: 'objective',
  ctrl: 'control', hist: 'history', avg: 'average', acct: 'account', accts: 'accounts', cand: 'candidate',
  cands: 'candidates', pred: 'prediction', preds: 'predictions', thresh: 'threshold', approx: 'approximate',
  perf: 'performance', prod: 'production', infra: 'infrastructure', svc: 'service', svcs: 'services',
  req: 'request', reqs: 'requests', e2e: 'end-to-end', info: 'information', config: 'configuration',
  biz: 'business', mgmt: 'management', env: 'environment', dept: 'department', lang: 'language', langs: 'languages',
  params: 'parameters', param: 'parameter', hrs: 'hours', hr: 'hour', mins: 'minutes', min: 'minutes',
  secs: 'seconds', sec: 'seconds', wk: 'week', wks: 'weeks', yr: 'year', yrs: 'years', mo: 'month', mos: 'months',
  num: 'number', stats: 'statistics', impr: 'impressions', imprs: 'impressions', dist: 'distribution',
  exp: 'experiment', exps: 'experiments', usr: 'user', usrs: 'users', mdl: 'model', trng: 'training', w: 'with',
  vs: 'versus',
}));

// Contractions become "not" so that dismissals read the same however they were typed.
const contractions: [RegExp, string][] = [
  [/\b(can)['’]?t\b/g, '$1 not'],
  [/\bwon['’]t\b/g, 'will not'],
  [/\bwont\b/g, 'will not'],
  [/\b(do|does|did|is|are|was|were|should|would|could|must|has|have|had|need)n['’]?t\b/g, '$1 not'],
  [/\bcannot\b/g, 'can not'],
];

const SPECIAL: [RegExp, string][] = [
  [/\ba\s*\/\s*b\b/g, 'ab'], // A/B, a / b
  [/\bw\/o\b/g, 'without'],
  [/\bw\//g, 'with '],
  [/\bb\/c\b/g, 'because'],
  [/\bbc\b/g, 'because'], // the shorthand of notes: "GBDT bc the features are tabular"
  [/&/g, ' and '],
];

/** The words of a sentence, normalised, with their offsets and where clauses break. */
export function tokenize(sentence: string): Token[] {
  const lower = sentence.toLowerCase();
  const tokens: Token[] = [];
  // A word, a contraction ("don't"), a slash pair that is one word ("a/b", "w/o", "b/c"), or % and # (read as words).
  const re = /[a-z0-9]+(?:['’][a-z]+)?(?:\/[a-z](?![a-z]))?|[%#]/g;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = re.exec(lower)) !== null) {
    const last = tokens.at(-1);
    const gap = lower.slice(lastEnd, m.index);
    if (last && CLAUSE_BREAK.test(gap)) last.breakAfter = true;
    if (last && gap === '-') last.joinedAfter = true;
    if (last && STOP.test(gap)) last.stopAfter = true;
    if (last && LABEL_MARK.test(gap)) last.labelAfter = true;
    const start = m.index;
    const end = start + m[0].length;
    for (const { word, stem, head } of expand(m[0])) tokens.push({ stem, word, head, start, end, breakAfter: false, labelAfter: false });
    lastEnd = end;
  }
  return tokens;
}

const CLAUSE_BREAK = /[,;:?!()[\]=|]|->|—| - /;
/** A break that ends a thought, not only a clause: "goal: fewer harmful views; no need for guardrails yet". */
const STOP = /[;!?]|—| - /;
// After the closing marks of a bold or code label too: "**Sources**: logs", "`label`: 1 if clicked".
const LABEL_MARK = /^[*_`]*\s*([:=]|-\s|–|—)/;

interface Word {
  word: string;
  stem: string;
  head: string;
}

/**
 * Who holds or does something is said from where the writer stands: "we have click logs" in a team's design,
 * "do you have click logs?" to the interviewer, "I have click logs" in notes. The person is compared as one, so
 * a cue written in one person reads in the others. "They" is left alone: it as often means the items or users.
 */
const PERSON = new Map([
  ['i', 'we'],
  ['you', 'we'],
  ['my', 'our'],
  ['your', 'our'],
  ['me', 'us'],
]);

const expansions = new Map<string, Word[]>();

/** The words one raw token stands for. Memoised: the regular expressions below dominate tokenising. */
function expand(raw: string): Word[] {
  let words = expansions.get(raw);
  if (!words) {
    words = expandWord(raw).map((word) => ({ word, stem: PERSON.get(word) ?? stemOf(word), head: word.slice(0, 3) }));
    if (expansions.size < 50_000) expansions.set(raw, words);
  }
  return words;
}

function expandWord(raw: string): string[] {
  if (raw === '%') return ['percent'];
  if (raw === '#') return ['number'];
  let text = raw.replace(/’/g, "'");
  for (const [re, to] of SPECIAL) text = text.replace(re, to);
  for (const [re, to] of contractions) text = text.replace(re, to);
  if (/^(dont|doesnt|didnt|isnt|arent|shouldnt|wouldnt|couldnt|cant|havent|wasnt)$/.test(text)) {
    text = `${text.replace(/nt$/, '').replace(/^ca$/, 'can')} not`;
  }
  return text
    .replace(/'s$/, '')
    // A modal worn down to a letter or two says when, not what: "we'd predict", "I'll retrain" read as "we predict".
    .replace(/'(d|ll)$/, '')
    .split(/[\s']+/)
    .filter(Boolean)
    .map((w) => shorthand.get(w) ?? w)
    .flatMap((w) => w.split(/[\s-]+/));
}

const stems = new Map<string, string>();

/**
 * Words the Porter stemmer folds into an unrelated word's stem: "production" and "product" both become
 * "product", "experiment" and "experience" "experi", "positive" and "position" "posit", "adding" and "ads"
 * "ad". Each family here keeps a comparable form of its own. A fact about the stemmer, not about any text:
 * add a family when two words of different meaning share a stem.
 */
const OWN_STEM = new Map<string, string>([
  ...Object.entries({
    customer: ['customer', 'customers'],
    conversation: ['conversation', 'conversations', 'conversational'],
    experience: ['experience', 'experiences', 'experienced'],
    position: ['position', 'positions', 'positional', 'positioned', 'positioning'],
    news: ['news'],
    general: ['general', 'generally', 'generalize', 'generalizes', 'generalized', 'generalization', 'generalise', 'generalised', 'generalisation'],
    generative: ['generative'],
    production: ['production', 'productionize', 'productionized', 'productionise', 'productionised'],
    productivity: ['productive', 'productivity'],
    meaning: ['meaning', 'meanings', 'meaningful', 'meaningfully'],
    likely: ['likely', 'likelihood', 'unlikely'],
    objective: ['objective', 'objectives'],
    majority: ['majority'],
    activation: ['activation', 'activations'],
    precise: ['precise', 'precisely'],
    add: ['add', 'adds', 'added', 'adding'],
    useful: ['useful', 'usefulness'],
    careful: ['careful', 'carefully'],
    information: ['information', 'informative'],
    rating: ['rating', 'ratings', 'rated'],
    effective: ['effective', 'effectively', 'effectiveness'],
    based: ['based'],
    engineer: ['engineer', 'engineers', 'engineering', 'engineered'],
    minimal: ['minimal', 'minimally'],
    one: ['one', 'ones'],
    important: ['important', 'importance', 'importantly'],
    organization: ['organization', 'organizations', 'organisation', 'organisations', 'organizational'],
    international: ['international', 'internationally'],
  }).flatMap(([own, words]) => words.map((word) => [word, `${own}~`] as const)),
  // Acronyms whose final S is a letter of their own (Net Promoter Score, queries per second) are not plurals:
  // stemmed, "nps" would be numpy's "np" and "tps" a true positive.
  ...['nps', 'qps', 'rps', 'tps', 'gps', 'sms', 'aws'].map((word) => [word, `${word}~`] as const),
]);

/** The comparable form of one lower-case word. Memoised: stemming dominates the cost on long answers. */
export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = /\d/.test(word) ? word : (OWN_STEM.get(word) ?? stemmer(word));
    if (stems.size < 50_000) stems.set(word, stem);
  }
  return stem;
}
