import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/content/load.js';
import type { Topic } from '../../src/content/model.js';
import { coverageOf } from '../../src/coverage/index.js';
import { segmentMemo } from '../../src/coverage/memo.js';
import { segment } from '../../src/coverage/segment.js';
import { repoRoot, tempHome } from '../support/home.js';

const catalogue = loadCatalogue({ bundled: repoRoot, user: tempHome() });
const topic = (id: string): Topic => catalogue.topics.get(id)!;

// Texts checked again and again in one session: a typo corrected against one topic set must not
// carry over to the next set, nor an asked question to the next check.
const answer = '- trainig pipeline on spark, model registry\n- monitor drift in the score distribution\n\nSplit by time to avoid leakage.';

describe('the segmentation memo', () => {
  it.each([
    [{}, answer],
    [{ typed: true }, answer],
    [{}, '# Data\n- click logs\n- 90 days of history'],
  ])('hands out what segment gives, however often asked (%o)', (options, text) => {
    const fresh = segment(text, options);
    for (let round = 0; round < 3; round++) {
      const memo = segmentMemo(text, options);
      expect(memo).toEqual(fresh);
      for (const sentence of memo) for (const token of sentence.tokens) token.stem = 'rewritten';
      memo.push(memo[0]!);
    }
  });

  it('checks a text the same after other topic sets corrected its typos', () => {
    const sets = [[topic('pipelines')], [topic('monitoring'), topic('data-prep')], [topic('pipelines'), topic('serving')]];
    // Each fresh check on a text of its own (trailing spaces), so none comes from the memo.
    const fresh = sets.map((set, i) => coverageOf(`${answer}${' '.repeat(i + 1)}`, set, { typed: true }).map((c) => [c.topic.id, c.covered, c.evidence]));
    for (let round = 0; round < 2; round++) {
      const again = sets.map((set) => coverageOf(answer, set, { typed: true }).map((c) => [c.topic.id, c.covered, c.evidence]));
      expect(again).toEqual(fresh);
    }
  });

  it('counts an asked question only in the check that was given it', () => {
    const text = 'We have about 50M daily users.';
    const asked = [{ question: 'what data and labels do we have?', reply: 'Two years of click logs.' }];
    const withQuestion = coverageOf(text, [topic('data-availability')], { typed: true, asked });
    const without = coverageOf(text, [topic('data-availability')], { typed: true });
    expect(withQuestion[0]!.covered).toBe(true);
    expect(without[0]!.covered).toBe(false);
  });
});
