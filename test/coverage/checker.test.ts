import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/content/load.js';
import type { Topic } from '../../src/content/model.js';
import { coverageOf } from '../../src/coverage/index.js';
import { repoRoot, tempHome } from '../support/home.js';

const catalogue = loadCatalogue({ bundled: repoRoot, user: tempHome() });
const topics = [...catalogue.topics.values()];
const topic = (id: string): Topic => {
  const found = catalogue.topics.get(id);
  if (!found) throw new Error(`no topic ${id}`);
  return found;
};
const covers = (text: string, id: string) => coverageOf(text, [topic(id)])[0]!.covered;
const coveredIds = (text: string) => coverageOf(text, topics).filter((r) => r.covered).map((r) => r.topic.id);

// Written for these tests: several ways different people say each topic, as a bullet or a sentence.
const paraphrases: [string, string][] = [
  // A verb of skipping elsewhere in the sentence is not a dismissal of the topic.
  ['labels', 'Positives come from accepted invites; shown-but-ignored suggestions become negatives.'],
  ['feedback-loop', "Each day's accepts and ignores get folded into the next training run."],
  ['multi-stage', 'GraphSAGE embeddings pull a few thousand candidates per user, and a boosted tree on top scores them.'],
  ['multi-stage', 'The candidate generation step returns about a thousand items.'],
  ['baseline', "I'd start with a friends-of-friends count as the scoring rule."],
  ['labels', 'y = 1 if charged back as fraud within 90d, else 0'],
  ['business-objective', "what's success here? more searches that end in a long watch -> more time on site"],
  ['data-availability', 'got click logs + a small set of human relevance ratings?'],
  ['guardrail-metrics', 'keep an eye on latency + "no results" rate, those can\'t get worse'],
  ['feedback-loop', "clicks on new results become next week's training pairs"],
  ['pipelines', 'A nightly job reads the warehouse snapshot and retrains the model.'],
  ['feedback-loop', 'inject a few fresh uploads into results to avoid only surfacing old popular stuff'],
  ['scope', "I'd limit v1 to images and text in public posts, leaving live video and DMs aside."],
  ['multi-stage', 'A cheap text-only filter screens everything and only what it flags goes to the heavy multimodal model.'],
  ['feedback-loop', 'Moderator decisions on flagged posts feed straight back as new training labels.'],
  ['business-objective', 'The company wants users to spend more time on the platform, which drives ad revenue.'],
  ['business-objective', '- why we build it: cut the money we lose to chargebacks'],
  ['business-objective', 'The goal is to keep subscribers happy so they do not churn.'],
  ['scope', 'In scope: the Android and iOS apps; the smart TV app is out of scope.'],
  ['scope', 'We only handle text queries for now, not voice.'],
  ['scale', 'About 80M DAU and 20k QPS at peak.'],
  ['scale', 'The catalogue holds 40 million products and we get 3 million searches a day.'],
  // A flow of anything at scale, whatever the thing is called.
  ['scale', 'Volume: ~1.5M sign-ups per day, more on bad days.'],
  // Millions of whatever the domain holds.
  ['scale', 'The catalogue holds about 80M podcast episodes.'],
  ['scale', 'Around 3B saved pins across boards.'],
  ['scale', 'About 40k registrations every hour at the evening peak.'],
  ['constraints', 'Responses must come back within 100 ms, and GDPR applies to EU users.'],
  ['constraints', '- must not personalise on protected attributes like religion'],
  ['data-availability', 'Do we have click logs going back a year? Assume we do, plus item metadata.'],
  ['data-availability', 'We already store every purchase and every search with timestamps.'],
  ['ml-objective', 'We predict the probability that the user buys the item within a day.'],
  ['ml-objective', 'ML objective: maximise expected dwell time per impression.'],
  ['io-spec', 'Input: a user id, the context and a candidate song; output: the probability of a full listen.'],
  ['io-spec', 'The model takes the query text and returns a ranked list of documents.'],
  ['task-type', 'This is a learning-to-rank problem.'],
  ['task-type', "It's binary classification of each message."],
  ['labels', 'Positive = purchased within 7 days of the impression; negative = shown but ignored.'],
  ['labels', 'Labels come from human annotators who mark each image.'],
  ['labels', 'Relevant = the guest saved or booked the listing.'],
  ['constraints', 'It has to be fast: we call it for every search result on the page.'],
  ['constraints', 'The ranking step needs near real-time scores.'],
  ['constraints', 'We have to pick up breaking stories in near real-time, minutes after they are posted.'],
  ['feedback-loop', 'The ranker is retrained every 6 hours on the newest clicks.'],
  ['offline-metrics', 'Primary metric: absolute error in minutes per trip.'],
  ['scope', 'We recommend three similar homes on the listing detail page.'],
  ['business-objective', 'Lower churn among new subscribers in their first month.'],
  ['labels', 'The model predicts whether a new account will be banned within the next 7 days.'],
  ['labels', '- `y` = minutes from pickup to drop-off, read from the trip log'],
  ['training', 'Spark gives data parallelism for the XGBoost ranker across 20 workers.'],
  ['training', 'Ordinary least squares on the log of the price.'],
  ['data-availability', 'Every search, click and purchase is logged with the user id and a timestamp.'],
  ['task-type', 'For a query photo, return the 20 most similar catalogue images.'],
  ['multi-stage', 'A small model picks the top 1,000 videos; a heavier one orders them.'],
  ['data-availability', 'The export has one row per loan and a binary target column for default.'],
  ['scale', 'The assistant serves tens of thousands of agents across the company.'],
  ['business-objective', 'Main thing: prevent fake accounts from reaching real users at all.'],
  ['scope', 'Assume: suggestions are shown in the watch-next rail, nowhere else.'],
  ['offline-metrics', 'Replay last month of logged traffic through the new ranker offline.'],
  ['labels', 'Labelling is done by two trained reviewers per flagged post, ties to a third.'],
  ['features', 'Features: user purchase history, item category, price bucket, hour of day.'],
  ['features', 'We embed the title with a text encoder and one-hot the device type.'],
  ['data-prep', 'Fraud is rare, so we downsample the negatives and split by time to avoid leakage.'],
  ['data-prep', 'Dedupe near-duplicate posts so no copy sits in both train and test.'],
  ['baseline', 'Baseline: show the most popular items in the region.'],
  ['baseline', 'Start simple with a rule-based heuristic that the model has to beat.'],
  ['architecture', 'A two-tower model: fast retrieval, but no cross features between user and item.'],
  ['architecture', 'Gradient boosted trees on tabular features, easy to explain but bad with raw ids.'],
  ['architecture', 'I would begin with a tree-based model, since every input is a column in a table.'],
  ['constraints', 'The synchronous check gets a budget of a few hundred milliseconds.'],
  ['training', 'Logistic loss on whether the user registered.'],
  ['ml-objective', 'The model has to forecast the number of ride requests per zone for the next 15 minutes.'],
  ['ml-objective', "I'd predict several engagement probabilities per viewer and post, then blend them into one value."],
  ['monitoring', 'Live RMSE per region on a dashboard, paging when it climbs past a threshold.'],
  ['feedback-loop', 'Incremental training every few hours on the freshest clicks.'],
  ['serving', 'Recommendations are computed in batch every night per user and stored for the page to read.'],
  ['multi-stage', 'Candidate generation pulls 1,000 items, then a heavier ranker scores them.'],
  ['multi-stage', 'Retrieve with an ANN index, then re-rank the top 200 for diversity.'],
  ['training', 'Train with binary cross-entropy and Adam, with early stopping.'],
  ['training', 'Fine-tune a pre-trained encoder with a contrastive loss and in-batch negatives.'],
  ['offline-metrics', 'Offline: AUC and log loss for the click model.'],
  ['offline-metrics', 'We report NDCG@10 and recall@100 on a held-out week.'],
  ['online-metrics', 'Online we watch CTR, conversion rate and 7-day retention.'],
  ['online-metrics', 'Live metrics: watch time per user per day.'],
  ['ab-testing', 'Run an A/B test: 5% control vs 5% treatment for two weeks, check significance.'],
  ['ab-testing', 'Route a random slice of users to the new ranker and compare against the rest.'],
  // An aside between dashes leaves the sentence around it one thought.
  ['ab-testing', 'Keep a random 5% of users on the old feed — the rest of the company will ask what the lift was — and compare retention.'],
  ['ab-testing', 'Split traffic between a control and a treatment group.'],
  ['guardrail-metrics', 'Guardrails: p99 latency and the unsubscribe rate.'],
  // A count or a share named as the guardrail is a metric like a rate.
  ['guardrail-metrics', 'Guardrail: the number of support tickets per thousand orders.'],
  ['guardrail-metrics', 'Guardrails: share of sellers who list again within a month.'],
  ['guardrail-metrics', 'The complaint rate must not go up while we ship this.'],
  ['pipelines', 'A nightly Spark job builds the training set from the data lake and pushes the model to a model registry.'],
  ['pipelines', 'The training pipeline is separate from the inference pipeline, which reads the feature store.'],
  ['serving', 'Precompute item embeddings nightly and serve them from an HNSW index; cache hot results.'],
  ['serving', 'Batch prediction once a day is enough; no online inference.'],
  ['monitoring', 'Monitor feature drift and the prediction distribution, and alert on spikes.'],
  ['monitoring', 'Page the on-call when the score histogram shifts from last week.'],
  ['feedback-loop', 'Retrain daily on yesterday logs, with 5% exploration to avoid a feedback loop.'],
  ['feedback-loop', 'New clicks flow back as labels for the next training round.'],
  // Terse notes: a share of traffic beside a comparison, a restriction said with "only", a target made concrete.
  ['ab-testing', 'Roll it out to 2% of users and compare against the control bucket.'],
  ['scope', 'Android app only for the first release.'],
  ['constraints', 'Inference has to finish in under half a second.'],
  ['ml-objective', 'Detect whether a listing is a scam.'],
  ['ml-objective', 'Sort the candidate songs by predicted listen time.'],
  // A label is often defined by what did not happen; a dataset by what it holds.
  ['labels', 'negatives = recommendations shown but never opened'],
  ['labels', 'Negatives: impressions that were not clicked within a minute.'],
  ['data-availability', 'The dataset has 40 columns plus a churned/not-churned column.'],
  // When scoring happens, said of the scoring itself.
  ['serving', 'Photos are scored asynchronously, right after upload and before they reach any feed.'],
  ['serving', 'We score each email inline, before delivery.'],
  ['baseline', 'Baseline: a popularity ranker; the chart below compares it with the model.'],
  // A loss named as a library's objective.
  ['training', 'LightGBM with the quantile objective, one model per quantile and horizon.'],
  // A decision bound to a time, without the word "latency".
  ['constraints', 'The detector flags suspicious payments in milliseconds while keeping precision high.'],
  ['data-availability', 'The app already collects location pings every few seconds.'],
  // What is missing says what exists.
  ['data-availability', 'We did not have reliable reminder-call logs before 2021.'],
  // A stretch of history of anything recorded.
  ['data-availability', 'What exists: three years of closed tickets with subject, body and channel.'],
  ['data-availability', 'There are 18 months of support chats, each with its resolution.'],
  // A split by time said as what is held back.
  ['data-prep', 'Trained on the last 8 weeks, with the most recent week held out.'],
  ['data-prep', 'Hold out the last month for evaluation.'],
  ['architecture', 'GBDT, because it copes with raw tabular features and missing values.'],
  // "Later" with a plan, or another mention put off, leaves the topic said.
  ['feedback-loop', "We retrain nightly on yesterday's clicks and could add hourly updates later."],
  ['feedback-loop', 'We retrain nightly on new labels and could add drift alerts if we have time.'],
  ['feedback-loop', 'We retrain nightly on fresh clicks, but ran out of time for monitoring.'],
  // "Maybe later" answers the question just before it, not what came before that.
  ['online-metrics', 'online: add-to-cart rate per search; A/B test? Maybe later.'],
  ['ab-testing', 'We will run an A/B test later, once offline NDCG beats the current ranker: 5% of traffic for two weeks.'],
  ['constraints', 'latency: feed load under maybe 300ms server side, so that matters later.'],
  // A social product's goal is often said as the interactions it wants more of.
  ['business-objective', 'Goal: more meaningful interactions between friends, like comments and replies.'],
  // A metric held where it is, said without the word "guardrail".
  ['guardrail-metrics', 'Ad revenue should stay neutral while we do this.'],
  ['guardrail-metrics', 'Keep the opt-out rate flat.'],
  ['guardrail-metrics', "Make sure smaller sellers' reach isn't hurt."],
  // Computing a probability is predicting it, whatever the verb.
  ['ml-objective', 'For each incoming message it calculates the probability of it being spam.'],
  ['io-spec', 'The service calculates a risk score for the login attempt.'],
  // Vocabulary of the craft: a verb for making features, calibration by its named methods, a cadence said "per".
  ['features', 'Featurize the graph around each pair: mutual friends and shared groups.'],
  ['training', 'After training, calibrate with isotonic regression on a held-out day.'],
  ['feedback-loop', 'The popular-queries list is refreshed at least once per day from the search logs.'],
  ['io-spec', 'Returns: an array of 256 floats per image.'],
  // What a model gives back, said of the model.
  ['io-spec', 'The ranker returns a relevance score per candidate.'],
  ['io-spec', 'For every review the classifier outputs a label, fake or genuine, with its confidence.'],
  ['data-prep', 'Negative sampling: four random negatives per positive.'],
  // A change said against what is usual is a change signal, as a spike or a shift is.
  ['monitoring', 'Alert when one source is suddenly cited far more than usual.'],
  // A metric held, said with a noun or a verb of giving up: "without a rise in", "without sacrificing".
  ['guardrail-metrics', 'Push watch time up without a rise in reports per view.'],
  ['guardrail-metrics', 'Grow bookings without sacrificing host acceptance rate.'],
  // A binary label defined by its condition; the training target named as such; a gold set.
  ['labels', 'It is 1 if the rider tips within the hour, 0 otherwise.'],
  ['labels', 'The training target is whether the order was refunded.'],
  ['labels', 'A gold set of 5,000 listings checked by two people each.'],
  // Retraining is training: named apart from the online side, it is the training pipeline. CI/CD moves models.
  ['pipelines', 'Retraining runs every week, apart from the real-time inference service.'],
  ['pipelines', 'Models go through CI/CD after each training run.'],
  // Data said to lack labels says what exists; tagging is labelling by another name.
  ['data-availability', 'Most of the catalogue is unlabelled; only a few thousand items have categories.'],
  ['labels', 'Around 20k support tickets were hand-tagged with their urgency.'],
  // A ceiling on what serving may cost is a constraint.
  ['constraints', 'Serving must cost no more than $5k a month.'],
  // Once live is online, however it is said; a number that must not creep or climb is held.
  ['online-metrics', 'When it goes live we count how many bookings each search leads to.'],
  ['guardrail-metrics', 'We also have to make sure complaints do not creep up.'],
  // The two arms of an experiment named as an experimenter names them.
  ['ab-testing', 'Measure the retention uplift in the treated cohort against a randomised holdout.'],
  // A line labelled with where the data comes from.
  ['data-availability', 'Sources: billing events, app usage logs and support tickets.'],
  // A new version for one group and the old for another is an experiment, whatever the product is called.
  ['ab-testing', 'One group sees the new feed and another group keeps the old one for two weeks.'],
  ['guardrail-metrics', 'Grow orders, but not at the cost of delivery times.'],
  // What the business wants, said of whoever speaks for it.
  ['business-objective', 'What management cares about is bookings per visitor.'],
  // Cleaning said as what is thrown out of the training data.
  ['data-prep', 'Throw away events with no user id before training.'],
  ['data-prep', 'Impressions below the fold were likely never seen; exclude them.'],
  // What is scored and what it gets is the model's input and output; a stateless service is how it is served.
  ['io-spec', 'We score every listing with the likelihood that it gets booked this week.'],
  ['serving', 'The ranker runs as a stateless service behind an API gateway.'],
  // From notes of our own: "predict P(…)" for each pair; an experiment with its design; a number that must not rise;
  // scoring as events arrive; the goal put as active users.
  ['io-spec', 'For each (rider, driver) pair predict P(accept within 15 s).'],
  ['ab-testing', 'Experiment: 50/50, user-level, for a fortnight.'],
  ['guardrail-metrics', 'This must not raise the unsubscribe rate.'],
  ['serving', 'Transactions are scored as they arrive, from a streaming consumer.'],
  ['business-objective', 'Goal: more weekly active users.'],
  // From a transcript of our own: languages named for a start are scope; what reviewers can handle is a limit;
  // a share of the items on the new model, compared with the current one, is an experiment.
  ['scope', 'We will start with Portuguese and Spanish.'],
  ['constraints', 'The moderators can get through about 20k items a day, so we must stay within that capacity.'],
  ['ab-testing', 'Turn it on for 5% of listings and compare bookings with the rest.'],
  // From an essay of our own: past logs named with words of their own; ranking by what it sorts on; what any
  // model must beat; a production rate watched on a cadence.
  ['data-availability', 'Historic order logs show which restaurants each user picked.'],
  ['task-type', 'Sort the candidate jobs by their predicted chance of an application.'],
  ['baseline', 'Last-touch attribution is what any new model has to beat.'],
  ['monitoring', 'Monitor the refund rate daily for each region.'],
  // The target read off the real outcome; where the model runs when a request comes.
  ['labels', 'The target is the observed delivery time, taken from the courier app.'],
  ['serving', 'The classifier is embedded in the upload service and runs on every new photo.'],
  // From a write-up of our own on visual search.
  ['business-objective', 'Success means more searches that end with an item in the cart.'],
  ['ml-objective', 'Train song vectors so that tracks people play together end up close.'],
  ['io-spec', 'The encoder maps each listing photo to a 256-dimensional vector.'],
  ['labels', 'Photos of the same product, from any angle, are positives for each other.'],
  ['ab-testing', 'Run a two-week experiment against the current keyword search.'],
  ['guardrail-metrics', 'Push add-to-cart up while watching the zero-result rate.'],
  ['monitoring', 'Keep an eye on the distribution of basket sizes.'],
  // A split in time said as an adjective.
  ['data-prep', 'Evaluate on a time-ordered holdout: the last month, never seen in training.'],
  ['data-prep', '| Offline | NDCG@10 on a time-split | ranking quality |'],
  // The pipelines' two halves said in prose; training by a pipeline of its own; a registry that keeps versions.
  ['pipelines', 'Retraining runs as a nightly batch, and scoring happens online at request time.'],
  ['pipelines', 'The ranker is retrained in a scheduled pipeline that also validates it.'],
  ['pipelines', 'A model registry keeps each version, so a rollback is one command.'],
  // What is taken as a positive; a target defined for regression; what predicts best, said of an input.
  ['labels', 'Songs saved from the suggestions come back as positives in the next training run.'],
  ['labels', 'The target is the number of minutes from order to doorstep.'],
  ['features', 'The IP address is the strongest signal, though VPNs blur it.'],
  // Negatives drawn for training without the word "sampling"; a language model's reply streamed as it is generated.
  ['data-prep', 'Per clicked song we draw five skipped songs from the same session as negatives.'],
  ['serving', 'The assistant streams tokens to the browser as they are generated.'],
  // What a positive is, written as an equation; a table row's first cell names the number in the next.
  ['labels', 'Negatives = shown in the first two slots and scrolled past.'],
  ['scale', '| Search QPS | 45k at peak |'],
  // Labels said as what each example is given, what it is treated as, or when it counts as a success.
  ['labels', 'Each training row is a shown article joined with whether it was read to the end.'],
  ['labels', 'Replies and follows are treated as positive outcomes.'],
  ['labels', 'A suggestion counts as a hit if the user adds it to a playlist.'],
  // Guardrails said as side effects, a number that stops a launch, harm watched during the test, or a collapse.
  ['guardrail-metrics', 'We would also look for side effects like creator churn.'],
  ['guardrail-metrics', 'Roll the variant back if refund complaints rise by more than 1%.'],
  ['guardrail-metrics', 'Track hides and reports during the experiment.'],
  ['guardrail-metrics', 'Make sure catalogue diversity does not collapse.'],
  ['guardrail-metrics', 'Protective metrics: page load time and crash rate.'],
  // "Skip" before a measure is the measure's name, not a verb of leaving it out.
  ['online-metrics', 'Online: skip rate and minutes listened per user.'],
  ['online-metrics', 'Once launched we follow the skip rate on autoplayed episodes.'],
  // "bc" is the notes' "because": what follows it is another clause, out of the negation's reach.
  ['monitoring', 'No need for a deep model bc we alert on score drift every hour.'],
  // The output written as a conditional probability names what goes in and what comes out.
  ['io-spec', 'Multi-class; it outputs P(intent | utterance text) and we keep the top three.'],
  ['io-spec', 'Binary: emits P(default | application fields) per applicant.'],
  // What the negatives are, under a label; a "not" inside a hyphenated compound names a thing and negates nothing.
  ['data-prep', 'Negatives: trips offered but declined by the driver, plus random ones from the same city.'],
  ['training', 'Negatives: in-batch, plus a few random ones from other cities.'],
  ['training', 'in-batch negatives bc only using offered-not-used coupons gives a biased set'],
  // A label opens a clause as well as a sentence, and a regression's target made concrete is its objective.
  ['ml-objective', 'Task: regression, target: the observed minutes from order to doorstep.'],
  // The labelling guide's topics in plain words. Negatives chosen for training count for data prep and training.
  ['data-prep', 'Negatives are selected at random among restaurants the diner scrolled past.'],
  ['training', 'We draw negatives uniformly from the full song catalogue.'],
  ['training', 'Downsample negatives 20:1 before fitting the ranker.'],
  ['training', 'Sample three skipped songs from the same session as negatives for training.'],
  ['data-prep', 'Keep every positive but only 5% of the negatives.'],
  ['data-prep', 'Train on orders from March to August and evaluate on September.'],
  ['data-prep', 'No feature may read anything from the future relative to the order.'],
  ['monitoring', 'Alert if the share of flagged posts doubles overnight.'],
  ['ab-testing', 'Half the shoppers get the new ranker; we compare orders against the control.'],
  ['ab-testing', 'Both rankers are compared head to head on live traffic for a fortnight.'],
  ['constraints', 'We may not store location history for riders under 18.'],
];

