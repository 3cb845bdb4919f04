import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = join(repoRoot, 'bin', 'mlsd.js');

/** A fresh MLSD_HOME: no reads of the real home in tests. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'mlsd-test-'));
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with no terminal attached. */
export function mlsd(args: string[], options: { home?: string; input?: string; cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, MLSD_HOME: options.home ?? tempHome(), NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
