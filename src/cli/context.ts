// The real outside world for a command: this process's streams and environment,
// the package's own content beside the user's.
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliContext } from '../commands/context.js';
import { mlsdPaths } from '../store/paths.js';

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
