import { readdirSync, writeFileSync } from 'node:fs';
const K = await import('./.tmp-knn.mjs');
const B = await import('../dist/index.js'); const d = process.cwd(); const roots = { bundled: d, user: d + '/.none' }; const cat = B.loadCatalogue(roots);
const rows = [];
for (const f of readdirSync('cases')) { const id = f.replace('.yaml', ''); const k = B.loadCase(roots, id, cat);
  for (const set of new Set(k.questions.map((q) => q.from))) { const x = { ...k, questions: k.questions.filter((r) => r.from !== set) }; const knn = K.makeKnn(x, cat.vocabulary);
    for (const q of k.questions.filter((r) => r.from === set)) { globalThis.__path = '?'; const a = B.answerQuestion(x, q.ask, cat.vocabulary);
      rows.push({ id, set, ask: q.ask, want: q.facts, or: q.or ?? [], got: a.facts, path: globalThis.__path, top: knn(q.ask, 10).map((p) => [p.facts, p.candidate ? 1 : 0, +p.similarity.toFixed(3)]) }); } } }
writeFileSync('/tmp/knn.json', JSON.stringify(rows));
console.log(rows.length);
