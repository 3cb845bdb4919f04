// What a test does with a terminal, whether a real pseudo-terminal (./pty.ts) or the
// CLI run in this process against a fake one (./tty.ts): type keys, read the screen
// (ANSI stripped) as one growing log, and wait for what should appear — never for a
// fixed time. `since` (from `mark()`) says where in the log to look from.
import { stripVTControlCharacters } from 'node:util';

export interface Exit {
  exitCode: number;
  signal?: number;
}

export interface Terminal {
  /** Everything shown so far, ANSI stripped. */
  text(): string;
  /** The raw bytes shown so far, escape sequences included. */
  raw(): string;
  mark(): number;
  /** Resolves with the log since `since` once `pattern` is in it; rejects after `timeoutMs` with what was shown. */
  waitFor(pattern: string | RegExp, since?: number, timeoutMs?: number): Promise<string>;
  /** Sends keys as typed (or pasted, when several). */
  type(keys: string): Promise<void>;
  /** Types a line and presses Enter. */
  line(text: string): Promise<void>;
  /** Calls `listener` with every chunk the program writes. */
  onData(listener: (data: string) => void): void;
  exited: Promise<Exit>;
}

/** The log, its listeners and waitFor, for a terminal fed by `write`. */
export function outputLog() {
  let raw = '';
  const listeners: ((data: string) => void)[] = [];
  const text = () => stripVTControlCharacters(raw);
  return {
    raw: () => raw,
    text,
    mark: () => text().length,
    onData: (listener: (data: string) => void) => void listeners.push(listener),
    write(data: string) {
      raw += data;
      for (const listener of [...listeners]) listener(data);
    },
    waitFor(pattern: string | RegExp, since = 0, timeoutMs = 10_000): Promise<string> {
      const seen = () => text().slice(since);
      const found = () => (typeof pattern === 'string' ? seen().includes(pattern) : pattern.test(seen()));
      if (found()) return Promise.resolve(seen());
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!found()) return;
          clearTimeout(timer);
          listeners.splice(listeners.indexOf(check), 1);
          resolve(seen());
        };
        const timer = setTimeout(() => {
          listeners.splice(listeners.indexOf(check), 1);
          reject(new Error(`timed out waiting for ${String(pattern)}; screen since mark:\n${seen().slice(-3000)}`));
        }, timeoutMs);
        listeners.push(check);
      });
    },
  };
}

/** Waits until `condition()` holds, checking each time the terminal shows something new (and every 50 ms, for files). */
export function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const check = () => {
      if (condition()) return resolve();
      if (Date.now() > deadline) return reject(new Error(`timed out waiting until ${what}`));
      setTimeout(check, 50);
    };
    check();
  });
}