describe('each topic is recognised in different wordings', () => {
  it.each(paraphrases)('%s: %s', (id, text) => {
    expect(covers(text, id)).toBe(true);
  });
});

// Inflection, spelling variants, abbreviations and tokens, typos in terse bullets.
const variants: [string, string][] = [
  ['offline-metrics', '- offline: ndcg@10, mAP, pr-auc'],
  ['offline-metrics', 'Evaluated with precision/recall per class.'],
  ['online-metrics', '- pCTR is calibrated; online: CTR and CVR'],
  ['constraints', 'p99 < 200ms'],
  // A unit or a count is the same written out.
  ['constraints', 'The page waits no more than 300 milliseconds for the ranker.'],
  ['scale', 'Around 50 million DAU across the three markets.'],
  ['ab-testing', 'Split users: treatment versus control, two weeks.'],
  ['ab-testing', 'A/B: 1% -> 10% -> 50% ramp'],
  ['architecture', '2-tower, dot product'],
  ['labels', '- labelled by annotators'],
  ['labels', '- labeling via raters'],
  ['pipelines', '- trainig pipeline on spark, model registry'],
  ['serving', '- serving: ANN index (faiss), cached per user'],
  ['training', '- fine-tuning w/ hard negs'],
];

describe('inflection, abbreviations, tokens and typos', () => {
  it.each(variants)('%s: %s', (id, text) => {
    expect(covers(text, id)).toBe(true);
  });

  // Words that name properties of every JavaScript object are words like any other ("the constructor of the model").
  it.each(Object.getOwnPropertyNames(Object.prototype))('"%s" in an answer is read as a word', (word) => {
    const sentence = `The ${word} ranker is a two-tower model, chosen because item embeddings can be precomputed.`;
    expect(coverageOf(sentence, topics).filter((r) => r.covered).map((r) => r.topic.id)).toEqual(['architecture', 'serving']);
  });
});

