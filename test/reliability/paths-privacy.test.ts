// Ids and paths: a session argument cannot leave the sessions folder, and a symbolic
// link inside it is not followed. Privacy: whatever the umask, every file under the data
// folder is 0600 and every folder 0700, after a session, an export, history and stats;
// the program has no way to send anything.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJournal, closeJournal } from '../../src/store/journal.js';
import { checkSessionRef, listSessions, resolveSession } from '../../src/store/session-files.js';
import { run } from '../support/cli.js';
import { repoRoot } from '../support/home.js';
import { inStep } from '../support/steps.js';
import { runAtTerminal } from '../support/tty.js';

const home = () => mkdtempSync(join(tmpdir(), 'mlsd-paths-'));
const answers = (h: string) => {
  const file = join(h, 'answers.yaml');
  writeFileSync(file, 'clarify: the goal is more saves\nframe: rank by embedding similarity\n');
  return file;
};

const hostileRefs = ['../x', '../../../../etc/passwd', '/etc/passwd', '%2e%2e%2f%2e%2e%2fetc', '..\\..\\x', 'a/b', '.', '..', 'x.jsonl', 'x y', '20260101-000000-a/../../b'];

describe('session ids that try to leave their folder', () => {
  it.each(hostileRefs)('export and resume refuse %j with one line, exit 1, before touching any file', async (ref) => {
    const h = home();
    for (const command of ['export', 'resume']) {
      const r = await run([command, ref], { home: h });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/is not a session id/);
      expect(existsSync(join(h, 'data'))).toBe(false);
    }
  });

  it.each([...hostileRefs, 'a\u0000b', 'x\n', '', '-'.repeat(300)])('the store refuses %j as a session reference', (ref) => {
    expect(() => checkSessionRef(ref)).toThrow(/is not a session id/);
    expect(() => resolveSession({ config: '/nonexistent', data: '/nonexistent' }, ref)).toThrow(/is not a session id/);
  });

  it('a symbolic link in the sessions folder is not a session: not listed, not resumed, not exported, not read by history', async () => {
    const h = home();
    const outside = join(home(), 'outside.jsonl');
    writeFileSync(
      outside,
      `${JSON.stringify({ type: 'started', at: 1, v: 1, sessionId: '20990101-000000-visual-search', caseId: 'visual-search', frameworkId: 'mlsd-45', mode: 'study', strict: false, steps: ['clarify'], source: 'terminal' })}\n` +
        `${JSON.stringify({ type: 'line', at: 2, step: 'clarify', text: 'OUTSIDE SECRET' })}\n`,
    );
    expect((await run(['drill', 'visual-search', '--answers', answers(h)], { home: h })).status).toBe(0);
    const sessions = join(h, 'data', 'sessions');
    symlinkSync(outside, join(sessions, '20990101-000000-visual-search.jsonl'));
    const paths = { config: h, data: join(h, 'data') };
    expect(listSessions(paths).map((s) => s.id)).not.toContain('20990101-000000-visual-search');
    for (const args of [['export', '20990101-000000-visual-search'], ['export', 'latest'], ['history', '--json'], ['stats', '--json'], ['resume', '20990101']]) {
      const r = await run(args, { home: h });
      expect(`${r.stdout}${r.stderr}`).not.toContain('OUTSIDE SECRET');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await run(['export', '20990101-000000-visual-search'], { home: h })).stderr).toMatch(/no session/);
  });

  it('two journals asked for with the same id get different ids (exclusive create)', () => {
    const h = home();
    const paths = { config: h, data: join(h, 'data') };
    const a = createJournal(paths, '20260101-000000-x');
    const b = createJournal(paths, '20260101-000000-x');
    closeJournal(a);
    closeJournal(b);
    expect([a.id, b.id]).toEqual(['20260101-000000-x', '20260101-000000-x-2']);
  });
});

function walk(dir: string): { path: string; mode: number; dir: boolean }[] {
  const out = [{ path: dir, mode: statSync(dir).mode & 0o777, dir: true }];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else out.push({ path, mode: statSync(path).mode & 0o777, dir: false });
  }
  return out;
}

describe('privacy', () => {
  it('with umask 000, every file under the data folder is 0600 and every folder 0700 after a session, a resume, an export, history, stats and next', async () => {
    const h = home();
    const file = answers(h);
    // Everything below runs in this process (a vitest fork), with the umask a careless shell might have.
    const umask = process.umask(0o000);
    try {
      for (const args of [['drill', 'visual-search', '--answers', file], ['drill', 'news-feed', '--answers', file]]) expect((await run(args, { home: h })).status).toBe(0);
      // An interactive session too (lock file, journal written key by key), saved and resumed.
      for (const args of [['drill', 'visual-search'], ['resume']]) {
        const t = runAtTerminal(args, h);
        if (args[0] === 'drill') await inStep(t, ['a line at the terminal']);
        else await t.waitFor('/hint /done /skip');
        await t.type('\x03');
        await t.waitFor('Save this session and quit?');
        await t.type('\r');
        expect((await t.exited).exitCode).toBe(130);
      }
      for (const args of [['export', 'latest'], ['export', 'latest', '--format', 'json'], ['history'], ['history', '--json'], ['stats'], ['stats', '--json'], ['next']]) {
        const result = await run(args, { home: h });
        expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      }
    } finally {
      process.umask(umask);
    }
    const tree = walk(join(h, 'data'));
    expect(tree.filter((e) => !e.dir).length).toBeGreaterThanOrEqual(4);
    const wrong = tree.filter((e) => e.mode !== (e.dir ? 0o700 : 0o600)).map((e) => `${e.path.slice(h.length)} ${e.mode.toString(8)}`);
    expect(wrong).toEqual([]);
  });

  it('the built program loads no network module and calls no fetch: nothing is sent anywhere', () => {
    const files: string[] = [];
    const collect = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) collect(join(dir, e.name));
        else if (/\.(c|m)?js$/.test(e.name)) files.push(join(dir, e.name));
      }
    };
    collect(join(repoRoot, 'dist'));
    expect(files.length).toBeGreaterThan(0);
    const network = /["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']|\bfetch\(|\bWebSocket\b|\bXMLHttpRequest\b/;
    expect(files.filter((f) => network.test(readFileSync(f, 'utf8'))).map((f) => f.slice(repoRoot.length))).toEqual([]);
  });
});
