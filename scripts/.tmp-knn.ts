import { indexAsked } from '../src/session/asked-questions.js';
import { indexFacts } from '../src/session/fact-index.js';
import { compileVocabulary, correctTypos, termsOf, wordsOf } from '../src/session/question-terms.js';
import { answerQuestion } from '../src/session/interviewer.js';
export { answerQuestion };
import type { Case, Vocabulary } from '../src/content/model.js';

/** Top-k precedents for a question: [{facts, candidate, similarity}]. */
export function makeKnn(kase: Case, vocabulary: Vocabulary) {
  const compiled = compileVocabulary(vocabulary);
  const known = indexFacts(kase.facts, `${kase.title} ${kase.question}`, compiled).known;
  const index = indexAsked(kase, known, compiled);
  return (question: string, k: number) => {
  const terms = new Map([...new Set(termsOf(correctTypos(wordsOf(question), known), compiled))].map((t) => [t, index.weightOf(t)]));
  const norm = Math.sqrt([...terms.values()].reduce((a, w) => a + w * w, 0));
  const out: { facts: string[]; candidate: boolean; similarity: number }[] = [];
  for (const a of index.asked) {
    let dot = 0;
    for (const [t, w] of terms) dot += w * (a.terms.get(t) ?? 0);
    if (dot === 0) continue;
    out.push({ facts: a.facts, candidate: a.candidate, similarity: dot / (norm * a.norm) });
  }
  return out.sort((x, y) => y.similarity - x.similarity).slice(0, k);
  };
}
