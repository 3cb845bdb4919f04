// npm run eval:coverage — the coverage checker measured on labelled answers, against the 23 topics of mlsd-45.
//
//   synthetic  ../shared/coverage-dev/*.yaml (or the first argument, or MLSD_COVERAGE_DEV): answers written for tuning
//   real       ../shared/coverage-real/gold.json with the texts in .cache/coverage-real/<id>.md (or
//              MLSD_COVERAGE_REAL), written out by ../shared/coverage-real/extract.sh: public write-ups
//
// For each set: per-topic precision, recall and F1, then micro precision, recall and F1. The real set is also
// reported by part (h, d) and for the repositories held back while the cues were tuned until round 4 (HELD_BACK
// below). Nothing is learned from the labels, so there is no leave-one-repository-out run.
// Then the probe sentences and write-ups of our own (test/coverage/probe/): tuning sets and held-out sets, reported apart.
// Exits 1 when the synthetic set is below the bar. `--verbose` lists every miss and false tick with its evidence
// (never those of a held-out probe set).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { answerQuestion, coverageOf, loadCase, loadCatalogue, loadFramework, planFor, topicsPut } from '../dist/index.js';

const MICRO_F1_BAR = 0.95;

/**
 * Repositories of coverage-real left out of tuning (drawn at random, seed 2026, before any cue was changed):
 * their texts were not read and their errors not looked at while the checker was tuned on the other 21, until
 * round 4 (2026-12-02) opened them after a last clean figure (0.759). Kept apart in the report for continuity;
 * the held-out figures now are the probe sets b and d.
 */
const HELD_BACK = new Set([
  'Ketaki-Patel/system-design',
  'ajmalrasi/ml-interview-prep',
  'ifding/ml-system-design',
  'siddharthsingh89/siddharthsingh89.github.io',
  'mokarakaya/machine-learning-and-python-notes',
  'yangnyc1024/gitbook_study',
  'SandeepanProjects/AI-ML-Interviews',
]);

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const shared = join(repoRoot, '..', 'shared');
const devDir = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.MLSD_COVERAGE_DEV ?? join(shared, 'coverage-dev'));
const realDir = join(shared, 'coverage-real');
const realTexts = resolve(process.env.MLSD_COVERAGE_REAL ?? join(repoRoot, '.cache', 'coverage-real'));

const roots = { bundled: repoRoot, user: join(repoRoot, '.no-user-content') };
const catalogue = loadCatalogue(roots);
const framework = loadFramework(roots, 'mlsd-45', catalogue);
const topics = framework.steps.flatMap((step) => step.topicIds.map((id) => catalogue.topics.get(id)));

const ratio = (a, b) => (b === 0 ? 1 : a / b);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const fmt = (x) => x.toFixed(3);

