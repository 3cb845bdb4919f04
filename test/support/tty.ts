// The CLI run in this process against a fake terminal: the same commander program,
// handlers, prompts and screen code as `mlsd` in a real one, reading keys from a stream
// that says it is a TTY and drawing into one that keeps every byte. A whole session
// then takes milliseconds. What needs a separate process (signals, kill -9, a lock held
// by another process) runs in a real pseudo-terminal instead (./pty.ts).
import { PassThrough, Writable } from 'node:stream';
import { exitCodeFor } from '../../src/cli/exit.js';
import { buildProgram } from '../../src/cli/program.js';
import type { CliContext } from '../../src/commands/context.js';
import { pathsOf, repoRoot } from './home.js';
import { outputLog, type Exit, type Terminal } from './terminal.js';

/** Keys in: a readable stream that is a terminal, raw mode and all. */
class FakeTtyInput extends PassThrough {
  readonly isTTY = true;
  isRaw = false;
  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    return this;
  }
}

/** The screen: a writable terminal of a size that can change. */
class FakeTtyOutput extends Writable {
  readonly isTTY = true;
  constructor(
    public columns: number,
    public rows: number,
    private readonly show: (text: string) => void,
  ) {
    super({ decodeStrings: false });
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.show(chunk.toString());
    done();
  }
  /** A prompt pipes into the screen and ends its pipe when done (process.stdout is exempt from that); the screen stays. */
  override end(): this {
    return this;
  }
  getColorDepth(): number {
    return 1;
  }
  hasColors(): boolean {
    return false;
  }
}

export interface FakeTerminal extends Terminal {
  /** The terminal is resized, as a window dragged to a new size. */
  resize(cols: number, rows: number): void;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

/** The program's streams: keys in, the screen out (standard error shares the screen, as in a terminal). */
export function fakeTty(size = { cols: 100, rows: 40 }) {
  const log = outputLog();
  const input = new FakeTtyInput();
  const output = new FakeTtyOutput(size.cols, size.rows, log.write);
  return { log, stdin: input as unknown as NodeJS.ReadStream, stdout: output as unknown as NodeJS.WriteStream };
}

/** `mlsd args…` at a (fake) terminal, in this process. */
export function runAtTerminal(args: string[], home: string, size = { cols: 100, rows: 40 }): FakeTerminal {
  const { log, stdin, stdout } = fakeTty(size);
  const ctx: CliContext = {
    paths: pathsOf(home),
    roots: { bundled: repoRoot, user: home },
    stdout,
    stderr: stdout,
    stdin,
    env: { MLSD_HOME: home },
    interactive: true,
  };
  const program = buildProgram(() => ctx, { writeOut: (s) => stdout.write(s), writeErr: (s) => stdout.write(s) });
  const exited: Promise<Exit> = program.parseAsync(['node', 'mlsd', ...args]).then(
    () => ({ exitCode: ctx.exitCode ?? 0 }),
    (error: unknown) => ({ exitCode: exitCodeFor(error, stdout) }),
  );
  return {
    text: log.text,
    raw: log.raw,
    mark: log.mark,
    waitFor: log.waitFor,
    onData: log.onData,
    type: async (keys) => void stdin.push(keys),
    line: async (text) => void stdin.push(`${text}\r`),
    exited,
    stdin,
    stdout,
    resize(cols, rows) {
      Object.assign(stdout, { columns: cols, rows });
      stdout.emit('resize');
    },
  };
}
