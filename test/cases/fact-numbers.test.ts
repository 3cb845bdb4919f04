// Figures a case states in different facts must agree with each other: a candidate who multiplies the
// interviewer's answers ("1 billion views, 10 suggestions each, 0.5% become requests") must land on the
// figure another answer gives ("24 million friendships through PYMK"). Each row reads numbers out of the
// facts' text by id and checks one relation between them, to within the rounding of "about" (6%).
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import type { Case } from '../../src/content/model.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const cases = new Map<string, Case>();
const caseNamed = (id: string): Case => {
  let kase = cases.get(id);
  if (!kase) cases.set(id, (kase = loadCase(roots, id, catalogue)));
  return kase;
};

const scale: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The number the pattern's first group captures in the answer of fact `factId`, with "million" etc. applied. */
function figure(caseId: string, factId: string, pattern: RegExp): number {
  const fact = caseNamed(caseId).facts.find((f) => f.id === factId);
  if (!fact) throw new Error(`${caseId}: no fact "${factId}"`);
  const text = fact.answer.replace(/\s+/g, ' ');
  const match = pattern.exec(text);
  if (!match) throw new Error(`${caseId}/${factId}: ${pattern} not found in "${text}"`);
  const value = Number(match[1]!.replace(/,/g, ''));
  return value * (scale[match[2]?.toLowerCase() ?? ''] ?? 1);
}

const near = (actual: number, expected: number, tolerance = 0.06) =>
  Math.abs(actual - expected) <= tolerance * Math.abs(expected);

const N = String.raw`([\d.,]+)\s*(thousand|million|billion)?`;
const re = (source: string) => new RegExp(source.replace('#', N), 'i');

