// Running the CLI in tests. `run` drives the very program bin/mlsd.js runs — commander,
// the handlers, the exit codes — inside the test process, with no terminal, in
// milliseconds. `mlsd` spawns the built binary, for what only a process shows (the
// start-up fast path, umask, a crash's exit code); keep those few.
import { spawnSync } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { exitCodeFor } from '../../src/cli/exit.js';
import { buildProgram } from '../../src/cli/program.js';
import type { CliContext } from '../../src/commands/context.js';
import { bin, pathsOf, repoRoot, tempHome } from './home.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  home?: string;
  /** Standard input (not a terminal). */
  input?: string | Buffer;
  cwd?: string;
  env?: Record<string, string>;
  /** How long it may run before it counts as hanging (default 20 s). */
  timeout?: number;
}

/** Runs the built CLI in a child process with no terminal attached. */
export function mlsd(args: string[], options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
    env: { ...process.env, MLSD_HOME: options.home ?? tempHome(), NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stream that keeps what is written to it, as a terminal of `columns` would receive it. */
export function capture(columns = 100): NodeJS.WriteStream & { text(): string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return Object.assign(stream, { columns, isTTY: false, text: () => text }) as unknown as NodeJS.WriteStream & { text(): string };
}

/** A command's outside world for a home, its output kept: for calling a handler directly. */
export function commandContext(home: string, options: { input?: string | Buffer; stdin?: NodeJS.ReadStream } = {}) {
  const stdout = capture();
  const stderr = capture();
  const stdin = options.stdin ?? (Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]) as unknown as NodeJS.ReadStream);
  const ctx: CliContext = {
    paths: pathsOf(home),
    roots: { bundled: repoRoot, user: home },
    stdout,
    stderr,
    stdin,
    env: { MLSD_HOME: home },
    interactive: false,
  };
  return { ctx, out: { get stdout() { return stdout.text(); }, get stderr() { return stderr.text(); } } };
}

/**
 * The CLI run in this process, as `mlsd args…` with no terminal: the same commander program,
 * handlers and exit codes as bin/mlsd.js, with standard output and error kept.
 */
export async function run(args: string[], options: Pick<RunOptions, 'home' | 'input'> = {}): Promise<Run> {
  const home = options.home ?? tempHome();
  const { ctx, out } = commandContext(home, { input: options.input ?? '' });
  let status: number;
  try {
    const program = buildProgram(() => ctx, { writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) });
    await program.parseAsync(['node', 'mlsd', ...args]);
    status = ctx.exitCode ?? 0;
  } catch (error) {
    status = exitCodeFor(error, ctx.stderr);
  }
  return { status, stdout: out.stdout, stderr: out.stderr };
}
