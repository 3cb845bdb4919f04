// Issue 14, item 7: every hint names the command the way the user ran it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNameFor } from '../../src/text/command.js';
import { bin, repoRoot, tempHome } from '../support/home.js';

describe('the command name hints use', () => {
  it.each([
    ['a global install or npm link', {}, '/usr/local/bin/mlsd', 'mlsd'],
    ['node bin/mlsd.js in the clone', {}, '/home/me/mlsd/bin/mlsd.js', 'mlsd'],
    ['npx, through its .bin link', { npm_lifecycle_event: 'npx', npm_command: 'exec' }, '/home/me/.npm/_npx/ab12/node_modules/.bin/mlsd', 'npx mlsd'],
    ['an npm script or a local install', { npm_lifecycle_event: 'start' }, '/home/me/app/node_modules/.bin/mlsd', 'npx mlsd'],
    ['npx on Windows, through its shim', { npm_command: 'exec' }, 'C:\\Users\\me\\AppData\\npm-cache\\_npx\\ab\\node_modules\\mlsd\\bin\\mlsd.js', 'npx mlsd'],
    ['a test runner started by npx spawning the clone’s bin', { npm_lifecycle_event: 'npx', npm_command: 'exec' }, '/home/me/mlsd/bin/mlsd.js', 'mlsd'],
    ['a global install on Windows', {}, 'C:\\Users\\me\\AppData\\Roaming\\npm\\node_modules\\mlsd\\bin\\mlsd.js', 'mlsd'],
  ])('%s: %s', (_how, env, script, name) => {
    expect(commandNameFor(env, script)).toBe(name);
  });

  it('no hint in the source spells a bare "mlsd <command>": each goes through command()', () => {
    const commands = 'practice|drill|resume|list|show|check|export|history|stats|next|validate|delete|paths|init|completion';
    const bare = new RegExp(`[\`'"(:] ?mlsd (${commands})\\b`);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'generated') walk(path);
        } else if (name.endsWith('.ts') && name !== 'completion.ts') {
          // (completion.ts: its shell scripts complete the `mlsd` on the PATH, whatever ran them)
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (!/^\s*(\/\/|\*|\/\*)/.test(line) && bare.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(join(repoRoot, 'src'));
    expect(offenders).toEqual([]);
  });

  it('run through a node_modules/.bin link (as npx does), hints and help say "npx mlsd"', () => {
    const dir = tempHome('mlsd-npx-');
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    const link = join(dir, 'node_modules', '.bin', 'mlsd');
    symlinkSync(bin, link);
    const env = { ...process.env, MLSD_HOME: tempHome(), NO_COLOR: '1' };
    const typo = spawnSync(process.execPath, [link, 'show', 'visual-serch'], { encoding: 'utf8', env });
    expect(typo.stderr.trim()).toBe('mlsd: unknown case "visual-serch"; did you mean visual-search? (see: npx mlsd list cases)');
    const help = spawnSync(process.execPath, [link, '--help'], { encoding: 'utf8', env });
    expect(help.stdout).toMatch(/^Usage: npx mlsd /);
    expect(help.stdout).toContain('  npx mlsd drill video-recommendation');
  });
});

describe('output into a pipe closed early', () => {
  it('ends quietly with exit 0, no stack (mlsd list | head -1)', async () => {
    const child = spawn(process.execPath, [bin, 'list', 'topics'], { env: { ...process.env, MLSD_HOME: tempHome() }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the first write
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