// Traps: each must not cover the topic.
const traps: [string, string, string][] = [
  ['look-alike', 'labels', 'The objective is p(y=1|x), the probability of a click.'],
  // Infrastructure of any system is no serving of predictions, a model family named in passing no architecture,
  // a model that copes with gaps no cleaning, how long a user took no latency bound, an event on a queue no
  // training pipeline.
  ['look-alike', 'serving', 'Three replicas of the checkout microservice sit behind a load balancer.'],
  // What another system measured, or what someone else found, is background; so is the definition of a kind of
  // thing, and a check put off for now.
  ['another system', 'online-metrics', 'The old feed had a click-through rate of about 3% last year.'],
  ['another system', 'offline-metrics', 'The legacy model had an AUC of 0.78 on last quarter.'],
  ['a source', 'offline-metrics', 'An F1 of 0.9 was reported on the Kaggle version of this dataset.'],
  ['background', 'ml-objective', 'A search engine is a kind of system that predicts which pages answer a query.'],
  ['put off', 'monitoring', 'Some drift alerting would be good eventually, but let us skip that for now.'],
  ['definition', 'offline-metrics', 'Recall is the share of truly relevant items that the system manages to return.'],
  ['background', 'ml-objective', 'Speech recognisers are neural networks trained to predict the words in an audio clip.'],
  ['a glossary', 'online-metrics', 'Key terms: basket, checkout, conversion rate, voucher.'],
  ['another sense', 'online-metrics', 'The retention team sends a discount to the accounts flagged this week.'],
  ['another sense', 'labels', 'Button labels: "Save for later" and "Remove".'],
  ['another sense', 'data-prep', 'The redaction step makes sure the bot never leaks PII from earlier turns.'],
  ['another sense', 'scope', 'Rate limiting keeps one noisy client app from starving the others.'],
  ['another sense', 'serving', 'Email templates are rendered at request time from Handlebars.'],
  ['another sense', 'scope', 'Support chat logs from logged-in users are kept for a year.'],
  ['another sense', 'scope', 'The embedded widget has limited styling on the web.'],
  ['another sense', 'feedback-loop', 'We retrain the moderators on the new policy every quarter.'],
  ['a pointer', 'offline-metrics', 'Offline metrics, online metrics and the experiment are covered in the next section.'],
  ['background', 'architecture', 'Matrix factorization got famous with the Netflix Prize.'],
  ['infrastructure', 'serving', 'All the services run on Kubernetes with autoscaling on CPU.'],
  ['a schedule', 'multi-stage', 'Score at signup, then re-score every hour as the account acts.'],
  ['a schedule', 'multi-stage', 'Listings are re-scored nightly and periodically as reviews arrive.'],
  // A dash sets an aside or an afterthought apart: a claim's parts inside and outside it are two thoughts.
  // Hedges say how sure the speaker is, not why the model fits; "later" closed by a new clause, or a verb of putting
  // off with it, defers.
  ['hedged names', 'architecture', 'Then I think maybe LightGBM or some kind of boosted trees.'],
  ['put off', 'architecture', 'We could maybe try a deep model later but I doubt we need it.'],
  ['put off', 'data-prep', "We'll handle class imbalance later."],
  ['put off', 'data-prep', 'Outliers from drivers on a break? -> deal later'],
  // Features read from a store at request time are serving, not a pipeline of their own.
  ['a read at serving', 'pipelines', 'At checkout a service fetches the features from a feature store and returns a score in 80 ms.'],
  ['an aside', 'scope', 'Start with a popularity ranker — the top 50 trending videos per country — and make the model beat it.'],
  ['an afterthought', 'data-availability', 'Offer outcomes flow into the monthly retrain via logs - careful, customers we saved now look loyal.'],
  ['a feature', 'architecture', 'Photos go in as CNN image embeddings, with the title as text.'],
  ['a label line', 'constraints', 'Positive = the rider tipped in under 10 seconds after the trip closed.'],
  ['look-alike', 'architecture', 'Most of the two seconds goes to the LLM call itself.'],
  ['look-alike', 'data-prep', 'LightGBM handles missing values natively, one more reason to pick it.'],
  ['look-alike', 'constraints', 'Negatives are the videos skipped within 2 s.'],
  ['look-alike', 'constraints', 'We predict whether the order is refunded within 30 days of delivery.'],
  ['look-alike', 'constraints', 'The prediction is whether the rider tips within the next two hours.'],
  ['look-alike', 'pipelines', 'Each upload puts an event on a Kafka topic for the thumbnail service.'],
  ['pros, not positives', 'labels', 'Positives: cheap to train and easy to explain.'],
  // A definition of the term is not a use of it; a topic said to be left out of the talk is dismissed for every
  // topic; the prompt restated says nothing; a question left open by what follows it only asks.
  ['definition', 'offline-metrics', 'NDCG is a measure of how well the most relevant items are placed near the top.'],
  ['definition', 'ab-testing', 'An A/B test is a way of comparing two versions of a product on live users.'],
  ['definition', 'guardrail-metrics', 'Counter metrics are metrics that a launch is not allowed to make worse.'],
  ['definition', 'ml-objective', 'ML objectives differ from one product to the next.'],
  ['talked away', 'constraints', "We won't go into fairness constraints in this round."],
  ['talked away', 'guardrail-metrics', 'There is no need for guardrail metrics while we only compare models offline.'],
  ['talked away', 'monitoring', 'Prediction drift dashboards would be overkill for a two-week pilot.'],
  ['talked away', 'data-prep', 'Dedup and the time split are routine, not going to spend time on them.'],
  ['the prompt', 'serving', 'Design a system that serves restaurant suggestions in real time.'],
  ['left open', 'io-spec', 'What exactly does the model output per listing? Not sure yet.'],
  ['another sense', 'io-spec', 'The embedding job is I/O bound, so we read the shards in parallel.'],
  // A particle ends a cue only as a word of its own; a negation reaches its noun across one adjective.
  ['look-alike', 'feedback-loop', 'Each request from the app goes to the feed service back-end, which fetches the posts.'],
  ['dismissal', 'feedback-loop', 'Appeal outcomes are used to audit the model, not periodic retraining.'],
  ['look-alike', 'pipelines', "The data team owns the warehouse; we'd ask them for access."],
  ['dismissal', 'multi-stage', 'Only one stage is needed: we score every transaction.'],
  ['bare heading', 'monitoring', '## Monitoring'],
  ['bare heading', 'offline-metrics', 'Evaluation metrics'],
  ['bare bullet', 'monitoring', '- Monitoring'],
  ['placeholder', 'offline-metrics', 'Metrics: TBD'],
  ['placeholder', 'guardrail-metrics', '- guardrails: n/a'],
  ['placeholder', 'ab-testing', 'A/B test: todo'],
  ['dismissal', 'ab-testing', "We won't need an A/B test for this."],
  // Unsuited to it is not doing it.
  ['dismissal', 'feedback-loop', 'GBDT (good for tabular data, not for continual learning)'],
  ['dismissal', 'feedback-loop', 'A big transformer is not well suited for online learning.'],
  ['dismissal', 'ab-testing', 'No need for an A/B test here.'],
  ['dismissal', 'ab-testing', 'A/B testing does not make sense, users would not notice a difference.'],
  ['dismissal', 'monitoring', 'No monitoring for v1.'],
  ['dismissal', 'ab-testing', 'We will not use an A/B test.'],
  ['dismissal', 'ab-testing', "We won't run an online experiment."],
  ['dismissal', 'training', "We won't use contrastive learning or fine-tuning."],
  ['dismissal', 'monitoring', "We don't monitor drift in the first version."],
  ['dismissal', 'baseline', 'We will not add a heuristic baseline.'],
  ['dismissal', 'baseline', "I'll skip the baseline, we're short on time."],
  ['dismissal', 'multi-stage', "We don't need a separate retrieval stage here."],
  ['dismissal', 'feedback-loop', 'I do not think we need to worry about feedback loops.'],
  ['dismissal', 'monitoring', "I'd keep an eye on the model after launch, but let's leave that for now."],
  ['deferral', 'serving', 'Serving: TBD, will come back to it.'],
  // Put off as a possibility: "could … later", "maybe later".
  ['deferral', 'ab-testing', 'We could A/B test it later, once there is traffic.'],
  ['deferral', 'ab-testing', 'A/B test? Maybe later.'],
  ['deferral', 'monitoring', 'Drift alerts on the score distribution might come later if we have time.'],
  ['deferral', 'monitoring', 'Metrics, drift, retraining cadence — happy to go there if we have time.'],
  // A recap of what was left out of an interview.
  ['left out', 'baseline', '**Baseline.** Never proposed one.'],
  ['left out', 'monitoring', 'Drift monitoring: never mentioned it.'],
  ['left out', 'ab-testing', "(A/B test — we'd run one obviously, didn't get to details in the mock.)"],
  ['left out', 'feedback-loop', 'Forgot to talk about model explanations, and the retraining part.'],
  ['look-alike', 'scale', 'We scale the image to 224x224 before the encoder.'],
  // A group's words far apart in a long sentence belong to different claims.
  ['far apart', 'data-availability', 'There are many signals we could feed the model to predict the score, including the type of post, its embedding, the author, the hour, and what the viewer tends to interact with.'],
  ['far apart', 'feedback-loop', 'The interaction stream is stored, processed and filtered so that it can be analysed later by one or more of the machine learning models we train.'],
  ['look-alike', 'data-availability', 'Engineers with five years of experience will build it.'],
  // Not in the guide's data preparation (imbalance, sampling, splits, leakage): gaps in a field, duplicates in results.
  ['look-alike', 'data-prep', 'Some listings have missing values for the floor area.'],
  ['look-alike', 'data-prep', 'Filter out near-duplicate results so the top of the page is not five copies of one image.'],
  // The word names no model, and a retriever alone is not a second stage.
  ['look-alike', 'architecture', 'This architecture is modular, secure and easy to extend.'],
  ['look-alike', 'serving', 'Show the match score inline next to each job title.'],
  ['look-alike', 'data-prep', 'Ran out of time before the model section.'],
  // A chart's reference line is no baseline model.
  ['look-alike', 'baseline', 'Grab the latency baseline chart from the search dashboard before turning this on.'],
  ['look-alike', 'baseline', 'Weekly new connections may even dip below its baseline for a while.'],
  ['look-alike', 'data-availability', "We don't have time to build a feature store this quarter."],
  ['look-alike', 'serving', 'The leaderboard score updates asynchronously.'],
  ['look-alike', 'multi-stage', 'The retriever is a bi-encoder fine-tuned on our question and article pairs.'],
  // Blocking is what a fraud or spam system does, and what a slow call does to a client: no constraint.
  ['look-alike', 'constraints', 'Rules first: five sign-ups from one device in an hour → block.'],
  ['look-alike', 'constraints', 'Playlist edits go through a queue so they never block the mobile client.'],
  ['look-alike', 'data-prep', 'We held out the last page of the form for a later study.'],
  ['look-alike', 'scale', 'Fraud costs us $3M a year in chargebacks.'],
  ['look-alike', 'scale', 'Chargebacks cost 3M dollars a year.'],
  ['look-alike', 'features', 'This came in as a feature request from sales.'],
  ['look-alike', 'labels', 'Product will label the button "Buy now".'],
  ['look-alike', 'pipelines', 'My pipeline of thought is to start from the user.'],
  ['look-alike', 'guardrail-metrics', 'Plates behind the highway guardrail are hard to see.'],
  ['look-alike', 'architecture', 'Owners can request removal of the architecture of private buildings.'],
  ['look-alike', 'multi-stage', 'Some events are multi-stage festivals over several days.'],
  ['look-alike', 'task-type', 'Logistic regression trains quickly.'],
  ['look-alike', 'training', 'The business wants to cut fraud losses.'],
  ['look-alike', 'offline-metrics', 'We serve the model in fp16 precision.'],
  ['look-alike', 'task-type', 'Scores are calibrated with isotonic regression.'],
  // A negative sample is a thing (what a negative is: labels); negative sampling is a process (data prep).
  ['look-alike', 'data-prep', 'Negative samples are impressions shown but not clicked.'],
  // The stemmer folds unrelated words together ("experience"/"experiment", "conversation"/"conversion").
  ['look-alike', 'ab-testing', 'Candidates with experience in recommender systems do better here.'],
  ['look-alike', 'online-metrics', 'The conversation was about how to prepare for the onsite.'],
  ['look-alike', 'constraints', 'It is only fair to compare both models on the same week.'],
  ['look-alike', 'constraints', 'Minority classes get a higher weight in the loss.'],
  ['look-alike', 'training', 'Regular visitors see the new layout first.'],
  ['look-alike', 'training', 'Friend suggestions are scored with the Adamic-Adar index over mutual friends.'],
  ['look-alike', 'serving', 'Too many pop-ups are annoying for new users.'],
  // Nor are a verb and its noun or participle one cue: "at prediction time" predicts nothing, random users are not randomised.
  ['look-alike', 'ab-testing', 'Cold-start songs are played to random users to collect their first plays.'],
  ['look-alike', 'ml-objective', 'The service stores model prediction scores in Redis.'],
  ['look-alike', 'ml-objective', 'At prediction time we look up the features in the online store.'],
  ['look-alike', 'ml-objective', 'Predictions for the top 500 candidates are cached for an hour.'],
  ['look-alike', 'constraints', 'Pros: easy to explain to the sales team.'],
  ['look-alike', 'task-type', 'Each chunk is retrieved from the store by its id.'],
  // A prefix written for a verb's forms does not reach other words it begins ("categori*" is not "categorical").
  ['look-alike', 'ml-objective', 'Categorical fields with many values are hashed into buckets.'],
  // A word in another sense: a map, a replay attack, a liveness probe.
  ['look-alike', 'offline-metrics', 'The map and routing tiles are cached per region.'],
  ['look-alike', 'offline-metrics', 'The capture flow resists replay attacks and injected video.'],
  ['look-alike', 'scope', 'Kubernetes liveness probes restart only the crashed pod.'],
  ['look-alike', 'scale', 'Fraud costs card issuers billions of dollars every year.'],
  // Where something shows is a surface only when it is a surface of the product.
  ['look-alike', 'scope', 'As shown in the diagram, the feed service calls the ranker.'],
  ['look-alike', 'scope', 'Our app appears in the top charts of the store.'],
  // A harm made smaller is the goal when the verb acts on it, not anywhere in the sentence.
  ['look-alike', 'business-objective', 'Filtering spam out of the training set reduces noise in the labels.'],
  ['look-alike', 'business-objective', 'The classifier flags spam; we lower the threshold at night.'],
  // A window after a prediction defines its label; a deadline for the team does not.
  ['look-alike', 'labels', 'If the team ships within the next 3 months, we launch in spring.'],
  ['look-alike', 'multi-stage', 'We chose a simple model because it is easy to explain and select features with L1.'],
  // Recall as a property a stage is built for, not a number measured.
  ['look-alike', 'offline-metrics', 'Retrieve a thousand candidates with high recall, then rank them with the heavy model.'],
  ['look-alike', 'offline-metrics', 'A high-recall retrieval stage feeds the ranker.'],
  // Words in another sense: every node, a control plane, a tree to walk, min-max scaling, a context window.
  ['look-alike', 'feedback-loop', 'In the agent graph every node reads and updates a shared state object.'],
  ['look-alike', 'ab-testing', 'Argo is the control plane for every experiment we run on the cluster.'],
  ['look-alike', 'architecture', 'Inserting a key may force a split that walks up the tree to the root.'],
  ['look-alike', 'constraints', '* rescale each count (z-score, min-max).'],
  ['look-alike', 'guardrail-metrics', 'Older chat turns get summarised so the prompt stays within the context window.'],
  ['look-alike', 'io-spec', 'We probably want to predict something here, but not yet.'],
  ['dismissal', 'ab-testing', 'A/B test: skip, the traffic is too small.'],
  ['pros and cons', 'training', 'Negatives: harder to explain to ops, slower to retrain.'],
  // "Only …, not …" draws a line; a "not" inside a hyphenated compound does not.
  ['look-alike', 'scope', 'Only shown-not-clicked impressions become negatives.'],
  // Negatives defined by what the user did are labels, not sampling.
  ['a label definition', 'data-prep', 'Negatives: shown, then skipped within three seconds.'],
  // A model's size, the base of a rate and a size chosen in the design are not the system's scale.
  ['look-alike', 'scale', 'The encoder has 300M parameters, small enough for one GPU.'],
  ['look-alike', 'scale', 'Complaints are counted per 1M episodes played.'],
  ['look-alike', 'scale', 'Show ids are hashed into 2M slots.'],
  // Negatives as downsides, a month as a date, a comparison made offline, a limit of a method.
  ['look-alike', 'data-prep', 'Picking GBDT has two negatives: no embeddings and a slow rebuild.'],
  ['look-alike', 'data-prep', 'The first version ships in March.'],
  ['look-alike', 'ab-testing', 'We compare the two rankers offline on last month of logs.'],
  ['look-alike', 'constraints', "We can't use a deep model for this, the data is too small."],
  // An API reference's "returns a …" is what a function gives back, not a model.
  ['look-alike', 'io-spec', 'The loadConfig() helper returns a promise of the merged settings object.'],
  ['look-alike', 'io-spec', 'The cache wrapper returns the stale value while it refreshes in the background.'],
  ['look-alike', 'serving', 'Model embeddings in the app are refreshed.'],
  ['look-alike', 'labels', 'Plot y = number of requests against the hour of day to see the peak.'],
  // Relevance is a quantity a model predicts; "relevant" is a judgement that can be a label.
  ['look-alike', 'labels', 'Videos are ranked by predicted relevance to what the viewer watched last week.'],
  // Labelling named with nothing said of it.
  ['bare name', 'labels', 'After that, labelling.'],
  // An acronym whose final S is its own letter is not the plural of a shorter one (NPS is not numpy's np).
  ['look-alike', 'online-metrics', 'scores = np.mean(precision_at_3)'],
  // Interview-prep writing talks about the people interviewed, and experiments have buckets too.
  ['look-alike', 'multi-stage', 'Most candidates forget to mention a baseline.'],
  ['look-alike', 'features', 'Users in the control bucket keep the old ranker.'],
  ['look-alike', 'guardrail-metrics', 'Safety guardrails stop the assistant from giving medical advice.'],
  // "Only if/when" states a condition, not what is in scope; a regression of a metric is not the task.
  ['condition', 'scope', 'We launch only when it beats the current ranker, not before.'],
  ['metric regression', 'task-type', 'Dashboards catch regressions in latency within minutes.'],
  // A line that points at reading or lists topics, and talk about the interview, say nothing of the topic.
  ['pointer', 'monitoring', 'See also: the chapter on data distribution shifts in any ML systems book.'],
  ['pointer', 'features', 'Key topics: feature engineering, model selection, online experiments.'],
  ['meta', 'ab-testing', 'Interviewers often end up asking about A/B tests.'],
  ['look-alike', 'ab-testing', 'Treatment of missing values: impute the median and control for outliers.'],
  ['look-alike', 'data-prep', 'Watch the checkout drop-off rate per session.'],
  // A label's window is no time limit on the system.
  ['label window', 'constraints', 'The prediction: does the guest book within 7 days of the search?'],
  ['label window', 'constraints', 'For each candidate, predict P(click within 1h).'],
  ['bare name', 'data-availability', '- Historical interactions'],
  ['look-alike', 'labels', 'Target: 99% recall at a 1% false positive rate.'],
  ['business success', 'labels', 'We consider the launch a success if revenue grows by 2%.'],
  ['look-alike', 'guardrail-metrics', 'Side effects of the treatment are reported by doctors.'],
  ['idiom', 'guardrail-metrics', 'Without losing generality, assume one region.'],
  ['a metric\'s usual level', 'baseline', 'Page the on-call when the error count is 20% above the baseline.'],
  ['a metric\'s usual level', 'baseline', 'Conversion moved from baseline by less than a point.'],
  ['"keep" as going on', 'data-availability', 'Some random sends mean we keep learning about the labels of rare types.'],
  // A model named with nothing said about why it fits (the labelling guide: no reason, no architecture).
  ['bare name', 'architecture', 'Use XGBoost.'],
  ['bare name', 'architecture', 'Models to try: random forest, gradient boosted trees, neural networks.'],
  // Questions that only ask, however they are put.
  ['question', 'ml-objective', 'Which signals are there (likes, shares, hides)? Which one do we optimise for?'],
  ['question', 'offline-metrics', 'Once the model is trained, what false positive rate can we reach?'],
  ['question', 'ab-testing', '"How would you A/B test the new ranker?"'],
  // A summary of a document reports on the topic without saying anything of it.
  ['report', 'offline-metrics', 'The discussion then covers offline metrics and calibration.'],
  ['report', 'business-objective', 'It emphasizes choosing metrics aligned with business goals.'],
];