/** Scores answers [{id, text, covered: Set}] and returns per-topic counts and the list of mistakes. */
function score(answers) {
  const counts = new Map(topics.map((t) => [t.id, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes = [];
  for (const answer of answers) {
    for (const result of coverageOf(answer.text, topics)) {
      const c = counts.get(result.topic.id);
      const want = answer.covered.has(result.topic.id);
      if (result.covered && want) c.tp++;
      else if (result.covered) {
        c.fp++;
        mistakes.push(`FP ${answer.id} ${result.topic.id} [${result.cue}] ${result.evidence[0]}`);
      } else if (want) {
        c.fn++;
        mistakes.push(`FN ${answer.id} ${result.topic.id}`);
      }
    }
  }
  return { counts, mistakes };
}

function micro(counts) {
  const sum = (k) => [...counts.values()].reduce((s, c) => s + c[k], 0);
  const [tp, fp, fn] = [sum('tp'), sum('fp'), sum('fn')];
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, precision, recall, f1: f1(precision, recall) };
}

function report(title, answers, { perTopic = true, heldOut = false } = {}) {
  const { counts, mistakes } = score(answers);
  if (perTopic) {
    console.log(`\n${title}\n`);
    const width = Math.max(...topics.map((t) => t.id.length), 5);
    console.log(`${'topic'.padEnd(width)}  precision  recall     F1   TP  FP  FN`);
    for (const t of topics) {
      const { tp, fp, fn } = counts.get(t.id);
      const p = ratio(tp, tp + fp);
      const r = ratio(tp, tp + fn);
      console.log(`${t.id.padEnd(width)}  ${fmt(p).padStart(9)}  ${fmt(r).padStart(6)}  ${fmt(f1(p, r)).padStart(5)}  ${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}`);
    }
  }
  const m = micro(counts);
  console.log(
    `${perTopic ? '\n' : ''}${title}: ${answers.length} answers × ${topics.length} topics: precision ${fmt(m.precision)}, recall ${fmt(m.recall)}, micro-F1 ${fmt(m.f1)} (TP ${m.tp}, FP ${m.fp}, FN ${m.fn})`,
  );
  // A held-out set's misses are never listed: reading them would make it a tuning set.
  if (verbose && !heldOut) for (const line of mistakes) console.log(`  ${line}`);
  return m;
}

// Synthetic answers.
let files;
try {
  files = readdirSync(devDir).filter((f) => /\.ya?ml$/.test(f)).sort();
} catch (error) {
  console.error(`eval:coverage: cannot read the labelled answers in ${devDir} (${error.code ?? error.message})`);
  process.exit(1);
}
const synthetic = files.map((file) => {
  const answer = parse(readFileSync(join(devDir, file), 'utf8'));
  return { id: answer.id ?? file, text: String(answer.text ?? ''), covered: new Set(answer.covered ?? []) };
});
const dev = report(`synthetic (${devDir})`, synthetic);

// Public write-ups, when their texts have been brought onto the machine.
const goldPath = join(realDir, 'gold.json');
if (existsSync(goldPath) && existsSync(realTexts)) {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const repoOf = new Map(
    readFileSync(join(realDir, 'index.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split('\t'))
      .map(([id, repo]) => [id, repo]),
  );
  const real = Object.keys(gold)
    .sort()
    .filter((id) => existsSync(join(realTexts, `${id}.md`)))
    .map((id) => ({ id, repo: repoOf.get(id), text: readFileSync(join(realTexts, `${id}.md`), 'utf8'), covered: new Set(gold[id]) }));
  if (real.length < Object.keys(gold).length) console.log(`\n(only ${real.length} of ${Object.keys(gold).length} real texts are in ${realTexts})`);
  report(`real, all (${realTexts})`, real);
  console.log('');
  report('real, h documents', real.filter((a) => a.id.startsWith('h')), { perTopic: false });
  report('real, d documents', real.filter((a) => a.id.startsWith('d')), { perTopic: false });
  report('real, tuned on (21 repositories)', real.filter((a) => !HELD_BACK.has(a.repo)), { perTopic: false });
  report('real, held back until round 4 (7 repositories)', real.filter((a) => HELD_BACK.has(a.repo)), { perTopic: false });
} else {
  console.log(`\nreal set skipped: no texts in ${realTexts} (see ../shared/coverage-real/README.md to bring them)`);
}

// Probe sentences of our own, written blind to the cues (test/coverage/probe/README.md): a, c, e, f for tuning,
// b, d, g and q held out. One-topic sets check each line against its topic; the others against all of them.
const probeDir = join(repoRoot, 'test', 'coverage', 'probe');
const probeSets = [
  ['a', 'one topic a line', 'tuning'],
  ['b', 'one topic a line', 'held out'],
  ['c', 'all topics', 'tuning'],
  ['e', 'all topics', 'tuning'],
  ['f', 'all topics', 'tuning'],
  ['d', 'all topics', 'held out'],
  ['g', 'all topics', 'held out'],
  ['q', 'all topics', 'held out'],
];
console.log('');
for (const [name, form, role] of probeSets) {
  const file = join(probeDir, `${name}.tsv`);
  if (!existsSync(file)) continue;
  const counts = { tp: 0, fp: 0, fn: 0 };
  const mistakes = [];
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const cells = line.split('\t');
    const single = form === 'one topic a line';
    const text = single ? cells[2] : cells[1];
    const want = single ? new Set(cells[1] === 'yes' ? [cells[0]] : []) : new Set(cells[0] === '-' ? [] : cells[0].split(',').map((id) => id.trim()));
    const judged = single ? topics.filter((t) => t.id === cells[0]) : topics;
    for (const result of coverageOf(text, judged)) {
      const wanted = want.has(result.topic.id);
      if (result.covered && wanted) counts.tp++;
      else if (result.covered) {
        counts.fp++;
        mistakes.push(`FP ${result.topic.id} [${result.cue}] ${text}`);
      } else if (wanted) {
        counts.fn++;
        mistakes.push(`FN ${result.topic.id} ${text}`);
      }
    }
  }
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  console.log(
    `probe ${name} (${role}, ${lines.length} lines, ${form}): precision ${fmt(precision)}, recall ${fmt(recall)}, micro-F1 ${fmt(f1(precision, recall))} (TP ${counts.tp}, FP ${counts.fp}, FN ${counts.fn})`,
  );
  // The held-out sets' misses are never listed: reading them would make them tuning sets.
  if (verbose && role === 'tuning') for (const line of mistakes) console.log(`  ${line}`);
}

// Whole write-ups of our own: twelve answers a set by three writers who read only the labelling guide; i and l to
// tune on, h, j, k, m and n held out and labelled by the topics a second reader agreed they show (test/coverage/probe/README.md).
for (const [name, role] of [['i', 'tuning'], ['l', 'tuning'], ['h', 'held out'], ['j', 'held out'], ['k', 'held out'], ['m', 'held out'], ['n', 'held out']]) {
  const writeUps = join(probeDir, name);
  if (!existsSync(join(writeUps, 'labels.json'))) continue;
  const labels = JSON.parse(readFileSync(join(writeUps, 'labels.json'), 'utf8'));
  const answers = Object.keys(labels)
    .sort()
    .map((id) => ({ id, text: readFileSync(join(writeUps, `${id}.md`), 'utf8'), covered: new Set(Object.keys(labels[id])) }));
  report(`probe ${name} (${role}, ${answers.length} write-ups, all topics)`, answers, { perTopic: false, heldOut: role !== 'tuning' });
}

/** A clarifying question put to the interviewer, as a session passes it to the checker: with the reply and the topics it puts on the table. */
function asked(kase, question) {
  const { facts, reply } = answerQuestion(kase, question);
  if (facts.length === 0) return { question };
  return { question, reply, ...topicsPut(facts, factTopicsOf(kase)) };
}

/** What each of a case's facts puts on the table, as the session's plan has it (made once per case). */
const factTopics = new WeakMap();
function factTopicsOf(kase) {
  if (!factTopics.has(kase)) factTopics.set(kase, planFor(framework, catalogue, kase).steps[0].factTopics);
  return factTopics.get(kase);
}

// Sessions of our own as typed, step by step, with "? questions" put to the interviewer in the clarify step
// (test/coverage/probe/p to tune on, o held out): each step's lines checked against that step's topics, as a session
// checks them, the questions answered from the case's facts.
for (const [name, role] of [['p', 'tuning'], ['o', 'held out']]) {
  const sessions = join(probeDir, name);
  if (!existsSync(join(sessions, 'labels.json'))) continue;
  const labels = JSON.parse(readFileSync(join(sessions, 'labels.json'), 'utf8'));
  const counts = { tp: 0, fp: 0, fn: 0 };
  const mistakes = [];
  for (const id of Object.keys(labels).sort()) {
    const session = parse(readFileSync(join(sessions, `${id}.yaml`), 'utf8'));
    const kase = loadCase(roots, session.case, catalogue);
    for (const step of framework.steps) {
      const lines = (session[step.id] ?? []).map(String);
      const isQuestion = (line) => step.id === 'clarify' && line.startsWith('?');
      const questions = lines.filter(isQuestion).map((line) => asked(kase, line.replace(/^\?\s*/, '')));
      const want = new Set(Object.keys(labels[id][step.id] ?? {}));
      const stepTopics = step.topicIds.map((t) => catalogue.topics.get(t));
      for (const r of coverageOf(lines.filter((l) => !isQuestion(l)).join('\n'), stepTopics, { typed: true, asked: questions })) {
        if (r.covered && want.has(r.topic.id)) counts.tp++;
        else if (r.covered) {
          counts.fp++;
          mistakes.push(`FP ${id} ${r.topic.id} [${r.cue}] ${r.evidence[0]}`);
        } else if (want.has(r.topic.id)) {
          counts.fn++;
          mistakes.push(`FN ${id} ${r.topic.id} ${labels[id][step.id][r.topic.id]}`);
        }
      }
    }
  }
  const m = micro(new Map([['all', counts]]));
  console.log(
    `${name === 'p' ? '\n' : ''}probe ${name} (${role}, ${Object.keys(labels).length} typed sessions, each step against its topics): precision ${fmt(m.precision)}, recall ${fmt(m.recall)}, micro-F1 ${fmt(m.f1)} (TP ${m.tp}, FP ${m.fp}, FN ${m.fn})`,
  );
  if (verbose && role === 'tuning') for (const line of mistakes) console.log(`  ${line}`);
}

// Asking is how one clarifies: each labelled clarifying question of the bundled cases that a fact answers, put to the
// interviewer, and the clarify topics it then covers — by the words of question and answer alone, and with the
// topics the case says each fact puts on the table. No labels here: how many earn none at all.
{
  const clarify = framework.steps[0].topicIds.map((id) => catalogue.topics.get(id));
  let answered = 0;
  let byWords = 0;
  let withTopics = 0;
  for (const file of readdirSync(join(repoRoot, 'cases')).filter((f) => f.endsWith('.yaml'))) {
    const kase = loadCase(roots, file.replace(/\.yaml$/, ''), catalogue);
    for (const { ask } of kase.questions) {
      const question = asked(kase, ask);
      if (question.reply === undefined) continue;
      answered++;
      const earns = (q) => coverageOf('', clarify, { typed: true, asked: [q] }).some((r) => r.covered);
      if (!earns({ question: ask, reply: question.reply })) byWords++;
      if (!earns(question)) withTopics++;
    }
  }
  console.log(`\nclarifying questions of the bundled cases answered from a fact: ${answered}; earning no clarify topic: ${withTopics} (by their words alone: ${byWords})`);
}

if (dev.f1 < MICRO_F1_BAR) {
  console.error(`below the bar: synthetic micro-F1 ${fmt(dev.f1)} (needs ≥ ${MICRO_F1_BAR})`);
  process.exitCode = 1;
}
