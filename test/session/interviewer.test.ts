import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import { partsOf } from '../../src/session/question-parts.js';
import { answerQuestion, assumptionReply } from '../../src/session/interviewer.js';
import { tuning } from '../../src/session/fact-tuning.js';
import { compileVocabulary, correctTypos, oneEditApart, termsOf, wordsOf } from '../../src/session/question-terms.js';
import { replay } from '../../src/session/state.js';
import { checkEvent } from '../../src/store/event-shape.js';
import { mlsd } from '../support/cli.js';
import { repoRoot, tempHome, writeFiles } from '../support/home.js';
import { questionsUpTo40, started } from './fixtures.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const vocabulary = catalogue.vocabulary;
const ask = (caseId: string, question: string) => answerQuestion(loadCase(roots, caseId, catalogue), question, vocabulary);

describe('the words of a question', () => {
  const compiled = compileVocabulary(vocabulary);
  const table: [string, string, string][] = [
    ['a synonym phrase is one term, however it is inflected', 'Are kids under 13 treated differently?', 'kids|under 13'],
    ['an abbreviation and its spelled-out form are the same term', 'DAU?', 'daily active users'],
    ['ignored words count as nothing', 'what is roughly the current latency', 'latency'],
    ['an abbreviation typed in capitals', 'whats the CTR', 'click through rate'],
  ];
  it.each(table)('%s', (_what, question, same) => {
    const terms = termsOf(wordsOf(question), compiled);
    const expected = same.split('|').flatMap((p) => termsOf(wordsOf(p), compiled));
    expect(terms).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['engine', 'engineers'],
    ['product', 'production'],
    ['experiment', 'experience'],
  ])('words the Porter stemmer folds together stay apart: %s is not %s', (a, b) => {
    expect(termsOf(wordsOf(a), compiled)).not.toEqual(termsOf(wordsOf(b), compiled));
  });

  it('drops the words that say nothing', () => {
    expect(termsOf(wordsOf('what is roughly the current number of'), compiled)).toEqual([]);
  });

  it('ignores a phrase as a whole, not each of its words ("these days" / "per day")', () => {
    expect(termsOf(wordsOf('these days'), compiled)).toEqual([]);
    expect(termsOf(wordsOf('posts per day'), compiled)).toEqual(termsOf(wordsOf('post day'), compiled));
  });

  it("a fact's synonym phrase also counts its own words, a question's does not", () => {
    expect(termsOf(wordsOf('existing system'), compiled, { inner: true })).toEqual(expect.arrayContaining(termsOf(wordsOf('existing'), compiled)));
    expect(termsOf(wordsOf('existing system'), compiled)).toHaveLength(1);
  });

  const typos: [string, string][] = [
    ['clikc', 'click'],
    ['langauges', 'languages'],
    ['availablity', 'availability'],
    ['platfrom', 'platform'],
    ['freshly', 'fresh'],
    ['team', 'team'], // too short to guess at
    ['zebra', 'zebra'], // nothing one edit away
  ];
  const known = new Set(['click', 'languages', 'availability', 'platform', 'fresh', 'tea', 'steam']);
  it.each(typos)('%s reads as %s', (typed, meant) => expect(correctTypos([typed], known)).toEqual([meant]));

  it('counts a swap of neighbours as one edit, two changes as two', () => {
    expect(oneEditApart('clikc', 'click')).toBe(true);
    expect(oneEditApart('form', 'from')).toBe(true);
    expect(oneEditApart('teams', 'tames')).toBe(false);
  });
});

