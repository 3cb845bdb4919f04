// How the checker reads the shape of what people write: reference lists, checkboxes, images, tables,
// diagrams, code, questions, talk about the answer, and lines typed in a session. Our own sentences.
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadFramework } from '../../src/content/load.js';
import { coverageOf, type CheckOptions } from '../../src/coverage/index.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const topics = loadFramework(roots, 'mlsd-45', catalogue).steps.flatMap((s) => s.topicIds.map((id) => catalogue.topics.get(id)!));
const topic = (id: string) => catalogue.topics.get(id)!;
const covers = (text: string, id: string, options: CheckOptions = {}) => coverageOf(text, [topic(id)], options)[0]!.covered;
const coveredIds = (text: string, options: CheckOptions = {}) =>
  coverageOf(text, topics, options)
    .filter((r) => r.covered)
    .map((r) => r.topic.id);

describe('structure: what is not an answer', () => {
  it.each([
    // A section of pointers to reading names topics without a link on every line.
    ['a resources section', 'training', '## Resources\n- LightGBM docs for lambdarank\n- Chip Huyen, Designing Machine Learning Systems, ch. 6 on fine-tuning'],
    ['a references section under a bold title', 'monitoring', '**Further reading:**\n- A survey of drift detection and monitoring for deployed models'],
    ['a reading list of links', 'ab-testing', '- [A/B testing at scale, a blog post](https://example.com/ab)\n- [Online experiments](https://example.com/x)'],
    ['checked links in a checklist', 'architecture', '- [x] [Transformer paper](https://arxiv.org/abs/1706.03762)\n- [ ] [Two-tower retrieval](https://example.com)'],
    ['an image embed', 'monitoring', '![drift dashboard with alerts on the score distribution](img/drift.png)'],
    ['a table header row', 'offline-metrics', '| NDCG@10 | recall@100 |\n| --- | --- |'],
    ['a bare diagram node', 'baseline', '```mermaid\ngraph LR\n  A[Baseline] --> B[Ranker]\n```'],
    ['a mermaid edge in a fence not named mermaid', 'baseline', '```\nA[Baseline] --> B[Ranker]\n```'],
    ['a mermaid edge between bare ids', 'baseline', '```\nbaseline --> ranker\n```'],
    ['math', 'training', '```math\nL = -\\sum y \\log p\n```'],
    ['an empty heading', 'monitoring', '## Monitoring\n\n## Next steps'],
    // A line that opens with its placeholder is a note of work not done, whatever guess follows.
    ['a line opening with TBD', 'constraints', 'TBD — probably not real-time.'],
    ['a line opening with TODO', 'constraints', 'TODO: latency under 100 ms at p99, check with the platform team'],
    // Prose wrapped at a width is one sentence: the negation on the line above reaches the cue.
    ['a dismissal wrapped onto the next line', 'ab-testing', 'For the first launch we do not need an\nA/B test of the new ranker against the old one, the offline gain is enough.'],
    ['a heading after inline code in triple backticks', 'architecture', '\t\t```India won the match #IndVsAus```\n\n#### High level architecture diagram'],
    ['a question that only asks', 'scale', 'What is the expected scale of the system?'],
    ['a question that only asks', 'feedback-loop', 'Do we need continual training?'],
    // A question reported or wondered, not put, asks just the same.
    ['a question reported', 'ab-testing', 'The hiring manager will probably ask whether we ran a proper A/B test against the old ranker.'],
    ['a question wondered', 'baseline', 'I wonder if a popularity baseline over the last week would already be enough.'],
    // A transcript's speaker label does not turn a question into a statement.
    ['an interviewer\'s question in a transcript', 'ab-testing', '**Interviewer:** Would you A/B test it?'],
    ['a links section named for its use', 'training', '## Links I used\n- LambdaMART paper (Burges, From RankNet to LambdaRank to LambdaMART)'],
    // One word answers a label, not a sentence it hangs from that happens to name a topic.
    ['one word under a sentence', 'scope', '- Later we should write down the requirements on memory:\n  - pruning'],
    // Notes drop the verb of a yes/no question: it still only asks.
    ['a yes/no question in notes', 'scope', 'Languages / regions in scope?'],
    ['a yes/no question in notes', 'constraints', 'Latency budget needed?'],
    ['pointing at a topic', 'ab-testing', 'Read more about A/B testing and multi-armed bandits.'],
    ['pointing at a topic', 'monitoring', 'Cover monitoring and explainability.'],
    ['a topic named with filler', 'feedback-loop', '- Model retraining strategies'],
    ['a topic named with filler', 'ab-testing', '- A/B testing framework'],
    ['the name alone', 'ab-testing', '* A/B Test'],
    ['the name alone', 'business-objective', '- Business KPIs'],
    ['the name with filler', 'business-objective', '- Business objective of the system'],
    ['the name alone', 'features', '- Feature engineering'],
    ['the name in brackets', 'feedback-loop', '- diversity (exploration/exploitation)'],
    ['monitoring the content, not the model', 'monitoring', 'Goal: monitor new posts and detect harmful content.'],
    ['a statistical method, not an experiment', 'ab-testing', 'Statistical (BoW, TF-IDF)'],
    ['a fallback heuristic', 'baseline', 'If the listing is new, use heuristics to build its embedding.'],
    ['a comparison point of a metric', 'baseline', 'NCE above 1 means the model does no better than a simple baseline.'],
    ['a trade-off, not two pipelines', 'pipelines', 'Pros: training speed and serving speed are both good.'],
    ['a numbered section title', 'pipelines', '5.1 Training pipeline'],
    // A program's own names are labels its writer chose: they say nothing of how the thing is done.
    ['a function signature', 'labels', '```python\ndef evaluate_retrieval(questions, ground_truth_labels):\n```'],
    ['a variable named for a topic', 'data-availability', '```python\nhistorical_data = data[data.date < snapshot_date]\n```'],
    ['a loop over named things', 'multi-stage', '```\nfor candidate_generation_result in zip(rankers, retrieval_stages):\n```'],
    // A page's front matter is metadata; a markdown heading pasted into a fence is still a heading.
    ['front matter', 'business-objective', '---\ntitle: Purpose of the system and business goals\ntags: [ads, revenue]\n---\n'],
    ['a heading in a markdown fence', 'business-objective', '````markdown\n## Purpose of the System\n````'],
    // A pointer elsewhere, or a promise to write it later, holds a place.
    ['a pointer to a picture', 'io-spec', '- **Model input and output:** see the diagram'],
    ['a promise to write it later', 'guardrail-metrics', 'Guardrail metrics — fill in later'],
    // A bare number in a title numbers it; it puts no figure on anything.
    ['a numbered layer title', 'multi-stage', '## Layer 2 — Candidate retrieval and ranking'],
    ['a count in a title', 'features', '### Top 10 features'],
    ['a short label before a list', 'monitoring', '- Model monitoring and alerts:\n  - '],
  ])('%s does not cover %s', (_why, id, text) => {
    expect(covers(text, id)).toBe(false);
  });

  it.each([
    ['a link inside a sentence keeps its words', 'serving', 'Serve the embeddings from an [HNSW](https://example.com) index, refreshed nightly.'],
    ['a diagram label that says something', 'pipelines', '```mermaid\ngraph LR\n  A[Nightly Spark job builds training data] --> B[Model registry]\n```'],
    ['what a program calls names a method', 'training', '```\nloss = cross_entropy(logits, labels)\n```'],
    ['a program comment', 'data-prep', '```python\nX_train, X_test = split(X)  # split by time so the test set is the last two weeks\n```'],
    // A flow drawn in words with mermaid's arrow is no mermaid edge: all its words are read.
    ['a flow drawn with --> in a fence', 'pipelines', '```\nevent logs --hourly Flink job--> feature tables --daily--> retrain ranker --> model registry\n```'],
    ['a flow drawn with --> in prose', 'pipelines', 'event logs --hourly Flink job--> feature tables --daily--> retrain ranker --> model registry (staging)'],
    ['plain text in a fence', 'multi-stage', '```\nCandidate generation: billions of videos -> 500, then a heavy ranker scores those 500\n```'],
    ['a question answered on its line', 'scope', 'Personalized? Not required for v1.'],
    ['a note\'s yes/no question answered on its line', 'constraints', 'Real-time needed? Yes, scores must come back under 100 ms.'],
    ['the name with words of its own', 'business-objective', '- Business goal: more people coming back each week'],
    ['the name with words of its own', 'features', 'Feature engineering: bucket the watch counts, hash the creator ids'],
    ['a named metric under a heading', 'offline-metrics', '### Offline metrics\n- MRR\n- nDCG'],
    ['content under a heading that names the topic', 'scope', '## Use case\n- Search for visually similar products from a photo.'],
    ['content under a heading that names the topic', 'serving', '## Prediction service\n- filter the events by city, then score the rest and sort them'],
    ['a metric described under its heading', 'offline-metrics', '### 4.1 Offline metrics\n- how often the booked listing is in the top 10, on last month'],
    ['a question asking about data', 'data-availability', 'Do we have click logs and human relevance labels?'],
    ['a bold label with its colon outside the bold', 'data-availability', '- **Sources**: billing events, app usage logs, support tickets.'],
    ['"monitor the" is not "monitors the"', 'monitoring', 'Monitor the score distribution daily and alert on drift.'],
    ['a short sentence with a full stop is no title', 'data-prep', 'We dedupe articles.'],
    ['another clause after "and" is not a placeholder', 'training', 'Fine-tune the small model on the help articles and skip the search part.'],
    ['evaluation named beside a split', 'data-prep', 'Split by time: the evaluation set comes from the last two weeks.'],
    ['a comma ends a negation', 'online-metrics', 'Users who got pushes kept a higher 7-day retention than those who did not, so the pushes work.'],
    ['an idiom is no negation', 'ab-testing', 'A/B test the new ranker against the current one, no matter how large the offline gain.'],
    // A chat assistant's answer pasted as a markdown fence is markdown: its headings give sections, and a
    // fence inside it is closed by its own run of backticks, not the outer one's.
    ['a section in a markdown fence', 'scope', '````md\n## Use case\n```sql\nselect 1\n```\n- Search for visually similar products from a photo.\n````'],
    // Triple backticks with more backticks on the line are inline code, and a tab-indented run is indented
    // text (as in CommonMark): neither opens a fence that would swallow the rest of the answer as code.
    ['a section after inline code in triple backticks', 'scope', '```Great match today #final``` is a typical post.\n## Use case\n- Search for visually similar products from a photo.'],
    ['a section after a tab-indented run of backticks', 'scope', '\t```\n## Use case\n- Search for visually similar products from a photo.'],
    ['"to do" is no placeholder', 'feedback-loop', 'To do this we retrain nightly on fresh clicks.'],
    ['prose after front matter', 'offline-metrics', '---\nlayout: post\n---\nWe report NDCG@10 on a held-out week.'],
    ['a compound noun is no skipping verb', 'architecture', 'Word2vec skip-gram embeddings of listings: cheap to train, but blind to brand-new listings.'],
    // The headings of the usual interview template name their topic; under a short label, one word answers it.
    ['one word under a short label', 'task-type', '- ML category:\n  - ranking'],
    ['one word under a short label', 'guardrail-metrics', '**Safeguard metrics:**\n- complaints'],
    ['content under a heading that names the topic', 'ml-objective', '## ML objective\n- maximise the chance that a shown listing gets booked'],
    ['content under a heading that names the topic', 'online-metrics', '### Online evaluation\n- how many searches end with a saved listing'],
    ['content under a heading that names the topic', 'ab-testing', '- Power analysis:\n  - effect we care about: half a point on bookings'],
    // A line wholly in italics that ends in a colon is a label, as a bold one is; one that says something is content.
    ['content under an italic label', 'guardrail-metrics', '*Guardrail metrics:*\n- share of orders cancelled after the price is shown'],
    ['a sentence in italics', 'feedback-loop', '*We retrain the ranker nightly on fresh clicks.*'],
    ['an italic label with its answer', 'online-metrics', '*Online:* bookings per search'],
    // A heading or label that puts a figure on something states it.
    ['a heading that states figures', 'scale', '## Scale: 300M DAU, about 40k QPS at peak\nShard the index by region.'],
    ['a heading that states a budget', 'constraints', '### Latency budget: under 150 ms at p99\nThe ranker stays small.'],
    ['a label that states how many', 'scale', 'For tens of millions of listings:\n- one index per region\n- rebuilt nightly'],
    ['a bold label that states a volume', 'data-availability', '**Data: 3 years of search logs, roughly 20B impressions**\n- joined with bookings daily'],
    // A sentence that leads into a list says what it says; only a short line ending in a colon is a bare label.
    ['a sentence leading into a list', 'multi-stage', 'Scoring every one of the 40 million products per query is too slow, so we retrieve candidates first and rank them after:\n- retrieval\n- ranking'],
    ['a sentence leading into a list', 'labels', 'Positives are the listings a guest booked after clicking, negatives the ones shown but skipped:\n- booked\n- skipped'],
  ])('%s: covers %s', (_why, id, text) => {
    expect(covers(text, id)).toBe(true);
  });

  it('quotes a sentence wrapped at a width whole, and keeps terse notes apart', () => {
    const wrapped = coverageOf('Positives are sessions where the\nuser booked within a day of the search.', [topic('labels')])[0]!;
    expect(wrapped.evidence).toEqual(['Positives are sessions where the user booked within a day of the search.']);
    const notes = coverageOf('goal: more bookings\nlatency under 100 ms at p99', [topic('constraints')])[0]!;
    expect(notes.evidence).toEqual(['latency under 100 ms at p99']);
  });

  it('quotes a line of code as written, not the words read from it', () => {
    const flow = coverageOf('```\nevent logs --hourly job--> feature tables --daily--> retrain ranker --> registry\n```', [topic('pipelines')])[0]!;
    expect(flow.evidence).toEqual(['event logs --hourly job--> feature tables --daily--> retrain ranker --> registry']);
    const call = coverageOf('```python\nloss = cross_entropy(logits, labels)\n```', [topic('training')])[0]!;
    expect(call.evidence).toEqual(['loss = cross_entropy(logits, labels)']);
  });

  it('cuts a wall of words with no sentence end into pieces, and quotes the piece that shows the topic', () => {
    const filler = Array.from({ length: 200 }, () => 'and then we talked about the product for a while').join(' ');
    const wall = `${filler} the baseline ranks the most popular videos of the last day ${filler}`;
    const [baseline] = coverageOf(wall, [topic('baseline')]);
    expect(baseline!.covered).toBe(true);
    expect(baseline!.evidence[0]).toContain('the baseline ranks the most popular videos');
    expect(baseline!.evidence[0]!.split(' ').length).toBeLessThanOrEqual(80);
  });

  it('an empty scaffold covers at most one topic', () => {
    const scaffold = [
      '# Fraud detection', '## 1. Clarify requirements', '- Business objective:', '- Scale: TBD', '## 2. Frame the problem',
      '- ML objective', '- Labels', '## 3. Model', '- Baseline', '- Architecture: TODO', '## 4. Evaluation', '- Offline metrics',
      '- Online metrics', '- A/B testing', '## 5. Deployment', '- Serving', '- Monitoring', '- Feedback loop',
    ].join('\n');
    expect(coveredIds(scaffold).length).toBeLessThanOrEqual(1);
  });
});

