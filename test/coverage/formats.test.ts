// Formatting that keeps the words keeps the verdicts: the write-ups of our own (test/coverage/probe, sets i and l),
// reformatted the ways people's writing differs (line endings, list markers, quoting, pasted characters, how a
// label or a term is emphasised, how an arrow, a unit or a count is written), are judged as they were.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadFramework } from '../../src/content/load.js';
import { coverageOf } from '../../src/coverage/index.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const topics = loadFramework(roots, 'mlsd-45', catalogue).steps.flatMap((s) => s.topicIds.map((id) => catalogue.topics.get(id)!));
const probe = join(repoRoot, 'test', 'coverage', 'probe');
const writeUps = ['i', 'l'].flatMap((set) =>
  readdirSync(join(probe, set))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: `${set}/${f}`, text: readFileSync(join(probe, set, f), 'utf8') })),
);

/** The topics covered: what a user reads first. */
const verdicts = (text: string) =>
  coverageOf(text, topics)
    .filter((r) => r.covered)
    .map((r) => r.topic.id);

/** Outside code fences only: a program is not reformatted. */
const prose = (change: (line: string) => string) => (text: string) => {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      return fenced || /^\s*(```|~~~)/.test(line) ? line : change(line);
    })
    .join('\n');
};

const reformat: [string, (text: string) => string][] = [
  ['Windows line endings', (t) => t.replace(/\n/g, '\r\n')],
  ['spaces at the ends of lines', (t) => t.replace(/\n/g, '  \n')],
  ['* for list items', prose((l) => l.replace(/^(\s*)- /, '$1* '))],
  ['• for list items', prose((l) => l.replace(/^(\s*)[-*] /, '$1• '))],
  ['an emoji for list items', prose((l) => l.replace(/^(\s*)[-*] /, '$1👉 '))],
  ['numbers for list items', prose((l) => l.replace(/^(\s*)[-*] /, '$11. '))],
  ['tabs for indentation', prose((l) => l.replace(/^( {2})+/, (m) => '\t'.repeat(m.length / 2)))],
  ['headings in capitals', prose((l) => l.replace(/^(#{1,6}\s+)(.*)$/, (_m, h: string, x: string) => h + x.toUpperCase()))],
  ['everything in lower case', (t) => t.toLowerCase()],
  ['the whole answer quoted', prose((l) => (l.trim() && !/^\s*[#|]/.test(l) ? `> ${l}` : l))],
  ['bold labels in italics', (t) => t.replace(/\*\*([^*\n]{1,40}?):\*\*/g, '*$1:*').replace(/\*\*([^*\n]{1,40}?)\*\*:/g, '*$1*:')],
  ['no-break spaces between words', prose((l) => l.replace(/([a-z,.]) ([a-z])/g, '$1\u00a0$2'))],
  ['a zero-width space after each full stop', prose((l) => l.replace(/\. /g, '.\u200b '))],
  ['typographic quotes', prose((l) => l.replace(/'/g, '’').replace(/"([^"]*)"/g, '“$1”'))],
  ['arrows drawn as ->', (t) => t.replace(/→/g, '->')],
  ['arrows drawn as →', (t) => t.replace(/-+>/g, '→')],
  ['"vs" written out', (t) => t.replace(/\bvs\.?(?=\s)/g, 'versus')],
  ['counts written out', (t) => t.replace(/\b(\d+)\s?M\b/g, '$1 million').replace(/\b(\d+)\s?[kK]\b/g, '$1,000')],
  ['units written out', (t) => t.replace(/(\d)\s?ms\b/g, '$1 milliseconds').replace(/(\d)\s?%/g, '$1 percent')],
  ['acronyms set in code', prose((l) => l.replace(/(?<![`\w])([A-Z][A-Z0-9]{1,})(?![`\w])/g, '`$1`'))],
  ['acronyms set in bold', prose((l) => l.replace(/(?<![*\w])([A-Z][A-Z0-9]{1,})(?![*\w])/g, '**$1**'))],
  ['contractions written out', (t) => t.replace(/\b(do|does|did|is|are|was|were|should|would|could)n['’]t\b/g, '$1 not').replace(/\bwon['’]t\b/g, 'will not')],
];

describe('formatting that keeps the words keeps the verdicts', () => {
  const before = new Map(writeUps.map(({ name, text }) => [name, verdicts(text)]));
  it('has write-ups to reformat', () => expect(writeUps.length).toBeGreaterThanOrEqual(24));
  it.each(reformat)('%s', (_how, change) => {
    const moved = writeUps.flatMap(({ name, text }) => {
      const after = verdicts(change(text));
      const was = before.get(name)!;
      return [...was.filter((id) => !after.includes(id)).map((id) => `${name}: lost ${id}`), ...after.filter((id) => !was.includes(id)).map((id) => `${name}: gained ${id}`)];
    });
    expect(moved).toEqual([]);
  });
});
