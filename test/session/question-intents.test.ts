// A question that asks what exists today, or what success is, gets the fact that asks the same, whatever
// else it names (the candidate's guess at what exists, the measures they have in mind).
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import type { Case, Fact } from '../../src/content/model.js';
import { answerQuestion, yourCallReply } from '../../src/session/interviewer.js';
import { asksForATool, asksThePerson, intentsOf } from '../../src/session/question-intents.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);

describe('what a question asks, whatever it names', () => {
  const table: [string, string[]][] = [
    ['so how do podcasts get picked for the homepage rn', ['today']],
    ['is anything deployed at the moment, or greenfield?', ['today']],
    ['are we replacing a gradient boosted model', ['today']],
    ['which model is live currently', ['today']],
    ['what counts as a win here, listens or subscriptions', ['success']],
    ['what do we optimise for', ['success']],
    ['main KPI?', ['success']],
    ['how will we know it worked', ['success']],
    ['what are we maximising, plays or subscriptions', ['success']],
    ['how do we decide a recommendation was good', ['success']],
    ['how do we know a play was a real listen', ['measure']],
    ['how do you measure churn rn', ['measure', 'today']],
    ['how are recommendations judged today', ['today']],
    ['what metric do we report today', ['success', 'today']],
    // The metric a model is judged by offline is how it is measured; naming the online one too asks what success is.
    ['which offline metric should the ranker be judged on, AUC?', ['measure']],
    ['metrics we care about offline - recall@10, ndcg', ['measure']],
    ['offline metric ndcg, and what is the online success metric', ['success']],
    // How fast the thing answers the user, in plain words; not how fast new things reach them.
    ['how quickly does the home screen need to load', ['speed']],
    ['before the app feels sluggish, how long do we get', ['speed']],
    ['whats the p95 latency target', ['speed']],
    ['how fast must a freshly published episode appear', []],
    ['how quick does the ranked list need to come back to the app', ['speed']],
    ['how fast should the scores get back to the ad server', ['speed']],
    ['how long until returns are processed', []],
    ['how long until the chargebacks come back', []],
    // Trying a change on some users first is an experiment, in plain words or the field's.
    ['can we try the new ranking on a small slice of listeners first', ['experiment']],
    ['would we test it on some users before everyone gets it', ['experiment']],
    ['is there an a/b testing setup', ['experiment']],
    ['can we try a few different thumbnails', []],
    // What success is, in plain words.
    ['what counts as a good recommendation for the business', ['good']],
    ['what are we trying to grow, listening time or follows?', ['good']],
    ['what does a good result look like to the team', ['good']],
    ['what counts as a listen', []],
    ['where would these recs show up in the app', ['surface']],
    ['where will people see them', ['surface']],
    ['which placements are we talking about', ['surface']],
    ['where do the labels come from', ['labels']],
    ['could saves count as positives', ['labels']],
    ['what does a false positive cost', []],
    ['do advertisers optimize for installs', []],
    ['are podcasts already in the catalogue transcribed', []],
    ['how many listeners per day', []],
  ];
  it.each(table)('%s → %j', (question, intents) => expect([...intentsOf(question)].sort()).toEqual(intents));
});

const fact = (id: string, question: string, answer: string): Fact => ({ id, question, answer, keywords: [], asks: [] });
/** A podcast-recommendation case: the facts say nothing of charts, editors or play counts. */
const facts: Fact[] = [
  fact('traffic', 'How many listeners do we have?', '30 million monthly listeners, 6 million a day.'),
  fact('catalogue', 'How many episodes are there?', 'About 4 million episodes from 200,000 shows.'),
  fact('labels', 'Is there labelled data?', 'No human ratings; follows and completed listens are logged.'),
  fact('existing-system', 'Is there an existing system?', 'A weekly chart of the most followed shows, the same for everyone.'),
  fact('infrastructure', 'What infrastructure exists?', 'A feature store, Kafka, an A/B testing platform and a shared GPU pool for training.'),
  fact('business-goal', 'What is the business goal?', 'Weekly listening hours per listener, with subscriber churn as a guardrail.'),
  fact('scope', 'Which surfaces are in scope?', 'The home screen of the mobile apps; the web player and email are out of scope.'),
  fact('latency-budget', 'What is the latency budget?', 'The home screen must render within 300 ms at p99, recommendations included.'),
];
const base = loadCase(roots, 'video-recommendation', catalogue);
// The video case's questions asked before name its facts, not these: the rules here are the matcher's and the intents'.
const kase: Case = { ...base, id: 'podcasts', title: 'Podcast recommendations', question: 'Recommend what to play next on the home screen.', facts, questions: [] };
const ask = (question: string) => answerQuestion(kase, question, catalogue.vocabulary).facts;

