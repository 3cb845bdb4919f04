// Rules about how people ask, each shown on questions the matcher got wrong before the rule.
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import { answerQuestion } from '../../src/session/interviewer.js';
import { partsOf } from '../../src/session/question-parts.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const ask = (caseId: string, question: string) => answerQuestion(loadCase(roots, caseId, catalogue), question, catalogue.vocabulary);

describe('"how many" counts its plural noun, not the words that qualify it', () => {
  const table: [string, string, string[]][] = [
    ['harmful-content-detection', 'how many user reports come in a day', ['labelled-data']],
    ['harmful-content-detection', 'how many user reports do we get daily', ['labelled-data']],
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});

describe('of two facts that fit, the one whose own question adds least that was not asked', () => {
  const table: [string, string, string[]][] = [
    ['similar-listings', 'how many listings?', ['scale']], // not "how many *new* listings"
    ['people-you-may-know', 'average number of friends per user', ['users-graph']], // not brand-new users
    ['payment-fraud', 'how many merchants and cards', ['merchants']], // not new cards and new merchants
    ['news-feed', 'which platforms', ['scope']], // not the infrastructure platforms
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});

describe('a yes/no question is about the thing it names', () => {
  // A fact that shares the rest of the words but not the thing asked about answers another question.
  const table: [string, string, string][] = [
    ['event-recommendation', 'do we have explicit ratings or reviews of events', 'conversion-rates'],
    ['street-view-blurring', 'can people request extra blurring', 'objects-in-scope'],
    ['video-recommendation', 'do we rank by watch time or clicks today', 'interaction-logs'],
  ];
  it.each(table)('%s: %s (not %s)', (caseId, question, neighbour) => expect(ask(caseId, question).facts).not.toContain(neighbour));

  it('only in the clauses the question opens with: a yes/no after a question for a figure narrows it', () => {
    expect(ask('harmful-content-detection', 'do we have labelled data? how many moderator labels?').facts).toEqual(['labelled-data']);
    expect(ask('query-autocomplete', 'whats the p99 latency budget, is 50ms end to end or server side only').facts).toEqual(['latency']);
  });

  it('still answers when the fact names the thing', () => {
    expect(ask('harmful-content-detection', 'can users report posts').facts).toEqual(['labelled-data']);
    expect(ask('people-you-may-know', 'GPUs for graph models?').facts).toEqual(['compute']);
  });
});

describe('"how long is/are …" asks a length, "how long until …" a delay', () => {
  const table: [string, string, string[]][] = [
    ['video-search', 'how long are the videos', ['corpus']], // not how fresh the index is
    ['chatbot-safety', 'how long are conversations on average', []], // not the team's timeline
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});

describe('filler that only frames a question weighs nothing', () => {
  // "too" asked about nothing: it made "in-app notifications too" the fatigue fact, whose answer says "too many".
  it.each([['notification-ranking', 'in-app notifications too or only push', 'fatigue-signals']])('%s: %s (not %s)', (caseId, question, wrong) =>
    expect(ask(caseId, question).facts).not.toContain(wrong),
  );
});

describe('"how many X and Y" counts both', () => {
  it('answers each count from its own fact', () => {
    expect(ask('event-recommendation', 'how many users and events?').facts).toEqual(['traffic', 'catalogue']);
  });
  it('but options after a dash or a question mark still elaborate one question', () => {
    expect(ask('people-you-may-know', "what's the goal - more connections? accepted requests?").facts).toEqual(['business-goal']);
  });
});

describe("a fact whose answer, not its own question, names what is asked", () => {
  const table: [string, string, string[]][] = [
    ['harmful-content-detection', 'do we need to explain removals to users', ['legal-fairness']], // "EU law requires us to explain automated removals"
    ['visual-search', 'video too?', ['scope']], // "Text search and video are out of scope"
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});

describe('"and" after a question adds a second thing asked, each answered from its own fact', () => {
  const table: [string, string, string[]][] = [
    ['video-recommendation', "what's the traffic and the latency budget?", ['traffic', 'latency-budget']],
    ['video-recommendation', 'DAU and p99 latency?', ['traffic', 'latency-budget']],
    ['payment-fraud', "what's the fraud rate and the latency budget", ['fraud-rate', 'latency-budget']],
    ['ad-click-prediction', 'ctr and the latency budget?', ['click-through-rate', 'latency-budget']],
    // A determiner opens a thing of its own, not a second thing counted; and a fact's answer mentioning
    // users does not answer the part that counts them.
    ['news-feed', 'how many users and the latency budget', ['traffic', 'latency-budget']],
    // A list of bare nouns is a list of things asked.
    ['video-recommendation', 'DAU? latency budget?', ['traffic', 'latency-budget']],
    ['news-feed', 'qps? p99 latency?', ['traffic', 'latency-budget']],
    ['payment-fraud', 'traffic, latency budget?', ['traffic', 'latency-budget']],
    ['news-feed', 'dau, languages, latency?', ['traffic', 'regions-languages', 'latency-budget']],
    // "+" joins as "and" does; what is in brackets elaborates the part before them.
    ['video-recommendation', 'traffic + latency?', ['traffic', 'latency-budget']],
    ['news-feed', 'scale (users, qps) and latency constraints', ['traffic', 'latency-budget']],
    // After a yes/no question, "and" with an article opens a thing of its own.
    ['news-feed', 'is there an existing system and a feature store', ['existing-system', 'infrastructure']],
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));

  it('but "and" ending a list of examples, naming nothing ("and for how long"), going on with a yes/no question or taking things together ("both") stays one question', () => {
    const clauses = (question: string) => partsOf(question).map((p) => p.clause);
    expect(clauses('what do we log: clicks, likes and shares')).toEqual([0, 0, 0, 0]);
    expect(clauses('how long do we keep conversations and for how long')).toEqual([0, 0]);
    expect(clauses('do we log when riders see a price and dont book')).toEqual([0, 0]);
    expect(clauses('mobile and desktop both?')).toEqual([0, 0]);
    expect(clauses('what is the traffic and the latency budget')).toEqual([0, 1]);
    expect(clauses('business goal: watch time? engagement?')).toEqual([0, 0, 0]);
    expect(clauses('what devices: tv, mobile, web')).toEqual([0, 0, 0, 0]);
    expect(partsOf('scale (users, qps) and latency').map((p) => [p.clause, p.elaborates])).toEqual([[0, false], [0, true], [0, true], [1, false]]);
  });
});

describe('a question about how things stand now, naming nothing a fact answers, asks for the existing system', () => {
  // The candidate's own name for it ("approach", "setup", the case's own noun) or a bare "today".
  const table: [string, string][] = [
    ['video-recommendation', "what's the current approach"],
    ['ad-click-prediction', 'whats the current setup'],
    ['news-feed', 'what do we use today'],
    ['harmful-content-detection', 'what do we use today'],
    ['event-recommendation', 'how are recommendations made today'],
    ['people-you-may-know', 'how are suggestions made today'],
    ['rag-assistant', 'is there an existing assistant'],
  ];
  it.each(table)('%s: %s', (caseId, question) => expect(ask(caseId, question).facts).toEqual(['existing-system']));

  it('while "now" beside what a fact answers only dates it', () => {
    expect(ask('ad-click-prediction', 'whats the current CTR').facts).toEqual(['click-through-rate']);
    expect(ask('video-recommendation', 'how many users today').facts).toEqual(['traffic']);
  });
});

describe('what the candidate wants optimised is the business goal', () => {
  const table: [string, string][] = [
    ['news-feed', 'what are we optimizing for'],
    ['ad-click-prediction', 'what are we optimizing for'],
    ['eta-prediction', 'what are we trying to achieve'],
    ['payment-fraud', 'primary metric?'],
    ['video-recommendation', 'what should we maximize'],
    ['video-recommendation', 'what are we trying to optimize'],
    ['chatbot-safety', 'what are we trying to optimize'],
    ['people-you-may-know', "what's the main metric - accepted requests? new connections?"],
  ];
  it.each(table)('%s: %s', (caseId, question) => expect(ask(caseId, question).facts).toEqual(['business-goal']));
});

describe('a fact matching only the examples given is no rival to one matching the question', () => {
  const table: [string, string, string[]][] = [
    ['video-search', "what's the north star - watch time after a search? clicks?", ['business-goal']],
    ['news-feed', 'business goal: clicks? dwell time? comments?', ['business-goal']],
    ['product-search-ranking', 'success metric - purchases? clicks on results?', ['business-goal']],
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});

describe('the word before a noun says which one: "a compute budget" is not the latency budget', () => {
  const table: [string, string][] = [
    ['event-recommendation', 'whats our gpu budget'],
    ['news-feed', 'whats the compute budget'],
    ['event-recommendation', 'is there a training budget'],
  ];
  it.each(table)('%s: %s', (caseId, question) => expect(ask(caseId, question).facts).not.toContain('latency-budget'));

  it('while the same one, or a fact that uses the word elsewhere, still answers', () => {
    expect(ask('ad-click-prediction', 'whats the latency budget').facts).toEqual(['latency-budget']);
    expect(ask('video-recommendation', 'whats the compute budget').facts).toEqual(['serving-compute']);
  });
});

describe('where in the product something is shown asks for the surfaces, and devices are one thing', () => {
  const table: [string, string, string[]][] = [
    ['news-feed', 'where does it appear', ['scope']],
    ['similar-listings', 'where do we show them', ['scope']],
    ['event-recommendation', 'where do recommendations appear', ['scope']],
    ['event-recommendation', 'ios or android?', ['scope']],
    ['event-recommendation', 'desktop too?', ['scope']],
    ['news-feed', 'which screen is this on', ['scope']],
    ['similar-listings', 'where in the app does it live', ['scope']],
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});

describe('a fact explaining half the question answers only when what it leaves out weighs less', () => {
  // "range" weighs as much as "price": the attributes fact gives prices, not their range.
  it.each([['similar-listings', 'how big is the price range']])('%s: %s', (caseId, question) => expect(ask(caseId, question).facts).toEqual([]));
});

describe('growth is a rate: "how fast is X growing" asks how many new ones a day, not how soon', () => {
  const table: [string, string, string[]][] = [
    ['video-search', 'how fast is the corpus growing', ['corpus']],
    ['product-search-ranking', 'how fast is the catalog growing', ['catalogue']],
    ['visual-search', 'how fast is the image corpus growing', ['corpus']],
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});

describe('a word of the same family as one the facts use asks what that one answers', () => {
  // "defined" / "definitions": the stemmer keeps some derivations apart.
  it.each([
    ['chatbot-safety', 'how is harm defined', ['harm-taxonomy']],
    ['harmful-content-detection', 'do we need explanations', ['legal-fairness']], // "explain automated removals"
  ])('%s: %s', (caseId, question, facts) =>
    expect(ask(caseId, question).facts).toEqual(facts),
  );
});

describe('how people name law, limits, freshness, datasets and how long data is kept', () => {
  const table: [string, string, string[]][] = [
    ['news-feed', 'any regulatory constraints', ['privacy']], // its keywords say "legal"
    ['chatbot-safety', 'how long do we retain conversations', ['infrastructure-compute']], // a retention period, not a delay
    ['ad-click-prediction', 'any privacy constraints', ['privacy']], // its fact asks for "limits"
    ['news-feed', 'how stale can the feed be', ['freshness']],
    ['video-search', 'how stale can the index be', ['freshness']],
    ['news-feed', 'is there a labelled dataset', ['engagement-logs']],
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});

describe('"like", "such as" and "e.g." introduce examples, which elaborate the question', () => {
  it('splits the examples off as an elaboration, but not the verb', () => {
    const parts = (question: string) => partsOf(question).map((p) => [p.text.trim(), p.elaborates]);
    expect(parts('do we have interaction data like clicks')).toEqual([['do we have interaction data', false], ['clicks', true]]);
    expect(parts('any labels, e.g. human ratings')).toEqual([['any labels', false], ['human ratings', true]]);
    expect(parts('do users like long videos')).toEqual([['do users like long videos', false]]);
    expect(parts('what does success look like')).toEqual([['what does success look like', false]]);
  });
});

describe('the words for a system that already exists', () => {
  const table: [string, string][] = [
    ['payment-fraud', 'is this greenfield'],
    ['news-feed', 'are we replacing an older system'],
    ['video-search', "what's the baseline we're replacing"],
    ['video-search', 'is this greenfield'],
    ['chatbot-safety', "what's in production"],
    ['harmful-content-detection', 'do we have anything in place'],
  ];
  it.each(table)('%s: %s', (caseId, question) => expect(ask(caseId, question).facts).toEqual(['existing-system']));
});

describe('a question that names nothing asks about the thing the one before named', () => {
  it('is part of that question, not a second one', () => {
    expect(partsOf('can users report faces, how many a day').map((p) => [p.clause, p.elaborates])).toEqual([[0, false], [0, true]]);
    expect(partsOf('new advertisers - how common?').map((p) => p.clause)).toEqual([0, 0]);
  });
  it.each([['ad-click-prediction', 'new advertisers - how common?', ['new-ads']]])('%s: %s', (caseId, question, facts) =>
    expect(ask(caseId, question).facts).toEqual(facts),
  );
});

describe("a word of the case's own question counts as specific for the one fact asked with it", () => {
  // The ETA case's question names the routing engine; only the existing-system fact is asked with it.
  it.each([['eta-prediction', 'what does the routing engine do', ['existing-system']]])('%s: %s', (caseId, question, facts) =>
    expect(ask(caseId, question).facts).toEqual(facts),
  );
  it('while one the case is about still says nothing of which fact', () => {
    expect(ask('dynamic-pricing', 'do we show riders why the price is higher').facts).toEqual([]);
  });
});

describe('verbs of getting only frame a question', () => {
  it.each([['video-recommendation', 'how do we collect labels', ['interaction-logs']]])('%s: %s', (caseId, question, facts) =>
    expect(ask(caseId, question).facts).toEqual(facts),
  );
});

describe('shorthands people type', () => {
  const table: [string, string, string[]][] = [
    ['ad-click-prediction', '# of users', ['traffic']],
    ['news-feed', '#users per day?', ['traffic']],
    ['event-recommendation', 'num of daily users', ['traffic']],
    ['video-recommendation', 'i18n?', ['regions-languages']],
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});

describe('"what\'s worse, X or Y" asks what a mistake costs', () => {
  it.each([['news-feed', 'whats worse, showing a boring post or hiding a good one', ['error-cost']]])('%s: %s', (caseId, question, facts) =>
    expect(ask(caseId, question).facts).toEqual(facts),
  );
});

describe('a superlative only says how much, not which fact ("the biggest market" asks about markets)', () => {
  const table: [string, string, string[]][] = [
    ['payment-fraud', 'which market is biggest', ['regions']],
    ['harmful-content-detection', 'which language is biggest', ['languages']],
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});