describe('traps do not count', () => {
  it.each(traps)('%s: %s ← %s', (_kind, id, text) => {
    expect(covers(text, id)).toBe(false);
  });
});

describe('a topic dismissed one way and done another is covered', () => {
  it('a real baseline after a waved-away one counts', () => {
    expect(covers("I won't bother with a separate baseline. Actually, popularity ordering is the baseline to beat.", 'baseline')).toBe(true);
  });
  it('a definition-like opening with something specific, or a negated limit, still counts', () => {
    expect(covers('The baseline is a popularity ranker over the last 7 days of plays.', 'baseline')).toBe(true);
    expect(covers('A positive is when the user watched more than half of the video.', 'labels')).toBe(true);
    expect(covers('Fairness matters here: the model must not use age or postcode.', 'constraints')).toBe(true);
    expect(covers('Latency must not go above 80 ms at p99.', 'constraints')).toBe(true);
    expect(covers('Which offline metric? Recall@50 for retrieval and NDCG@10 for the ranker.', 'offline-metrics')).toBe(true);
  });
  it('a line drawn around the product still counts', () => {
    expect(covers('We limit v1 to the web app; the mobile apps come later.', 'scope')).toBe(true);
    expect(covers('Only English posts are limited to this model; other languages keep the old rules.', 'scope')).toBe(true);
  });
  it('a former system in a plan, or past behaviour as features, still counts', () => {
    expect(covers('Compare the new ranker with the old one in a two-week A/B test on 10% of users.', 'ab-testing')).toBe(true);
    expect(covers('Features: previous purchases, clicks that were made in the last hour, and the old address.', 'features')).toBe(true);
  });
  it('a model on CPU, a second stage that re-scores, and a latency bound still count', () => {
    expect(covers('The ranker runs on CPU, so inference must stay small.', 'serving')).toBe(true);
    expect(covers('A light model keeps the top 500, then a cross-encoder re-scores them.', 'multi-stage')).toBe(true);
    expect(covers('Positives come from clicks; the score itself must come back in under 2 seconds.', 'constraints')).toBe(true);
  });
  it('the same words about the model still count', () => {
    expect(covers('The ranker runs as three replicas behind a load balancer.', 'serving')).toBe(true);
    expect(covers('Scores must come back in under 2 s, or the page times out.', 'constraints')).toBe(true);
    expect(covers('Kafka carries the click events into the nightly training job.', 'pipelines')).toBe(true);
  });
  it('a particle of its own and an adjective left of a negated noun do not silence the topic', () => {
    expect(covers('Skips and hides feed back into the next training run.', 'feedback-loop')).toBe(true);
    expect(covers('Labels come from purchases within a week, not manual review.', 'labels')).toBe(true);
  });
  it('a dismissal after a semicolon is another thought: the goal before it counts', () => {
    expect(covers('Goal: fewer views of harmful posts; no need for guardrail metrics yet.', 'business-objective')).toBe(true);
    expect(covers('Offline: NDCG@10 on last week; no A/B test needed for v1.', 'offline-metrics')).toBe(true);
  });
  it('a negated detail next to a real one counts: "split by time so no leakage"', () => {
    expect(covers('Split by time so there is no leakage.', 'data-prep')).toBe(true);
  });
  it('negations that state a guardrail or a constraint count', () => {
    expect(covers('Report rate must not go up.', 'guardrail-metrics')).toBe(true);
    expect(covers('We must never suggest a user someone who blocked them.', 'constraints')).toBe(true);
  });
});