describe('pasted text: what it looks like is what is read', () => {
  it.each([
    // A line opening with an emoji, an arrow or a check mark is a list item, as a dash is.
    ['emoji bullets under a heading', 'offline-metrics', '### Offline metrics\n👉 MRR\n👉 nDCG'],
    ['an emoji bullet under a short label', 'task-type', '👉 ML category:\n   👉 ranking'],
    ['arrow bullets under a heading', 'multi-stage', '## Stages\n➡️ Candidate generation\n➡️ Ranking'],
    // To markdown such a line is a paragraph: underlined, it is a heading.
    ['under an underlined heading that opens with an emoji', 'scope', '🎯 Use case\n----------\nSearch for visually similar products from a photo.'],
    ['an item of a • list before a rule', 'ab-testing', 'Rollout:\n  • A/B test: half the users on the new ranker, half on the old one, for two weeks\n---'],
    // Letters styled as mathematical bold (as social posts write emphasis) and full-width letters are letters.
    ['a metric in mathematical bold', 'offline-metrics', '𝐍𝐃𝐂𝐆 on a held-out week'],
    ['a metric in full-width letters', 'offline-metrics', 'Offline we look at \uff2e\uff24\uff23\uff27 on the last week'],
    // A zero-width space after a full stop still ends the sentence, and a no-break space is a space.
    ['a sentence after a zero-width space', 'monitoring', 'We will not run an A/B test for this.\u200b We monitor the score distribution and alert on drift.'],
    ['a no-break space inside a phrase', 'constraints', 'We need\u00a0to score each order in real time.'],
    // An ASCII mark at the start of a line is part of what it says, not a bullet.
    ['a line opening with "<"', 'constraints', '< 100 ms at p99 for the ranking call'],
    // A numbered or emoji item that is a label heads the "-" items right under it, as a heading would.
    ['dash items under a numbered label', 'data-availability', '3. Data available:\n- Text of each post and its comments\n- Login counts per week'],
    ['dash items under an emoji label', 'baseline', '⚙️ Non-ML baseline options:\n- Show the titles trending this week\n- Editor picks per genre'],
  ])('%s: covers %s', (_why, id, text) => {
    expect(covers(text, id)).toBe(true);
  });

  it('the next item of the numbered list ends the label before it', () => {
    const [data] = coverageOf('3. Data available:\n- Text of each post\n4. Model:\n- Two-tower retrieval with a GBDT ranker', [topic('data-availability')]);
    expect(data!.evidence).toEqual(['Text of each post']);
  });

  // A quoted block holds markdown of its own: its labels, tables and diagrams are read as they would be unquoted.
  it('a quoted block is read for what it holds', () => {
    expect(covers('> - ML category:\n>   - ranking', 'task-type')).toBe(true);
    expect(covers('> | NDCG@10 | recall@100 |\n> | --- | --- |', 'offline-metrics')).toBe(false);
    expect(covers('> ```mermaid\n> graph LR\n>   A[Baseline] --> B[Ranker]\n> ```', 'baseline')).toBe(false);
  });

  it('an emoji bullet that only names a topic says no more than a dash', () => {
    expect(covers('✅ Rollout\n    ✅ A/B testing framework', 'ab-testing')).toBe(false);
  });

  it('quotes styled letters as the plain letters they stand for', () => {
    expect(coverageOf('𝐍𝐃𝐂𝐆 on a held-out week', [topic('offline-metrics')])[0]!.evidence).toEqual(['NDCG on a held-out week']);
  });
});

