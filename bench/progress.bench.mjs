// `mlsd stats` and `mlsd history` over 10,000 saved sessions: ≤ 0.4 s, ≤ 200 MB
// peak, growing linearly (and `mlsd next`, which reads the same, for comparison).
// Generates realistic journals in a temporary MLSD_HOME, then times each command
// with the derived index in place (the normal case), and once cold (no index: every journal summarised, as after an upgrade), and compares
// 2,500 with 10,000 sessions.
// Run alone: node bench/progress.bench.mjs (after npm run build).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, mlsd } from './harness.mjs';

const cases = ['visual-search', 'video-search', 'street-view-blurring', 'harmful-content-detection'];
const steps = [
  ['clarify', 5],
  ['frame', 10],
  ['model', 10],
  ['evaluate', 10],
  ['deploy', 10],
];
// The topics each step requires (mlsd-45), for the verdict a step's end carries.
const stepTopics = {
  clarify: ['business-objective', 'scope', 'scale', 'constraints', 'data-availability'],
  frame: ['ml-objective', 'io-spec', 'task-type', 'labels', 'features', 'data-prep'],
  model: ['baseline', 'architecture', 'multi-stage', 'training'],
  evaluate: ['offline-metrics', 'online-metrics', 'ab-testing', 'guardrail-metrics'],
  deploy: ['pipelines', 'serving', 'monitoring', 'feedback-loop'],
};
const sentences = [
  'The business goal is engagement: more saves and clicks on the results.',
  'In scope are the iOS and Android apps and the web; text search is out.',
  'We have about 150M daily active users and 1,500 QPS at peak.',
  'Latency must stay under 300 ms at p95 and we cannot use face recognition.',
  'Labels come from implicit feedback: clicks, saves and long views.',
  'The ML objective is to learn an embedding where distance matches similarity.',
  'Input is the query image, output a ranked list of the top k images.',
  'This is a retrieval task followed by a ranking stage.',
  'Features: image pixels, category, title text embedding, user context.',
  'Split by time to avoid leakage, and downsample the dominant categories.',
  'Start with a pre-trained CLIP encoder as a baseline with brute-force search.',
  'Then fine-tune a ViT with a contrastive loss and in-batch negatives.',
  'Candidate generation with an ANN index, then a re-ranker with more features.',
  'Offline: recall@10, mAP and NDCG on rated pairs.',
  'Online: click-through rate and save rate in an A/B test against control.',
  'Guardrails: p95 latency and the rate of reported results must not regress.',
  'Serve embeddings online, with an HNSW index sharded over CPU machines.',
  'Monitor data drift, the score distribution and index recall, with alerts.',
  'Retrain monthly on new clicks; keep some exploration to avoid a feedback loop.',
];

// A deterministic pseudo-random stream, so every run generates the same history.
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function journal(n, rand) {
  const at0 = Date.UTC(2024, 0, 1) + n * 3_600_000;
  const caseId = cases[n % cases.length];
  const id = `${new Date(at0).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}-${caseId}`;
  const unfinished = rand() < 0.1;
  const ran = unfinished ? 1 + Math.floor(rand() * 4) : steps.length;
  const events = [
    { type: 'started', at: at0, v: 1, sessionId: id, caseId, frameworkId: 'mlsd-45', mode: rand() < 0.5 ? 'mock' : 'study', strict: false, steps: steps.map(([s]) => s), source: 'terminal' },
  ];
  let t = at0;
  for (const [step, minutes] of steps.slice(0, ran)) {
    events.push({ type: 'step-started', at: t, step });
    const used = minutes * 60_000 * (0.6 + rand() * 0.7);
    const lines = 3 + Math.floor(rand() * 8);
    if (step === 'clarify' && rand() < 0.7) {
      events.push({ type: 'question', at: t + 10_000, step, text: 'How many users do we have?', reply: 'About 150 million daily active users.', fact: 0 });
    }
    for (let i = 0; i < lines; i++) {
      events.push({ type: 'line', at: t + Math.floor((used * (i + 1)) / (lines + 1)), step, text: sentences[Math.floor(rand() * sentences.length)] });
    }
    if (rand() < 0.2) events.push({ type: 'hint', at: t + used / 2, step, topic: 'scope', level: 1, text: 'What is in and out?' });
    if (rand() < 0.1) events.push({ type: 'paused', at: t + used / 3 }, { type: 'resumed', at: t + used / 3 + 30_000 });
    t += used;
    // As this version writes them: the verdict given at the step's end (and after its follow-up), of
    // the same shape and size as the checker's; a rebuild reads it rather than checking again.
    const typed = events.filter((e) => e.type === 'line' && e.step === step).map((e) => e.text);
    const flags = rand() < 0.2 ? [{ id: 'accuracy-on-rare-positives', title: 'Accuracy on rare positives', why: 'Accuracy rewards predicting the majority class.', instead: 'Use precision and recall at a fixed rate.', source: 'catalogue', step, evidence: typed[0] }] : [];
    const scored = () => {
      const covered = stepTopics[step].filter(() => rand() < 0.6);
      const depth = Object.fromEntries(covered.filter(() => rand() < 0.6).map((id) => [id, typed[Math.floor(rand() * typed.length)]]));
      return { covered, missed: stepTopics[step].filter((id) => !covered.includes(id)), depth, flags };
    };
    events.push({ type: 'step-ended', at: t, step, reason: 'done', scored: scored() });
    if (rand() < 0.5) events.push({ type: 'follow-up', at: t, step, topic: 'scale', question: 'What if traffic doubles?', answer: 'Shard the index further.', scored: scored() });
  }
  if (!unfinished) events.push({ type: 'finished', at: t });
  return { id, text: events.map((e) => `${JSON.stringify(e)}\n`).join('') };
}

