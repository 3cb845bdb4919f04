// The CLI in a pseudo-terminal whose output is fed to a headless xterm, so a test
// reads the screen a person would see (after cursor moves, erases and wraps),
// not only the stream of bytes. Used where the drawing itself is under test: resize,
// long lines.
import { createRequire } from 'node:module';
import type * as Headless from '@xterm/headless';
import { spawnMlsd, type Terminal } from '../session/pty.js';

const require = createRequire(import.meta.url);
const { Terminal: XTerm } = require('@xterm/headless') as typeof Headless;

export interface Screen extends Terminal {
  /** The visible rows, right-trimmed. */
  rows(): Promise<string[]>;
  resize(cols: number, rows: number): void;
}

export function spawnOnScreen(args: string[], home: string, size = { cols: 100, rows: 40 }): Screen {
  const term = spawnMlsd(args, home, size);
  const xterm = new XTerm({ cols: size.cols, rows: size.rows, allowProposedApi: true, scrollback: 5000 });
  term.proc.onData((d) => xterm.write(d));
  return {
    ...term,
    async rows() {
      // Let the emulator finish parsing what has arrived.
      await new Promise<void>((resolve) => xterm.write('', resolve));
      const buffer = xterm.buffer.active;
      const out: string[] = [];
      for (let y = 0; y < xterm.rows; y++) out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
      return out;
    },
    resize(cols, rows) {
      term.proc.resize(cols, rows);
      xterm.resize(cols, rows);
    },
  };
}
