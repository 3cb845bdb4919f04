import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import type { Plan } from '../../src/content/model.js';
import type { SessionEvent } from '../../src/session/events.js';

export const repoRoot = join(import.meta.dirname, '..', '..');

export function visualSearchPlan(framework = 'mlsd-45'): Plan {
  return casePlan('visual-search', framework);
}

/** A bundled case planned on a framework, with no user content. */
export function casePlan(caseId: string, framework = 'mlsd-45'): Plan {
  const roots = { bundled: repoRoot, user: mkdtempSync(join(tmpdir(), 'mlsd-user-')) };
  const catalogue = loadCatalogue(roots);
  return planFor(loadFramework(roots, framework, catalogue), catalogue, loadCase(roots, caseId, catalogue));
}

export const started = (over: Partial<Extract<SessionEvent, { type: 'started' }>> = {}): SessionEvent => ({
  type: 'started',
  at: 0,
  v: 1,
  sessionId: 's1',
  caseId: 'visual-search',
  frameworkId: 'mlsd-45',
  mode: 'study',
  strict: false,
  steps: ['clarify', 'frame', 'model', 'evaluate', 'deploy'],
  source: 'terminal',
  ...over,
});

/** Seconds to ms, so the tables read in seconds. */
export const s = (seconds: number): number => seconds * 1000;

/**
 * A case's labelled questions as they stood when the tests' real examples were picked (sets up to blind40):
 * each new set changes which questions asked before are nearest, so an example chosen to show one rule could
 * later be answered by another. The rules themselves are measured on every set by scripts/eval-interviewer.mjs.
 */
export function questionsUpTo40<Q extends { from?: string }>(questions: readonly Q[]): Q[] {
  return questions.filter((q) => {
    const n = /^blind(\d*)$/.exec(q.from ?? '');
    return !n || Number(n[1] || 1) <= 40;
  });
}
