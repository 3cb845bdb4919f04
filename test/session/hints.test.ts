import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { handleInput, ladder } from '../../src/session/engine.js';
import type { SessionEvent } from '../../src/session/events.js';
import { replay } from '../../src/session/state.js';
import { repoRoot, started } from './fixtures.js';
import { tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const framework = loadFramework(roots, 'mlsd-45', catalogue);
const planOf = (caseId: string) => planFor(framework, catalogue, loadCase(roots, caseId, catalogue));

/** Every hint /hint gives in a study session where nothing is typed, step by step until the ladders run out. */
function allHints(caseId: string): string[] {
  const plan = planOf(caseId);
  const texts: string[] = [];
  for (const step of plan.steps) {
    const events: SessionEvent[] = [started({ caseId }), { type: 'step-started', at: 0, step: step.id }];
    for (let asked = 0; asked < 200; asked += 1) {
      const outcome = handleInput(replay(events), plan, '/hint', asked + 1);
      if (outcome.events.length === 0) break;
      events.push(...outcome.events);
      texts.push(outcome.feedback?.text ?? '');
    }
  }
  return texts;
}

describe('hints fit the case', () => {
  it('street-view-blurring never suggests a video feed\'s objective or metrics', () => {
    const hints = allHints('street-view-blurring');
    expect(hints.length).toBeGreaterThan(40);
    for (const text of hints) {
      expect(text).not.toContain('P(watch > 30 s');
      expect(text).not.toContain('CTR, watch time per user per day');
      expect(text).not.toMatch(/watch time/i);
    }
  });

  it.each(['street-view-blurring', 'ad-click-prediction', 'payment-fraud'])('%s: the third rung of each topic is the case\'s worked example', (caseId) => {
    const plan = planOf(caseId);
    const examples = plan.case?.examples ?? {};
    for (const topic of plan.steps.flatMap((s) => s.topics)) {
      const rungs = ladder(topic, examples);
      if (examples[topic.id] === undefined) expect(rungs).toEqual(topic.hints);
      else expect(rungs).toEqual([topic.hints[0], topic.hints[1], examples[topic.id]]);
    }
  });

  it('falls back to the catalogue example when the case has none', () => {
    const topic = catalogue.topics.get('ab-testing')!;
    expect(ladder(topic, {})[2]).toBe(topic.hints[2]);
  });
});
