// node scripts/eval-interviewer.mjs [--SET ...] [--verbose] — the interviewer measured on labelled clarifying
// questions. The sets live in two places:
// - each case's `questions` (cases/<case>.yaml), by `from`: dev (tuned on), holdout, blind, blind2… Each is
//   measured with its own rows left out of the case, so no question is answered by remembering itself: the
//   figure is what a new writer's questions would get from the other sets' examples and the matcher.
// - test/session/questions-<set>/<case>.yaml, a set written and labelled but not yet added to the cases (its
//   rows under the key <set>): measured with the cases as they are. Once measured, it joins the cases.
// With no --SET, every set; `--blind14` (say) only that one. Prints, per set: right fact, rightly "assume",
// wrong fact (a fact stated that does not answer) and missed (no fact, or not every fact, where one answers).
// `--verbose` lists every wrong and missed question with the reply's facts. Report the figure of a set
// measured for the first time; don't chase it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { answerQuestion, loadCase, loadCatalogue } from '../dist/index.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const roots = { bundled: repoRoot, user: join(repoRoot, '.no-user-content') };
const catalogue = loadCatalogue(roots);
const caseIds = readdirSync(join(repoRoot, 'cases'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

/** right | assume | wrong | missed, for one reply against its labels. */
export function verdict(row, facts) {
  const accepted = [row.facts, ...(row.or ?? [])];
  if (accepted.some((a) => same(a, facts))) return facts.length === 0 ? 'assume' : 'right';
  const allowed = new Set(accepted.flat());
  return facts.some((f) => !allowed.has(f)) ? 'wrong' : 'missed';
}

/** Set name → case id → { kase, rows }: the case to answer with, and the set's rows for it. */
const sets = new Map();
const add = (set, caseId, kase, rows) => {
  if (rows.length === 0) return;
  if (!sets.has(set)) sets.set(set, new Map());
  sets.get(set).set(caseId, { kase, rows });
};
for (const caseId of caseIds) {
  const kase = loadCase(roots, caseId, catalogue);
  for (const set of new Set(kase.questions.map((q) => q.from ?? 'unnamed'))) {
    const rows = kase.questions.filter((q) => (q.from ?? 'unnamed') === set);
    add(set, caseId, { ...kase, questions: kase.questions.filter((q) => !rows.includes(q)) }, rows);
  }
}
const pending = join(repoRoot, 'test', 'session');
for (const dir of existsSync(pending) ? readdirSync(pending).filter((d) => d.startsWith('questions-')) : []) {
  const set = dir.replace(/^questions-/, '');
  for (const caseId of caseIds) {
    const file = join(pending, dir, `${caseId}.yaml`);
    if (existsSync(file)) add(set, caseId, loadCase(roots, caseId, catalogue), parse(readFileSync(file, 'utf8'))[set] ?? []);
  }
}

const chosen = [...sets.keys()].filter((set) => process.argv.includes(`--${set}`));
const pct = (x, n) => `${((100 * x) / Math.max(1, n)).toFixed(1)}%`;
for (const set of chosen.length > 0 ? chosen : [...sets.keys()]) {
  const t = { right: 0, assume: 0, wrong: 0, missed: 0, n: 0 };
  for (const [caseId, { kase, rows }] of sets.get(set)) {
    for (const row of rows) {
      const reply = answerQuestion(kase, row.ask, catalogue.vocabulary);
      const v = verdict(row, reply.facts);
      t[v]++;
      t.n++;
      if (verbose && (v === 'wrong' || v === 'missed')) {
        console.log(`${set.padEnd(8)} ${v.padEnd(6)} ${caseId}: ${row.ask}  want ${JSON.stringify(row.facts)} got ${JSON.stringify(reply.facts)}`);
      }
    }
  }
  console.log(
    `${set.padEnd(8)} ${String(t.n).padStart(4)} questions: right fact ${pct(t.right, t.n)}, rightly "assume" ${pct(t.assume, t.n)} ` +
      `(together ${pct(t.right + t.assume, t.n)}), wrong fact ${pct(t.wrong, t.n)}, missed ${pct(t.missed, t.n)}`,
  );
}
