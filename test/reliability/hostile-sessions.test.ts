// Hostile content under saved sessions, in this process: the user's own case is replaced,
// after sessions on it were saved, by a mutated file. Every command that reads sessions —
// export, history, stats, next, resume and practice at a terminal — ends as a user error or
// in success (never a bug, never a stack) and prints no escape sequence. test:reliability
// runs the same through the built binary in real terminals (hostile-sessions.reliability.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.js';
import { repoRoot, tempHome } from '../support/home.js';
import { runAtTerminal } from '../support/tty.js';
import { writeJournal } from '../progress/fixtures.js';
import { hostileCorpus } from './corpus.js';

const stack = /\n\s+at .+[(:]\d+/;
const bundled = readFileSync(join(repoRoot, 'cases', 'ad-click-prediction.yaml'), 'utf8');
const mine = (text: string) => text.replace(/^id: ad-click-prediction$/m, 'id: mine');
const corpus = hostileCorpus(repoRoot, 1).filter((s) => s.dir === 'cases' && s.name.startsWith('ad-click-prediction'));

/** A home with a finished session (from an answers file) and an unfinished one at a terminal, on the user's case `mine`, whose file is then replaced. */
async function homeWithSessions(bytes: Buffer): Promise<string> {
  const home = tempHome();
  mkdirSync(join(home, 'cases'), { recursive: true });
  writeFileSync(join(home, 'cases', 'mine.yaml'), mine(bundled));
  writeFileSync(join(home, 'answers.yaml'), 'clarify: we need scale numbers\nframe: predict the click probability\n');
  const saved = await run(['drill', 'mine', '--answers', join(home, 'answers.yaml')], { home });
  expect(saved.status, saved.stderr).toBe(0);
  const at = Date.now() + 60_000;
  writeJournal(home, {
    id: '29990101-000000-mine',
    caseId: 'mine',
    at,
    finished: false,
    source: 'terminal',
    planned: ['clarify', 'frame', 'model', 'evaluate', 'deploy'],
    steps: [{ id: 'clarify', lines: ['a line before the case file broke'], ended: null }],
  });
  writeFileSync(join(home, 'cases', 'mine.yaml'), mine(bytes.toString('latin1')));
  return home;
}

describe('hostile content under saved sessions', () => {
  it.each(corpus.map((s) => [s.name, s.bytes] as const))('with %s, export, history, stats, next, resume and practice end in success or one clear line', async (name, bytes) => {
    const home = await homeWithSessions(bytes);
    for (const args of [['export', 'latest'], ['history'], ['stats', '--json'], ['next']]) {
      const result = await run(args, { home });
      const where = `${name}: mlsd ${args.join(' ')}\n${result.stderr}`;
      expect([0, 1], where).toContain(result.status);
      expect(result.stderr, where).not.toMatch(stack);
      for (const sequence of ['\u001b]', '\u001b[2J', '\u009b']) expect(result.stdout + result.stderr, where).not.toContain(sequence);
    }
    for (const args of [['resume'], ['practice']]) {
      const t = runAtTerminal(args, home);
      // It ends at once with one line, or waits at a prompt (the damage was stripped and the case loads, or the menu is offered).
      const prompt = t.waitFor(/Which case\?|\/done \/skip/).then(() => 'prompt' as const, () => 'neither' as const);
      const outcome = await Promise.race([t.exited, prompt]);
      expect(outcome, `${name}: mlsd ${args[0]}:\n${t.text()}`).not.toBe('neither');
      if (outcome === 'prompt') {
        await t.type('\x03');
        if (args[0] === 'resume') {
          await t.waitFor('Save this session and quit?');
          await t.type('\r');
        }
        expect((await t.exited).exitCode).toBe(130);
      } else if (outcome !== 'neither') {
        expect([0, 1], `${name}: mlsd ${args[0]}:\n${t.text()}`).toContain(outcome.exitCode);
        expect(t.text()).toMatch(/mlsd: /);
      }
      expect(t.text()).not.toMatch(stack);
      expect(t.raw()).not.toContain('\u001b]0;owned');
    }
  });
});
