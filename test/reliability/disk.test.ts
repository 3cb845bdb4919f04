// Disk trouble: a full disk, a read-only data folder, failing fsync. The user gets a
// one-line reason (exit 1, no stack), sees any line that could not be kept, and every
// session saved before stays whole. Failures are injected at the store's fs seam; the
// end-to-end tests use a tiny tmpfs and are skipped, saying why, where mount is not allowed.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvent, closeJournal, createJournal, JournalWriteError, reopenJournal, type StoreFs } from '../../src/store/journal.js';
import { readJournal } from '../../src/store/journal-read.js';
import type { SessionEvent } from '../../src/session/events.js';
import { bin, repoRoot } from '../support/home.js';
import { spawnMlsd, type PtyTerminal } from '../support/pty.js';
import { inStep, studyDrill } from '../support/steps.js';

const started: SessionEvent = { type: 'started', at: 1, v: 1, sessionId: 's', caseId: 'visual-search', frameworkId: 'mlsd-45', mode: 'study', strict: false, steps: ['clarify'], source: 'terminal' };
const line = (text: string): SessionEvent => ({ type: 'line', at: 2, step: 'clarify', text });
const paths = () => {
  const h = mkdtempSync(join(tmpdir(), 'mlsd-disk-'));
  return { config: h, data: join(h, 'data') };
};
const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** node:fs with one call failing on cue; `short` makes writeSync write only half of what it is given first. */
function failing(call: keyof StoreFs, code: string, options: { after?: number; short?: boolean } = {}): StoreFs {
  let calls = 0;
  const wrapped = { ...fs } as unknown as Record<string, (...args: unknown[]) => unknown>;
  const real = (fs as unknown as Record<string, (...args: unknown[]) => unknown>)[call]!;
  wrapped[call] = (...args: unknown[]) => {
    if (calls++ < (options.after ?? 0)) return real(...args);
    if (options.short && call === 'writeSync') {
      const [fd, buffer, offset, length] = args as [number, Buffer, number, number];
      real(fd, buffer, offset, Math.floor(length / 2));
      throw fail(code);
    }
    throw fail(code);
  };
  return wrapped as unknown as StoreFs;
}

