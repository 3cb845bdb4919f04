// A question asked in a fact's own words gets that fact: its question, or any of its asks, as typed in a
// chat (any case, punctuation or spacing). Before, twelve facts made only of common words ("How much
// fraud is there?", "What about drivers?") were not found by their own question.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import { answerQuestion } from '../../src/session/interviewer.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);

const caseIds = readdirSync(join(repoRoot, 'cases')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

describe.each(caseIds)('%s', (caseId) => {
  const kase = loadCase(roots, caseId, catalogue);
  const rows = kase.facts.flatMap((f) => [f.question, ...f.asks].map((words) => [f.id, words] as const));
  it.each(rows)('%s ← "%s"', (id, words) => {
    expect(answerQuestion(kase, words, catalogue.vocabulary).facts).toEqual([id]);
    expect(answerQuestion(kase, `  ${words.toUpperCase()}?? `, catalogue.vocabulary).facts).toEqual([id]);
  });
});
