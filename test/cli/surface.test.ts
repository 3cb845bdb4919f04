import { describe, expect, it } from 'vitest';
import { mlsd, run } from '../support/cli.js';

describe('command surface', () => {
  // The built binary: --version and --help are answered on a fast path before commander loads.
  it('prints the version from package.json and exits 0', async () => {
    const result = mlsd(['--version']);
    expect(result.status).toBe(0);
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(result.stdout.trim()).toBe(version);
  });

  it('lists every command of the contract in --help', () => {
    const result = mlsd(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['practice', 'drill', 'resume', 'list', 'show', 'check', 'export', 'history', 'stats', 'validate']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('prints the same help from the fast path as commander does', async () => {
    const fast = mlsd(['--help']);
    const commander = await run(['help']);
    expect(commander.status).toBe(0);
    expect(fast.stdout).toBe(commander.stdout);
    expect(mlsd([]).stdout).toBe(commander.stdout);
  });

  it.each([
    [['list', 'bogus']],
    [['drill']],
    [['frobnicate']],
    [['export', 'latest', '--format', 'pdf']],
  ])('exits 2 on the usage error %j', async (args) => {
    const result = await run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: /m);
  });

  it('refuses an id that tries to leave its folder, before touching any file', async () => {
    const result = await run(['show', '../../etc/passwd']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('invalid case id');
  });

  it('suggests the closest case id for a typo, in one line', async () => {
    const result = await run(['show', 'visual-serch']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('mlsd: unknown case "visual-serch"; did you mean visual-search? (see: mlsd list cases)');
  });
});
