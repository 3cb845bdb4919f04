import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { terminals } from '../session/pty.js';

const start = terminals(afterEach);

describe('mlsd check at a terminal', () => {
  it('with no file and standard input a terminal, exits 1 with one line instead of waiting for input', async () => {
    const t = start(['check'], mkdtempSync(join(tmpdir(), 'mlsd-check-')));
    const { exitCode } = await t.exited;
    expect(exitCode).toBe(1);
    expect(t.text().trim().split('\n')).toHaveLength(1);
    expect(t.text()).toMatch(/^mlsd: /);
  });
});
