import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mlsd, repoRoot, tempHome } from '../helpers/cli.js';
import { hostileCorpus, hundredMegabytes } from './corpus.js';

const stack = /\n\s+at .+[(:]\d+/;

describe('hostile content', () => {
  it('validate exits 1 with located, stack-free errors over the whole mutated corpus, never hanging', () => {
    const home = tempHome();
    const corpus = hostileCorpus(repoRoot, 2);
    for (const specimen of corpus) {
      mkdirSync(join(home, 'corpus', specimen.dir), { recursive: true });
      writeFileSync(join(home, 'corpus', specimen.dir, `${specimen.name}.yaml`), specimen.bytes);
    }
    writeFileSync(join(home, 'corpus', 'cases', 'big.yaml'), hundredMegabytes());
    const run = mlsd(['validate', join(home, 'corpus')], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(stack);
    const lines = run.stderr.trim().split('\n');
    const located = lines.slice(0, -1);
    expect(located.every((l) => /\.yaml:\d+:\d+ /.test(l))).toBe(true);
    // Every file is judged: each corpus file's name appears, or it was valid.
    expect(lines.at(-1)).toMatch(/^mlsd: \d+ problems in \d+ files$/);
    const files = Number(/in (\d+) files/.exec(lines.at(-1) ?? '')?.[1]);
    expect(files).toBeGreaterThan(corpus.length * 0.8);
    console.log(`hostile corpus: ${corpus.length + 1} files, ${files} rejected with located errors, 0 crashes`);
  });

  it('every command that loads content exits 0 or 1, with no stack, when a user case is hostile', () => {
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
        const run = mlsd(args, { home, input: 'some answer text' });
        runs += 1;
        expect([0, 1], `${specimen.name}: mlsd ${args.join(' ')}\n${run.stderr}`).toContain(run.status);
        expect(run.stderr, `${specimen.name}: mlsd ${args.join(' ')}`).not.toMatch(stack);
        expect(run.stdout + run.stderr).not.toContain('\u001b]0;owned');
      }
    }
    expect(runs).toBe(corpus.length * 5);
  }, 180_000);
});