describe('coverageOf', () => {
  it('covers nothing in an empty answer or an all-TBD scaffold', () => {
    expect(coveredIds('')).toEqual([]);
    const scaffold = ['# Clarify', 'Goal: TBD', 'Scope: TBD', '## Model', 'Baseline: TBD', '- Architecture: TODO', '## Evaluation', 'Metrics: TBD', '- A/B test: tbd', '- Monitoring'].join('\n');
    expect(coveredIds(scaffold)).toEqual([]);
  });

  it('gives the original sentence as evidence, and the cue that matched', () => {
    const text = '## Evaluation\n- offline: AUC + log loss\n\nWe will send 1% of traffic to the new model and compare watch time against the rest.';
    const [offline] = coverageOf(text, [topic('offline-metrics')]);
    expect(offline!.evidence).toEqual(['offline: AUC + log loss']);
    expect(offline!.cue).toBeTruthy();
    const [ab] = coverageOf(text, [topic('ab-testing')]);
    expect(ab!.evidence[0]).toContain('1% of traffic');
  });

  it('reads markdown tables and fenced code as content, headings as structure', () => {
    const table = '| metric | kind |\n| --- | --- |\n| NDCG@10 | offline |\n| CTR | online |';
    expect(coveredIds(table)).toEqual(expect.arrayContaining(['offline-metrics', 'online-metrics']));
    expect(covers('```\nloss = cross_entropy(logits, labels)\n```', 'training')).toBe(true);
    expect(covers('# A/B testing\n', 'ab-testing')).toBe(false);
  });

  it('is deterministic and keeps the order of the topics it was given', () => {
    const text = 'Baseline: most popular. Offline: AUC. Retrain weekly.';
    const first = coverageOf(text, topics);
    expect(first.map((r) => r.topic.id)).toEqual(topics.map((t) => t.id));
    expect(coverageOf(text, topics).map((r) => [r.covered, r.evidence, r.cue])).toEqual(first.map((r) => [r.covered, r.evidence, r.cue]));
  });

  it('works for a case topic written with the same cue format', () => {
    const caseTopic: Topic = {
      id: 'ann-index',
      title: 'ANN index',
      covers: 'an approximate nearest-neighbour index',
      hints: ['How do you search a billion vectors fast?'],
      cues: { phrases: ['hnsw|faiss|approximate nearest neighbo*'], exclude: ['hnsw paper'], negatable: true },
      file: 'cases/x.yaml',
    };
    expect(coverageOf('Vectors go into an HNSW index.', [caseTopic])[0]!.covered).toBe(true);
    expect(coverageOf('I read the HNSW paper once.', [caseTopic])[0]!.covered).toBe(false);
    expect(coverageOf('No FAISS index needed here.', [caseTopic])[0]!.covered).toBe(false);
  });

  it.each([
    ['Compare it vs the old one.', true],
    ['Compare it versus the old one.', true],
    ['Compare it with the old one.', false],
  ])('an exact-word cue is the word as the reader has it, shorthand expanded ("=vs" is "versus"): %s → %s', (text, matches) => {
    const caseTopic: Topic = { id: 'versus', title: 'Versus', covers: 'a comparison', hints: ['Against what?'], cues: { phrases: ['=vs'] }, file: 'cases/x.yaml' };
    expect(coverageOf(text, [caseTopic])[0]!.covered).toBe(matches);
  });

  it.each([
    ['caching', true],
    ['cached', true],
    ['rebalancing', true],
    ['rating', false],
  ])('a prefix cue ending in a silent e matches its -ing form: %s → %s', (word, matches) => {
    // "cache*" and "rebalance*" (five letters or more) take -ing without the e; "rate*" is too short to risk "rating".
    const caseTopic: Topic = {
      id: 'freshness',
      title: 'Freshness',
      covers: 'how fresh',
      hints: ['How fresh?'],
      cues: { phrases: ['cache*|rebalance*|rate*'], negatable: true },
      file: 'cases/x.yaml',
    };
    expect(coverageOf(`We keep ${word} the top items.`, [caseTopic])[0]!.covered).toBe(matches);
  });

  it('a feedback loop said with -ing forms counts: "trigger updating"', () => {
    expect(covers("User reports of misfiled mail trigger updating of the filter's word counts.", 'feedback-loop')).toBe(true);
  });
});
