// A mock session in a real terminal announces its requirement change, and a resumed session
// announces the same one. The case is the user's own copy of video-recommendation whose twists
// come at minute 0, so each is announced as its step starts and the test waits for no clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { chooseTwist } from '../../src/session/twist.js';
import { events, repoRoot, tempHome, writeFiles } from '../support/home.js';
import { terminals } from '../support/pty.js';
import { runAtTerminal } from '../support/tty.js';

const start = terminals(afterEach);
const caseId = 'video-feed-drill';

function homeWithOwnCase(): string {
  const doc = parseDocument(readFileSync(join(repoRoot, 'cases', 'video-recommendation.yaml'), 'utf8'));
  doc.set('id', caseId);
  for (const twist of (doc.get('twists') as YAMLSeq<YAMLMap>).items) twist.set('minute', 0);
  const home = tempHome();
  writeFiles(home, { [`cases/${caseId}.yaml`]: doc.toString() });
  return home;
}

const practice = ['practice', '--case', caseId];

describe('a requirement change in a terminal session', () => {
  it('a mock session announces the twist chosen from its id, and a resumed one announces the same', async () => {
    const home = homeWithOwnCase();
    const t = start(practice, home);
    const banner = await t.waitFor('Press Enter to start the clock');
    expect(banner.replace(/\s+/g, ' ')).toContain('the interviewer will change a requirement mid-session (--no-twist: none)');
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
    const plan = planFor(loadFramework(roots, 'mlsd-45', catalogue), catalogue, loadCase(roots, caseId, catalogue));
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
    const home = homeWithOwnCase();
    const t = runAtTerminal([...practice, '--no-twist'], home);
    const banner = await t.waitFor('Press Enter to start the clock');
    expect(banner).not.toMatch(/change a requirement/);
    const started = events(home)[0];
    expect(started).toMatchObject({ type: 'started', mode: 'mock' });
    expect(started).not.toHaveProperty('twist');
    await t.type('\x03');
    await t.exited;
  });
});
