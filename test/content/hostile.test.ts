import { symlinkSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/text/plain.js';
import { run as cli } from '../support/cli.js';
import { repoRoot, tempHome, writeFiles } from '../support/home.js';

const visualSearch = readFileSync(join(repoRoot, 'cases', 'visual-search.yaml'), 'utf8');

describe('plain()', () => {
  it.each([
    ['clear screen', 'a\u001b[2Jb', 'ab'],
    ['retitle (OSC)', 'x\u001b]0;pwned\u0007y', 'xy'],
    ['bell and backspace', 'a\u0007\u0008b', 'ab'],
    ['C1 CSI', 'a\u009b31mb', 'ab'],
    ['keeps newlines and tabs', 'a\n\tb', 'a\n\tb'],
    ['keeps unicode', 'café → ✓', 'café → ✓'],
  ])('%s', async (_name, input, expected) => {
    expect(plain(input)).toBe(expected);
  });
});

describe('hostile content', () => {
  it('cannot clear the screen or retitle the terminal through a case file', async () => {
    const home = tempHome();
    const evil = visualSearch
      .replace('id: visual-search', 'id: evil')
      .replace(/^title: .*$/m, 'title: "Evil\\e[2J\\e]0;owned\\a case"');
    writeFiles(home, { 'cases/evil.yaml': evil });
    const run = await cli(['show', 'evil'], { home });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Evil case');
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).not.toContain("\u0007");
  });

  it('refuses a link in the user content folder that leads outside it', async () => {
    const home = tempHome();
    const outside = join(tempHome(), 'secret.yaml');
    writeFileSync(outside, visualSearch.replace('id: visual-search', 'id: leak'));
    mkdirSync(join(home, 'cases'), { recursive: true });
    symlinkSync(outside, join(home, 'cases', 'leak.yaml'));
    const run = await cli(['show', 'leak'], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('a link that leads outside');
  });

  it.each([
    ['an alias bomb', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n'],
    ['deep nesting', `${'['.repeat(50_000)}${']'.repeat(50_000)}\n`],
    ['prototype keys', '__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\nid: x\n'],
    ['a huge value', `id: x\ntitle: "${'x'.repeat(3 * 1024 * 1024)}"\n`],
  ])('exits 1 with located errors, no stack, on %s', async (_name, text) => {
    const home = tempHome();
    writeFiles(home, { 'cases/x.yaml': text });
    const run = await cli(['validate', join(home, 'cases', 'x.yaml')], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/x\.yaml:\d+:\d+ /);
    expect(run.stderr).not.toMatch(/\n\s+at .*\(/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
