// A worker thread of a history index rebuild (./journal-summaries.ts): loads the content once, then
// summarises each batch of journals it is sent and sends back what the index stores of each.
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentRoots } from '../content/files.js';
import { summariseJournal, type BatchDone, type BatchRequest } from './journal-summaries.js';
import { planSource } from './plans.js';

const { dir, roots } = workerData as { dir: string; roots: ContentRoots };
const plans = planSource(roots);

parentPort?.on('message', ({ first, names }: BatchRequest) => {
  // The record itself stays here: the calling thread reads the body from its text, when it needs it.
  const outcomes = names.map((name) => {
    const outcome = summariseJournal(dir, name, plans.plan);
    if (!('head' in outcome)) return outcome;
    const { record: _kept, ...sent } = outcome;
    return sent;
  });
  parentPort?.postMessage({ first, outcomes, warnings: plans.warnings() } satisfies BatchDone);
});
