import { describe, expect, it } from 'vitest';
import { mlsd } from '../helpers/cli.js';

describe('command surface', () => {
  it('prints the version and exits 0', () => {
    const run = mlsd(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists every command of the contract in --help', () => {
    const run = mlsd(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['practice', 'drill', 'resume', 'list', 'show', 'check', 'export', 'history', 'stats', 'validate']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('prints the same help from the fast path as commander does', () => {
    const fast = mlsd(['--help']);
    const commander = mlsd(['help']);
    expect(commander.status).toBe(0);
    expect(fast.stdout).toBe(commander.stdout);
    expect(mlsd([]).stdout).toBe(commander.stdout);
  });

  it.each([
    [['list', 'bogus']],
    [['drill']],
    [['frobnicate']],
    [['export', 'latest', '--format', 'pdf']],
  ])('exits 2 on the usage error %j', (args) => {
    const run = mlsd(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: /m);
  });

  it('refuses an id that tries to leave its folder, before touching any file', () => {
    const run = mlsd(['show', '../../etc/passwd']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('invalid case id');
  });

  it('suggests the closest case id for a typo, in one line', () => {
    const run = mlsd(['show', 'visual-serch']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('mlsd: unknown case "visual-serch"; did you mean visual-search? (see: mlsd list cases)');
  });
});
