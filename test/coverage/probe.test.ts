// The tuning probe sentences (test/coverage/probe/a.tsv, written blind to the cues): a floor under the checker's
// precision and recall on them, so a cue that starts to over-read or a sense that stops being kept apart shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadCatalogue } from '../../src/content/load.js';
import { coverageOf } from '../../src/coverage/index.js';
import { repoRoot, tempHome } from '../support/home.js';

const catalogue = loadCatalogue({ bundled: repoRoot, user: tempHome() });

it('probe set a: each line judged against its topic, precision ≥ 0.90 and recall ≥ 0.95', () => {
  const lines = readFileSync(join(repoRoot, 'test', 'coverage', 'probe', 'a.tsv'), 'utf8').split('\n').filter(Boolean);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const line of lines) {
    const [id, want, text] = line.split('\t') as [string, string, string];
    const covered = coverageOf(text, [catalogue.topics.get(id)!])[0]!.covered;
    if (covered && want === 'yes') tp++;
    else if (covered) fp++;
    else if (want === 'yes') fn++;
  }
  expect(lines.length).toBe(368);
  expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.9);
  expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.95);
});
