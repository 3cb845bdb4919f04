import { describe, expect, it } from 'vitest';
import { countedAsked, countedStated, kindsAsked, kindsStated } from '../../src/session/quantity-kinds.js';
import { wordsOf } from '../../src/session/question-terms.js';

describe('the kind of quantity a question asks for', () => {
  const table: [string, string[]][] = [
    ['how many posts per day?', ['#rate']],
    ['QPS at peak', ['#rate']],
    ['whats the p99', ['#latency']],
    ['is 50ms end to end', ['#latency']],
    ['how soon must new uploads be searchable', ['#delay']],
    ['how fast should a new upload be recommendable', ['#delay']], // how soon, not a response time
    ['how long do we have before publishing', ['#delay']],
    ['how long are the videos', []], // a length, not how soon
    ['whats worse, a missed face or a blurred sign', ['#compare']],
    ['false positives vs false negatives', ['#compare']],
    ['do sellers pay for better ranking', []], // "better" alone compares nothing
    ['what fraction of prompts are harmful', ['#share']],
    ['how common is fraud', ['#share']],
    ['what does a chargeback cost', ['#money']],
    ['do we have labelled data', []],
    ['is there a compute budget', []], // a budget of time or machines, not necessarily money
  ];
  it.each(table)('%s → %j', (question, kinds) => expect(kindsAsked(question)).toEqual(kinds));
});

describe('the kinds of quantity an answer states', () => {
  const table: [string, string[]][] = [
    ['About 300 million searches a day.', ['#rate']],
    ['120 million daily active users.', ['#rate']],
    ['p99 under 50 ms at the service.', ['#latency']],
    ['Suggested within 15 minutes of the spike.', ['#delay']],
    ['The median video is about 6 minutes long.', []], // a length, not how soon
    ['A missed fraud costs more than a declined payment.', ['#compare']],
    ['About 0.5 percent break the policy.', ['#share']],
    ['An average fare of $18.', ['#money']],
    ['Rules, tuned by operations staff.', []],
  ];
  it.each(table)('%s → %j', (answer, kinds) => expect(kindsStated(answer)).toEqual(kinds));
});

describe('what a question counts, and what an answer counts', () => {
  const ends = (w: string) => ['per', 'do', 'we', 'are', 'a', 'in', 'and', 'on', 'the'].includes(w);
  const asked: [string, string[][]][] = [
    ['how many new uploads per day', [['new', 'uploads']]],
    ['how many listings?', [['listings']]],
    ['how many user reports come in a day', [['user', 'reports']]], // up to its plural: the last word is counted
    ['how many people sign up daily', [['people']]], // no plural: the first word
    ['number of merchants and cards', [['merchants']]],
    ['is there a cap', []],
  ];
  it.each(asked)('asked: %s → %j', (q, counted) => expect(countedAsked(wordsOf(q), ends)).toEqual(counted));
  const stated: [string, string[][]][] = [
    ['About 300 million searches a day', [['searches']]],
    ['6 suggestions shown on mobile and 10 on the web', [['suggestions', 'shown']]], // "10 on": nothing named
  ];
  it.each(stated)('stated: %s → %j', (a, counted) => expect(countedStated(wordsOf(a), ends)).toEqual(counted));
});
