// A step's end is checked once: the verdict the journal keeps and the report on screen come from the
// same pass of the coverage checker (and of the red flags), not from two.
import { describe, expect, it, vi } from 'vitest';
import * as coverage from '../../src/coverage/index.js';
import { loadPlan } from '../../src/content/load.js';
import { SessionRun } from '../../src/session/controller.js';
import type { SessionEvent } from '../../src/session/events.js';
import { stepEndText } from '../../src/ui/session-text.js';
import { repoRoot } from '../support/home.js';

vi.mock('../../src/coverage/index.js', async (original) => {
  const actual = await original<typeof coverage>();
  return { ...actual, coverageOf: vi.fn(actual.coverageOf) };
});

describe('the end of a step', () => {
  it.each(['study', 'mock'] as const)('in %s mode is shown from the verdict the journal keeps, without checking again', (mode) => {
    const plan = loadPlan({ bundled: repoRoot, user: '/nonexistent' }, 'mlsd-45', 'visual-search');
    const events: SessionEvent[] = [
      { type: 'started', at: 0, v: 1, sessionId: 's', caseId: 'visual-search', frameworkId: 'mlsd-45', mode, strict: false, steps: plan.steps.map((s) => s.id), source: 'terminal' },
    ];
    let clock = 0;
    const run = new SessionRun(plan, events, { append: (e) => events.push(e), now: () => (clock += 1000) });
    run.startStep(0);
    for (const line of ['About 100M daily users; latency under 200 ms.', 'We will use a ViT model for this.']) run.input(line);
    run.endStep('done');
    const checks = vi.mocked(coverage.coverageOf).mock.calls.length;
    const shown = stepEndText(run.state, plan, 0, 80).join('\n');
    expect(shown).toContain('Scale');
    expect(events.find((e) => e.type === 'step-ended')).toHaveProperty('scored');
    expect(vi.mocked(coverage.coverageOf).mock.calls.length).toBe(checks);
  });
});
