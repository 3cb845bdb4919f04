// Every case's twists: their own model adaptation reads as adapting (its cues find it), and each
// is placed in a step of the default framework, so a mock session can announce any of them.
import { describe, expect, it } from 'vitest';
import { loadAllValid, loadFramework, planFor } from '../../src/content/load.js';
import { coverageOf } from '../../src/coverage/index.js';
import { twistPlacement } from '../../src/session/twist.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const content = loadAllValid(roots);
const framework = loadFramework(roots, 'mlsd-45', content.catalogue);
const rows = content.cases.flatMap((kase) => kase.twists.map((twist) => [`${kase.id}: ${twist.id}`, kase, twist] as const));

describe('every twist of every case', () => {
  it('has at least two per case', () => {
    for (const kase of content.cases) expect(kase.twists.length, kase.id).toBeGreaterThanOrEqual(2);
  });

  it.each(rows)('%s: its model answer adapts, and it has a step of its phase', (_name, kase, twist) => {
    const topic = { id: `twist:${twist.id}`, title: 'Requirement change', covers: twist.says, hints: [], cues: twist.cues, file: '' };
    expect(coverageOf(twist.answer, [topic], { typed: true })[0]?.covered).toBe(true);
    const plan = planFor(framework, content.catalogue, kase);
    expect(twistPlacement(plan, plan.steps.map((s) => s.id), twist)?.step).toBe(twist.phase);
  });
});