const rows: [string, string, () => [number, number]][] = [
  ['event-recommendation', 'page views x events per view = impressions', () => [
    figure('event-recommendation', 'traffic', re('around # views a day')) *
      figure('event-recommendation', 'conversion-rates', re('shows # events per view')),
    figure('event-recommendation', 'conversion-rates', re('about # impressions a day')),
  ]],
  ['event-recommendation', 'impressions x click-through x click-to-registration = registrations', () => [
    figure('event-recommendation', 'conversion-rates', re('about # impressions a day')) *
      (figure('event-recommendation', 'conversion-rates', re('about # percent of impressions are clicked')) / 100) *
      (figure('event-recommendation', 'interaction-data', re('about # percent of clicks turn into a registration')) / 100),
    figure('event-recommendation', 'conversion-rates', re('roughly # registrations a day')),
  ]],
  ['event-recommendation', 'new events a day x 3 weeks listed = events listed at any time', () => [
    figure('event-recommendation', 'catalogue', re('around # new ones')) * 21,
    figure('event-recommendation', 'catalogue', re('about # upcoming events')),
  ]],
  ['event-recommendation', 'positiveRate = click-through x click-to-registration', () => [
    caseNamed('event-recommendation').positiveRate ?? 0,
    (figure('event-recommendation', 'conversion-rates', re('about # percent of impressions are clicked')) / 100) *
      (figure('event-recommendation', 'interaction-data', re('about # percent of clicks turn into a registration')) / 100),
  ]],
  ['ad-click-prediction', 'impressions a day / seconds in a day = impressions per second', () => [
    figure('ad-click-prediction', 'traffic', re('around # ad impressions a day')) / 86_400,
    figure('ad-click-prediction', 'traffic', re('roughly # impressions per second')),
  ]],
  ['ad-click-prediction', 'impressions x CTR = clicks a day', () => [
    figure('ad-click-prediction', 'traffic', re('around # ad impressions a day')) *
      (figure('ad-click-prediction', 'click-through-rate', re('about # percent overall')) / 100),
    figure('ad-click-prediction', 'error-cost', re('some # clicks')),
  ]],
  ['ad-click-prediction', 'impressions / daily users = ad impressions per user', () => [
    figure('ad-click-prediction', 'traffic', re('around # ad impressions a day')) /
      figure('ad-click-prediction', 'traffic', re('about # daily active users')),
    figure('ad-click-prediction', 'ad-load', re('about # ad impressions per daily user')),
  ]],
  ['ad-click-prediction', 'positiveRate = average CTR', () => [
    caseNamed('ad-click-prediction').positiveRate ?? 0,
    figure('ad-click-prediction', 'click-through-rate', re('about # percent overall')) / 100,
  ]],
  ['similar-listings', 'listing views a day / seconds in a day = carousel requests per second', () => [
    figure('similar-listings', 'scale', re('view about # listing pages')) / 86_400,
    figure('similar-listings', 'scale', re('roughly # carousel requests per second')),
  ]],
  ['news-feed', 'daily users x visits = feed requests', () => [
    figure('news-feed', 'traffic', re('about # daily active users')) * figure('news-feed', 'traffic', re('about # times a day')),
    figure('news-feed', 'traffic', re('roughly # feed requests')),
  ]],
  ['news-feed', 'eligible posts a day / visits a day = new posts between visits', () => [
    figure('news-feed', 'candidates', re('around # eligible posts a day')) / figure('news-feed', 'traffic', re('about # times a day')),
    figure('news-feed', 'candidates', re('about # are new between two visits')),
  ]],
  ['news-feed', 'eligible posts a day x 3 days = unseen candidates', () => [
    figure('news-feed', 'candidates', re('around # eligible posts a day')) * 3,
    figure('news-feed', 'candidates', re('about # unseen eligible posts')),
  ]],
  ['news-feed', 'feed requests x posts per visit = impressions', () => [
    figure('news-feed', 'traffic', re('roughly # feed requests')) * figure('news-feed', 'engagement-rates', re('about # posts per visit')),
    figure('news-feed', 'engagement-rates', re('some # impressions a day')),
  ]],
  ['people-you-may-know', 'views x suggestions per view = suggestion impressions', () => [
    figure('people-you-may-know', 'traffic', re('about # views a day')) *
      figure('people-you-may-know', 'traffic', re('shows about # suggestions')),
    figure('people-you-may-know', 'traffic', re('about # suggestion impressions a day')),
  ]],
  ['people-you-may-know', 'impressions x request rate = requests a day', () => [
    figure('people-you-may-know', 'traffic', re('about # suggestion impressions a day')) *
      (figure('people-you-may-know', 'acceptance', re('about # percent of suggestion impressions')) / 100),
    figure('people-you-may-know', 'acceptance', re('about # requests a day')),
  ]],
  ['people-you-may-know', 'requests x acceptance = 40% of the new friendships a day', () => [
    figure('people-you-may-know', 'acceptance', re('about # requests a day')) *
      (figure('people-you-may-know', 'acceptance', re('about # percent of those requests are accepted')) / 100),
    figure('people-you-may-know', 'growth', re('around # new friendships')) *
      (figure('people-you-may-know', 'growth', re('roughly # percent of them')) / 100),
  ]],
  ['people-you-may-know', 'users x friends / 2 = edges', () => [
    (figure('people-you-may-know', 'users-graph', re('about # monthly')) * figure('people-you-may-know', 'users-graph', re('around # friends'))) / 2,
    figure('people-you-may-know', 'users-graph', re('roughly # edges')),
  ]],
  ['people-you-may-know', 'positiveRate = request rate x acceptance', () => [
    caseNamed('people-you-may-know').positiveRate ?? 0,
    (figure('people-you-may-know', 'acceptance', re('about # percent of suggestion impressions')) / 100) *
      (figure('people-you-may-know', 'acceptance', re('about # percent of those requests are accepted')) / 100),
  ]],
  ['street-view-blurring', 'images a month / 30 = images a day', () => [
    figure('street-view-blurring', 'volume', re('around # new camera images a month')) / 30,
    figure('street-view-blurring', 'volume', re('so about # a day')),
  ]],
  ['street-view-blurring', 'images a day / seconds in a day = images per second', () => [
    figure('street-view-blurring', 'volume', re('so about # a day')) / 86_400,
    figure('street-view-blurring', 'volume', re('about # images per second')),
  ]],
  ['visual-search', 'searches a day / seconds in a day = average QPS', () => [
    figure('visual-search', 'traffic', re('roughly # visual searches a day')) / 86_400,
    figure('visual-search', 'traffic', re('around # queries per second')),
  ]],
  ['visual-search', 'taps + crops + camera photos = all searches', () => [
    figure('visual-search', 'scope', re('about # percent of visual searches start from a tap')) +
      figure('visual-search', 'scope', re('# percent from a crop')) +
      figure('visual-search', 'scope', re('# percent from a camera photo')),
    100,
  ]],
  ['video-search', 'searches a day / seconds in a day = average QPS', () => [
    figure('video-search', 'traffic', re('roughly # searches a day')) / 86_400,
    figure('video-search', 'traffic', re('about # queries per second')),
  ]],
  ['harmful-content-detection', 'posts a day / seconds in a day = posts per second', () => [
    figure('harmful-content-detection', 'traffic', re('around # new posts a day')) / 86_400,
    figure('harmful-content-detection', 'traffic', re('roughly # posts per second')),
  ]],
  ['harmful-content-detection', 'the five harms add up to the overall prevalence', () => [
    ['nudity', 'violence', 'hate speech', 'harassment', 'self-harm']
      .map((harm) => figure('harmful-content-detection', 'prevalence', re(`# percent ${harm}`)))
      .reduce((a, b) => a + b, 0),
    figure('harmful-content-detection', 'prevalence', re('roughly # percent of posts violate')),
  ]],
  ['harmful-content-detection', 'positiveRate = overall prevalence', () => [
    caseNamed('harmful-content-detection').positiveRate ?? 0,
    figure('harmful-content-detection', 'prevalence', re('roughly # percent of posts violate')) / 100,
  ]],
  ['harmful-content-detection', 'reviews a day x days kept = labelled posts', () => [
    figure('harmful-content-detection', 'review-capacity', re('review about # items a day')) *
      figure('harmful-content-detection', 'labelled-data', re('covering the last # days')),
    figure('harmful-content-detection', 'labelled-data', re('about # posts with a moderator decision')),
  ]],
  ['video-recommendation', 'daily users x home-page opens = feed requests', () => [
    figure('video-recommendation', 'traffic', re('about # daily active users')) *
      figure('video-recommendation', 'traffic', re('opens the home page about # times a day')),
    figure('video-recommendation', 'traffic', re('roughly # home-feed requests a day')),
  ]],
  ['video-recommendation', 'feed requests / seconds in a day = average QPS', () => [
    figure('video-recommendation', 'traffic', re('roughly # home-feed requests a day')) / 86_400,
    figure('video-recommendation', 'traffic', re('about # QPS on average')),
  ]],
  ['product-search-ranking', 'searches a day / seconds in a day = queries per second', () => [
    figure('product-search-ranking', 'traffic', re('about # searches')) / 86_400,
    figure('product-search-ranking', 'traffic', re('roughly # queries per second')),
  ]],
  ['product-search-ranking', 'searches x purchase rate = purchases a day', () => [
    figure('product-search-ranking', 'traffic', re('about # searches')) *
      (figure('product-search-ranking', 'logs', re('# percent to a purchase')) / 100),
    figure('product-search-ranking', 'cost-of-errors', re('about # purchases a day')),
  ]],
  ['product-search-ranking', 'purchases x order value x 1% = GMV lost to a 1% drop in conversion', () => [
    figure('product-search-ranking', 'cost-of-errors', re('about # purchases a day')) *
      figure('product-search-ranking', 'cost-of-errors', re(String.raw`at about \$#`)) * 0.01,
    figure('product-search-ranking', 'cost-of-errors', re(String.raw`about \$# of GMV`)),
  ]],
  ['product-search-ranking', 'positiveRate = share of shown results clicked', () => [
    caseNamed('product-search-ranking').positiveRate ?? 0,
    figure('product-search-ranking', 'logs', re('# percent of shown results are clicked')) / 100,
  ]],
  ['notification-ranking', 'candidates a day / seconds in a day = candidates per second', () => [
    figure('notification-ranking', 'traffic', re('about # candidate notifications')) / 86_400,
    figure('notification-ranking', 'traffic', re('about # a second')),
  ]],
  ['notification-ranking', 'positiveRate = share of sent pushes opened', () => [
    caseNamed('notification-ranking').positiveRate ?? 0,
    figure('notification-ranking', 'engagement-rates', re('about # percent of sent pushes are opened')) / 100,
  ]],
  ['rag-assistant', 'sessions x questions per session = customer questions', () => [
    figure('rag-assistant', 'traffic', re('about # help-centre sessions')) * figure('rag-assistant', 'traffic', re('about # questions each')),
    figure('rag-assistant', 'traffic', re('roughly # customer questions')),
  ]],
  ['rag-assistant', 'customer questions a day / seconds in a day = questions per second', () => [
    figure('rag-assistant', 'traffic', re('roughly # customer questions')) / 86_400,
    figure('rag-assistant', 'traffic', re(', # a second on average')),
  ]],
  ['rag-assistant', 'customer questions + agent drafts = requests a day', () => [
    figure('rag-assistant', 'traffic', re('roughly # customer questions')) + figure('rag-assistant', 'traffic', re('about # drafted replies')),
    figure('rag-assistant', 'traffic', re('about # requests a day')),
  ]],
  ['rag-assistant', 'sessions x share ending in a ticket = tickets a day', () => [
    figure('rag-assistant', 'traffic', re('about # help-centre sessions')) *
      (figure('rag-assistant', 'existing-system', re('about # percent of help-centre sessions')) / 100),
    figure('rag-assistant', 'existing-system', re('some # a day')),
  ]],
  ['chatbot-safety', 'messages a day / seconds in a day = messages per second', () => [
    figure('chatbot-safety', 'traffic', re('roughly # messages a day')) / 86_400,
    figure('chatbot-safety', 'traffic', re('about # a second')),
  ]],
  ['chatbot-safety', 'positiveRate = share of messages asking for violating content', () => [
    caseNamed('chatbot-safety').positiveRate ?? 0,
    figure('chatbot-safety', 'prevalence', re('about # percent of user messages')) / 100,
  ]],
  ['query-autocomplete', 'searches x requests per search = suggestion requests', () => [
    figure('query-autocomplete', 'traffic', re('about # searches')) * figure('query-autocomplete', 'traffic', re('about # suggestion requests')),
    figure('query-autocomplete', 'traffic', re('roughly # requests a day')),
  ]],
  ['query-autocomplete', 'requests a day / seconds in a day = requests per second', () => [
    figure('query-autocomplete', 'traffic', re('roughly # requests a day')) / 86_400,
    figure('query-autocomplete', 'traffic', re('about # a second')),
  ]],
];

describe('figures stated in different facts agree', () => {
  it.each(rows)('%s: %s', (_case, _relation, compute) => {
    const [derived, stated] = compute();
    expect(near(derived, stated), `derived ${derived} against stated ${stated}`).toBe(true);
  });
});