describe('the journal at its fs seam', () => {
  it.each([
    ['ENOSPC', 'the disk is full (ENOSPC)'],
    ['EROFS', 'the file system is read-only (EROFS)'],
    ['EACCES', 'permission denied (EACCES)'],
  ])('creating a session when open fails with %s: one clear line', (code, words) => {
    expect(() => createJournal(paths(), 'x', failing('openSync', code))).toThrow(`: ${words}`);
  });

  it.each(['mkdirSync', 'chmodSync'] as const)('a data folder that cannot be made (%s) is a user error naming it', (call) => {
    expect(() => createJournal(paths(), 'x', failing(call, 'EROFS'))).toThrow(/cannot save sessions in .*sessions: the file system is read-only \(EROFS\)/);
  });

  it.each([
    ['writeSync', 'ENOSPC', false],
    ['writeSync', 'ENOSPC', true],
    ['writeSync', 'EIO', false],
    ['fsyncSync', 'EIO', false],
    ['fsyncSync', 'ENOSPC', false],
  ] as const)('an append failing in %s with %s (short write: %s) keeps no part of the line and names the event', (call, code, short) => {
    const p = paths();
    const j = createJournal(p, 'x', failing(call, code, { after: 1, short }));
    appendEvent(j, started);
    let error: unknown;
    try {
      appendEvent(j, line('the line that could not be written'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JournalWriteError);
    expect((error as JournalWriteError).event).toMatchObject({ type: 'line', text: 'the line that could not be written' });
    expect((error as Error).message).toMatch(new RegExp(`could not save to .*x\\.jsonl: .*\\(${code}\\).*mlsd resume x`));
    closeJournal(j);
    // What was saved before is intact and nothing torn is left behind.
    expect(readJournal(j.path)).toEqual({ events: [started], warnings: [] });
    const again = reopenJournal(p, 'x');
    appendEvent(again, line('after the disk was freed'));
    closeJournal(again);
    expect(readJournal(j.path).events).toEqual([started, line('after the disk was freed')]);
  });

  it('a partial write that cannot even be undone leaves a torn last line, which reopening cuts', () => {
    const p = paths();
    const j = createJournal(p, 'x');
    appendEvent(j, started);
    closeJournal(j);
    fs.appendFileSync(j.path, '{"type":"line","at":2,"st');
    const again = reopenJournal(p, 'x');
    appendEvent(again, line('whole'));
    closeJournal(again);
    expect(readJournal(j.path)).toEqual({ events: [started, line('whole')], warnings: [] });
  });

  it('reopening a session on a read-only disk is a user error, not a crash', () => {
    const p = paths();
    closeJournal(createJournal(p, 'x'));
    const ro = failing('openSync', 'EROFS');
    expect(() => reopenJournal(p, 'x', ro)).toThrow(/cannot open .*x\.jsonl to continue the session: the file system is read-only \(EROFS\)/);
  });
});

// End to end on a real full or read-only file system: a small tmpfs as MLSD_HOME.
function tryMount(dir: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k,mode=0700', 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount -t tmpfs is not permitted here (${String((error as Error).message).split('\n')[0]})`;
  }
}

describe('a real full disk and a read-only data folder (tmpfs)', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'mlsd-tmpfs-'));
  let skipped: string | null = null;
  beforeAll(() => {
    skipped = tryMount(mountPoint);
    if (skipped) console.log(`disk trouble end-to-end tests skipped: ${skipped}`);
  });
  afterAll(() => {
    if (!skipped) spawnSync('umount', ['-l', mountPoint]);
  });
  const mlsd = (args: string[], input = '') =>
    spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, input, encoding: 'utf8', timeout: 20_000, env: { ...process.env, MLSD_HOME: mountPoint, NO_COLOR: '1' } });
  const answers = join(tmpdir(), `mlsd-answers-${process.pid}.yaml`);
  writeFileSync(answers, 'clarify: the goal is more saves and clicks\n');
  const filler = () => join(mountPoint, 'filler');
  const fillDisk = () => {
    const fd = fs.openSync(filler(), 'w');
    const block = Buffer.alloc(16 * 1024, 1);
    try {
      for (;;) fs.writeSync(fd, block);
    } catch {
      // full
    }
    fs.closeSync(fd);
  };
  const sessionFiles = () => (existsSync(join(mountPoint, 'data', 'sessions')) ? readdirSync(join(mountPoint, 'data', 'sessions')).filter((n) => n.endsWith('.jsonl')).sort() : []);
  const contents = (names: string[]) => names.map((n) => readFileSync(join(mountPoint, 'data', 'sessions', n), 'utf8'));
  /** A saved session to keep intact or export, whichever test runs first. */
  const earlierSession = () => {
    if (sessionFiles().length === 0) expect(mlsd(['drill', 'visual-search', '--answers', answers]).status).toBe(0);
    return sessionFiles();
  };

  it('disk full mid-session: the line that could not be saved is shown, one-line error, exit 1; earlier sessions intact; resume works once there is room', async (ctx) => {
    if (skipped) return ctx.skip();
    const earlier = earlierSession();
    const before = contents(earlier);

    const t: PtyTerminal = spawnMlsd(studyDrill, mountPoint);
    try {
      await inStep(t, ['saved while there was room']);
      fillDisk();
      // Longer than a page, so the write needs a block the disk no longer has.
      const unsaved = `the unsaved line ${'x'.repeat(6000)} end`;
      t.proc.write(`${unsaved}\r`);
      const screen = await t.waitFor(/mlsd: could not save to [^\n]*the disk is full \(ENOSPC\)/, 0, 15_000);
      expect(screen).toContain('Not saved (copy it now):');
      expect(screen.replace(/\s+/g, '')).toContain(unsaved.replace(/\s+/g, ''));
      expect(screen).not.toMatch(/\n\s+at /);
      expect((await t.exited).exitCode).toBe(1);
    } finally {
      t.proc.kill('SIGKILL');
    }
    expect(contents(earlier)).toEqual(before);
    rmSync(filler());
    const current = sessionFiles().find((n) => !earlier.includes(n))!;
    const { events, warnings } = readJournal(join(mountPoint, 'data', 'sessions', current));
    expect(warnings).toEqual([]);
    expect(events.flatMap((e) => (e.type === 'line' ? [e.text] : []))).toEqual(['saved while there was room']);
    const r = spawnMlsd(['resume', current.replace('.jsonl', '')], mountPoint);
    try {
      await r.waitFor('saved while there was room');
      await r.waitFor('/hint /done /skip');
    } finally {
      r.proc.kill('SIGKILL');
    }
  });

  it('disk full before a session starts: one line, exit 1, no empty journal left', (ctx) => {
    if (skipped) return ctx.skip();
    const count = earlierSession().length;
    fillDisk();
    try {
      const r = mlsd(['drill', 'visual-search', '--answers', answers]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^mlsd: .*(ENOSPC)/);
    } finally {
      rmSync(filler());
    }
    const left = sessionFiles().map((n) => readFileSync(join(mountPoint, 'data', 'sessions', n), 'utf8'));
    expect(left.filter((text) => text === '')).toEqual([]);
    expect(sessionFiles().length).toBeLessThanOrEqual(count + 1);
  });

  it('a read-only data folder: new sessions and resume say so in one line, exit 1; export still reads earlier sessions', (ctx) => {
    if (skipped) return ctx.skip();
    const before = contents(earlierSession());
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      const r = mlsd(['drill', 'visual-search', '--answers', answers]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/read-only \(EROFS\)/);
      const id = sessionFiles()[0]!.replace('.jsonl', '');
      const exported = mlsd(['export', id, '--format', 'json']);
      expect(exported.status).toBe(0);
      expect(JSON.parse(exported.stdout)).toMatchObject({ format: 'mlsd-session' });
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
    expect(contents(sessionFiles())).toEqual(before);
  });

  it('resume on a read-only data folder: one line, exit 1', async (ctx) => {
    if (skipped) return ctx.skip();
    const id = earlierSession().at(-1)!.replace('.jsonl', '');
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      const r = spawnMlsd(['resume', id], mountPoint);
      const { exitCode } = await r.exited;
      expect(exitCode).toBe(1);
      expect(r.text()).toMatch(/mlsd: .*read-only \(EROFS\)/);
      expect(r.text()).not.toMatch(/\n\s+at /);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
  });
});
