import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mlsd } from '../support/cli.js';
import { repoRoot, tempHome } from '../support/home.js';
import { hostileCorpus, hundredMegabytes } from './corpus.js';

const stack = /\n\s+at .+[(:]\d+/;

// Every command over a hostile user case: hostile-corpus.test.ts (in `npm test`).
describe('hostile content, the whole corpus through the built binary', () => {
  it('validate exits 1 with located, stack-free errors over the whole mutated corpus, never hanging', () => {
    const home = tempHome();
    const corpus = hostileCorpus(repoRoot, 2);
    for (const specimen of corpus) {
      mkdirSync(join(home, 'corpus', specimen.dir), { recursive: true });
      writeFileSync(join(home, 'corpus', specimen.dir, `${specimen.name}.yaml`), specimen.bytes);
    }
    writeFileSync(join(home, 'corpus', 'cases', 'big.yaml'), hundredMegabytes());
    // About 700 files, each case file of them parsed in full (a case keeps its first 100 questions): a minute is a hang.
    const run = mlsd(['validate', join(home, 'corpus')], { home, timeout: 60_000 });
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
});
