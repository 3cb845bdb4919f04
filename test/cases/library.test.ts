import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import { referencePhases } from '../../src/content/model.js';
import { answerQuestion } from '../../src/session/interviewer.js';
import { mlsd, repoRoot, tempHome } from '../helpers/cli.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const caseIds = [
  'visual-search', 'street-view-blurring', 'video-search', 'harmful-content-detection', 'video-recommendation',
  'event-recommendation', 'ad-click-prediction', 'similar-listings', 'news-feed', 'people-you-may-know',
  'rag-assistant',
  'product-search-ranking',
  'payment-fraud',
  'chatbot-safety',
  'dynamic-pricing',
  'eta-prediction',
  'query-autocomplete',
];

const referenceOf = (id: string) => {
  const kase = loadCase(roots, id, catalogue);
  return referencePhases.flatMap((phase) => kase.reference[phase] ?? []).join('\n');
};

describe('the case library', () => {
  it('lists the ten cases', () => {
    const listed = JSON.parse(mlsd(['list', 'cases', '--json']).stdout) as { id: string }[];
    expect(listed.map((c) => c.id).sort()).toEqual([...caseIds].sort());
  });

  it.each(caseIds)('%s: reference outline has ≥ 250 words and covers ≥ 21 of 23 topics by `mlsd check`', (id) => {
    const reference = referenceOf(id);
    expect(reference.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(250);
    const run = mlsd(['check', '-', '--framework', 'mlsd-45', '--json'], { input: reference });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { topics: { id: string; covered: boolean }[] };
    const missed = result.topics.filter((t) => !t.covered).map((t) => t.id);
    expect(result.topics).toHaveLength(23);
    expect(missed.length, `missed: ${missed.join(', ')}`).toBeLessThanOrEqual(2);
  });

  it.each(caseIds)('%s: the brief and the reference print as readable text', (id) => {
    const brief = mlsd(['show', id]);
    expect(brief.status).toBe(0);
    expect(brief.stdout).toContain('What you can ask the interviewer');
    expect(brief.stdout).toContain('Common pitfalls');
    const reference = mlsd(['show', id, '--reference']);
    expect(reference.status).toBe(0);
    expect(reference.stdout.indexOf('Clarify requirements')).toBeLessThan(reference.stdout.indexOf('Deployment, serving and monitoring'));
  });
});

// Six differently worded clarifying questions per case, and the fact (by index) each must reach.
const questions: Record<string, [string, number][]> = {
  'visual-search': [
    ['how many people use the app every day?', 0],
    ['how large is the image corpus we search?', 1],
    ['how fast do results need to come back?', 2],
    ['why does the company want this feature?', 3],
    ['is this on iOS and Android or also web?', 4],
    ['can we show results personalised to each user?', 6],
  ],
  'street-view-blurring': [
    ['what is the reason we are building this?', 0],
    ['do we blur faces only, or license plates too?', 1],
    ['how many panoramas come in per day?', 2],
    ['do we have annotated bounding boxes to train on?', 5],
    ['how many misses can we tolerate — what recall do we need?', 6],
    ['which GPUs or hardware do we get?', 11],
  ],
  'video-search': [
    ['how many search queries per second do we get?', 0],
    ['how big is the video index?', 1],
    ['what response time do we need?', 2],
    ['do videos come with transcripts or captions?', 4],
    ['do we have human relevance ratings?', 5],
    ['should each user get personalized results?', 8],
  ],
  'harmful-content-detection': [
    ['how many posts are uploaded daily?', 0],
    ['are posts text only, or images and video as well?', 1],
    ['which policy violations should we catch?', 2],
    ['what fraction of posts are actually harmful?', 3],
    ['how big is the human review team?', 5],
    ['can we take posts down or only demote them?', 7],
  ],
  'video-recommendation': [
    ['what is the DAU?', 0],
    ['how many videos are in the catalog?', 1],
    ['what is the p99 latency target?', 2],
    ['what metric does the business care about?', 3],
    ['what do we log about watches and likes?', 4],
    ['how do we recommend to someone who just signed up?', 8],
  ],
  'event-recommendation': [
    ['how many monthly active users?', 0],
    ['how many events are listed at any time?', 1],
    ['do we have the user location?', 5],
    ['can we see which friends are attending?', 6],
    ['is this for the mobile app, web, or email too?', 8],
    ['what about brand new users with no history?', 9],
  ],
  'ad-click-prediction': [
    ['how many impressions do we serve per day?', 0],
    ['how many advertisers and campaigns are active?', 1],
    ['what is the base click-through rate?', 4],
    ['what training logs do we have?', 5],
    ['are there GDPR or consent limits on tracking?', 7],
    ['how is the predicted CTR used in the auction?', 9],
  ],
  'similar-listings': [
    ['how many listings are on the platform?', 0],
    ['what is the goal: more bookings?', 1],
    ['what do we know about a listing, like price and amenities?', 3],
    ['should the carousel be personalized per user?', 5],
    ['do we need to respect the dates the guest searched for?', 7],
    ['what exists today, is there a heuristic?', 11],
  ],
  'news-feed': [
    ['how many feed requests per second?', 0],
    ['how many candidate posts does a user have?', 1],
    ['what engagement signals do we log — likes, comments, shares?', 4],
    ['are there privacy rules about post audience?', 7],
    ['how much does recency matter?', 8],
    ['what about clickbait and misinformation?', 9],
  ],
  'people-you-may-know': [
    ['how many users and friendship edges are there?', 0],
    ['how many times a day is the feature viewed?', 1],
    ['can we use uploaded phone contacts?', 5],
    ['are there safety concerns with minors?', 7],
    ['what share of friend requests get accepted?', 9],
    ['do we have a Spark cluster for offline jobs?', 11],
  ],
  'rag-assistant': [
    ['how many questions a day will the assistant handle?', 0],
    ['how many docs are in the knowledge base?', 1],
    ['is there a bot or search already in place?', 2],
    ['whats the TTFT target?', 5],
    ['which LLM can we call and what does it cost per token?', 6],
    ['can every customer see every document?', 8],
  ],
  'product-search-ranking': [
    ['how many searches per second at peak?', 0],
    ['how big is the product catalog?', 1],
    ['what does search do today, is there a ranker already?', 4],
    ['do we have human graded relevance judgements?', 6],
    ['how much of the traffic is long-tail queries?', 8],
    ['what share of searches are from logged-out visitors?', 12],
  ],
  'payment-fraud': [
    ['what TPS do we see at peak?', 0],
    ['what share of transactions are fraudulent?', 1],
    ['is there something in place today, like rules?', 3],
    ['how long until we know a charge was fraud?', 7],
    ['do we have a feature store and streaming?', 9],
    ['what about guest checkout with no account?', 10],
  ],
  'chatbot-safety': [
    ['how many messages per day?', 0],
    ['what moderation is in place today?', 1],
    ['what fraction of prompts are actually harmful?', 3],
    ["what's worse, a miss or a false refusal?", 4],
    ['how many GPUs do the classifiers get?', 7],
    ['are teens using it?', 8],
  ],
  'dynamic-pricing': [
    ['how many rides happen per day?', 0],
    ['how does surge work right now?', 2],
    ['how price sensitive are riders?', 5],
    ['are there laws against price gouging?', 8],
    ['can we run switchback experiments on our platform?', 10],
    ['how many drivers are online at peak?', 13],
  ],
  'eta-prediction': [
    ['how many ETA calls per second?', 0],
    ['how accurate is the current routing estimate?', 1],
    ['who consumes the ETA downstream?', 3],
    ['is being late worse than being early?', 4],
    ['do we show a range or one number?', 7],
    ['do we get live traffic data?', 8],
  ],
  'query-autocomplete': [
    ["what's the QPS at peak?", 0],
    ['how many unique queries can we suggest?', 4],
    ['what does autocomplete do today?', 2],
    ['what do we log about suggestions?', 3],
    ["what about guests who aren't logged in?", 7],
    ['is it mobile and desktop?', 12],
  ],
};

describe('the interviewer answers differently worded questions from the facts', () => {
  for (const id of caseIds) {
    const kase = loadCase(roots, id, catalogue);
    it.each(questions[id] ?? [])(`${id}: %s`, (question, fact) => {
      expect(questions[id]).toHaveLength(6);
      const match = answerQuestion(kase, question);
      expect(match.fact, `answered with: ${match.reply}`).toBe(fact);
    });
  }

  it('says to state an assumption when no fact fits', () => {
    const kase = loadCase(roots, 'visual-search', catalogue);
    expect(answerQuestion(kase, 'what is your favourite colour?').fact).toBeNull();
  });
});
