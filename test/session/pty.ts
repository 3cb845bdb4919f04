// Drives the built CLI through a real pseudo-terminal: type keys, read the screen
// (ANSI stripped). Output is one growing log; `since` marks where to look from.
import { createRequire } from 'node:module';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import type * as NodePty from 'node-pty';
import type { IPty } from 'node-pty';

const require = createRequire(import.meta.url);
const pty = require('node-pty') as typeof NodePty;

export const repoRoot = join(import.meta.dirname, '..', '..');
export const bin = join(repoRoot, 'bin', 'mlsd.js');

export interface Terminal {
  proc: IPty;
  text(): string;
  mark(): number;
  waitFor(pattern: string | RegExp, since?: number, timeoutMs?: number): Promise<string>;
  type(keys: string): Promise<void>;
  line(text: string): Promise<void>;
  exited: Promise<{ exitCode: number; signal?: number }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function spawnMlsd(args: string[], home: string, size = { cols: 100, rows: 40 }): Terminal {
  const proc = pty.spawn(process.execPath, [bin, ...args], {
    cols: size.cols,
    rows: size.rows,
    cwd: repoRoot,
    env: { ...process.env, MLSD_HOME: home, FORCE_COLOR: '0', NO_COLOR: '1', TERM: 'xterm-256color' },
  });
  let raw = '';
  proc.onData((d) => (raw += d));
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => proc.onExit(resolve));
  const text = () => stripVTControlCharacters(raw);
  const term: Terminal = {
    proc,
    text,
    mark: () => text().length,
    async waitFor(pattern, since = 0, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const seen = text().slice(since);
        if (typeof pattern === 'string' ? seen.includes(pattern) : pattern.test(seen)) return seen;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}; screen since mark:\n${seen.slice(-3000)}`);
        await sleep(25);
      }
    },
    async type(keys) {
      proc.write(keys);
      await sleep(60);
    },
    async line(textLine) {
      proc.write(textLine);
      await sleep(40);
      proc.write('\r');
      await sleep(120);
    },
    exited,
  };
  return term;
}

/** Registers an afterEach that kills every terminal passed to the returned `track`, so a failed assertion never leaves one running. */
export function killAfterEach(afterEach: (fn: () => void) => void): <T extends Terminal>(t: T) => T {
  const running: Terminal[] = [];
  afterEach(() => {
    for (const t of running.splice(0)) {
      try {
        t.proc.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  return (t) => {
    running.push(t);
    return t;
  };
}

/** A `start(args, home)` for a test file: every terminal it spawns is killed after each test. */
export function terminals(afterEach: (fn: () => void) => void): (args: string[], home: string) => Terminal {
  const track = killAfterEach(afterEach);
  return (args, home) => track(spawnMlsd(args, home));
}