describe('the parts of a compound question', () => {
  const table: [string, string, [string, number, boolean][]][] = [
    ['a new question after "and"', 'DAU? and what is the latency budget', [['DAU', 0, false], [' what is the latency budget', 1, false]]],
    ['options after a dash elaborate the question', "what's the goal - more connections? accepted requests?", [["what's the goal", 0, false], ['more connections', 0, true], [' accepted requests', 0, true]]],
    ['a slash offers alternatives', 'which cities / countries do we operate in', [['which cities countries do we operate in', 0, false]]],
    ['a noun joined by "and" to a count is counted too', 'how many users and events?', [['how many users ', 0, false], ['how many events', 1, false]]],
    ['a question that is only a list of things asks each', 'qps and index size?', [['qps ', 0, false], [' index size', 1, false]]],
    ['commas list things too', 'DAU, items and p99', [['DAU', 0, false], [' items ', 1, false], [' p99', 2, false]]],
    ['"+" joins two things asked', 'qps + latency?', [['qps', 0, false], ['latency', 1, false]]],
    ['a "+" inside a word joins nothing', 'c++ or python?', [['c++ or python', 0, false]]],
    ['options after a label are one question', 'objective: bookings, revenue?', [['objective', 0, false], [' bookings', 0, true], [' revenue', 0, true]]],
    ['an em dash introduces options', 'north star — sessions, revenue?', [['north star', 0, false], ['sessions', 0, true], [' revenue', 0, true]]],
    ['examples after "like" name the thing listed', 'legal rules, like takedown deadlines', [['legal rules', 0, false], [' like takedown deadlines', 0, true]]],
    ['what a question sets aside before asking is not a list', 'besides clicks, carts and sales, do we have ratings', [['besides clicks', 0, false], [' carts ', 0, true], [' sales', 0, true], [' do we have ratings', 1, false]]],
    ['a sentence is not an item of a list', 'so it is sorted by date right, no ranking?', [['so it is sorted by date right', 0, false], [' no ranking', 0, true]]],
  ];
  it.each(table)('%s', (_what, question, parts) => {
    expect(partsOf(question).map((p) => [p.text, p.clause, p.elaborates])).toEqual(parts);
  });
});

