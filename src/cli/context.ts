import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ContentRoots } from '../content/load.js';
import { mlsdPaths, type MlsdPaths } from '../store/paths.js';

/** What a command handler needs from the outside world, passed in so handlers stay testable. */
export interface CliContext {
  paths: MlsdPaths;
  roots: ContentRoots;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
  /** True when both stdin and stdout are terminals: interactive commands may prompt. */
  interactive: boolean;
}

let root: string | undefined;

/** The package's root folder (bundled frameworks, cases, topics), from wherever this module was bundled to. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'frameworks'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('mlsd: cannot find the package root (frameworks/ beside package.json)');
    dir = up;
  }
  root = dir;
  return dir;
}

export function defaultContext(): CliContext {
  const paths = mlsdPaths(process.env);
  return {
    paths,
    roots: { bundled: packageRoot(), user: paths.config },
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  };
}

export function writeLine(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(`${text}\n`);
}
