import { describe, expect, it } from 'vitest';
import { tempHome } from '../support/home.js';
import { runAtTerminal } from '../support/tty.js';

describe('mlsd check at a terminal', () => {
  it('with no file and standard input a terminal, exits 1 with one line instead of waiting for input', async () => {
    const t = runAtTerminal(['check'], tempHome());
    const { exitCode } = await t.exited;
    expect(exitCode).toBe(1);
    expect(t.text().trim().split('\n')).toHaveLength(1);
    expect(t.text()).toMatch(/^mlsd: .*or type it \(mlsd check -\)/);
  });

  it('with "-", says how to end, reads what is typed until Ctrl-D (end of input), then checks it', async () => {
    const t = runAtTerminal(['check', '-', '--step', 'evaluate'], tempHome());
    await t.waitFor('Paste or type your answer; Ctrl-D to finish.');
    await t.type('Offline we track recall@k and NDCG on a held-out week.\n');
    await t.type('Online, an A/B test with control and treatment on click-through rate.\n');
    t.stdin.push(null); // Ctrl-D on an empty line: the terminal ends the input
    expect((await t.exited).exitCode).toBe(0);
    expect(t.text()).toMatch(/✓ .*\n/);
    expect(t.text()).toMatch(/\d+\/\d+ topics covered/);
  });
});
