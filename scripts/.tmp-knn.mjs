// src/session/fact-tuning.ts
var tuning = {
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
  /** A question the matcher is unsure of is answered with the fact its words lean to (explaining this share)... */
  LEAN_COVERAGE: 0.3,
  /** ...when the candidate's question asked before that it is put most like, at least this alike, got that fact alone. */
  ASKED_HINT: 0.4,
  /** A part of a compound question the reply left out is answered so when a candidate's question this alike to the part agrees. */
  ASKED_PART: 0.7,
  /** A single fact that explains less than this share of the question is stated only when... */
  SUPPORT_SHARE: 0.5,
  /** ...the question asked before that this one is put most like, at least this alike, got that fact alone. */
  SUPPORT_ASKED: 0.3
};

// src/coverage/text.ts
import { stemmer } from "stemmer";
var shorthand = {
  neg: "negative",
  negs: "negatives",
  pos: "positive",
  feat: "feature",
  feats: "features",
  emb: "embedding",
  embs: "embeddings",
  rec: "recommendation",
  recs: "recommendations",
  reco: "recommendation",
  recos: "recommendations",
  clf: "classifier",
  clfs: "classifiers",
  vid: "video",
  vids: "videos",
  img: "image",
  imgs: "images",
  txt: "text",
  msg: "message",
  msgs: "messages",
  ppl: "people",
  eval: "evaluation",
  evals: "evaluations",
  obj: "objective",
  ctrl: "control",
  hist: "history",
  avg: "average",
  acct: "account",
  accts: "accounts",
  cand: "candidate",
  cands: "candidates",
  pred: "prediction",
  preds: "predictions",
  thresh: "threshold",
  approx: "approximate",
  perf: "performance",
  prod: "production",
  infra: "infrastructure",
  svc: "service",
  svcs: "services",
  req: "request",
  reqs: "requests",
  e2e: "end-to-end",
  info: "information",
  config: "configuration",
  biz: "business",
  mgmt: "management",
  env: "environment",
  dept: "department",
  lang: "language",
  langs: "languages",
  params: "parameters",
  param: "parameter",
  hrs: "hours",
  hr: "hour",
  mins: "minutes",
  min: "minutes",
  secs: "seconds",
  sec: "seconds",
  wk: "week",
  wks: "weeks",
  yr: "year",
  yrs: "years",
  mo: "month",
  mos: "months",
  num: "number",
  stats: "statistics",
  impr: "impressions",
  imprs: "impressions",
  dist: "distribution",
  exp: "experiment",
  exps: "experiments",
  usr: "user",
  usrs: "users",
  mdl: "model",
  trng: "training",
  w: "with"
};
var contractions = [
  [/\b(can)['’]?t\b/g, "$1 not"],
  [/\bwon['’]t\b/g, "will not"],
  [/\bwont\b/g, "will not"],
  [/\b(do|does|did|is|are|was|were|should|would|could|must|has|have|had|need)n['’]?t\b/g, "$1 not"],
  [/\bcannot\b/g, "can not"]
];
var SPECIAL = [
  [/\ba\s*\/\s*b\b/g, "ab"],
  // A/B, a / b
  [/\bw\/o\b/g, "without"],
  [/\bw\//g, "with "],
  [/\bb\/c\b/g, "because"],
  [/&/g, " and "]
];
function tokenize(sentence) {
  const lower = sentence.toLowerCase();
  const tokens = [];
  const re = /[a-z0-9]+(?:['’][a-z]+)?(?:\/[a-z](?![a-z]))?|[%#]/g;
  let m;
  let lastEnd = 0;
  while ((m = re.exec(lower)) !== null) {
    const last = tokens.at(-1);
    const gap = lower.slice(lastEnd, m.index);
    if (last && CLAUSE_BREAK.test(gap)) last.breakAfter = true;
    if (last && gap === "-") last.joinedAfter = true;
    if (last && LABEL_MARK.test(gap)) last.labelAfter = true;
    const start = m.index;
    const end = start + m[0].length;
    for (const { word, stem, head } of expand(m[0])) tokens.push({ stem, word, head, start, end, breakAfter: false, labelAfter: false });
    lastEnd = end;
  }
  return tokens;
}
var CLAUSE_BREAK = /[,;:?!()[\]=|]|->|—| - /;
var LABEL_MARK = /^[*_`]*\s*([:=]|-\s|–|—)/;
var expansions = /* @__PURE__ */ new Map();
function expand(raw) {
  let words = expansions.get(raw);
  if (!words) {
    words = expandWord(raw).map((word) => ({ word, stem: stemOf(word), head: word.slice(0, 3) }));
    if (expansions.size < 5e4) expansions.set(raw, words);
  }
  return words;
}
function expandWord(raw) {
  if (raw === "%") return ["percent"];
  if (raw === "#") return ["number"];
  let text = raw.replace(/’/g, "'");
  for (const [re, to] of SPECIAL) text = text.replace(re, to);
  for (const [re, to] of contractions) text = text.replace(re, to);
  if (/^(dont|doesnt|didnt|isnt|arent|shouldnt|wouldnt|couldnt|cant|havent|wasnt)$/.test(text)) {
    text = `${text.replace(/nt$/, "").replace(/^ca$/, "can")} not`;
  }
  return text.replace(/'s$/, "").split(/[\s']+/).filter(Boolean).map((w) => shorthand[w] ?? w).flatMap((w) => w.split(/[\s-]+/));
}
var stems = /* @__PURE__ */ new Map();
var OWN_STEM = new Map([
  ...Object.entries({
    customer: ["customer", "customers"],
    conversation: ["conversation", "conversations", "conversational"],
    experience: ["experience", "experiences", "experienced"],
    position: ["position", "positions", "positional", "positioned", "positioning"],
    news: ["news"],
    general: ["general", "generally", "generalize", "generalizes", "generalized", "generalization", "generalise", "generalised", "generalisation"],
    generative: ["generative"],
    production: ["production", "productionize", "productionized", "productionise", "productionised"],
    productivity: ["productive", "productivity"],
    meaning: ["meaning", "meanings", "meaningful", "meaningfully"],
    likely: ["likely", "likelihood", "unlikely"],
    objective: ["objective", "objectives"],
    majority: ["majority"],
    activation: ["activation", "activations"],
    precise: ["precise", "precisely"],
    add: ["add", "adds", "added", "adding"],
    useful: ["useful", "usefulness"],
    careful: ["careful", "carefully"],
    information: ["information", "informative"],
    rating: ["rating", "ratings", "rated"],
    effective: ["effective", "effectively", "effectiveness"],
    based: ["based"],
    engineer: ["engineer", "engineers", "engineering", "engineered"],
    minimal: ["minimal", "minimally"],
    one: ["one", "ones"],
    important: ["important", "importance", "importantly"],
    organization: ["organization", "organizations", "organisation", "organisations", "organizational"],
    international: ["international", "internationally"]
  }).flatMap(([own, words]) => words.map((word) => [word, `${own}~`])),
  // Acronyms whose final S is a letter of their own (Net Promoter Score, queries per second) are not plurals:
  // stemmed, "nps" would be numpy's "np" and "tps" a true positive.
  ...["nps", "qps", "rps", "tps", "gps", "sms", "aws"].map((word) => [word, `${word}~`])
]);
function stemOf(word) {
  let stem = stems.get(word);
  if (stem === void 0) {
    stem = /\d/.test(word) ? word : OWN_STEM.get(word) ?? stemmer(word);
    if (stems.size < 5e4) stems.set(word, stem);
  }
  return stem;
}

// src/session/question-terms.ts
var groupTerm = (group) => `~${group}`;
var IGNORED = "";
function wordsOf(text) {
  const lower = text.toLowerCase().replace(/[’']/g, "").replace(/\ba\s*\/\s*b\b/g, "ab").replace(/&/g, " and ");
  return lower.match(/[a-z0-9]+/g) ?? [];
}
var compiled = /* @__PURE__ */ new WeakMap();
function compileVocabulary(vocabulary) {
  if (!vocabulary) return { phrases: /* @__PURE__ */ new Map(), longest: 0, ignore: /* @__PURE__ */ new Set(), words: /* @__PURE__ */ new Set(), generic: /* @__PURE__ */ new Map(), numeric: [] };
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  const phrases = /* @__PURE__ */ new Map();
  const words = /* @__PURE__ */ new Set();
  let longest = 0;
  for (const [group, list] of vocabulary.synonyms) {
    for (const phrase of list) {
      const w = wordsOf(phrase);
      if (w.length === 0) continue;
      w.forEach((x) => words.add(x));
      phrases.set(w.map(stemOf).join(" "), groupTerm(group));
      longest = Math.max(longest, w.length);
    }
  }
  const ignore = /* @__PURE__ */ new Set();
  for (const entry of vocabulary.ignore) {
    const w = wordsOf(entry);
    w.forEach((x) => words.add(x));
    if (w.length === 1) ignore.add(stemOf(w[0]));
    else if (w.length > 1) {
      phrases.set(w.map(stemOf).join(" "), IGNORED);
      longest = Math.max(longest, w.length);
    }
  }
  const generic = /* @__PURE__ */ new Map();
  const numeric = vocabulary.numeric.map((p) => ` ${wordsOf(p).map(stemOf).join(" ")} `);
  const partial = { phrases, longest, ignore, words, generic, numeric };
  for (const text of vocabulary.background) {
    const surface = wordsOf(text);
    surface.forEach((w) => words.add(w));
    for (const term of new Set(termsOf(surface, partial))) generic.set(term, (generic.get(term) ?? 0) + 1 / vocabulary.background.length);
  }
  const result = partial;
  compiled.set(vocabulary, result);
  return result;
}
function termsOf(words, vocabulary, { inner = false } = {}) {
  const stemmed = words.map(stemOf);
  const out = [];
  for (let i = 0; i < stemmed.length; ) {
    let matched = 0;
    for (let n = Math.min(vocabulary.longest, stemmed.length - i); n > 0 && matched === 0; n--) {
      const group = vocabulary.phrases.get(stemmed.slice(i, i + n).join(" "));
      if (group !== void 0) {
        if (group !== IGNORED) out.push(group);
        if (inner && group !== IGNORED) out.push(...stemmed.slice(i, i + n).filter((s) => !vocabulary.ignore.has(s) && !/^\d+$/.test(s)));
        matched = n;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const stem = stemmed[i];
    if (!vocabulary.ignore.has(stem) && !/^\d+$/.test(stem)) out.push(stem);
    i++;
  }
  return out;
}
function asksForNumber(words, vocabulary) {
  const text = ` ${words.map(stemOf).join(" ")} `;
  return vocabulary.numeric.some((p) => text.includes(p));
}
var statesNumber = (answer) => /(^|[^\w.])\d/.test(answer);
function oneEditApart(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs = [];
    for (let i3 = 0; i3 < a.length && diffs.length <= 2; i3++) if (a[i3] !== b[i3]) diffs.push(i3);
    if (diffs.length === 1) return true;
    const [i2, j] = diffs;
    return diffs.length === 2 && j === i2 + 1 && a[i2] === b[j] && a[j] === b[i2];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
var TYPO_MIN_LENGTH = 5;
function correctTypos(words, known) {
  return words.map((word) => {
    if (word.length < TYPO_MIN_LENGTH || known.has(word) || /\d/.test(word)) return word;
    const base = word.replace(/(ly|ily)$/, (m) => m === "ily" ? "y" : "");
    if (base !== word && known.has(base)) return base;
    let found;
    for (const candidate of known) {
      if (!oneEditApart(word, candidate)) continue;
      if (found !== void 0 && stemOf(found) !== stemOf(candidate)) return word;
      found = candidate;
    }
    return found ?? word;
  });
}

// src/session/asked-questions.ts
var termSet = (text, known, vocabulary) => new Set(termsOf(correctTypos(wordsOf(text), known), vocabulary));
function indexAsked(kase, known, vocabulary) {
  const questions = [
    ...kase.questions.map((q) => ({ terms: termSet(q.ask, known, vocabulary), facts: q.facts, candidate: true })),
    ...kase.facts.flatMap((f) => [f.question, ...f.asks].map((text) => ({ terms: termSet(text, known, vocabulary), facts: [f.id], candidate: false })))
  ];
  const df = /* @__PURE__ */ new Map();
  for (const q of questions) for (const t of q.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const weightOf = (term) => Math.log(1 + questions.length / (df.get(term) ?? 0.5));
  const asked = questions.map(({ terms, facts, candidate }) => {
    const weighed = new Map([...terms].map((t) => [t, weightOf(t)]));
    return { terms: weighed, norm: normOf(weighed), facts, candidate };
  });
  return { asked, weightOf, known };
}
function closestAsked(index, question, vocabulary) {
  const terms = new Map([...termSet(question, index.known, vocabulary)].map((t) => [t, index.weightOf(t)]));
  const norm = normOf(terms);
  let best;
  let next;
  for (const asked of index.asked) {
    let dot = 0;
    for (const [t, w] of terms) dot += w * (asked.terms.get(t) ?? 0);
    if (dot === 0) continue;
    const similarity = dot / (norm * asked.norm);
    if (similarity > (best?.similarity ?? 0)) [best, next] = [{ asked, similarity }, best];
    else if (similarity > (next?.similarity ?? 0)) next = { asked, similarity };
  }
  if (!best) return void 0;
  const same = (a, b) => a.length === b.length && a.every((f, i) => f === b[i]);
  return {
    facts: best.asked.facts,
    candidate: best.asked.candidate,
    similarity: best.similarity,
    next: next && { similarity: next.similarity, same: same(next.asked.facts, best.asked.facts) }
  };
}
function answersAsBefore(precedent, parts) {
  if (!precedent || precedent.facts.length > Math.max(1, parts)) return false;
  if (precedent.similarity >= tuning.ASKED_SURE) return true;
  const next = precedent.next;
  return precedent.similarity >= tuning.ASKED_LIKE && next !== void 0 && next.same && next.similarity >= tuning.ASKED_AGREE;
}
var normOf = (weights) => Math.sqrt([...weights.values()].reduce((a, w) => a + w * w, 0));

// src/session/quantity-kinds.ts
var NUMBER = String.raw`\d[\d,.]*\s*(?:k|thousand|million|billion|m|bn)?`;
var PER_TIME = String.raw`(?:per|a|an|each|every)\s+(?:day|second|sec|hour|minute|week|month|year)`;
var kinds = [
  {
    // Volume over time: traffic, uploads, searches, decisions.
    term: "#rate",
    asked: new RegExp(String.raw`\b${PER_TIME}\b|\b(?:daily|qps|rps|throughput|traffic|volume|dau|mau)\b`),
    stated: new RegExp(String.raw`${NUMBER}\s+(?:[a-z-]+\s+){0,4}${PER_TIME}\b|\bdaily active\b`)
  },
  {
    // How long the system may take to answer.
    term: "#latency",
    asked: /\b(?:latency|p\d\d|ms|milliseconds?|response time|real[- ]?time)\b|\d\s*ms\b/,
    stated: /\d\s*(?:ms|milliseconds?)\b|\bp\d\d\b/
  },
  {
    // How soon something must happen: a deadline, a turnaround, freshness.
    term: "#delay",
    // "How long are the videos" asks a length, not how soon: "how long" opens a delay unless "is"/"are" follows.
    asked: /\bhow (?:long(?! (?:is|are|was|were)\b)|soon|quickly|fast|fresh)\b|\b(?:deadline|turnaround|within|delay)\b/,
    // "within 10 minutes", "in under an hour", "2 hours after": not a length ("a 6 minute video").
    stated: /\bwithin (?:\d|an? |one )|\b(?:in|after|under) (?:about |under |less than )?\d+\s*(?:seconds?|minutes?|hours?|days?)\b|\d\s*(?:seconds?|minutes?|hours?|days?) (?:of|after|before|later)\b/
  },
  {
    // A share: prevalence, rates of clicks or fraud, acceptance.
    term: "#share",
    asked: /\bwhat (?:fraction|percentage|percent|share|proportion)\b|\bhow (?:common|rare|prevalent)\b|\bratio\b|%|\brate\b/,
    stated: /\d\s*(?:percent|%)|\bone in \d|\b\d+ in \d/
  },
  {
    // Money: costs, budgets, prices, revenue.
    term: "#money",
    asked: /\b(?:cost|costs|revenue|spend|dollars?|how much money)\b|\$/,
    stated: /\$\s?\d|\d\s*(?:dollars|usd|eur|euros)\b/
  },
  {
    // Two outcomes weighed against each other: which mistake costs more, which matters more.
    term: "#compare",
    asked: /\b(?:worse|costlier|more costly|hurts? more|matters? more|better or worse)\b|\b(?:vs|versus|compared (?:with|to))\b/,
    stated: /\b(?:worse|costs? more|costlier|more costly|hurts? more|twice|compared (?:with|to))\b/
  }
];
var kindWords = [
  ...["day", "daily", "second", "sec", "hour", "minute", "week", "month", "year", "qps", "rps", "throughput", "traffic", "volume", "dau", "mau"],
  ...["latency", "ms", "milliseconds", "deadline", "turnaround", "delay", "ratio", "rate", "cost", "revenue", "spend", "dollars", "worse", "vs", "versus"]
];
var kindsAsked = (text) => kinds.filter((k) => k.asked.test(text.toLowerCase())).map((k) => k.term);
var kindsStated = (text) => kinds.filter((k) => k.stated.test(text.toLowerCase())).map((k) => k.term);
var MAGNITUDES = /* @__PURE__ */ new Set(["k", "thousand", "million", "millions", "billion", "billions", "m", "bn", "about", "around", "roughly", "over", "under"]);
var PLURAL = /[^su]s$/;
function countedAsked(words, endsPhrase2) {
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const opens = words[i] === "how" && words[i + 1] === "many" || words[i] === "number" && words[i + 1] === "of";
    if (!opens) continue;
    const phrase = [];
    for (let j = i + 2; j < words.length && phrase.length < 3 && !endsPhrase2(words[j]); j++) phrase.push(words[j]);
    const head = phrase.findIndex((w) => PLURAL.test(w));
    if (phrase.length > 0) out.push(phrase.slice(0, head + 1 || 1));
  }
  return out;
}
function countedStated(words, endsPhrase2) {
  const out = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\d/.test(words[i])) continue;
    let j = i + 1;
    while (j < words.length && (MAGNITUDES.has(words[j]) || /^\d/.test(words[j]))) j++;
    const phrase = [];
    for (; j < words.length && phrase.length < 3 && !endsPhrase2(words[j]); j++) phrase.push(words[j]);
    if (phrase.length > 0) out.push(phrase);
  }
  return out;
}

// src/session/fact-index.ts
function countedTerms(phrases, vocabulary) {
  return phrases.flatMap((p) => termsOf(p, vocabulary).map((t) => `#n:${t}`));
}
function countedHeads(phrases, vocabulary) {
  return phrases.flatMap((p) => termsOf(p, vocabulary).slice(-1).map((t) => `#n:${t}`));
}
var endsPhrase = (vocabulary) => (word) => vocabulary.ignore.has(stemOf(word));
function indexFacts(facts, caseText, vocabulary) {
  const known = new Set(vocabulary.words);
  const ends = endsPhrase(vocabulary);
  const terms = (text) => {
    const words = wordsOf(text);
    words.forEach((w) => known.add(w));
    return termsOf(words, vocabulary, { inner: true });
  };
  const asking = (text) => [...terms(text), ...kindsAsked(text), ...countedHeads(countedAsked(wordsOf(text), ends), vocabulary)];
  const indexed = facts.map((fact) => ({
    question: new Set(asking(fact.question)),
    asks: fact.asks.map((ask) => new Set(asking(ask))).filter((ask) => ask.size > 0),
    keywords: new Set(fact.keywords.flatMap(terms)),
    answer: /* @__PURE__ */ new Set([...terms(fact.answer), ...kindsStated(fact.answer), ...countedTerms(countedStated(wordsOf(fact.answer), ends), vocabulary)]),
    name: new Set(termsOf(wordsOf(fact.id.replace(/-/g, " ")), vocabulary, { inner: true })),
    number: statesNumber(fact.answer)
  }));
  const df = /* @__PURE__ */ new Map();
  const askedDf = /* @__PURE__ */ new Map();
  const count = (map, terms2) => new Set(terms2).forEach((t) => map.set(t, (map.get(t) ?? 0) + 1));
  const askDf = /* @__PURE__ */ new Map();
  for (const f of indexed) {
    count(df, [...f.question, ...f.keywords, ...f.answer]);
    count(askedDf, [...f.question, ...f.keywords]);
    count(askDf, f.asks.flatMap((ask) => [...ask]));
  }
  for (const [t, n] of askDf) if (!askedDf.has(t)) askedDf.set(t, n);
  const kindTerms = new Set(kindWords.flatMap((w) => termsOf([w], vocabulary)));
  return { facts: indexed, df, askedDf, context: new Set(terms(caseText)), known, kindTerms };
}

// src/coverage/language.ts
var stems2 = (words) => new Set(words.map(stemOf));
var NOT_DOING = stems2([
  "need",
  "bother",
  "worry",
  "plan",
  "go",
  "time",
  "think",
  "spend",
  "care",
  "want",
  "cover",
  "include",
  "do",
  "point",
  "necessary",
  "require",
  "meaningful",
  "sense",
  "run",
  "build",
  "consider",
  "discuss",
  "implement",
  "use",
  "adopt",
  "employ",
  "introduce",
  "add",
  "apply",
  "track",
  "measure",
  "monitor",
  "focus",
  "cover"
]);
var SKIPPING = stems2(["skip", "ignore", "omit", "postpone", "defer", "forget", "park"]);
var NOT_WORTH = stems2([
  "need",
  "necessary",
  "required",
  "meaningful",
  "sense",
  "use",
  "relevant",
  "applicable",
  "acceptable",
  "worth",
  "important",
  "issue",
  "concern",
  "matter",
  "priority",
  "feasible",
  "possible",
  "apply",
  "help",
  "practical",
  "work"
]);
var CLAUSE_WORDS = stems2(["but", "however", "instead", "so", "because", "since", "though", "although", "whereas", "otherwise", "then", "and", "or", "which", "that"]);
var CONTRAST_WORDS = stems2(["but", "however", "instead", "because", "since", "though", "otherwise"]);
var NOT_ONLY = stems2(["just", "only", "necessarily", "always", "solely", "merely", "simply", "exactly"]);
var META_BEFORE = [
  "read more about",
  "read about",
  "learn more about",
  "see also",
  "related to this topic",
  "for more on",
  "this section covers",
  "the conversation covers",
  "the video covers",
  "touches on",
  "walks through",
  "walkthrough of",
  "be ready to discuss",
  "be prepared to discuss",
  "make sure to cover",
  "remember to cover",
  "interviewer asks about",
  "questions about",
  "asking about",
  "asked about"
];
var REPORTING_SUBJECTS = stems2([
  "conversation",
  "discussion",
  "interview",
  "video",
  "article",
  "post",
  "blog",
  "guide",
  "document",
  "chapter",
  "section",
  "transcript",
  "summary",
  "talk",
  "course",
  "lesson",
  "book",
  "paper",
  "tutorial",
  "writeup",
  "candidate",
  "interviewer",
  "author",
  "speaker",
  "repo",
  "repository",
  "notebook",
  "episode",
  "walkthrough"
]);
var REPORTING_VERBS = stems2([
  "cover",
  "involve",
  "emphasize",
  "emphasise",
  "highlight",
  "discuss",
  "explore",
  "focus",
  "walk",
  "touch",
  "outline",
  "summarize",
  "summarise",
  "showcase",
  "demonstrate",
  "review",
  "stress",
  "underscore",
  "delve",
  "dive",
  "illustrate"
]);
var META_OPENING = [
  "cover",
  "address",
  "discuss",
  "mention",
  "explain",
  "describe",
  "talk about",
  "consider discussing",
  // A line that lists or points at reading is a pointer: "See also: … chapter 8 on distribution shift", "Key topics: …".
  "see also",
  "further reading",
  "recommended reading",
  "related reading",
  "key topics",
  "topics covered",
  "table of contents"
];
var NAME_FILLER = stems2([
  "strategy",
  "strategies",
  "consideration",
  "considerations",
  "approach",
  "approaches",
  "framework",
  "frameworks",
  "setup",
  "plan",
  "plans",
  "process",
  "system",
  "systems",
  "technique",
  "techniques",
  "method",
  "methods",
  "tool",
  "tools",
  "overview",
  "details",
  "detail",
  "option",
  "options",
  "step",
  "steps",
  "basics",
  "idea",
  "ideas",
  "note",
  "notes",
  "section",
  "part",
  "design",
  "component",
  "components",
  "model",
  "models",
  "module",
  "infrastructure",
  "platform",
  "service",
  "services",
  "phase",
  "stage",
  "important",
  "key",
  "critical",
  "crucial",
  "essential",
  "various",
  "different",
  "proper",
  "robust",
  "efficient",
  "effective",
  "good",
  "best",
  "practices",
  "practice",
  "continuous",
  "regular"
]);

// src/coverage/dismissal.ts
var stemsOf = (phrase) => tokenize(phrase).map((t) => t.stem);
var metaBefore = META_BEFORE.map(stemsOf);
var metaOpening = META_OPENING.map(stemsOf);

// src/coverage/sentences.ts
var INTERROGATIVE = /^(what|what's|whats|which|who|whom|whose|when|where|why|how|do|does|did|is|are|was|were|can|could|should|would|will|shall|may|might|must|have|has|any)\b/i;
var LEAD_IN_THEN_ASKS = new RegExp(`^[^?,;:]{3,80},\\s*${INTERROGATIVE.source.slice(1)}`, "i");

// src/session/question-parts.ts
var YES_NO = /^\s*(?:is|are|do|does|did|can|could|should|will|would|has|have)\b/i;
function yesNoClauses(question) {
  const parts = partsOf(question);
  const elaborated = new Set(parts.filter((p) => p.elaborates).map((p) => p.clause));
  const opening = parts.filter((p) => !p.elaborates);
  const first = opening.findIndex((p) => !YES_NO.test(p.text));
  return new Set(opening.slice(0, first < 0 ? opening.length : first).map((p) => p.clause).filter((c) => !elaborated.has(c)));
}
var OPENS_QUESTION = /^\s*(?:how|what|whats|which|who|when|where|why|is|are|was|do|does|did|can|could|should|will|would|any|have|has)\b/i;
var opensQuestion = (text) => OPENS_QUESTION.test(text);
var EXAMPLES = /^\s*(?:like|e\.?g\.?|such as|including|say)\b/i;
var LIST_ITEM_WORDS = 4;
function partsOf(question) {
  const parts = [];
  const pieces = question.replace(/(\w)\s+\/\s+(\w)/g, "$1 $2").split(/([?;,:]|\band\b|\balso\b|\bplus\b|&|\s[-–—/]\s)/i);
  let clause = -1;
  let counting = false;
  let listing = false;
  const asksLater = (i) => pieces.slice(i + 2).some((p, j) => j % 2 === 0 && OPENS_QUESTION.test(p));
  for (let i = 0; i < pieces.length; i += 2) {
    const text = pieces[i];
    if (text.trim() === "") continue;
    const joined = /^(?:and|plus|&)$/i.test((pieces[i - 1] ?? "").trim());
    if (clause >= 0 && joined && counting && !OPENS_QUESTION.test(text)) {
      parts.push({ text: `how many ${text.trim()}`, clause: ++clause, elaborates: false });
      continue;
    }
    const listed = listing && (joined || (pieces[i - 1] ?? "").trim() === ",") && !EXAMPLES.test(text) && !asksLater(i);
    const elaborates = clause >= 0 && !listed && !OPENS_QUESTION.test(text);
    if (!elaborates) {
      clause++;
      counting = /\b(?:how many|number of)\b/i.test(text);
      if (!listed) listing = !OPENS_QUESTION.test(text) && (text.match(/\S+/g) ?? []).length <= LIST_ITEM_WORDS;
    } else listing = false;
    parts.push({ text, clause, elaborates });
  }
  return parts;
}

// src/session/fact-match.ts
function weighTerms(index, question, vocabulary) {
  const n = index.facts.length;
  const weights = /* @__PURE__ */ new Map();
  const clauses = /* @__PURE__ */ new Map();
  for (const { text, clause: i, elaborates } of partsOf(question)) {
    const words = correctTypos(wordsOf(text), index.known);
    const counted = countedHeads(countedAsked(words, endsPhrase(vocabulary)), vocabulary);
    for (const term of [...termsOf(words, vocabulary), ...kindsAsked(text), ...counted]) {
      const df = index.df.get(term) ?? 0;
      const unknown = index.context.has(term) ? tuning.CONTEXT_SHARE * Math.log(1 + n / tuning.UNKNOWN_AS_ONE_IN) : Math.log(1 + n / tuning.UNKNOWN_AS_ONE_IN);
      const generic = 1 / (1 + tuning.GENERIC_DAMPING * (vocabulary.generic.get(term) ?? 0));
      const share = elaborates ? tuning.ELABORATION_SHARE : 1;
      weights.set(term, Math.max(weights.get(term) ?? 0, (df > 0 ? Math.log(1 + n / df) : unknown) * generic * share));
      clauses.set(term, (clauses.get(term) ?? /* @__PURE__ */ new Set()).add(i));
    }
  }
  return { weights, clauses };
}
function scoreFacts(index, weights) {
  const n = index.facts.length;
  const specificDf = Math.max(1, Math.floor(n * tuning.SPECIFIC_SHARE));
  return index.facts.map((f, fact) => {
    let score = 0;
    let explained = 0;
    let asked = false;
    let specific = false;
    const terms = /* @__PURE__ */ new Set();
    const echoed = echoedAsks(f, weights, index.kindTerms);
    for (const [term, weight] of weights) {
      const share = f.question.has(term) || echoed.has(term) ? 1 : f.keywords.has(term) ? tuning.KEYWORD_SHARE : f.answer.has(term) ? tuning.ANSWER_SHARE : 0;
      if (share === 0) continue;
      const inAsk = share > tuning.ANSWER_SHARE;
      terms.add(term);
      score += weight * (share + (f.name.has(term) ? tuning.NAME_BONUS : 0));
      explained += weight;
      asked ||= inAsk;
      specific ||= !index.context.has(term) && ((index.df.get(term) ?? n) <= specificDf || inAsk && (index.askedDf.get(term) ?? n) <= specificDf);
    }
    return { fact, score, explained, terms, asked, specific };
  });
}
function echoedAsks(fact, weights, kindTerms) {
  const words = (terms) => new Set(terms.filter((t) => !kindTerms.has(t)).map((t) => t.replace(/^#n:/, ""))).size;
  const echoed = /* @__PURE__ */ new Set();
  for (const ask of fact.asks) {
    const shared = [...ask].filter((t) => weights.has(t));
    if (words(shared) >= Math.min(2, words([...ask]))) shared.forEach((t) => echoed.add(t));
  }
  return echoed;
}
var isKind = (term) => term.startsWith("#") && !term.startsWith("#n:");
var byScore = (a, b) => b.score - a.score || b.explained - a.explained;
function matchFacts(index, question, vocabulary) {
  const weighed = weighTerms(index, question, vocabulary);
  const numeric = asksForNumber(wordsOf(question), vocabulary);
  const yesNo = yesNoClauses(question);
  let weights = weighed.weights;
  const total = sum(weights);
  if (total === 0) return { kind: "none" };
  const chosen = [];
  const answeredClauses = /* @__PURE__ */ new Set();
  const clausesOfTerms = (terms) => new Set([...terms].flatMap((t) => [...weighed.clauses.get(t) ?? []]));
  const ownTerms = (terms) => [...terms].filter((t) => !isKind(t) && !index.context.has(t));
  for (; ; ) {
    const first = chosen.length === 0;
    const ranked = scoreFacts(index, weights).filter((s) => !chosen.includes(s.fact)).filter((s) => first || [...clausesOfTerms(s.terms)].every((c) => !answeredClauses.has(c))).sort(byScore);
    if (numeric && ranked.length > 1 && close(ranked[0], ranked[1])) {
      const gives = (s) => index.facts[s.fact].number;
      if (!gives(ranked[0]) && gives(ranked[1])) ranked.splice(0, 2, ranked[1], ranked[0]);
      if (gives(ranked[0]) && !gives(ranked[1])) ranked.splice(1, 1);
    }
    if (ranked.length > 1 && close(ranked[0], ranked[1])) {
      const [a, b] = [unasked(index, ranked[0].fact, weighed.weights), unasked(index, ranked[1].fact, weighed.weights)];
      if (b + tuning.FIT_MARGIN <= a) ranked.splice(0, 2, ranked[1], ranked[0]);
      if (Math.min(a, b) + tuning.FIT_MARGIN <= Math.max(a, b)) ranked.splice(1, 1);
    }
    const [best, next] = ranked;
    const itsClauses = clausesOfTerms(best?.terms ?? []);
    const asked = [...weights].filter(([t]) => [...weighed.clauses.get(t) ?? []].some((c) => itsClauses.has(c)));
    const unexplained = Math.max(0, ...asked.filter(([t]) => !best?.terms.has(t)).map(([, w]) => w));
    if (!best || !confident(best, next, asked.reduce((a, [, w]) => a + w, 0), first, unexplained)) break;
    const inYesNo = asked.filter(([t]) => [...weighed.clauses.get(t) ?? []].some((c) => yesNo.has(c)));
    const heaviest = (explained) => Math.max(0, ...inYesNo.filter(([t]) => best.terms.has(t) === explained).map(([, w]) => w));
    if (heaviest(false) > heaviest(true)) break;
    if (next && close(best, next)) {
      if (first) return { kind: "ambiguous", facts: [best.fact, next.fact] };
      break;
    }
    chosen.push(best.fact);
    clausesOfTerms(ownTerms(best.terms)).forEach((c) => answeredClauses.add(c));
    weights = new Map([...weights].filter(([t]) => !best.terms.has(t)));
  }
  if (chosen.length === 0) return { kind: "none" };
  const scored = scoreFacts(index, weighed.weights);
  const firstClause = (fact) => {
    const terms = scored[fact].terms;
    const own = clausesOfTerms(ownTerms(terms));
    return Math.min(...own.size > 0 ? own : clausesOfTerms(terms));
  };
  const unanswered = /* @__PURE__ */ new Map();
  for (const [term, weight] of weights) {
    for (const c of weighed.clauses.get(term) ?? []) if (!answeredClauses.has(c)) unanswered.set(c, (unanswered.get(c) ?? 0) + weight);
  }
  return {
    kind: "facts",
    facts: chosen.sort((a, b) => firstClause(a) - firstClause(b)),
    rest: [...unanswered.values()].some((w) => w >= tuning.REST_WEIGHT)
  };
}
function unasked(index, fact, asked) {
  const n = index.facts.length;
  let weight = 0;
  for (const term of index.facts[fact].question) {
    if (term.startsWith("#") || asked.has(term)) continue;
    weight += Math.log(1 + n / (index.df.get(term) ?? 1));
  }
  return weight;
}
var close = (best, next) => next.score >= tuning.TIE_RATIO * best.score && next.explained >= tuning.TIE_EXPLAINED * best.explained && [...next.terms].some((t) => best.terms.has(t));
function confident(best, next, total, first, unexplained) {
  const coverage = best.explained / total;
  if (!best.asked) return best.specific && first && coverage >= tuning.ANSWER_ONLY_COVERAGE && best.score >= tuning.CLEAR_MARGIN * (next?.score ?? 0);
  if (!best.specific) return false;
  if (coverage >= (first ? tuning.MIN_COVERAGE : tuning.MIN_COVERAGE_NEXT)) return true;
  return first && coverage >= tuning.MIN_COVERAGE_CLEAR && best.score >= tuning.CLEAR_MARGIN * (next?.score ?? 0) && unexplained <= best.explained;
}
var sum = (weights) => [...weights.values()].reduce((a, b) => a + b, 0);
function namedFact(index, question, vocabulary) {
  const [best, next] = scoredFacts(index, question, vocabulary).scored.sort(byScore);
  const clear = best && best.asked && best.specific && best.score >= tuning.CLEAR_MARGIN * (next?.score ?? 0);
  return clear ? best.fact : void 0;
}
function leaningFact(index, question, vocabulary) {
  const { scored, total } = scoredFacts(index, question, vocabulary);
  const [best] = scored.sort(byScore);
  return best && best.asked && total > 0 && best.explained / total >= tuning.LEAN_COVERAGE ? best.fact : void 0;
}
function explainedShare(index, question, vocabulary, fact) {
  const { scored, total } = scoredFacts(index, question, vocabulary);
  return total > 0 ? scored[fact].explained / total : 0;
}
function scoredFacts(index, question, vocabulary) {
  const weights = weighTerms(index, question, vocabulary).weights;
  return { scored: scoreFacts(index, weights), total: sum(weights) };
}

// src/session/question-intents.ts
var answeringIntents = ["today", "success", "surface", "labels"];
var TODAY = /\b(?:today|now|nowadays|rn|currently|current|existing|exists?|already(?!\s+(?:in|on|at)\b)|at the moment|at present|in place|legacy|status quo|from scratch|from zero|replac(?:e|es|ing)|improv(?:e|es|ing) on|greenfield)\b/i;
var SUCCESS = [
  /\b(?:success\w*|succeed\w*|north[- ]?star|kpis?|metrics?|goal|objective|(?:a|the) win)\b/i,
  /\b(?:we|you|to)\s+(?:\w+\s+)?(?:optimi[sz]|maximi[sz])/i,
  /^\W*(?:optimi[sz]|maximi[sz])/i,
  // "How do we know it worked", "how do we measure a good suggestion": not "how do we know a click happened".
  /\bhow (?:do|will|would|should|can) (?:we|you|they) (?:\w+ly )?(?:measure|judge|tell|know|say|decide)\b.*\b(?:good|better|success\w*|work(?:s|ed|ing)?|win\w*|quality|improv\w*)\b/i
];
var MEASURE = /\bhow (?:do|will|would|should|can) (?:we|you|they) (?:\w+ly )?(?:measure|judge|tell|know|say|decide)\b/i;
var SURFACE = [
  /\bwhere\b(?:\s+\S+){0,6}?\s+(?:show|shows|shown|showing|see|sees|seen|appear|appears|appearing|surfaced?|displayed|placed|live|lives)\b/i,
  /\b(?:surfaces?|placements?|entry points?)\b/i
];
var LABELS = /\b(?:labell?ed|labels?|labell?ing|annotat\w*|ground[- ]truth|as (?:the )?positives?|positive (?:pairs|examples|labels)|human (?:ratings|judgments|judgements)|relevance judg\w*)\b/i;
var PERSONAL = /\b(?:would you (?:rather|prefer|like me to)|do you (?:prefer|want me to)|should i (?:start|begin|draw|sketch)|are you (?:on|in) (?:the|this)|you yourself|you personally|in your (?:opinion|view)|your (?:personal|own) (?:view|opinion|preference|take)|you know well|your favou?rite|what do (?:you|u) think|(?:do|would) (?:you|u) (?:think|say|reckon)|which (?:one )?(?:do )?(?:you|u) (?:think|prefer|pick)|(?:your|ur) (?:\w+ )?(?:take|gut|hunch|instinct|recommendation|opinion)|what would (?:you|u) (?:do|pick|choose|go with|recommend|prefer)|which (?:one )?would (?:you|u)|if (?:you|u) were me|(?:do|would|can) (?:you|u) (?:recommend|suggest))\b/i;
var asksThePerson = (text) => PERSONAL.test(text);
function intentsOf(text) {
  const intents = /* @__PURE__ */ new Set();
  if (TODAY.test(text)) intents.add("today");
  const success = SUCCESS.some((re) => re.test(text));
  if (success) intents.add("success");
  else if (MEASURE.test(text)) intents.add("measure");
  if (SURFACE.some((re) => re.test(text))) intents.add("surface");
  if (LABELS.test(text)) intents.add("labels");
  return intents;
}

// src/session/interviewer.ts
var assumptionReply = "No figure for that: state a reasonable assumption and say it out loud.";
var yourCallReply = "Your call: say which you pick and why, then go on.";
var restReply = "For the rest, no figure: state a reasonable assumption and say it out loud.";
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(kase, vocabulary) {
  const cached = indexes.get(kase);
  if (cached && cached.vocabulary === vocabulary) return cached;
  const index = { vocabulary, facts: indexFacts(kase.facts, `${kase.title} ${kase.question}`, compileVocabulary(vocabulary)) };
  indexes.set(kase, index);
  return index;
}
function askedIndexOf(kase, vocabulary) {
  const index = indexOf(kase, vocabulary);
  return index.asked ??= indexAsked(kase, index.facts.known, compileVocabulary(vocabulary));
}
function answerQuestion(kase, question, vocabulary) {
  if (!kase || kase.facts.length === 0) return { facts: [], reply: assumptionReply };
  const own = ownWordsOf(kase).get(inOwnWords(question));
  if (own) {
    globalThis.__path = "own";
    return { facts: [own.id], reply: own.answer };
  }
  const asked = partsOf(question).filter((p) => !p.elaborates);
  globalThis.__parts = asked.length + "/" + new Set(partsOf(question).map((p) => p.clause)).size;
  const precedent = closestAsked(askedIndexOf(kase, vocabulary), question, compileVocabulary(vocabulary));
  globalThis.__path = answersAsBefore(precedent, asked.length) ? "prec" : "match";
  const reply = answersAsBefore(precedent, asked.length) ? replyGiving(kase, precedent.facts) : matchedReply(kase, question, asked, vocabulary, precedent);
  return withAgreeingParts(kase, question, reply, vocabulary);
}
function withAgreeingParts(kase, question, reply, vocabulary) {
  if (reply.facts.length === 0 && reply.reply !== assumptionReply) return reply;
  const parts = partsOf(question);
  const clauses = [...new Set(parts.map((p) => p.clause))].map((c) => parts.filter((p) => p.clause === c).map((p) => p.text).join(" "));
  if (clauses.length < 2) return reply;
  const compiled2 = compileVocabulary(vocabulary);
  const index = indexOf(kase, vocabulary).facts;
  const asked = askedIndexOf(kase, vocabulary);
  const leaning = clauses.map((text) => leaningFact(index, text, compiled2));
  const more = clauses.flatMap((text, i) => {
    const before = closestAsked(asked, text, compiled2);
    if (!before?.candidate || before.similarity < tuning.ASKED_PART || before.facts.length !== 1) return [];
    const id = before.facts[0];
    const lean = leaning[i];
    return lean !== void 0 && kase.facts[lean].id === id && !reply.facts.includes(id) ? [id] : [];
  });
  if (more.length === 0) return reply;
  globalThis.__path += "+parts";
  const partOf = (id) => leaning.findIndex((lean) => lean !== void 0 && kase.facts[lean].id === id);
  const facts = [.../* @__PURE__ */ new Set([...reply.facts, ...more])];
  return replyGiving(kase, facts.sort((a, b) => Math.max(0, partOf(a)) - Math.max(0, partOf(b))));
}
var supports = (precedent, id) => precedent !== void 0 && precedent.similarity >= tuning.SUPPORT_ASKED && precedent.facts.length === 1 && precedent.facts[0] === id;
function replyGiving(kase, ids) {
  const facts = ids.map((id) => kase.facts.find((f) => f.id === id)).filter((f) => f !== void 0);
  if (facts.length === 0) return { facts: [], reply: assumptionReply };
  return { facts: facts.map((f) => f.id), reply: facts.map((f) => f.answer).join(" ") };
}
function matchedReply(kase, question, asked, vocabulary, precedent) {
  if (asked.some((p) => asksThePerson(p.text)) && asked.every((p) => asksThePerson(p.text) || !opensQuestion(p.text))) {
    globalThis.__path = "yourcall";
    return { facts: [], reply: yourCallReply };
  }
  const index = indexOf(kase, vocabulary).facts;
  const compiled2 = compileVocabulary(vocabulary);
  const match = matchFacts(index, question, compiled2);
  const fact = (i) => kase.facts[i];
  const meant = intentFact(kase, question);
  globalThis.__num = asksForNumber(wordsOf(question), compiled2);
  globalThis.__meant = meant ? meant.intent + ":" + meant.fact.id : void 0;
  globalThis.__share = match.kind === "facts" && match.facts.length === 1 ? explainedShare(index, question, compiled2, match.facts[0]).toFixed(2) : void 0;
  if (meant && answersIntent(meant.intent, match, () => namedFact(index, question, compiled2), kase.facts.indexOf(meant.fact))) {
    globalThis.__path = "intent";
    return { facts: [meant.fact.id], reply: meant.fact.answer };
  }
  switch (match.kind) {
    case "none": {
      globalThis.__info = { sim: precedent?.similarity?.toFixed(2), cand: precedent?.candidate, pf: precedent?.facts, lean: ((l) => l === void 0 ? void 0 : fact(l).id)(leaningFact(index, question, compiled2)), share: ((l) => l === void 0 ? void 0 : explainedShare(index, question, compiled2, l).toFixed(2))(leaningFact(index, question, compiled2)) };
      const hint = precedent?.candidate && precedent.similarity >= tuning.ASKED_HINT && precedent.facts.length === 1 ? precedent.facts[0] : void 0;
      const leaning = hint === void 0 ? void 0 : leaningFact(index, question, compiled2);
      if (leaning !== void 0 && fact(leaning).id === hint) {
        globalThis.__path = "lean";
        return replyGiving(kase, [hint]);
      }
      globalThis.__path = "none";
      return { facts: [], reply: assumptionReply };
    }
    case "ambiguous": {
      const [a, b] = match.facts.map(fact);
      globalThis.__path = "ambig";
      return { facts: [], reply: `Which do you mean: \u201C${a.question}\u201D or \u201C${b.question}\u201D? Ask about one.` };
    }
    case "facts": {
      const only = match.facts.length === 1 ? match.facts[0] : void 0;
      if (!globalThis.__noweak && only !== void 0 && !supports(precedent, fact(only).id) && explainedShare(index, question, compiled2, only) < tuning.SUPPORT_SHARE) {
        globalThis.__path = "weak";
        return { facts: [], reply: assumptionReply };
      }
      globalThis.__path = "facts";
      const answers = match.facts.map((i) => fact(i).answer);
      if (match.rest) answers.push(restReply);
      return { facts: match.facts.map((i) => fact(i).id), reply: answers.join(" ") };
    }
  }
}
function intentFact(kase, question) {
  const [intent, ...more] = intentsOf(question);
  if (!intent || more.length > 0) return void 0;
  const fact = intentFactsOf(kase).get(intent);
  return fact ? { intent, fact } : void 0;
}
var intentFacts = /* @__PURE__ */ new WeakMap();
function intentFactsOf(kase) {
  let byIntent = intentFacts.get(kase);
  if (!byIntent) {
    byIntent = /* @__PURE__ */ new Map();
    const shown = kase.facts.map((f) => ({ fact: f, byQuestion: intentsOf(f.question), byId: intentsOf(f.id.replace(/-/g, " ")) }));
    for (const intent of answeringIntents) {
      const asking = shown.filter((s) => s.byQuestion.has(intent));
      const named = asking.length === 1 ? asking : asking.filter((s) => s.byId.has(intent));
      if (named.length === 1) byIntent.set(intent, named[0].fact);
    }
    intentFacts.set(kase, byIntent);
  }
  return byIntent;
}
function answersIntent(intent, match, named, meant) {
  if (match.kind === "facts" && (match.facts.includes(meant) || match.facts.length > 1)) return false;
  if (intent !== "today") return true;
  if (match.kind !== "none") return false;
  const other = named();
  return other === void 0 || other === meant;
}
var ownWords = /* @__PURE__ */ new WeakMap();
function ownWordsOf(kase) {
  let byWords = ownWords.get(kase);
  if (!byWords) {
    byWords = /* @__PURE__ */ new Map();
    for (const fact of kase.facts) for (const words of [fact.question, ...fact.asks]) if (!byWords.has(inOwnWords(words))) byWords.set(inOwnWords(words), fact);
    ownWords.set(kase, byWords);
  }
  return byWords;
}
var inOwnWords = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

// scripts/.tmp-knn.ts
function makeKnn(kase, vocabulary) {
  const compiled2 = compileVocabulary(vocabulary);
  const known = indexFacts(kase.facts, `${kase.title} ${kase.question}`, compiled2).known;
  const index = indexAsked(kase, known, compiled2);
  return (question, k) => {
    const terms = new Map([...new Set(termsOf(correctTypos(wordsOf(question), known), compiled2))].map((t) => [t, index.weightOf(t)]));
    const norm = Math.sqrt([...terms.values()].reduce((a, w) => a + w * w, 0));
    const out = [];
    for (const a of index.asked) {
      let dot = 0;
      for (const [t, w] of terms) dot += w * (a.terms.get(t) ?? 0);
      if (dot === 0) continue;
      out.push({ facts: a.facts, candidate: a.candidate, similarity: dot / (norm * a.norm) });
    }
    return out.sort((x, y) => y.similarity - x.similarity).slice(0, k);
  };
}
export {
  answerQuestion,
  makeKnn
};
