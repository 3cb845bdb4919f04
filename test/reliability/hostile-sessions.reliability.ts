// Hostile content under saved sessions: the user's own case is replaced, after a session
// on it was saved, by a mutated file (truncated, alias bomb, prototype keys, control
// characters, invalid UTF-8…). Every command that reads sessions — export, history,
// stats, next, resume, practice — exits 0 or 1 with no stack and prints no escape sequence.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mlsd } from '../support/cli.js';
import { repoRoot, tempHome } from '../support/home.js';
import { spawnMlsd } from '../support/pty.js';
import { inStep } from '../support/steps.js';
import { hostileCorpus } from './corpus.js';

const stack = /\n\s+at .+[(:]\d+/;
const bundled = readFileSync(join(repoRoot, 'cases', 'ad-click-prediction.yaml'), 'utf8');
const mine = (text: string) => text.replace(/^id: ad-click-prediction$/m, 'id: mine');
const corpus = hostileCorpus(repoRoot, 1).filter((s) => s.dir === 'cases' && s.name.startsWith('ad-click-prediction'));

/** A home with one finished session on the user's case `mine`, whose file is then replaced by `bytes`. */
function homeWithSession(bytes: Buffer | string): string {
  const home = tempHome();
  mkdirSync(join(home, 'cases'), { recursive: true });
  writeFileSync(join(home, 'cases', 'mine.yaml'), mine(bundled));
  writeFileSync(join(home, 'answers.yaml'), 'clarify: we need scale numbers\nframe: predict the click probability\n');
  const saved = mlsd(['drill', 'mine', '--answers', join(home, 'answers.yaml')], { home });
  expect(saved.status, saved.stderr).toBe(0);
  writeFileSync(join(home, 'cases', 'mine.yaml'), typeof bytes === 'string' ? bytes : mine(bytes.toString('latin1')));
  return home;
}

describe('hostile content under saved sessions', () => {
  it(`export, history, stats and next exit 0 or 1 with no stack over ${corpus.length} mutated case files`, () => {
    let runs = 0;
    for (const specimen of corpus) {
      const home = homeWithSession(specimen.bytes);
      for (const args of [['export', 'latest'], ['history'], ['stats', '--json'], ['next']]) {
        const run = mlsd(args, { home });
        runs++;
        const where = `${specimen.name}: mlsd ${args.join(' ')}\n${run.stderr}`;
        expect([0, 1], where).toContain(run.status);
        expect(run.stderr, where).not.toMatch(stack);
        for (const sequence of ['\u001b]', '\u001b[2J', '\u009b']) expect(run.stdout + run.stderr, where).not.toContain(sequence);
      }
    }
    expect(runs).toBe(corpus.length * 4);
  }, 180_000);

  it.each(corpus.filter((s) => /truncated|alias-bomb|proto-keys|control-chars|invalid-utf8|binary/.test(s.name)).map((s) => [s.name, s.bytes] as const))(
    'resume and practice at a terminal with %s exit 0 or 1 with one clear line, no stack',
    async (_name, bytes) => {
      const home = homeWithSession(bytes);
      // An unfinished session on the damaged case: the answers run finished; start one at the terminal, then damage.
      writeFileSync(join(home, 'cases', 'mine.yaml'), mine(bundled));
      const t = await inStep(spawnMlsd(['drill', 'mine'], home), ['a line before the case file broke']);
      t.proc.kill('SIGKILL');
      await t.exited;
      writeFileSync(join(home, 'cases', 'mine.yaml'), mine(bytes.toString('latin1')));
      for (const args of [['resume'], ['practice']]) {
        const r = spawnMlsd(args, home);
        // Either it ends, or it waits at a prompt: the damage was stripped (control characters,
        // invalid UTF-8) and the case still loads, or practice offers its menu.
        const waiting = r.waitFor(/Which case\?|\/hint \/done \/skip/).then(() => 'waiting' as const, () => 'gone' as const);
        const exit = await Promise.race([r.exited, waiting]);
        const screen = r.text();
        expect(screen).not.toMatch(stack);
        if (exit === 'waiting') {
          r.proc.kill('SIGKILL');
          continue;
        }
        if (exit === 'gone') throw new Error(`${args[0]}: neither ended nor prompted:\n${screen}`);
        expect([0, 1], `${args[0]}: ${screen}`).toContain(exit.exitCode);
        expect(screen).toMatch(/mlsd: /);
        expect(screen).not.toMatch(stack);
      }
    },
    30_000,
  );
});
