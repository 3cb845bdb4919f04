// Rules about how people ask, each shown on questions the matcher got wrong before the rule.
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import { answerQuestion } from '../../src/session/interviewer.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
// The matcher's rules, so without the questions asked before (asked-questions.test.ts): those would answer some of these as asked.
const ask = (caseId: string, question: string) => answerQuestion({ ...loadCase(roots, caseId, catalogue), questions: [] }, question, catalogue.vocabulary);

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

describe('a part of a compound question is answered by a fact that uses its own words', () => {
  // A kind of quantity ("per second") or the case's own words are shared by the parts: the first fact
  // chosen, for the catalogue, does not thereby answer the part about traffic.
  const table: [string, string, string[]][] = [
    ['video-recommendation', 'catalog size and requests per second', ['catalogue', 'traffic']],
    ['product-search-ranking', 'how many products, and peak queries per second?', ['catalogue', 'traffic']],
  ];
  it.each(table)('%s: %s', (caseId, question, facts) => expect(ask(caseId, question).facts).toEqual(facts));
});

describe('what a question plainly asks beats the fact its options point at', () => {
  // The options are the candidate's guesses ("the weekly email"), which other facts' words match.
  it('where the thing is shown: the surfaces in scope', () => {
    expect(ask('event-recommendation', 'where would people see these, in the weekly email or as a push').facts).toEqual(['scope']);
  });
  it('but a compound question answered part by part keeps its facts', () => {
    expect(ask('video-recommendation', 'the objective, is it watch time or survey scores').facts).toEqual(['business-goal', 'interaction-logs']);
  });
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
