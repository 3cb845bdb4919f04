// A fact's `asks:` — other ways a candidate puts its question — count like the fact's own question.
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import type { Case, Fact } from '../../src/content/model.js';
import { caseProblems } from '../../src/content/references.js';
import { indexFacts } from '../../src/session/fact-index.js';
import { answerQuestion } from '../../src/session/interviewer.js';
import { compileVocabulary } from '../../src/session/question-terms.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const vocabulary = catalogue.vocabulary;

const fact = (id: string, question: string, answer: string, asks: string[] = []): Fact => ({ id, question, answer, keywords: [], asks });

/** A small card-payments case; only the facts matter here. */
const facts: Fact[] = [
  fact('traffic', 'How many payments do we process?', 'About 20 million card payments a day, 700 a second at the peak.', [
    'txns/day?',
    'how busy does checkout get',
  ]),
  fact('missed-fraud-cost', 'What does a fraudulent payment we approve cost us?', 'The order value plus a $15 chargeback fee, about $95 on average.', [
    'who eats the loss when a stolen card gets through?',
    'what happens money-wise when we let one slip',
  ]),
  fact('false-decline-cost', 'What does declining a genuine payment cost?', 'The lost order, and one customer in three does not come back.', [
    'how bad is a false alarm?',
    'what if we block a good customer',
  ]),
  fact('existing-system', 'Is there an existing system?', 'A rules engine with about 300 hand-written rules, tuned weekly by analysts.', [
    'what runs in prod today?',
    'how are payments screened right now',
  ]),
  fact('regions', 'Which countries do we operate in?', 'The US and the EU; EU payments go through strong customer authentication.', [
    'do overseas shoppers go through the same checkout?',
  ]),
  fact('latency-budget', 'How fast must a decision be?', 'Under 100 ms at p99, inside the checkout call.'),
];

const base = loadCase(roots, 'payment-fraud', catalogue);
const kase: Case = { ...base, id: 'card-checkout', title: 'Card checkout', question: 'Decide whether to approve a card payment.', facts, questions: [] };
const withoutAsks: Case = { ...kase, facts: facts.map((f) => ({ ...f, asks: [] })) };
const ask = (k: Case, question: string) => answerQuestion(k, question, vocabulary).facts;

describe('a question worded only like one of the asks gets the fact', () => {
  const table: [string, string][] = [
    ['who eats the loss on fraud?', 'missed-fraud-cost'],
    ['how bad is a false alarm for the customer', 'false-decline-cost'],
    ['how busy does checkout get around black friday', 'traffic'],
    ['txns per day?', 'traffic'],
    ['would overseas shoppers get the same checkout', 'regions'],
  ];
  it.each(table)('%s → %s', (question, id) => {
    expect(ask(kase, question)).toEqual([id]);
    // The asks are what found it: the same question without them gets something else.
    expect(ask(withoutAsks, question)).not.toEqual([id]);
  });
});

describe('a look-alike of an ask that asks something else still gets "assume"', () => {
  const table: string[] = [
    'who eats lunch with the team?',
    'what else runs in the datacenter',
    'how bad is the office coffee',
    'how busy is the support team on weekends',
    'who eats the cost of the GPUs',
    'what runs the nightly batch jobs',
    'how bad is label noise',
    'do chargebacks get disputed by merchants',
  ];
  it.each(table)('%s', (question) => expect(ask(kase, question)).toEqual([]));
});

describe('asks leave the weighing of words to what the facts say', () => {
  const index = (k: Case) => indexFacts(k.facts, `${k.title} ${k.question}`, compileVocabulary(vocabulary));
  it('a word the facts use is no more common for being in asks, and a casual word of an ask weighs like an unknown one', () => {
    expect(index(kase).df).toEqual(index(withoutAsks).df);
  });
  it('a word only asks use still counts as one the fact is asked with', () => {
    const loss = [...index(kase).askedDf].filter(([term]) => term.startsWith('loss'));
    expect(loss).toEqual([[loss[0]![0], 1]]);
    expect([...index(withoutAsks).askedDf.keys()].some((term) => term.startsWith('loss'))).toBe(false);
  });
});

describe('mlsd validate: a way of asking belongs to one fact', () => {
  it('flags an ask given to two facts, or one that is another fact\'s own question', () => {
    const shared: Case = {
      ...kase,
      facts: [
        fact('a', 'How many payments?', 'x', ['volume?']),
        fact('b', 'How many refunds?', 'y', ['Volume ?', 'how many payments']),
      ],
    };
    expect(caseProblems(shared, catalogue)).toEqual([
      { at: ['facts', 1, 'asks', 0], message: '"Volume ?" also asks for fact "a"; keep each way of asking to one fact' },
      { at: ['facts', 1, 'asks', 1], message: '"how many payments" also asks for fact "a"; keep each way of asking to one fact' },
    ]);
    expect(caseProblems(kase, catalogue)).toEqual([]);
  });
});
