import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/content/parser.js';
import { checkSchema } from '../../src/content/validate.js';

const caseWith = (extra: string) => `id: x\ntitle: X\nquestion: Q?\ndifficulty: easy\n${extra}\n`;

describe('a value of the wrong type', () => {
  it.each([
    ['tags: a', 'tags: must be a list'],
    ['facts: {a: 1}', 'facts: must be a list'],
    ['reference: [a]', 'reference: must be a mapping'],
    ['title: [a]', 'title: must be a string'],
  ])('%s reads "%s", with the article of the word said', (yaml, message) => {
    const parsed = parseYaml(yaml.startsWith('title') ? `id: x\n${yaml}\nquestion: Q?\ndifficulty: easy\n` : caseWith(yaml), 'x.yaml');
    if (!parsed.ok) throw new Error('fixture does not parse');
    const checked = checkSchema('case', parsed.value, 'x.yaml');
    const messages = checked.ok ? [] : checked.errors.map((e) => `${e.path}: ${e.message}`);
    expect(messages).toContain(message);
    expect(messages.join('\n')).not.toMatch(/\ban (list|mapping|string)\b/);
  });
});
