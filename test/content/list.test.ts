import { describe, expect, it } from 'vitest';
import { run as cli } from '../support/cli.js';

const topicIds = [
  'business-objective', 'scope', 'scale', 'constraints', 'data-availability',
  'ml-objective', 'io-spec', 'task-type', 'labels', 'features', 'data-prep',
  'baseline', 'architecture', 'multi-stage', 'training',
  'offline-metrics', 'online-metrics', 'ab-testing', 'guardrail-metrics',
  'pipelines', 'serving', 'monitoring', 'feedback-loop',
];

describe('mlsd list', () => {
  it('lists the 23 fixed topic ids as JSON', async () => {
    const run = await cli(['list', 'topics', '--json']);
    expect(run.status).toBe(0);
    const topics = JSON.parse(run.stdout) as { id: string }[];
    expect(topics.map((t) => t.id)).toEqual(topicIds);
  });

  it('shows mlsd-45 with its five steps and time boxes', async () => {
    const run = await cli(['list', 'frameworks', '--json']);
    const frameworks = JSON.parse(run.stdout) as { id: string; steps: { id: string; minutes: number; title: string }[] }[];
    const mlsd45 = frameworks.find((f) => f.id === 'mlsd-45');
    expect(mlsd45?.steps.map((s) => [s.id, s.minutes])).toEqual([
      ['clarify', 5], ['frame', 10], ['model', 10], ['evaluate', 10], ['deploy', 10],
    ]);
    expect(mlsd45?.steps[4]?.title).toBe('Deployment, serving and monitoring');
  });

  it('ships a second framework that reuses the same topics', async () => {
    const frameworks = JSON.parse((await cli(['list', 'frameworks', '--json'])).stdout) as { id: string; steps: unknown[] }[];
    expect(frameworks.length).toBeGreaterThanOrEqual(2);
    expect(frameworks.some((f) => f.id !== 'mlsd-45' && f.steps.length === 7)).toBe(true);
  });

  it('lists bundled cases with an id, title and difficulty', async () => {
    const cases = JSON.parse((await cli(['list', 'cases', '--json'])).stdout) as { id: string; difficulty: string }[];
    expect(cases.map((c) => c.id)).toContain('visual-search');
    expect(cases.every((c) => ['easy', 'medium', 'hard'].includes(c.difficulty))).toBe(true);
  });
});
