// node scripts/eval-interviewer.mjs [--blind] [--verbose] — the interviewer measured on labelled clarifying
// questions. Reads test/session/questions/<case>.yaml (questions written from each case's title and question
// before its facts were read, then labelled) and prints, for the `dev` rows (tuned on) and the `holdout` rows
// (seen, not tuned on): right fact, rightly "assume", wrong fact (a fact stated that does not answer) and missed
// (no fact, or not every fact, where one answers). `--verbose` lists every wrong and missed question with the
// reply's facts. `--blind` adds the `blind` rows (written from the brief alone), opt-in so that nobody tunes on
// them by glancing: report the figure, don't chase it. `--blind2` reports only the second blind set,
// test/session/questions-blind2/<case>.yaml (its `blind2` rows), written and committed before any fact was read;
// `--blind3` likewise the third, test/session/questions-blind3/<case>.yaml (its `blind3` rows), `--blind4` the
// fourth, test/session/questions-blind4/<case>.yaml (its `blind4` rows), `--blind5` the fifth,
// test/session/questions-blind5/<case>.yaml (its `blind5` rows), `--blind6` the sixth,
// test/session/questions-blind6/<case>.yaml (its `blind6` rows), `--blind7` the seventh,
// test/session/questions-blind7/<case>.yaml (its `blind7` rows), `--blind8` the eighth,
// test/session/questions-blind8/<case>.yaml (its `blind8` rows), `--blind9` the ninth,
// test/session/questions-blind9/<case>.yaml (its `blind9` rows), `--blind10` the tenth,
// test/session/questions-blind10/<case>.yaml (its `blind10` rows), `--blind11` the eleventh,
// test/session/questions-blind11/<case>.yaml (its `blind11` rows), `--blind12` the twelfth,
// test/session/questions-blind12/<case>.yaml (its `blind12` rows), `--blind13` the thirteenth,
// test/session/questions-blind13/<case>.yaml (its `blind13` rows), and `--blind14` the fourteenth,
// test/session/questions-blind14/<case>.yaml (its `blind14` rows).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { answerQuestion, loadCase, loadCatalogue } from '../dist/index.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
// A later blind set lives in its own directory, named after its rows' key.
const blindSet = ['blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14'].find((set) => process.argv.includes(`--${set}`));
const dir = join(repoRoot, 'test', 'session', blindSet ? `questions-${blindSet}` : 'questions');
const verbose = process.argv.includes('--verbose');
const sets = blindSet ? [blindSet] : process.argv.includes('--blind') ? ['dev', 'holdout', 'blind'] : ['dev', 'holdout'];
const roots = { bundled: repoRoot, user: join(repoRoot, '.no-user-content') };
const catalogue = loadCatalogue(roots);

const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

/** right | assume | wrong | missed, for one reply against its labels. */
export function verdict(row, facts) {
  const accepted = [row.facts, ...(row.or ?? [])];
  if (accepted.some((a) => same(a, facts))) return facts.length === 0 ? 'assume' : 'right';
  const allowed = new Set(accepted.flat());
  return facts.some((f) => !allowed.has(f)) ? 'wrong' : 'missed';
}

const totals = Object.fromEntries(sets.map((set) => [set, counts()]));
function counts() {
  return { right: 0, assume: 0, wrong: 0, missed: 0, n: 0 };
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const caseId = file.replace(/\.yaml$/, '');
  const kase = loadCase(roots, caseId, catalogue);
  const doc = parse(readFileSync(join(dir, file), 'utf8'));
  for (const set of sets) {
    for (const row of doc[set] ?? []) {
      const reply = answerQuestion(kase, row.ask, catalogue.vocabulary);
      const v = verdict(row, reply.facts);
      totals[set][v]++;
      totals[set].n++;
      if (verbose && (v === 'wrong' || v === 'missed')) {
        console.log(`${set.padEnd(7)} ${v.padEnd(6)} ${caseId}: ${row.ask}  want ${JSON.stringify(row.facts)} got ${JSON.stringify(reply.facts)}`);
      }
    }
  }
}

const pct = (x, n) => `${((100 * x) / Math.max(1, n)).toFixed(1)}%`;
for (const [set, t] of Object.entries(totals)) {
  if (t.n === 0) continue;
  console.log(
    `${set.padEnd(7)} ${String(t.n).padStart(4)} questions: right fact ${pct(t.right, t.n)}, rightly "assume" ${pct(t.assume, t.n)} ` +
      `(together ${pct(t.right + t.assume, t.n)}), wrong fact ${pct(t.wrong, t.n)}, missed ${pct(t.missed, t.n)}`,
  );
}
