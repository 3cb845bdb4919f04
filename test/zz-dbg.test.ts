import { it } from 'vitest';
import { loadCase, loadCatalogue } from '../src/content/load.js';
import { indexFacts, scoreFacts, weighTerms } from '../src/session/fact-match.js';
import { compileVocabulary } from '../src/session/question-terms.js';
import { repoRoot, tempHome } from './support/home.js';
it('dbg', () => {
  const roots = { bundled: repoRoot, user: tempHome() };
  const cat = loadCatalogue(roots);
  const v = compileVocabulary(cat.vocabulary);
  const k = loadCase(roots, process.env.CASE!, cat);
  const idx = indexFacts(k.facts, `${k.title} ${k.question}`, v);
  const w = weighTerms(idx, process.env.Q!, v);
  console.log([...w.weights].map(([t, x]) => `${t}=${x.toFixed(2)} df=${idx.df.get(t)}`).join(' '));
  const s = scoreFacts(idx, w.weights).sort((a, b) => b.score - a.score).slice(0, 3);
  for (const x of s) console.log(k.facts[x.fact]!.id, x.score.toFixed(2), x.explained.toFixed(2), [...x.terms].join(','), x.specific, x.asked);
});
