// What `npm install mlsd` gets: the bundle and the content, nothing else, and no
// dependency to install, since the bundle in dist/ carries everything it runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempHome } from '../support/home.js';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown> & { exports: Record<string, unknown> };

describe('the package', () => {
  // `npm pack` as publishing would, unpacked where no node_modules can be found.
  let unpacked = '';
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-pack-'));
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string }[];
    execFileSync('tar', ['-xzf', join(dir, packed!.filename), '-C', dir]);
    unpacked = join(dir, 'package');
  });

  it('holds the bin, the bundle, the content, the schemas and the licence, and nothing else', () => {
    expect(readdirSync(unpacked).sort()).toEqual(['LICENSE', 'README.md', 'bin', 'cases', 'dist', 'frameworks', 'package.json', 'schemas', 'topics']);
    expect(readFileSync(join(unpacked, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(manifest.license).toBe('MIT');
    // Every path the exports map names is there.
    for (const path of JSON.stringify(manifest.exports).match(/"\.\/[^"*]+"/g)!.map((p) => p.slice(3, -1))) expect(existsSync(join(unpacked, path)), path).toBe(true);
  });

  it('installs no dependency, and runs from its own files alone', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    const home = tempHome();
    writeFileSync(join(home, 'answers.yaml'), 'clarify: the goal is more saves; 150M DAU\n');
    // The YAML parser, the validators, the session store, coverage and the history index, all from dist/.
    for (const args of [['validate'], ['drill', 'visual-search', '--answers', join(home, 'answers.yaml'), '--json'], ['stats', '--json']]) {
      const run = spawnSync(process.execPath, [join(unpacked, 'bin', 'mlsd.js'), ...args], { cwd: unpacked, encoding: 'utf8', env: { ...process.env, MLSD_HOME: home, NODE_PATH: '' } });
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    }
  });
});
