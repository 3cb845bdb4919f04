import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import { referencePhases } from '../../src/content/model.js';
import { run as cli } from '../support/cli.js';
import { repoRoot, tempHome } from '../support/home.js';

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
  'notification-ranking',
];

const referenceOf = (id: string) => {
  const kase = loadCase(roots, id, catalogue);
  return referencePhases.flatMap((phase) => kase.reference[phase] ?? []).join('\n');
};

describe('the case library', () => {
  it('lists the ten cases', async () => {
    const listed = JSON.parse((await cli(['list', 'cases', '--json'])).stdout) as { id: string }[];
    expect(listed.map((c) => c.id).sort()).toEqual([...caseIds].sort());
  });

  it.each(caseIds)('%s: reference outline has ≥ 250 words and covers ≥ 21 of 23 topics by `mlsd check`', async (id) => {
    const reference = referenceOf(id);
    expect(reference.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(250);
    const run = await cli(['check', '-', '--framework', 'mlsd-45', '--json'], { input: reference });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { topics: { id: string; covered: boolean }[] };
    const missed = result.topics.filter((t) => !t.covered).map((t) => t.id);
    expect(result.topics).toHaveLength(23);
    expect(missed.length, `missed: ${missed.join(', ')}`).toBeLessThanOrEqual(2);
  });

  it.each(caseIds)('%s: the brief and the reference print as readable text', async (id) => {
    const brief = await cli(['show', id, '--full']);
    expect(brief.status).toBe(0);
    expect(brief.stdout).toContain('What you can ask the interviewer');
    expect(brief.stdout).toContain('Common pitfalls');
    const reference = await cli(['show', id, '--reference']);
    expect(reference.status).toBe(0);
    expect(reference.stdout.indexOf('Clarify requirements')).toBeLessThan(reference.stdout.indexOf('Deployment, serving and monitoring'));
  });
});
