// Issue 14, item 4: a session whose clock never started leaves nothing a user trips over,
// and saved sessions can be deleted (asked first) and pruned, the history index kept in step.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clockNeverRan, parseLimit, selectSessions } from '../../src/commands/history.js';
import type { SessionRecord } from '../../src/progress/index-schema.js';
import { lockSession } from '../../src/store/lock.js';
import { run } from '../support/cli.js';
import { journals, pathsOf, tempHome } from '../support/home.js';
import { runAtTerminal } from '../support/tty.js';
import { writeJournal, type ScriptedSession } from '../progress/fixtures.js';

const t0 = Date.UTC(2026, 0, 5, 9);
const started = (minute: number, caseId = 'visual-search'): ScriptedSession => ({
  id: `20260105-09${String(minute).padStart(2, '0')}00-${caseId}`,
  caseId,
  at: t0 + minute * 60_000,
  steps: [{ id: 'clarify', seconds: 90, lines: ['Scale: 150M daily users.'] }],
  planned: ['clarify', 'frame'],
  finished: false,
  source: 'terminal',
});
/** Quit at "Press Enter to start the clock", or killed there: only the started event (and a suspension). */
const neverStarted = (minute: number): ScriptedSession => ({ ...started(minute), steps: [], planned: ['clarify', 'frame'] });

function homeWith(...sessions: ScriptedSession[]): string {
  const home = tempHome();
  for (const s of sessions) writeJournal(home, s);
  return home;
}

describe('a session whose clock never started', () => {
  it('at the terminal, Ctrl-C before the clock quits without asking and leaves no journal', async () => {
    const home = tempHome();
    const t = runAtTerminal(['drill', 'visual-search'], home);
    await t.waitFor('Press Enter to start the clock');
    await t.type('\x03');
    await t.waitFor('Nothing saved: the clock had not started.');
    expect((await t.exited).exitCode).toBe(130);
    expect(t.text()).not.toContain('Save this session and quit?');
    expect(journals(home)).toEqual([]);
  });

  it('is not listed by history, which says how many there are and how to remove them', async () => {
    const home = homeWith(started(1), neverStarted(2));
    const result = await run(['history'], { home });
    expect(result.stdout).toContain(started(1).id);
    expect(result.stdout).not.toContain(neverStarted(2).id);
    expect(result.stdout).toMatch(/1 never started the clock \(not listed\); remove them: mlsd history --prune-empty/);
  });

  it('is not what "export latest" exports', async () => {
    const home = homeWith(started(1), neverStarted(2));
    const result = await run(['export', 'latest', '--format', 'json'], { home });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(started(1).id);
    expect(result.stdout).not.toContain(neverStarted(2).id);
  });

  it('history --prune-empty removes only those, and the index follows', async () => {
    const home = homeWith(started(1), neverStarted(2), neverStarted(3));
    await run(['history'], { home }); // builds the index with all three
    const result = await run(['history', '--prune-empty', '--json'], { home });
    expect(result.stderr).toContain('Removed 2 sessions whose clock never started.');
    expect(journals(home).map((p) => p.split('/').at(-1))).toEqual([`${started(1).id}.jsonl`]);
    expect(JSON.parse(result.stdout).map((r: { id: string }) => r.id)).toEqual([started(1).id]);
    expect(readFileSync(`${home}/data/index.jsonl`, 'utf8')).not.toContain(neverStarted(2).id);
  });

  it('history --prune-empty leaves one another terminal has open', async () => {
    const home = homeWith(neverStarted(2));
    const lock = lockSession(pathsOf(home), neverStarted(2).id);
    try {
      const result = await run(['history', '--prune-empty'], { home });
      expect(result.stderr).toContain('No empty sessions to remove.');
      expect(journals(home)).toHaveLength(1);
    } finally {
      lock.release();
    }
  });
});

describe('mlsd delete', () => {
  it('without a terminal refuses unless --yes, and deletes nothing', async () => {
    const home = homeWith(started(1));
    const result = await run(['delete', started(1).id], { home });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`mlsd: not deleting ${started(1).id} without confirmation: run it at a terminal, or add --yes`);
    expect(journals(home)).toHaveLength(1);
  });

  it('with --yes deletes the session by id prefix, and history no longer lists it', async () => {
    const home = homeWith(started(1), started(5, 'news-feed'));
    await run(['history'], { home });
    const result = await run(['delete', '20260105-090100', '--yes'], { home });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Deleted 20260105-090100-visual-search \(visual-search, .*, unfinished, 1 line typed\)\./);
    const listed = JSON.parse((await run(['history', '--json'], { home })).stdout).map((r: { id: string }) => r.id);
    expect(listed).toEqual([started(5, 'news-feed').id]);
  });

  it('at a terminal asks first: no keeps it, yes deletes it', async () => {
    const home = homeWith(started(1));
    const [journal] = journals(home);
    let t = runAtTerminal(['delete', 'latest'], home);
    await t.waitFor('This cannot be undone.');
    await t.line('n');
    await t.waitFor('Nothing deleted.');
    expect(existsSync(journal!)).toBe(true);
    t = runAtTerminal(['delete', 'latest'], home);
    await t.waitFor('This cannot be undone.');
    await t.line('y');
    await t.waitFor('Deleted');
    expect((await t.exited).exitCode).toBe(0);
    expect(existsSync(journal!)).toBe(false);
  });

  it('refuses a session another terminal has open', async () => {
    const home = homeWith(started(1));
    const lock = lockSession(pathsOf(home), started(1).id);
    try {
      const result = await run(['delete', started(1).id, '--yes'], { home });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('is open in another terminal');
      expect(journals(home)).toHaveLength(1);
    } finally {
      lock.release();
    }
  });
});

describe('history --case and --limit', () => {
  const record = (id: string, caseId: string, usedMs = 60_000): SessionRecord =>
    ({ id, caseId, frameworkId: 'mlsd-45', finished: false, stepsEnded: usedMs ? 1 : 0, usedMs }) as SessionRecord;
  const all = [record('c', 'news-feed'), record('b', 'visual-search'), record('empty', 'visual-search', 0), record('a', 'visual-search')];

  it.each([
    [{}, ['c', 'b', 'a']],
    [{ case: 'visual-search' }, ['b', 'a']],
    [{ case: 'Visual-Search' }, ['b', 'a']],
    [{ limit: 1 }, ['c']],
    [{ case: 'visual-search', limit: 1 }, ['b']],
    [{ case: 'nope' }, []],
  ])('%j lists %j', (options, ids) => {
    expect(selectSessions(all, options).map((s) => s.id)).toEqual(ids);
  });

  it('counts a session with no time and no step ended as never started', () => {
    expect(all.filter(clockNeverRan).map((s) => s.id)).toEqual(['empty']);
  });

  it.each(['0', '-1', '2.5', 'ten', ''])('refuses --limit %j in one line', (text) => {
    expect(() => parseLimit(text)).toThrow(/--limit needs a whole number of sessions, 1 or more/);
  });
});