describe('look-alikes of a topic', () => {
  it.each([
    ['constraints', 'The current model is fine for now.'],
    ['scope', 'The web team will build the page.'],
    ['serving', 'We cache the logo on the CDN.'],
    ['labels', 'One negative of this approach is cost.'],
    ['scale', "I'd like to also understand how many listings we have."],
    ['scale', 'Content moderation at scale is hard.'],
    ['data-prep', 'Standard accuracy is misleading on imbalanced data.'],
    ['training', 'Fraud losses hurt the business.'],
  ])('%s is not covered by "%s"', (id, text) => {
    expect(covers(text, id)).toBe(false);
  });
});

describe('lines typed in a session', () => {
  it.each([
    ['offline-metrics', 'NDCG and AUC'],
    ['serving', 'HNSW index'],
  ])('a terse line that names something specific covers %s: "%s"', (id, line) => {
    expect(covers(line, id, { typed: true })).toBe(true);
    // In a document the same short line would be a title.
    expect(covers(line, id)).toBe(false);
  });

  it.each([
    ['guardrail-metrics', 'guardrails: latency'],
    ['online-metrics', 'online: CTR'],
    ['task-type', 'task: binary classification'],
    ['ml-objective', 'Objective: maximize P(click)'],
  ])('a label with something after it covers %s typed or in a document (a note, not a title): "%s"', (id, line) => {
    expect(covers(line, id, { typed: true })).toBe(true);
    expect(covers(line, id)).toBe(true);
  });

  it.each([
    ['ab-testing', 'A/B test'],
    ['monitoring', 'monitoring'],
    ['baseline', 'baseline'],
  ])('a bare topic name does not cover %s: "%s"', (id, line) => {
    expect(covers(`- ${line}`, id, { typed: true })).toBe(false);
  });

  it('a clarifying question answered from a fact counts, with the question as the evidence', () => {
    const asked = [{ question: 'how many posts a day', reply: 'About 1 billion posts are created a day.' }];
    const [scale] = coverageOf('', [topic('scale')], { typed: true, asked });
    expect(scale!.covered).toBe(true);
    expect(scale!.evidence).toEqual(['? how many posts a day']);
  });

  it('a question the interviewer could not answer shows nothing, unless asking is the topic', () => {
    expect(covers('', 'scale', { typed: true, asked: [{ question: 'how many posts a day' }] })).toBe(false);
    expect(covers('', 'data-availability', { typed: true, asked: [{ question: 'do we have labels for past reports?' }] })).toBe(true);
  });

  it('an answer the case says puts topics on the table covers those of them checked, quoted as asked', () => {
    const asked = [{ question: 'what counts as a win?', reply: 'Subscribers still paying after 90 days.', topics: ['business-objective', 'labels'] }];
    const [goal, scale] = coverageOf('', [topic('business-objective'), topic('scale')], { typed: true, asked });
    expect(goal).toMatchObject({ covered: true, evidence: ['? what counts as a win?'] });
    expect(scale!.covered).toBe(false);
  });

  it('of an answer that settles several topics, the question covers those its words ask about', () => {
    const asked = [{ question: 'logged clicks available, how far back?', reply: 'Two years of clicks, kept 13 months under the privacy policy.', topics: ['constraints', 'data-availability'] }];
    const [constraints, data] = coverageOf('', [topic('constraints'), topic('data-availability')], { typed: true, asked });
    expect([constraints!.covered, data!.covered]).toEqual([false, true]);
  });

  it('an answer the case has tagged adds its topics, not the rest of its words', () => {
    const asked = [{ question: 'what is there today?', reply: 'A popularity ranker; replies must stay under 200 ms.', topics: [] }];
    expect(covers('', 'constraints', { typed: true, asked })).toBe(false);
  });

  // Who holds the data is said from where the speaker stands: "we" in a team, "you" to the interviewer, "I" in notes.
  it.each(['do we have labels for past reports?', 'do you have labels for past reports?', 'do you keep logs of what was shown and clicked?', 'have I got access to the purchase history?'])(
    'asking what data exists counts, whoever is asked: "%s"',
    (question) => expect(covers('', 'data-availability', { typed: true, asked: [{ question }] })).toBe(true),
  );
});
