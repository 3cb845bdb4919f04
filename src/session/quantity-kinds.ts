// What kind of quantity a question asks for, and what kinds a fact's answer gives. Pure.
//
// "How many posts per day?" shares only "posts" with the facts, and several facts mention posts;
// what singles out the traffic fact is that its answer states a count per unit of time. Each kind
// becomes a term ("#rate") that the matcher weighs like a word: a question asking for a rate and a
// fact stating one share it, and a kind every fact states says as little as a word every fact uses.

/** A kind of quantity: how a question asks for it, and how an answer states it. */
interface QuantityKind {
  term: string;
  /** Matched on the lower-cased question (or a fact's own question). */
  asked: RegExp;
  /** Matched on the lower-cased answer: the figure and its unit. */
  stated: RegExp;
}

const NUMBER = String.raw`\d[\d,.]*\s*(?:k|thousand|million|billion|m|bn)?`;
const PER_TIME = String.raw`(?:per|a|an|each|every)\s+(?:day|second|sec|hour|minute|week|month|year)`;

const kinds: readonly QuantityKind[] = [
  {
    // Volume over time: traffic, uploads, searches, decisions.
    term: '#rate',
    asked: new RegExp(String.raw`\b${PER_TIME}\b|\b(?:daily|qps|rps|throughput|traffic|volume|dau|mau)\b`),
    stated: new RegExp(String.raw`${NUMBER}\s+(?:[a-z-]+\s+){0,4}${PER_TIME}\b|\bdaily active\b`),
  },
  {
    // How long the system may take to answer.
    term: '#latency',
    asked: /\b(?:latency|p\d\d|ms|milliseconds?|response time|real[- ]?time)\b|\d\s*ms\b/,
    stated: /\d\s*(?:ms|milliseconds?)\b|\bp\d\d\b/,
  },
  {
    // How soon something must happen: a deadline, a turnaround, freshness.
    term: '#delay',
    // "How long are the videos" asks a length, not how soon: "how long" opens a delay unless "is"/"are" follows.
    asked: /\bhow (?:long(?! (?:is|are|was|were)\b)|soon|quickly|fast|fresh)\b|\b(?:deadline|turnaround|within|delay)\b/,
    // "within 10 minutes", "in under an hour", "2 hours after": not a length ("a 6 minute video").
    stated: /\bwithin (?:\d|an? |one )|\b(?:in|after|under) (?:about |under |less than )?\d+\s*(?:seconds?|minutes?|hours?|days?)\b|\d\s*(?:seconds?|minutes?|hours?|days?) (?:of|after|before|later)\b/,
  },
  {
    // A share: prevalence, rates of clicks or fraud, acceptance.
    term: '#share',
    asked: /\bwhat (?:fraction|percentage|percent|share|proportion)\b|\bhow (?:common|rare|prevalent)\b|\bratio\b|%|\brate\b/,
    stated: /\d\s*(?:percent|%)|\bone in \d|\b\d+ in \d/,
  },
  {
    // Money: costs, budgets, prices, revenue.
    term: '#money',
    asked: /\b(?:cost|costs|revenue|spend|dollars?|how much money)\b|\$/,
    stated: /\$\s?\d|\d\s*(?:dollars|usd|eur|euros)\b/,
  },
  {
    // Two outcomes weighed against each other: which mistake costs more, which matters more.
    term: '#compare',
    asked: /\b(?:worse|costlier|more costly|hurts? more|matters? more|better or worse)\b|\b(?:vs|versus|compared (?:with|to))\b/,
    stated: /\b(?:worse|costs? more|costlier|more costly|hurts? more|twice|compared (?:with|to))\b/,
  },
];

/** Words that by themselves ask for a kind ("daily" a rate, "ms" a latency): the word and its kind are one thing said. */
export const kindWords: readonly string[] = [
  ...['day', 'daily', 'second', 'sec', 'hour', 'minute', 'week', 'month', 'year', 'qps', 'rps', 'throughput', 'traffic', 'volume', 'dau', 'mau'],
  ...['latency', 'ms', 'milliseconds', 'deadline', 'turnaround', 'delay', 'ratio', 'rate', 'cost', 'revenue', 'spend', 'dollars', 'worse', 'vs', 'versus'],
];

/** The kinds of quantity a question (or a fact's own question) asks for. */
export const kindsAsked = (text: string): string[] => kinds.filter((k) => k.asked.test(text.toLowerCase())).map((k) => k.term);

/** The kinds of quantity an answer states. */
export const kindsStated = (text: string): string[] => kinds.filter((k) => k.stated.test(text.toLowerCase())).map((k) => k.term);

const MAGNITUDES = new Set(['k', 'thousand', 'million', 'millions', 'billion', 'billions', 'm', 'bn', 'about', 'around', 'roughly', 'over', 'under']);

/** A plural noun ("uploads", "citys"), not a word that merely ends in s ("class", "status"). */
const PLURAL = /[^su]s$/;

/**
 * What a question counts: "how many" (or "number of") takes a plural noun, and the words before it
 * only qualify it ("how many user reports" counts reports, "how many daily visitors" visitors). So the
 * counted phrase runs from after "how many" to its first plural, or is its first word when none is
 * plural ("how many people"), stopping at a word that ends the noun phrase (`endsPhrase`); its last word
 * is what is counted (kept with its qualifiers so that "daily active users" still reads as one). Raw words.
 */
export function countedAsked(words: readonly string[], endsPhrase: (word: string) => boolean): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const opens = (words[i] === 'how' && words[i + 1] === 'many') || (words[i] === 'number' && words[i + 1] === 'of');
    if (!opens) continue;
    const phrase: string[] = [];
    for (let j = i + 2; j < words.length && phrase.length < 3 && !endsPhrase(words[j]!); j++) phrase.push(words[j]!);
    const head = phrase.findIndex((w) => PLURAL.test(w));
    if (phrase.length > 0) out.push(phrase.slice(0, head + 1 || 1));
  }
  return out;
}

/** What an answer counts: the words right after each figure ("300 million searches" → searches). */
export function countedStated(words: readonly string[], endsPhrase: (word: string) => boolean): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\d/.test(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && (MAGNITUDES.has(words[j]!) || /^\d/.test(words[j]!))) j++;
    const phrase: string[] = [];
    for (; j < words.length && phrase.length < 3 && !endsPhrase(words[j]!); j++) phrase.push(words[j]!);
    if (phrase.length > 0) out.push(phrase);
  }
  return out;
}

