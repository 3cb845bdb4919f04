import { describe, expect, it } from 'vitest';
import { loadAll, loadCase, loadCatalogue, loadPlan, placementProblems } from '../../src/content/load.js';
import type { Framework, FrameworkStep } from '../../src/content/model.js';
import { planFor } from '../../src/content/plan.js';
import { repoRoot, tempHome, writeFiles } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const newsFeed = loadCase(roots, 'news-feed', catalogue);

const step = (id: string, phase: FrameworkStep['phase'], topicIds: string[]): FrameworkStep => ({ id, title: id, minutes: 5, phase, questions: [], topicIds });
const framework = (steps: FrameworkStep[]): Framework => ({ id: 'two-step', title: 'Two steps', steps, file: 'frameworks/two-step.yaml' });

const stepOf = (fw: Framework, topicId: string) => planFor(fw, catalogue, newsFeed).steps.find((s) => s.topics.some((t) => t.id === topicId))?.id;

describe('case topics in a framework without their near topic', () => {
  // news-feed's topics sit near ml-objective, features (x2) and multi-stage: frame, frame, model.
  const twoStep = framework([step('design', 'frame', ['ml-objective', 'labels']), step('evaluate', 'evaluate', ['offline-metrics', 'ab-testing'])]);

  it.each(newsFeed.topics.filter((t) => t.near !== 'multi-stage').map((t) => [t.id, t.near]))('%s (near %s) joins the frame step, not the last one', (id) => {
    expect(stepOf(twoStep, id)).toBe('design');
  });

  it('leaves a topic whose phase has no step unplaced, and says so', () => {
    const multiStage = newsFeed.topics.find((t) => t.near === 'multi-stage')!;
    const plan = planFor(twoStep, catalogue, newsFeed);
    expect(plan.unplaced?.map((t) => t.id)).toEqual([multiStage.id]);
    expect(plan.steps.at(-1)?.topics.map((t) => t.id)).toEqual(['offline-metrics', 'ab-testing']);
  });

  it('still joins the step holding the near topic when there is one', () => {
    const withFeatures = framework([step('clarify', 'clarify', ['features']), step('rest', 'model', ['multi-stage'])]);
    const affinity = newsFeed.topics.find((t) => t.near === 'features')!;
    expect(stepOf(withFeatures, affinity.id)).toBe('clarify');
  });

  it('mlsd validate and the session report a framework that cannot place a case topic', () => {
    const user = tempHome();
    writeFiles(user, {
      'frameworks/two-step.yaml': [
        'id: two-step', 'title: Two steps', 'steps:',
        '  - {id: design, phase: frame, title: Design, minutes: 10, topics: [ml-objective, labels]}',
        '  - {id: evaluate, phase: evaluate, title: Evaluate, minutes: 5, topics: [offline-metrics]}', '',
      ].join('\n'),
    });
    const userRoots = { bundled: repoRoot, user };
    const problems = placementProblems(loadAll(userRoots)).filter((p) => p.message.includes('news-feed'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toContain('two-step.yaml');
    expect(problems[0]!.message).toMatch(/no model step .*news-feed .*phase: model/);
    expect(() => loadPlan(userRoots, 'two-step', 'news-feed')).toThrow(/no model step/);
  });
});
