// Hostile content, in this process: every kind of mutation of each kind of file is
// reported located, and every command that loads content ends as a user error (exit 1)
// or in success, never as a bug (exit 70, a stack). test:reliability runs the whole
// corpus through the built binary (hostile-corpus.reliability.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.js';
import { repoRoot, tempHome } from '../support/home.js';
import { hostileCorpus, hundredMegabytes } from './corpus.js';

const stack = /\n\s+at .+[(:]\d+/;
const seeds = /^(mlsd-45|core|visual-search)-/;

describe('hostile content', () => {
  it('validate exits 1 with located, stack-free errors for every kind of mutation of a framework, a catalogue and a case', async () => {
    const home = tempHome();
    const corpus = hostileCorpus(repoRoot, 1).filter((s) => seeds.test(s.name));
    for (const specimen of corpus) {
      mkdirSync(join(home, 'corpus', specimen.dir), { recursive: true });
      writeFileSync(join(home, 'corpus', specimen.dir, `${specimen.name}.yaml`), specimen.bytes);
    }
    writeFileSync(join(home, 'corpus', 'cases', 'big.yaml'), hundredMegabytes());
    const result = await run(['validate', join(home, 'corpus')], { home });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(stack);
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, -1).every((l) => /\.yaml:\d+:\d+ /.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^mlsd: \d+ problems in \d+ files$/);
    // Every file is judged: most are rejected, each by name.
    const files = Number(/in (\d+) files/.exec(lines.at(-1) ?? '')?.[1]);
    expect(files).toBeGreaterThan(corpus.length * 0.8);
  });

  it('every command that loads content exits 0 or 1, with no stack, when a user case is hostile', async () => {
    const corpus = hostileCorpus(repoRoot, 1).filter((s) => s.dir === 'cases' && s.name.startsWith('ad-click-prediction'));
    let runs = 0;
    for (const specimen of corpus) {
      const home = tempHome();
      mkdirSync(join(home, 'cases'), { recursive: true });
      writeFileSync(join(home, 'cases', 'hostile.yaml'), specimen.bytes);
      writeFileSync(join(home, 'answers.yaml'), 'clarify: we need scale numbers\n');
      for (const args of [
        ['list', 'cases'],
        ['show', 'hostile'],
        ['check', '-', '--case', 'hostile'],
        ['drill', 'hostile', '--answers', join(home, 'answers.yaml')],
        ['validate'],
      ]) {
        const result = await run(args, { home, input: 'some answer text' });
        runs += 1;
        expect([0, 1], `${specimen.name}: mlsd ${args.join(' ')}\n${result.stderr}`).toContain(result.status);
        expect(result.stderr, `${specimen.name}: mlsd ${args.join(' ')}`).not.toMatch(stack);
        expect(result.stdout + result.stderr).not.toContain('\u001b]0;owned');
      }
    }
    expect(runs).toBe(corpus.length * 5);
    // Validation ran here, in this process: a prototype key in any of them polluted nothing.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);
});
