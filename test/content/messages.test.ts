// Issue 14, item 10: writing content from the README alone. What `mlsd validate` says
// about a file a person got wrong, the starter files `mlsd init` writes, and `mlsd paths`.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placesOf } from '../../src/commands/paths.js';
import { closest } from '../../src/content/ids.js';
import { parseYaml } from '../../src/content/parse.js';
import { run } from '../support/cli.js';
import { pathsOf, repoRoot, tempHome, writeFiles } from '../support/home.js';

/** `mlsd validate` on one file of a fresh home: the problem lines, without the summary. */
async function problems(file: string, text: string): Promise<string[]> {
  const home = tempHome();
  writeFiles(home, { [file]: text });
  const result = await run(['validate', join(home, file)], { home });
  return result.stderr
    .split('\n')
    .filter((line) => line && !line.startsWith('mlsd:'))
    .map((line) => line.slice(line.indexOf(file) + file.length + 1));
}

describe('bad indentation is one clear error at the line that is off', () => {
  it.each([
    ['a key indented deeper than the one above it', 'id: x\ntitle: X\n  question: q\ndifficulty: easy\n', 3, 3, /indented deeper than the key above it/],
    ['a fact key indented deeper inside a list item', 'id: x\nfacts:\n  - question: a\n      answer: b\n', 4, 7, /indented deeper than the key above it/],
    ['a step key outdented from its siblings', 'id: x\nsteps:\n  - id: a\n    title: b\n  minutes: 3\n', 5, 3, /does not line up with the keys of the block/],
    ['an item key outdented by one space', 'id: x\nfacts:\n  - question: a\n    answer: b\n   keywords: [c]\n', 5, 4, /does not line up/],
    ['a tab', 'id: x\n\ttitle: y\n', 2, 1, /a tab indents this line: YAML indents with spaces only/],
  ])('%s', (_what, source, line, col, message) => {
    const parsed = parseYaml(source, 'f.yaml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ line, col, message: expect.stringMatching(message) });
  });

  it('other syntax errors are still each reported, once per line', () => {
    const parsed = parseYaml('id: x\ntitle: [unclosed\nquestion: y\n', 'f.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(new Set(parsed.errors.map((e) => e.line)).size).toBe(parsed.errors.length);
  });
});

describe('validate reports schema and reference errors of a file in one run, by line', () => {
  it('a framework: a wrong type, an unknown topic with the near one, a step id used twice', async () => {
    const lines = await problems(
      'frameworks/mine.yaml',
      'id: mine\ntitle: Mine\nsteps:\n  - id: one\n    title: One\n    minutes: 5\n    topics: [scope, scael]\n  - id: one\n    title: Two\n    minutes: five\n    topics: [offline-metrics]\n',
    );
    expect(lines).toEqual([
      '7:21 steps[0].topics[1]: unknown topic "scael"; did you mean scale? (not in topics/core.yaml, topics/red-flags.yaml, topics/synonyms.yaml)',
      '8:9 steps[1].id: step id "one" is used twice',
      '10:14 steps[1].minutes: must be a number',
    ]);
  });

  it('a case: a missing field lists those required there; one message per wrong type, with the right article', async () => {
    const lines = await problems(
      'cases/mine.yaml',
      'id: mine\ntitle: Mine\ndifficulty: hard\ntags: retrieval\nfacts:\n  - answer: x\ntopics:\n  - id: extra\n    near: Featurs\n    title: Extra\n    covers: x\n    hints: [a, b, c]\n    cues: {phrases: [extra thing]}\nexamples: []\n',
    );
    expect(lines).toEqual([
      '1:1 missing required field "question" (required here: id, title, question, difficulty, tags, facts)',
      '4:7 tags: must be a list',
      '6:5 facts[0]: missing required field "question" (required here: question, answer)',
      '9:11 topics[0].near: must be an id: lower-case letters, digits and single hyphens (e.g. visual-search); unknown catalogue topic "Featurs"; did you mean features?',
      '14:11 examples: must be a mapping',
    ]);
  });
});

describe('a problem is one line, whatever the key', () => {
  it('a flow mapping made a key by a stray colon is named short, on the line', async () => {
    const lines = await problems(
      'cases/mine.yaml',
      'id: mine\ntitle: Mine\nquestion: Design it.\ndifficulty: easy\ntags: []\nfacts:\n  - {id: traffic, question: How many users?, answer: 1 million a day.}\n' +
        'questions:\n  - {ask: "what is the memory budget per serving machine, roughly", facts: [], from: dev}:\n',
    );
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^9:5 questions\[0\]/);
    expect(lines[2]).toBe(
      '9:5 questions[0].{ ask: "what is the memory budget per serving machine, roug…: unknown field "{ ask: "what is the memory budget per serving machine, roug…" (expected one of: ask, facts, or, from)',
    );
  });
});

describe('did you mean, in any letter case', () => {
  it.each([
    ['VISUAL-SEARCH', ['visual-search', 'video-search'], ['visual-search']],
    ['Evaluate', ['clarify', 'evaluate', 'deploy'], ['evaluate']],
    ['evaluation', ['clarify', 'evaluate', 'deploy'], ['evaluate']],
    ['Featurs', ['features', 'labels'], ['features']],
    ['nothing-like-it', ['features', 'labels'], []],
  ])('%s among %j suggests %j', (typed, known, expected) => {
    expect(closest(typed, known)).toEqual(expected);
  });

  it.each([
    [['show', 'Visual-Search'], 'mlsd: unknown case "Visual-Search"; did you mean visual-search? (see: mlsd list cases)'],
    [['drill', 'visual-search', '--step', 'Evaluation'], 'mlsd: unknown step "Evaluation" in mlsd-45; did you mean evaluate? (its steps: clarify, frame, model, evaluate, deploy)'],
  ])('mlsd %j says: %s', async (args, said) => {
    const result = await run(args);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(said);
  });
});

describe('mlsd init', () => {
  it.each(['case', 'framework'] as const)('writes a starter %s that passes validate, with the schema modeline, private to the user', async (kind) => {
    const home = tempHome();
    const result = await run(['init', kind, 'my-own'], { home });
    expect(result.status).toBe(0);
    const path = join(home, kind === 'case' ? 'cases' : 'frameworks', 'my-own.yaml');
    expect(result.stdout).toContain(`Wrote ${path}`);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${join(repoRoot, 'schemas', `${kind}.schema.json`)}`);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    // The starter case shows what a fact puts on the table, so asking for it counts.
    if (kind === 'case') expect(text).toMatch(/^ {4}topics: \[scale\]$/m);
    const validated = await run(['validate'], { home });
    expect(validated.stderr).toBe('');
    expect(validated.status).toBe(0);
  });

  it('refuses to overwrite a file, or to take an id that exists (bundled or yours)', async () => {
    const home = tempHome();
    await run(['init', 'case', 'my-own'], { home });
    const again = await run(['init', 'case', 'my-own'], { home });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/a case "my-own" already exists .*my-own\.yaml\); edit it, or pick another name/);
    const bundled = await run(['init', 'framework', 'mlsd-45'], { home });
    expect(bundled.stderr.trim()).toBe('mlsd: a framework "mlsd-45" already exists (frameworks/mlsd-45.yaml); edit it, or pick another name');
    expect((await run(['init', 'case', 'Bad_Name'], { home })).stderr).toMatch(/invalid case id "Bad_Name"/);
  });
});

describe('the README examples', () => {
  it('the minimal case and framework pass validate as written', async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('A complete minimal case'));
    const [kase, framework] = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].slice(0, 2).map((m) => m[1]!);
    const home = tempHome();
    writeFiles(home, { 'cases/tiny-case.yaml': kase!, 'frameworks/quick-25.yaml': framework! });
    const result = await run(['validate'], { home });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/✓ \d+ files valid/);
  });
});

describe('mlsd paths', () => {
  it('names the content, session and bundled folders of this home', () => {
    const home = tempHome();
    const places = placesOf({ paths: pathsOf(home), roots: { bundled: repoRoot, user: home }, env: { MLSD_HOME: home } });
    expect(places).toMatchObject({
      config: home,
      userCases: join(home, 'cases'),
      sessions: join(home, 'data', 'sessions'),
      bundled: repoRoot,
      schemas: join(repoRoot, 'schemas'),
      fromMlsdHome: true,
    });
  });
});
