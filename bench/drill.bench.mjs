// From spawning `mlsd drill <case>` on a terminal to its first prompt drawn,
// against `node -e 0` spawned the same way (to its exit), paired and interleaved.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchEnv, median, mlsd, repo } from './harness.mjs';

const require = createRequire(import.meta.url);
const pty = require('node-pty');

const firstPrompt = 'Press Enter to start the clock';

function timeInPty(args, env, until) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const proc = pty.spawn(process.execPath, args, { cols: 100, rows: 30, cwd: repo, env });
    let out = '';
    let settled = false;
    const finish = (error) => {
      if (settled) return;
      settled = true;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(ms);
    };
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      finish(new Error(`${args.join(' ')}: no "${until}" within 10 s:\n${out.slice(-500)}`));
    }, 10_000);
    proc.onData((data) => {
      out += data;
      if (until && out.includes(until)) {
        finish();
        proc.kill('SIGKILL');
      }
    });
    proc.onExit(() => (until ? finish(new Error(`${args.join(' ')} exited before "${until}":\n${out.slice(-500)}`)) : finish()));
  });
}

export default async function drillBench({ runs = 12 } = {}) {
  const env = { ...benchEnv(), FORCE_COLOR: '0' };
  const drill = [mlsd, 'drill', 'visual-search'];
  await timeInPty(['-e', '0'], env);
  await timeInPty(drill, env, firstPrompt);
  const base = [];
  const cmd = [];
  for (let i = 0; i < runs; i++) {
    base.push(await timeInPty(['-e', '0'], env));
    cmd.push(await timeInPty(drill, env, firstPrompt));
  }
  const ratio = median(cmd) / median(base);
  const loaded = await modulesBeforePrompt(drill, env);
  return [
    {
      name: 'mlsd drill: first prompt on a terminal',
      value: ratio.toFixed(2),
      unit: '× node -e 0',
      budget: '≤ 1.5×',
      ok: ratio <= 1.5,
      detail: `${median(cmd).toFixed(1)} ms vs ${median(base).toFixed(1)} ms, median of ${runs} paired runs in a pty; ${loaded.modules} modules (${Math.round(loaded.bytes / 1024)} KB) loaded before the prompt, the session program ${loaded.cached ? 'from' : 'without'} its code cache`,
    },
  ];
}

/**
 * The module files a drill loads before its first prompt, and their size: what start-up work shows without
 * timing noise. The session program itself (dist/run-session.cjs) is read by src/cli/cached-program.ts, not
 * through the module loader, so it is counted here.
 */
async function modulesBeforePrompt(drill, env) {
  const log = join(mkdtempSync(join(tmpdir(), 'mlsd-bench-load-')), 'modules.log');
  await timeInPty(['--import', new URL('./load-log.mjs', import.meta.url).href, ...drill], { ...env, MLSD_BENCH_LOAD_LOG: log }, firstPrompt);
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const program = join(repo, 'dist', 'run-session.cjs');
  return {
    modules: lines.length + 1,
    bytes: lines.reduce((sum, line) => sum + Number(line.split('\t')[1]), 0) + statSync(program).size,
    cached: existsSync(`${program}.cache`),
  };
}
