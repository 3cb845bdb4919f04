// Two terminals at once: sessions started together get their own ids and files; a
// session open in one terminal cannot be resumed in another; a crashed one can be
// resumed at once.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { readJournal } from '../../src/store/journal-read.js';
import { lockSession } from '../../src/store/lock.js';
import { bin, repoRoot } from '../support/home.js';
import { terminals, type PtyTerminal } from '../support/pty.js';
import { inStep, studyDrill } from '../support/steps.js';

const run = promisify(execFile);
const home = () => mkdtempSync(join(tmpdir(), 'mlsd-two-'));
const sessions = (h: string) => join(h, 'data', 'sessions');
const journals = (h: string) => readdirSync(sessions(h)).filter((n) => n.endsWith('.jsonl')).sort();
const lines = (h: string, name: string) => readJournal(join(sessions(h), name)).events.flatMap((e) => (e.type === 'line' ? [e.text] : []));
const start = terminals(afterEach);

const drillIn = (h: string): Promise<PtyTerminal> => inStep(start(studyDrill, h));

describe('two sessions at once', () => {
  it('six sessions started in the same second get six ids and six whole journals; history lists all six', async () => {
    const h = home();
    const answers = join(h, 'answers.yaml');
    writeFileSync(answers, 'clarify: the goal is more saves\nframe: rank by embedding similarity\n');
    const env = { ...process.env, MLSD_HOME: h, NO_COLOR: '1' };
    const results = await Promise.all(
      Array.from({ length: 6 }, () => run(process.execPath, [bin, 'drill', 'visual-search', '--answers', answers, '--json'], { cwd: repoRoot, env })),
    );
    const ids = results.map((r) => (JSON.parse(r.stdout) as { id: string }).id);
    expect(new Set(ids).size).toBe(6);
    expect(journals(h)).toHaveLength(6);
    for (const name of journals(h)) {
      const { events, warnings } = readJournal(join(sessions(h), name));
      expect(warnings).toEqual([]);
      expect(`${(events[0] as { sessionId: string }).sessionId}.jsonl`).toBe(name);
      expect(events.filter((e) => e.type === 'started')).toHaveLength(1);
      expect(events.at(-1)?.type).toBe('finished');
    }
    const history = await run(process.execPath, [bin, 'history', '--json'], { cwd: repoRoot, env });
    expect((JSON.parse(history.stdout) as { id: string }[]).map((s) => s.id).sort()).toEqual([...ids].sort());
  });

  it('two terminals typing at once each keep only their own lines', async () => {
    const h = home();
    const [a, b] = await Promise.all([drillIn(h), drillIn(h)]);
    for (let i = 0; i < 6; i++) {
      await Promise.all([a.line(`terminal A line ${i}`), b.line(`terminal B line ${i}`)]);
    }
    await a.waitFor('• terminal A line 5');
    await b.waitFor('• terminal B line 5');
    const [first, second] = journals(h);
    const byFile = [lines(h, first!), lines(h, second!)].sort((x, y) => x[0]!.localeCompare(y[0]!));
    expect(byFile).toEqual([
      Array.from({ length: 6 }, (_, i) => `terminal A line ${i}`),
      Array.from({ length: 6 }, (_, i) => `terminal B line ${i}`),
    ]);
  });
});

describe('one session, one terminal', () => {
  it('resume of a session open in another terminal is refused with a clear message, and the open one goes on', async () => {
    const h = home();
    const a = await drillIn(h);
    await a.line('typed in terminal A');
    const [name] = journals(h);
    const id = name!.replace(/\.jsonl$/, '');
    const b = start(['resume', id], h);
    await b.waitFor(/is open in another terminal \(process \d+\)/);
    expect((await b.exited).exitCode).toBe(1);
    expect(b.text()).not.toMatch(/\n\s+at /);
    const latest = start(['resume'], h);
    await latest.waitFor('is open in another terminal');
    await a.line('still typing in terminal A');
    await a.waitFor('• still typing in terminal A');
    expect(lines(h, name!)).toEqual(['typed in terminal A', 'still typing in terminal A']);
  });

  it('after kill -9 the session resumes at once (the dead process holds no lock), and two resumes racing get one session', async () => {
    const h = home();
    const a = await drillIn(h);
    await a.line('before the crash');
    await a.waitFor('• before the crash');
    a.proc.kill('SIGKILL');
    await a.exited;
    expect(readdirSync(join(h, 'data', 'locks'))).toHaveLength(1); // left behind by the dead process
    const [r1, r2] = [start(['resume'], h), start(['resume'], h)];
    const outcome = await Promise.all(
      [r1, r2].map((r) =>
        Promise.race([r.waitFor('/hint /done /skip', 0, 15_000).then(() => 'resumed'), r.exited.then(() => (r.text().includes('is open in another terminal') ? 'refused' : r.text()))]),
      ),
    );
    expect(outcome.sort()).toEqual(['refused', 'resumed']);
  });

  it('a lock is released when its session closes, and a live holder is never taken over', () => {
    const h = home();
    const paths = { config: h, data: join(h, 'data') };
    const lock = lockSession(paths, '20260101-000000-x');
    expect(() => lockSession(paths, '20260101-000000-x')).toThrow(/is open in another terminal \(process \d+\)/);
    lock.release();
    lockSession(paths, '20260101-000000-x').release();
    expect(readdirSync(join(h, 'data', 'locks'))).toEqual([]);
    // A lock file of a live process (this one's parent) is respected.
    writeFileSync(join(h, 'data', 'locks', '20260101-000000-y.lock'), JSON.stringify({ pid: process.ppid, host: hostname(), at: 1 }));
    expect(() => lockSession(paths, '20260101-000000-y')).toThrow(/open in another terminal/);
    expect(readFileSync(join(h, 'data', 'locks', '20260101-000000-y.lock'), 'utf8')).toContain(String(process.ppid));
  });
});
