// Catalogue red flags (topics/red-flags.yaml) judged on sentences written as candidates say them:
// each flag fires on at least three ways of committing it and stays quiet on at least two dismissals
// or look-alikes.
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { redFlags } from '../../src/session/flags.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const framework = loadFramework(roots, 'mlsd-45', catalogue);
// Rare positives and time-dependent data, and none of the case's own pitfalls: only catalogue flags.
const kase = { ...loadCase(roots, 'payment-fraud', catalogue), pitfalls: [] };
const flags = planFor(framework, catalogue, kase).flags ?? [];

type Row = readonly [flag: string, step: string, fires: boolean, text: string];

const rows: Row[] = [
  ['accuracy-on-rare-positives', 'evaluate', true, 'Offline we report accuracy on the test month.'],
  ['accuracy-on-rare-positives', 'evaluate', true, 'The main metric is accuracy, and we want it above 99%.'],
  ['accuracy-on-rare-positives', 'frame', true, 'We will optimise for classification accuracy of the fraud model.'],
  ['accuracy-on-rare-positives', 'evaluate', false, 'Accuracy would mislead here, since approving everything is 99.9% right, so we use PR-AUC.'],
  ['accuracy-on-rare-positives', 'evaluate', false, 'We report PR-AUC and recall at 1% block rate rather than accuracy.'],
  ['accuracy-on-rare-positives', 'frame', false, 'We audit label accuracy on a sample of chargebacks each week.'],

  ['random-split-on-time-data', 'frame', true, 'We do a random 80/20 split of the transactions into train and test.'],
  ['random-split-on-time-data', 'frame', true, 'Shuffle the data and split it into training and validation sets.'],
  ['random-split-on-time-data', 'evaluate', true, 'Use k-fold cross-validation to pick hyperparameters.'],
  ['random-split-on-time-data', 'frame', false, 'A random split would leak future fraud patterns, so we split by time.'],
  ['random-split-on-time-data', 'evaluate', false, 'Users are randomly split into control and treatment for the A/B test.'],

  ['evaluate-on-training-data', 'evaluate', true, 'We evaluate the model on the training data to pick the threshold.'],
  ['evaluate-on-training-data', 'evaluate', true, 'Then test it on the same data we trained on and report AUC.'],
  ['evaluate-on-training-data', 'model', true, 'We train and test on the same three months of payments.'],
  ['evaluate-on-training-data', 'evaluate', false, 'Evaluating on the training data would overstate AUC, so we keep a held-out month.'],
  ['evaluate-on-training-data', 'evaluate', false, 'We evaluate on the month after the training data ends.'],

  ['future-leakage', 'frame', true, 'A useful input is the chargeback status as a feature for each card.'],
  ['future-leakage', 'frame', true, 'Features include the lifetime total of disputes on the merchant.'],
  ['future-leakage', 'frame', true, 'We add features from the future week of the account to capture its risk.'],
  ['future-leakage', 'frame', false, 'Every feature is computed as of the payment time, so no future information leaks in.'],
  ['future-leakage', 'frame', false, 'In the future we could add device features from the new SDK.'],

  ['ship-on-offline-gain', 'deploy', true, 'If the new model beats the old one on offline AUC we ship it.'],
  ['ship-on-offline-gain', 'evaluate', true, 'Once PR-AUC improves on the holdout month, we deploy to everyone.'],
  ['ship-on-offline-gain', 'deploy', true, 'Release the model when the backtest shows a gain in caught fraud.'],
  ['ship-on-offline-gain', 'evaluate', false, 'An offline gain only earns an A/B test; we launch after the experiment wins.'],
  ['ship-on-offline-gain', 'deploy', false, 'We deploy the model behind the payments API with features from the online store.'],

  ['one-day-ab-test', 'evaluate', true, 'We run the A/B test for a day and ship if block rate drops.'],
  ['one-day-ab-test', 'evaluate', true, 'The experiment runs for 24 hours on 50% of traffic.'],
  ['one-day-ab-test', 'evaluate', true, 'Run it overnight on half the merchants and compare fraud losses.'],
  ['one-day-ab-test', 'evaluate', false, 'A test for a day is too short: we run two full weeks to cover the weekly cycle.'],
  ['one-day-ab-test', 'evaluate', false, 'Ramp at 1% for a day to catch crashes, then 50% for two weeks.'],
];

describe('catalogue red flags', () => {
  it('has rows for every catalogue flag with cues: at least 3 that fire and 2 that stay quiet', () => {
    for (const flag of catalogue.flags.filter((f) => f.cues)) {
      expect(rows.filter(([id, , fires]) => id === flag.id && fires).length, flag.id).toBeGreaterThanOrEqual(3);
      expect(rows.filter(([id, , fires]) => id === flag.id && !fires).length, flag.id).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(rows)('%s in %s: fires %s ← %s', (id, step, fires, text) => {
    const flag = flags.find((f) => f.id === id);
    expect(flag, id).toBeDefined();
    const hits = redFlags([flag!], [{ step, text }], { typed: true });
    expect(hits.map((h) => h.evidence)).toEqual(fires ? [text] : []);
  });
});
