import { describe, expect, it } from 'vitest';
import { tempHome } from '../support/home.js';
import { runAtTerminal } from '../support/tty.js';

describe('mlsd check at a terminal', () => {
  it('with no file and standard input a terminal, exits 1 with one line instead of waiting for input', async () => {
    const t = runAtTerminal(['check'], tempHome());
    const { exitCode } = await t.exited;
    expect(exitCode).toBe(1);
    expect(t.text().trim().split('\n')).toHaveLength(1);
    expect(t.text()).toMatch(/^mlsd: /);
  });
});
