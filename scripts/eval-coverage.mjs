// npm run eval:coverage — the coverage checker measured on labelled answers.
// Reads every *.yaml of the labelled set (default ../shared/coverage-dev beside the repo; override with
// the first argument or MLSD_COVERAGE_DEV), checks each `text` against the catalogue topics of mlsd-45, and
// prints per-topic precision, recall and F1, then micro-F1. Exits 1 below the bar (micro-F1 < 0.92 or any
// topic's recall < 0.75). `--verbose` lists every false positive and false negative with its evidence.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { coverageOf, loadCatalogue, loadFramework } from '../dist/index.js';

const MICRO_F1_BAR = 0.92;
const RECALL_BAR = 0.75;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.MLSD_COVERAGE_DEV ?? join(repoRoot, '..', 'shared', 'coverage-dev'));

let files;
try {
  files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
} catch (error) {
  console.error(`eval:coverage: cannot read the labelled answers in ${dir} (${error.code ?? error.message})`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`eval:coverage: no *.yaml answers in ${dir}`);
  process.exit(1);
}

// Catalogue topics only: the labels are about the 23 topics of mlsd-45.
const roots = { bundled: repoRoot, user: join(repoRoot, '.no-user-content') };
const catalogue = loadCatalogue(roots);
const framework = loadFramework(roots, 'mlsd-45', catalogue);
const topics = framework.steps.flatMap((step) => step.topicIds.map((id) => catalogue.topics.get(id)));

const counts = new Map(topics.map((t) => [t.id, { tp: 0, fp: 0, fn: 0 }]));
const mistakes = [];
for (const file of files) {
  const answer = parse(readFileSync(join(dir, file), 'utf8'));
  const expected = new Set(answer.covered ?? []);
  for (const result of coverageOf(String(answer.text ?? ''), topics)) {
    const c = counts.get(result.topic.id);
    const want = expected.has(result.topic.id);
    if (result.covered && want) c.tp++;
    else if (result.covered) {
      c.fp++;
      mistakes.push(`FP ${answer.id ?? file} ${result.topic.id} [${result.cue}] ${result.evidence[0]}`);
    } else if (want) {
      c.fn++;
      mistakes.push(`FN ${answer.id ?? file} ${result.topic.id}`);
    }
  }
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const fmt = (x) => x.toFixed(3);
const rows = topics.map((t) => {
  const { tp, fp, fn } = counts.get(t.id);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { id: t.id, tp, fp, fn, precision, recall, f1: f1(precision, recall) };
});
const width = Math.max(...rows.map((r) => r.id.length), 5);
console.log(`${'topic'.padEnd(width)}  precision  recall     F1   TP  FP  FN`);
for (const r of rows) {
  const flag = r.recall < RECALL_BAR ? '  ← recall below the bar' : '';
  console.log(
    `${r.id.padEnd(width)}  ${fmt(r.precision).padStart(9)}  ${fmt(r.recall).padStart(6)}  ${fmt(r.f1).padStart(5)}  ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}${flag}`,
  );
}
const tp = rows.reduce((s, r) => s + r.tp, 0);
const fp = rows.reduce((s, r) => s + r.fp, 0);
const fn = rows.reduce((s, r) => s + r.fn, 0);
const precision = ratio(tp, tp + fp);
const recall = ratio(tp, tp + fn);
const micro = f1(precision, recall);
console.log(
  `\n${files.length} answers × ${topics.length} topics: micro precision ${fmt(precision)}, recall ${fmt(recall)}, micro-F1 ${fmt(micro)} (TP ${tp}, FP ${fp}, FN ${fn})`,
);
if (verbose) for (const line of mistakes) console.log(line);

const low = rows.filter((r) => r.recall < RECALL_BAR).map((r) => r.id);
if (micro < MICRO_F1_BAR || low.length > 0) {
  console.error(
    `below the bar: micro-F1 ${fmt(micro)} (needs ≥ ${MICRO_F1_BAR})${low.length ? `; recall < ${RECALL_BAR}: ${low.join(', ')}` : ''}`,
  );
  process.exitCode = 1;
}
