import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as cli } from '../support/cli.js';
import { repoRoot, tempHome, writeFiles } from '../support/home.js';

const framework = readFileSync(join(repoRoot, 'frameworks', 'mlsd-45.yaml'), 'utf8');
const visualSearch = readFileSync(join(repoRoot, 'cases', 'visual-search.yaml'), 'utf8');

describe('mlsd validate', () => {
  it('passes on all bundled content', async () => {
    const run = await cli(['validate']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ \d+ files valid/);
  });

  it('reports broken YAML syntax with file:line:col', async () => {
    const home = tempHome();
    writeFiles(home, { 'cases/broken.yaml': 'id: broken\ntitle: [unclosed\nquestion: x\n' });
    const run = await cli(['validate', join(home, 'cases', 'broken.yaml')], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.yaml:\d+:\d+ /);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reports a schema violation at the line and column of the offending value', async () => {
    const home = tempHome();
    const bad = framework.replace('minutes: 5', 'minutes: five');
    writeFiles(home, { 'frameworks/mlsd-45.yaml': bad });
    const line = bad.split('\n').findIndex((l) => l.includes('minutes: five')) + 1;
    const run = await cli(['validate', join(home, 'frameworks', 'mlsd-45.yaml')], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`mlsd-45.yaml:${line}:14 steps[0].minutes: must be a number`);
  });

  it('names an unknown field and what was expected instead', async () => {
    const home = tempHome();
    writeFiles(home, { 'cases/typo.yaml': visualSearch.replace('id: visual-search', 'id: typo').replace(/^difficulty:/m, 'dificulty:') });
    const run = await cli(['validate', join(home, 'cases', 'typo.yaml')], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/typo\.yaml:\d+:1 dificulty: unknown field "dificulty" \(expected one of: id, title, question, difficulty/);
    expect(run.stderr).toMatch(/missing required field "difficulty"/);
  });

  it('checks references between files: a step naming a topic that does not exist', async () => {
    const home = tempHome();
    writeFiles(home, { 'frameworks/mine.yaml': framework.replace('id: mlsd-45', 'id: mine').replace('[business-objective,', '[business-objectiv,') });
    const run = await cli(['validate'], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/mine\.yaml:\d+:\d+ steps\[0\]\.topics\[0\]: unknown topic "business-objectiv"/);
  });

  it('reports a broken topic catalogue alone, not as hundreds of unknown topics in every other file', async () => {
    const home = tempHome();
    writeFiles(home, {
      'topics/mine.yaml': 'topics:\n  - id: my-topic\n    title: [unclosed\n',
      'cases/typo.yaml': visualSearch.replace('id: visual-search', 'id: typo').replace(/^difficulty:/m, 'dificulty:'),
    });
    const run = await cli(['validate'], { home });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    // The catalogue's own error, the case's shape error, and the summary: nothing about topics it cannot know.
    expect(lines.filter((l) => l.includes('mine.yaml:'))).toHaveLength(1);
    expect(lines.some((l) => /typo\.yaml:\d+:1 dificulty: unknown field/.test(l))).toBe(true);
    expect(run.stderr).not.toMatch(/unknown (catalogue )?topic|which no catalogue file defines/);
    expect(lines.length).toBeLessThan(6);
    expect(lines.at(-1)).toMatch(/problems in 2 files; topic references are checked once the topic catalogue reads cleanly$/);
  });

  it('does not call a file valid while the topic catalogue it names topics from is broken', async () => {
    const home = tempHome();
    writeFiles(home, {
      'topics/mine.yaml': 'topics:\n  - id: my-topic\n    title: [unclosed\n',
      'frameworks/mine.yaml': framework.replace('id: mlsd-45', 'id: mine').replace('[business-objective,', '[business-objectiv,'),
    });
    const run = await cli(['validate', join(home, 'frameworks', 'mine.yaml')], { home });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('valid');
    expect(run.stderr.trim()).toMatch(/^mlsd: 1 file well-formed, but topic references were not checked: the topic catalogue has problems \(run "(npx )?mlsd validate" to see them\)$/);
  });

  it('refuses a user file whose id clashes with a bundled one, naming both files', async () => {
    const home = tempHome();
    writeFiles(home, { 'cases/visual-search.yaml': visualSearch });
    const run = await cli(['show', 'visual-search'], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('case id "visual-search" is defined twice: cases/visual-search.yaml and');
    expect(run.stderr).toContain(join(home, 'cases', 'visual-search.yaml'));
  });

  it('merges the user\'s own case with the bundled ones', async () => {
    const home = tempHome();
    writeFiles(home, { 'cases/my-case.yaml': visualSearch.replace('id: visual-search', 'id: my-case') });
    expect((await cli(['validate'], { home })).status).toBe(0);
    const cases = JSON.parse((await cli(['list', 'cases', '--json'], { home })).stdout) as { id: string; origin: string }[];
    expect(cases.find((c) => c.id === 'my-case')?.origin).toBe('yours');
  });

  it('says when a file is not UTF-8', async () => {
    const home = tempHome();
    writeFiles(home, { 'cases/latin1.yaml': '' });
    const path = join(home, 'cases', 'latin1.yaml');
    // "caf\xe9" in Latin-1 is not valid UTF-8.
    writeFileSync(path, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const run = await cli(['validate', path], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('latin1.yaml:1:1 file is not valid UTF-8 text');
  });
});
