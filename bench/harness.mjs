// Shared timing helpers for bench/*.bench.mjs: paired runs of a command and a
// baseline, interleaved so machine noise hits both alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
export const mlsd = join(repo, 'bin', 'mlsd.js');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function wallMs(args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

export function benchEnv() {
  return { ...process.env, MLSD_HOME: mkdtempSync(join(tmpdir(), 'mlsd-bench-')), NO_COLOR: '1' };
}

/** Median wall time of `node <args>` over `runs` paired runs against `node -e 0`, and their ratio. */
export function ratioToNode(name, args, budget, { runs = 15, env = benchEnv() } = {}) {
  wallMs(['-e', '0'], env);
  wallMs(args, env);
  const base = [];
  const cmd = [];
  for (let i = 0; i < runs; i++) {
    base.push(wallMs(['-e', '0'], env));
    cmd.push(wallMs(args, env));
  }
  const ratio = median(cmd) / median(base);
  return {
    name,
    value: ratio.toFixed(2),
    unit: '× node -e 0',
    budget: `≤ ${budget}×`,
    ok: ratio <= budget,
    detail: `${median(cmd).toFixed(1)} ms vs ${median(base).toFixed(1)} ms, median of ${runs}`,
  };
}