describe('a question gets the fact that asks what it asks, whatever else it names', () => {
  const today = 'what exists today: the existing system';
  const success = 'what success is: the business goal';
  const surface = 'where it is shown: the surfaces';
  const labels = 'what the labels are: the labelled data';
  const list = 'a list of things: each of them';
  const table: [string, string, string[]][] = [
    [today, 'how are shows picked for the home screen right now, editors?', ['existing-system']],
    [today, 'is there a ranker today or is it sorted by play count', ['existing-system']],
    [today, 'are we building from scratch', ['existing-system']],
    [`${today} (of two facts whose question asks what exists, the one named for it)`, 'what runs the home screen currently', ['existing-system']],
    [`${today}, unless the words clearly name another fact`, 'any labelled data already or do we annotate from scratch', ['labels']],
    [success, 'what counts as success, follows or plays?', ['business-goal']],
    [success, 'north star — hours, retention?', ['business-goal']],
    [success, 'are we optimizing for ad revenue or for subscriptions', ['business-goal']],
    [`${success}, though the measures offered are another fact's words`, 'what counts as success — completed listens, follows?', ['business-goal']],
    [`${success}, though the measures offered are another fact's words`, 'main metric: completed listens?', ['business-goal']],
    ["the metric a model is judged by offline is the candidate's choice", 'which offline metric do we trust more, AUC or log loss?', []],
    [`${success}, online and offline`, 'main metric online + offline, hours? ndcg?', ['business-goal']],
    ['both what is measured and today: neither, assume', 'how do we currently measure podcast quality', []],
    ['a figure about the present is that figure, not what exists', 'what fraction of listeners churn currently', []],
    ['a figure about the present is that figure, not what exists', 'how many shows could the current chart cover', []],
    ['how fast the thing answers the user: the latency', 'how quick should the home screen pop up when the app opens', ['latency-budget']],
    ['how fast the thing answers the user: the latency', "how long can it take to load before it feels slow", ['latency-budget']],
    ['how fast the thing answers the user: the latency', 'how quick do the picks need to come back when someone opens the app', ['latency-budget']],
    ['how fast new things reach the user is not the latency', 'how fast should a brand new episode show up for listeners', []],
    ['trying a change on some users first: the experimentation there is', 'could we try it on a small group of people first', ['infrastructure']],
    ['trying a change on some users first: the experimentation there is', 'can we test it with a slice of users before launch', ['infrastructure']],
    ['what success is, in plain words: the business goal', 'what are we trying to grow here', ['business-goal']],
    ['what success is, in plain words: the business goal', 'what counts as a good pick for the business?', ['business-goal']],
    [surface, 'where do these appear — home, push, email?', ['scope']],
    [surface, 'so where would a user actually see them', ['scope']],
    ['where things come from is not where they are shown', 'where do the listen counts come from', []],
    [labels, 'could completed plays count as positives, or skips as negatives?', ['labels']],
    [labels, 'any ground truth, e.g. editors picking good episodes', ['labels']],
    [list, 'listeners and episode count?', ['traffic', 'catalogue']],
    [list, 'listeners, number of episodes', ['traffic', 'catalogue']],
  ];
  it.each(table)('%s: %s → %j', (_rule, question, ids) => expect(ask(question)).toEqual(ids));
});

describe('a question for which tool is used', () => {
  const table: [string, boolean][] = [
    ['which vector db do we use today?', true],
    ['does the company use a particular graph database', true],
    ['is there a preferred annotation vendor', true],
    ['which ml framework do the ranking models use', true],
    ['do we have a feature store', false],
    ['which surfaces are in scope', false],
    ['how big is the product catalogue', false],
  ];
  it.each(table)('%s → %s', (question, yes) => expect(asksForATool(question)).toBe(yes));
});

describe("a question to the interviewer as a person is the candidate's call", () => {
  const person: [string, boolean][] = [
    ['would you rather I draw the architecture first', true],
    ['do you personally like two-tower models', true],
    ['are you on the podcast team yourself', true],
    ['would a two-tower model work here', false],
    ['do you log skips', false],
    // Asking what the interviewer thinks is asking their preference too.
    ["what's your take, is a GNN overkill here?", true],
    ['honestly do u think a deep model beats gbdt, what would you pick', true],
    ['whats ur gut feeling on how many episodes is too many', true],
    ['which one would you go with, co-listens or tags?', true],
    ['what do listeners think of the home page', false],
    ['do you know how many listeners we have', false],
    ['which would work better for cold start', false],
  ];
  it.each(person)('%s → %s', (question, yes) => expect(asksThePerson(question)).toBe(yes));

  it('gets no fact, whatever its words match, and says whose call it is', () => {
    const reply = answerQuestion(kase, 'should I start with the training infrastructure, or would you rather I talk through the data?', catalogue.vocabulary);
    expect(reply).toEqual({ facts: [], reply: yourCallReply });
    expect(ask('sorry, just curious: are you on the listeners team yourself?')).toEqual([]);
  });

  it('but a real question asked alongside still gets its fact', () => {
    expect(ask('would you rather I sketch it in pytorch? and how many listeners do we have')).toEqual(['traffic']);
  });
});