export function generate(home, count) {
  const dir = join(home, 'data', 'sessions');
  mkdirSync(dir, { recursive: true });
  const rand = random(42);
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const { id, text } = journal(n, rand);
    writeFileSync(join(dir, `${id}.jsonl`), text);
    bytes += text.length;
  }
  return bytes;
}

// Runs the CLI through a wrapper that reports the process's own peak RSS on exit.
function wrapper(dir) {
  const file = join(dir, 'rss-wrapper.mjs');
  writeFileSync(
    file,
    `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.MLSD_BENCH_RSS, String(process.resourceUsage().maxRSS)));
process.argv.splice(1, 1);
await import(${JSON.stringify(pathToFileURL(mlsd).href)});
`,
  );
  return file;
}

function run(home, args, wrap) {
  const rssFile = join(home, 'rss.txt');
  const env = { ...process.env, MLSD_HOME: home, NO_COLOR: '1', MLSD_BENCH_RSS: rssFile };
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [wrap, mlsd, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`mlsd ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, mb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

/** Warm runs (median of 3, the index in place) of each command over `count` sessions, and one cold run of stats (index removed). */
function measure(count, root) {
  const home = mkdtempSync(join(root, `s${count}-`));
  generate(home, count);
  const wrap = wrapper(home);
  rmSync(join(home, 'data', 'index.jsonl'), { force: true });
  const out = { cold: run(home, ['stats'], wrap) };
  for (const command of ['stats', 'history', 'next']) {
    const warm = [0, 1, 2].map(() => run(home, [command], wrap));
    out[command] = { ms: median(warm.map((w) => w.ms)), mb: Math.max(...warm.map((w) => w.mb)) };
  }
  return out;
}

export default async function progressBench() {
  const root = mkdtempSync(join(tmpdir(), 'mlsd-bench-progress-'));
  try {
    const small = measure(2_500, root);
    const big = measure(10_000, root);
    const rows = [];
    for (const command of ['stats', 'history']) {
      const warm = big[command];
      // Linear: four times the sessions may take at most ~4× (5× allows for noise); a fixed start-up cost only lowers the ratio.
      const ratio = warm.ms / small[command].ms;
      rows.push(
        { name: `${command}, 10,000 sessions`, value: warm.ms.toFixed(0), unit: 'ms', budget: '≤ 400 ms', ok: warm.ms <= 400 },
        { name: `${command}, 10,000 sessions, peak RSS`, value: warm.mb.toFixed(0), unit: 'MB', budget: '≤ 200 MB', ok: warm.mb <= 200 },
        { name: `${command}, 10,000 vs 2,500 sessions`, value: ratio.toFixed(2), unit: '× time', budget: '≤ 5× (linear)', ok: ratio <= 5 },
      );
    }
    // No budget of its own: it reads what stats reads, then replays every topic's reviews (FSRS), so it should take about as long.
    rows.push({ name: 'next, 10,000 sessions', value: big.next.ms.toFixed(0), unit: 'ms', detail: `${(big.next.ms / big.stats.ms).toFixed(2)}× stats, ${big.next.mb.toFixed(0)} MB peak` });
    // The first run after an upgrade (or with the index deleted) summarises every journal while the user waits.
    const coldRatio = big.cold.ms / small.cold.ms;
    rows.push({
      name: 'stats, 10,000 sessions, cold (index rebuilt once)',
      value: (big.cold.ms / 1000).toFixed(1),
      unit: 's',
      budget: '≤ 3 s',
      ok: big.cold.ms <= 3000,
      detail: `${big.cold.mb.toFixed(0)} MB peak, ${coldRatio.toFixed(2)}× the time of 2,500`,
    });
    return rows;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await progressBench();
  for (const r of rows) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.value} ${r.unit} (budget ${r.budget})`);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