describe('the interviewer knows when it does not know', () => {
  const table: [string, string, string, string[]][] = [
    ['an abbreviation', 'video-recommendation', 'DAU?', ['traffic']],
    ['a synonym the fact does not use (children / under 13)', 'video-recommendation', 'Are accounts for children treated differently?', ['privacy-fairness']],
    ['a question for a number prefers the fact that gives one', 'visual-search', 'how many users', ['traffic']],
    ['a typo', 'ad-click-prediction', 'whats the avg clikc-through rate?', ['click-through-rate']],
    ['"what fraction violate" reaches prevalence, not the categories', 'harmful-content-detection', 'What fraction of posts actually violate policy?', ['prevalence']],
    ['"north star" is the business goal', 'video-recommendation', "what's the north star metric", ['business-goal']],
    ['team size and launch date reach the fact that says what to assume', 'video-recommendation', 'how many engineers are on the team and when do we need to launch', ['team-and-timeline']],
    ['nothing about the office', 'video-recommendation', 'which office are we in?', []],
    ['a feature store is infrastructure, not the list of author features', 'harmful-content-detection', 'do we already have a feature store', ['infrastructure']],
    ['a word the catalogue uses is no typo ("context" is not "content")', 'harmful-content-detection', "does context matter, like the poster's history", ['author-signals']],
    ['a word no fact uses, heavier than the match, is what is asked', 'people-you-may-know', 'can users dismiss a suggestion', []],
    ['the kind of quantity: a rate per day', 'harmful-content-detection', 'How many posts per day?', ['traffic']],
    ['a country named asks about regions', 'payment-fraud', 'would a buyer in japan be scored like one in the usa', ['regions']],
    ['"worldwide" asks about regions, as "global" does', 'payment-fraud', 'are we worldwide or only a few countries?', ['regions']],
    ['which product runs it is not said by a fact that does not name one', 'video-search', 'which search engine product runs it now, something like solr?', []],
    ['which tool, answered by the fact that names it', 'video-recommendation', 'which streaming tool do we have, kafka?', ['infrastructure']],
    ['a share asked with "%"', 'payment-fraud', 'what % of orders are fraud', ['fraud-rate']],
    ["the case's own words say what the case is about, not which fact", 'dynamic-pricing', 'do we show riders why the price is higher', []],
    ['options after a dash are the same question', 'people-you-may-know', "what's the goal - more connections? accepted requests?", ['business-goal']],
  ];
  it.each(table)('%s', (_what, caseId, question, facts) => {
    const reply = ask(caseId, question);
    expect(reply.facts, reply.reply).toEqual(facts);
    if (facts.length === 0) expect(reply.reply).toMatch(/^No figure for that|^Which do you mean/);
  });

  it('answers a compound question from each fact it needs', () => {
    // The matcher's rule. The whole interviewer answers this one with the latency budget alone: two questions
    // asked before ("latency budget", "latency budget for the home page") agree on it, and taking the
    // matcher's two facts instead when they include it cost more wrong replies than it saved (judging record).
    const kase = { ...loadCase(roots, 'video-recommendation', catalogue), questions: [] };
    const reply = answerQuestion(kase, 'DAU? and what is the p99 latency budget', vocabulary);
    expect(reply.facts).toEqual(['traffic', 'latency-budget']);
  });

  it('says which part it has no figure for', () => {
    const reply = ask('video-recommendation', 'what is the latency budget and what colour is the logo');
    expect(reply.facts).toEqual(['latency-budget']);
    expect(reply.reply).toMatch(/For the rest, no figure/);
  });

  it('never hands a tie to the first fact: it asks which one is meant', () => {
    const kase = loadCase(roots, 'video-recommendation', catalogue);
    const twins = { ...kase, facts: [
      ...kase.facts,
      { id: 'a', question: 'Which archive formats do we keep?', answer: 'Raw and transcoded files.', keywords: [], asks: [] },
      { id: 'b', question: 'Which archive formats do we serve?', answer: 'Transcoded files only.', keywords: [], asks: [] },
    ] };
    const reply = answerQuestion(twins, 'which archive formats?', vocabulary);
    expect(reply.facts).toEqual([]);
    expect(reply.reply).toMatch(/^Which do you mean: “Which archive formats do we keep\?” or “Which archive formats do we serve\?”/);
  });

  // Each answered with its own set's questions left out of the case, as the measurement does (sets up to blind40).
  const weakBacked: [string, string, string, string][] = [
    ['eta-prediction', 'blind7', 'how many eta calls per second at peak? all 3 consumers together', 'traffic'],
    ['harmful-content-detection', 'blind14', 'Is there a current system, and if so how does it perform, what precision/recall?', 'existing-system'],
    ['chatbot-safety', 'blind18', 'gpu capacity reserved for the classifiers or must it run on cpu', 'infrastructure-compute'],
  ];
  it.each(weakBacked)('a weak match most of the nearest questions asked before agree on is stated (%s: %s)', (caseId, set, question, fact) => {
    const whole = loadCase(roots, caseId, catalogue);
    const others = { ...whole, questions: questionsUpTo40(whole.questions).filter((q) => q.from !== set) };
    expect(answerQuestion(others, question, vocabulary).facts).toEqual([fact]);
    // Without that agreement the match is too weak to state.
    const share = tuning.SUPPORT_AGREED;
    tuning.SUPPORT_AGREED = 2;
    try {
      expect(answerQuestion(others, question, vocabulary).facts).toEqual([]);
    } finally {
      tuning.SUPPORT_AGREED = share;
    }
  });

  it('works without a vocabulary, and for a case with no facts', () => {
    expect(answerQuestion(loadCase(roots, 'visual-search', catalogue), 'what is the latency budget').facts).toEqual(['latency-budget']);
    expect(answerQuestion(undefined, 'how many users')).toEqual({ facts: [], reply: assumptionReply });
  });
});

