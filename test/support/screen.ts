// A terminal's output fed to a headless xterm, so a test reads the screen a person would
// see (after cursor moves, erases and wraps), not only the stream of bytes. For where the
// drawing itself is under test: resize, long lines.
import { createRequire } from 'node:module';
import type * as Headless from '@xterm/headless';
import type { Terminal } from './terminal.js';

const require = createRequire(import.meta.url);
const { Terminal: XTerm } = require('@xterm/headless') as typeof Headless;

export interface Screen {
  /** The visible rows, right-trimmed, once the emulator has parsed everything received. */
  rows(): Promise<string[]>;
  /** Resolves with the rows once `shown(rows)` holds, checked after each thing drawn; rejects after `timeoutMs`. */
  until(shown: (rows: string[]) => boolean, what: string, timeoutMs?: number): Promise<string[]>;
  resize(cols: number, rows: number): void;
}

/** The screen of `terminal`, which is `size` now; `resize` changes both the terminal (via `resizeTerminal`) and the screen. */
export function screenOf(terminal: Pick<Terminal, 'onData' | 'raw'>, size: { cols: number; rows: number }, resizeTerminal: (cols: number, rows: number) => void): Screen {
  // A pty's line discipline turns \n into \r\n on the way out; a fake terminal's bytes need the same.
  const xterm = new XTerm({ cols: size.cols, rows: size.rows, allowProposedApi: true, scrollback: 5000, convertEol: true });
  const drawn: (() => void)[] = [];
  xterm.write(terminal.raw());
  terminal.onData((data) => xterm.write(data, () => drawn.forEach((check) => check())));
  const rows = async () => {
    await new Promise<void>((resolve) => xterm.write('', resolve));
    const buffer = xterm.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < xterm.rows; y++) out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return out;
  };
  return {
    rows,
    until(shown, what, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        let settled = false;
        const check = () =>
          void rows().then((now) => {
            if (settled || !shown(now)) return;
            settled = true;
            clearTimeout(timer);
            drawn.splice(drawn.indexOf(check), 1);
            resolve(now);
          });
        const timer = setTimeout(async () => {
          settled = true;
          drawn.splice(drawn.indexOf(check), 1);
          reject(new Error(`timed out waiting until the screen shows ${what}:\n${(await rows()).join('\n')}`));
        }, timeoutMs);
        drawn.push(check);
        check();
      });
    },
    resize(cols, rows) {
      xterm.resize(cols, rows);
      resizeTerminal(cols, rows);
    },
  };
}
