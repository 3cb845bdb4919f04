// The built CLI in a real pseudo-terminal: for what only a separate process shows —
// signals, kill -9, two terminals at once, a closed window. Everything else about the
// terminal runs in this process against a fake one (./tty.ts), in milliseconds.
import { createRequire } from 'node:module';
import type * as NodePty from 'node-pty';
import type { IPty } from 'node-pty';
import { bin, repoRoot } from './home.js';
import { outputLog, type Exit, type Terminal } from './terminal.js';

const require = createRequire(import.meta.url);
const pty = require('node-pty') as typeof NodePty;

export interface PtyTerminal extends Terminal {
  proc: IPty;
}

export function spawnMlsd(args: string[], home: string, size = { cols: 100, rows: 40 }): PtyTerminal {
  const proc = pty.spawn(process.execPath, [bin, ...args], {
    cols: size.cols,
    rows: size.rows,
    cwd: repoRoot,
    env: { ...process.env, MLSD_HOME: home, FORCE_COLOR: '0', NO_COLOR: '1', TERM: 'xterm-256color' },
  });
  const log = outputLog();
  proc.onData((data) => log.write(data));
  const exited = new Promise<Exit>((resolve) => proc.onExit(resolve));
  return {
    proc,
    text: log.text,
    raw: log.raw,
    mark: log.mark,
    waitFor: log.waitFor,
    onData: log.onData,
    type: async (keys) => proc.write(keys),
    line: async (text) => proc.write(`${text}\r`),
    exited,
  };
}

/** Registers an afterEach that kills every terminal passed to the returned `track`, so a failed assertion never leaves one running. */
export function killAfterEach(afterEach: (fn: () => void) => void): <T extends PtyTerminal>(t: T) => T {
  const running: PtyTerminal[] = [];
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
export function terminals(afterEach: (fn: () => void) => void): (args: string[], home: string) => PtyTerminal {
  const track = killAfterEach(afterEach);
  return (args, home) => track(spawnMlsd(args, home));
}