// The development questions (each case's `questions` from dev): written per case from its title and question
// before its facts were read. Each is answered with the dev questions left out of its case, so that none is
// answered by remembering itself.
describe('on the development questions', () => {
  const tally = { ok: 0, wrong: 0, n: 0 };
  for (const file of readdirSync(join(repoRoot, 'cases')).filter((f) => f.endsWith('.yaml'))) {
    const whole = loadCase(roots, file.replace(/\.yaml$/, ''), catalogue);
    const rows = whole.questions.filter((q) => q.from === 'dev');
    const kase = { ...whole, questions: whole.questions.filter((q) => q.from !== 'dev') };
    for (const row of rows) {
      const facts = answerQuestion(kase, row.ask, vocabulary).facts;
      const accepted = [row.facts, ...row.or];
      const right = accepted.some((a) => a.length === facts.length && a.every((f) => facts.includes(f)));
      tally.n++;
      if (right) tally.ok++;
      else if (facts.some((f) => !accepted.flat().includes(f))) tally.wrong++;
    }
  }
  // A ratchet on measured figures (node scripts/eval-interviewer.mjs prints them): raise it as matching improves.
  // Wrong was 3.9% (16 of 408) until blind21 and blind22 joined the cases; two dev questions are now put like
  // questions of theirs that got more facts ("mobile and desktop both?" like "mobile and desktop both? and
  // which languages?"): 4.4% (18). With replies agreed by the nearest questions asked before (judged on
  // blind29+30: +7 right or assume, -1 wrong of 288; over all sets left out in turn, +55 and no more wrong),
  // dev has 4.9% (20): "live video too?" is put like questions about the latency budget for live streams.
  // With blind29 and blind30 in the cases, 5.1% (21): "cost per image budget" is now put like their
  // questions about error costs. With blind37 and blind38 in the cases, 5.6% (23): "how many suggestions per
  // page" is put like their questions about traffic, "what hardware do moderators use" like theirs about the
  // infrastructure. Dev is the oldest and smallest set; the figure to watch is a fresh set's.
  it('gives the right fact, or rightly says to assume, often, and a wrong fact rarely', () => {
    expect(tally.n).toBeGreaterThanOrEqual(200);
    expect(tally.ok / tally.n).toBeGreaterThanOrEqual(0.88);
    expect(tally.wrong / tally.n).toBeLessThanOrEqual(0.06);
  });
});

describe('synonyms are data that mlsd validate checks', () => {
  it('refuses a phrase in two groups, at its line and column', () => {
    const home = tempHome();
    writeFiles(home, { 'topics/mine.yaml': 'id: mine\ntitle: Mine\nsynonyms:\n  compute: [gpus, tpus]\n  money: [budget, tpus]\n' });
    const run = mlsd(['validate'], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/mine\.yaml:5:19 synonyms\.money\[1\]: "tpus" is already in synonym group "compute"/);
  });

  it("adds the user's own groups to the bundled ones", () => {
    const home = tempHome();
    writeFiles(home, { 'topics/mine.yaml': 'id: mine\ntitle: Mine\nsynonyms:\n  deadline: [deadline, launch date, ship date]\n' });
    const mine = loadCatalogue({ bundled: repoRoot, user: home });
    expect(mine.vocabulary?.synonyms.get('deadline')).toEqual(['deadline', 'launch date', 'ship date']);
    expect(mine.vocabulary?.synonyms.get('children')).toEqual(vocabulary?.synonyms.get('children'));
    const kase = loadCase(roots, 'video-recommendation', catalogue);
    const fact = (id: string, question: string, answer: string) => ({ id, question, answer, keywords: [], asks: [] });
    // Its questions asked before name the video case's facts, not these: the rule here is the synonyms'.
    const twin = { ...kase, questions: [], facts: [
      fact('traffic', 'How many users?', 'About 400 million a day.'),
      fact('latency', 'What is the latency budget?', '200 ms at p99.'),
      fact('deadline', 'What is the deadline?', 'Launch in Q3.'),
      fact('goal', 'What is the business goal?', 'Engagement.'),
    ] };
    expect(answerQuestion(twin, 'whats the ship date', vocabulary).facts).toEqual([]);
    expect(answerQuestion(twin, 'whats the ship date', mine.vocabulary).facts).toEqual(['deadline']);
  });
});

describe('the question event', () => {
  const base = { type: 'question', at: 1, step: 'clarify', text: 'dau?', reply: '400 million' } as const;
  it('records the ids of the facts given, and journals written before (one fact position) still read', () => {
    expect(checkEvent({ ...base, facts: ['traffic', 'latency'] })).toBeNull();
    expect(checkEvent({ ...base, facts: [] })).toBeNull();
    expect(checkEvent({ ...base, fact: 0 })).toBeNull();
    expect(checkEvent({ ...base, fact: null })).toBeNull();
    expect(checkEvent({ ...base, facts: 'traffic' })).toMatch(/question\.facts must be a list of ids/);
    const state = replay([started(), { type: 'step-started', at: 0, step: 'clarify' }, { ...base, fact: 0 }, { ...base, facts: ['a', 'b'] }]);
    expect(state.steps[0]!.entries.map((e) => (e.kind === 'question' ? e.facts : null))).toEqual([['fact-1'], ['a', 'b']]);
  });
});
