// A mock session in a real terminal announces its requirement change, and a resumed session
// announces the same one. The framework is the user's own with steps of seconds, so the
// twist's minute (past such a box, it comes halfway through) arrives while the test waits.
import { afterEach, describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { chooseTwist } from '../../src/session/twist.js';
import { events, repoRoot, tempHome, writeFiles } from '../support/home.js';
import { terminals } from '../support/pty.js';
import { runAtTerminal } from '../support/tty.js';

const start = terminals(afterEach);

const quick = `id: quick
title: Every phase in seconds
steps:
${['clarify', 'frame', 'model', 'evaluate', 'deploy'].map((id) => `  - {id: ${id}, phase: ${id}, title: ${id}, minutes: 0.02, topics: []}`).join('\n')}
`;

function homeWithQuickFramework(): string {
  const home = tempHome();
  writeFiles(home, { 'frameworks/quick.yaml': quick });
  return home;
}

const practice = ['practice', '--case', 'video-recommendation', '--framework', 'quick'];

describe('a requirement change in a terminal session', () => {
  it('a mock session announces the twist chosen from its id, and a resumed one announces the same', async () => {
    const home = homeWithQuickFramework();
    const t = start(practice, home);
    await t.waitFor('Press Enter to start the clock');
    await t.type('\r');
    await t.waitFor('/done /skip');
    let m = t.mark();
    await t.type('\x03');
    await t.waitFor('Save this session and quit?', m);
    await t.type('\r');
    await t.waitFor('Resume with: mlsd resume');
    await t.exited;

    const started = events(home)[0];
    if (started?.type !== 'started') throw new Error('no started event');
    const roots = { bundled: repoRoot, user: home };
    const catalogue = loadCatalogue(roots);
    const plan = planFor(loadFramework(roots, 'quick', catalogue), catalogue, loadCase(roots, 'video-recommendation', catalogue));
    expect(started.twist).toEqual(chooseTwist(plan, started.steps, started.sessionId, 'mock', undefined));
    const planned = started.twist!;
    const says = plan.case!.twists.find((twist) => twist.id === planned.id)!.says;
    expect(events(home).some((e) => e.type === 'twist')).toBe(false);

    const r = start(['resume'], home);
    await r.waitFor('Resuming');
    // Skip to the twist's step; it is announced there once the step's clock reaches its minute.
    for (let n = 1; started.steps[n - 1] !== planned.step; n++) {
      m = r.mark();
      await r.line('/skip');
      await r.waitFor(`Press Enter to start step ${n + 1}/5`, m);
      await r.type('\r');
    }
    await r.waitFor(`Interviewer: ${says.split(' ').slice(0, 5).join(' ')}`);
    expect(events(home).filter((e) => e.type === 'twist')).toEqual([expect.objectContaining({ id: planned.id, step: planned.step, says })]);
  });

  it('--no-twist: a mock session plans none', async () => {
    const home = homeWithQuickFramework();
    const t = runAtTerminal([...practice, '--no-twist'], home);
    await t.waitFor('Press Enter to start the clock');
    const started = events(home)[0];
    expect(started).toMatchObject({ type: 'started', mode: 'mock' });
    expect(started).not.toHaveProperty('twist');
    await t.type('\x03');
    await t.exited;
  });
});
