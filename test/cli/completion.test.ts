// Issue 14, item 13: shell completion. The candidates are a pure function of the words
// typed, the command surface and the ids on disk; each script is valid in its shell,
// and the bash one completes through the real binary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { surfaceOf } from '../../src/cli/surface.js';
import { completions, idSources, type IdSources } from '../../src/commands/complete.js';
import { completionScripts, shells } from '../../src/commands/completion.js';
import { run } from '../support/cli.js';
import { bin, pathsOf, repoRoot, tempHome } from '../support/home.js';
import { writeJournal } from '../progress/fixtures.js';

const surface = surfaceOf(buildProgram(() => {
  throw new Error('no command runs here');
}));
const ids: IdSources = {
  cases: () => ['news-feed', 'video-recommendation', 'visual-search'],
  frameworks: () => ['mlsd-45', 'mlsd-60'],
  steps: (framework) => (framework === 'mlsd-60' ? [{ id: 'monitor', title: 'Monitoring' }] : [{ id: 'clarify', title: 'Clarify requirements' }, { id: 'evaluate', title: 'Evaluation' }]),
  sessions: () => ['20260105-090000-visual-search'],
};
const values = (words: string[]) => completions(words, surface, ids).map((line) => line.split('\t')[0]);

describe('completion candidates', () => {
  it.each([
    [['dr'], ['drill']],
    [['drill', 'vi'], ['video-recommendation', 'visual-search']],
    [['drill', 'VIS'], ['visual-search']],
    [['drill', 'visual-search', '--st'], ['--step', '--strict']],
    [['drill', 'visual-search', '--step', ''], ['clarify', 'evaluate']],
    [['drill', 'x', '--framework', 'mlsd-60', '--step', ''], ['monitor']],
    [['drill', 'x', '--framework', ''], ['mlsd-45', 'mlsd-60']],
    [['drill', 'x', '--mode', ''], ['mock', 'study']],
    [['practice', '--case', 'n'], ['news-feed']],
    [['show', '--full', 'news'], ['news-feed']],
    [['export', ''], ['latest', '20260105-090000-visual-search']],
    [['export', '--format', ''], ['md', 'json']],
    [['resume', '2026'], ['20260105-090000-visual-search']],
    [['delete', 'l'], ['latest']],
    [['list', ''], ['cases', 'frameworks', 'topics']],
    [['init', ''], ['case', 'framework']],
    [['completion', ''], ['bash', 'zsh', 'fish']],
    [['check', ''], []],
    [['drill', 'x', '--answers', ''], []],
    [['drill', 'visual-search', ''], []],
    [['nonsense', ''], []],
    [['--v'], ['--version']],
  ])('after mlsd %j: %j', (words, expected) => {
    expect(values(words)).toEqual(expected);
  });

  it('offers every visible command, each with its description, and not the hidden one', () => {
    const lines = completions([''], surface, ids);
    expect(lines).toContain('drill\tstraight into one case: all steps, or one with --step');
    for (const name of ['practice', 'drill', 'resume', 'list', 'show', 'check', 'export', 'history', 'delete', 'stats', 'next', 'paths', 'init', 'completion', 'validate']) {
      expect(lines.map((l) => l.split('\t')[0])).toContain(name);
    }
    expect(lines.join('\n')).not.toContain('__complete');
  });

  it('reads ids from a home: its own case, its sessions, a framework\'s steps', () => {
    const home = tempHome();
    writeFileSync(join(home, 'x'), '');
    writeJournal(home, { id: '20260105-090000-visual-search', at: Date.UTC(2026, 0, 5, 9), steps: [{ id: 'clarify' }] });
    const real = idSources(pathsOf(home), { bundled: repoRoot, user: home });
    expect(real.cases()).toContain('visual-search');
    expect(real.frameworks()).toEqual(expect.arrayContaining(['mlsd-45', 'mlsd-60']));
    expect(real.steps('mlsd-45').map((s) => s.id)).toEqual(['clarify', 'frame', 'model', 'evaluate', 'deploy']);
    expect(real.steps('nope')).toEqual([]);
    expect(real.sessions()).toEqual(['20260105-090000-visual-search']);
  });
});

describe('completion scripts', () => {
  it.each(shells)('mlsd completion %s prints the script', async (shell) => {
    const result = await run(['completion', shell]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${completionScripts[shell].trimEnd()}\n`);
    expect(result.stdout).toContain('mlsd __complete --');
  });

  it.each(shells)('the %s script parses in its shell (skipped where the shell is not installed)', (shell) => {
    const found = spawnSync(shell, ['-c', 'exit 0']);
    if (found.error) return;
    const file = join(mkdtempSync(join(tmpdir(), 'mlsd-completion-')), `mlsd.${shell}`);
    writeFileSync(file, completionScripts[shell]);
    const checked = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });

  it('in bash, completes a case id and a step id through the built mlsd', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-completion-'));
    const script = join(dir, 'mlsd.bash');
    writeFileSync(script, completionScripts.bash);
    const probe = [
      `mlsd() { "${process.execPath}" "${bin}" "$@"; }`,
      `source "${script}"`,
      'COMP_WORDS=(mlsd drill visual-s); COMP_CWORD=2; _mlsd_complete; echo "${COMPREPLY[*]}"',
      'COMP_WORDS=(mlsd drill visual-search --step ev); COMP_CWORD=4; _mlsd_complete; echo "${COMPREPLY[*]}"',
    ].join('\n');
    const result = spawnSync('bash', ['-c', probe], { encoding: 'utf8', env: { ...process.env, MLSD_HOME: tempHome() } });
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['visual-search', 'evaluate']);
  });
});
