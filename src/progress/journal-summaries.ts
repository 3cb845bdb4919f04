// Summarising journals for the history index: in this thread, or, for a rebuild of many, spread over
// worker threads (./summarise-worker.ts), one per core. A cold rebuild of 10,000 journals is a
// replay and a scoring of each, and the user waits for it; the journals are independent, so the
// cores share it. Each worker loads the content once and takes journals in batches as it frees up,
// so a core slowed by other work takes fewer. What a worker sends back is what the index stores
// (the head, the body as text); the index itself is written by the calling thread alone.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentRoots } from '../content/files.js';
import type { Plan } from '../content/model.js';
import { summarize } from '../session/summarize.js';
import { journalText, parseJournal } from '../store/journal-read.js';
import { recordOf, splitRecord, type SessionHead, type SessionRecord } from './index-schema.js';

/** A journal to summarise, by its file name. */
export interface JournalJob {
  name: string;
}

/** The size and time an index entry is keyed by, taken before the journal is read (so a change while it is read is seen next time). */
interface Keyed {
  size: number;
  mtimeMs: number;
}

/**
 * A journal summarised (its head, its body as the index writes it, and in this thread the record
 * itself), or why it could not be; or gone (deleted since it was listed).
 */
export type JournalOutcome = (Keyed & ({ head: SessionHead; body: string; record?: SessionRecord } | { error: string })) | { gone: true };

export type PlanOf = (caseId: string, frameworkId: string) => Plan;

export function recordFor(path: string, plans: PlanOf): SessionRecord {
  return recordOfText(journalText(path).text, path, plans);
}

function recordOfText(text: string, path: string, plans: PlanOf): SessionRecord {
  const { events } = parseJournal(text, path); // a torn last line is dropped: the session counts as far as it got
  const started = events[0];
  if (started?.type !== 'started') throw new Error(`${path}: not a session journal`);
  return recordOf(summarize(events, plans(started.caseId, started.frameworkId)));
}

const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function summariseJournal(dir: string, name: string, plans: PlanOf): JournalOutcome {
  const path = join(dir, name);
  let read: ReturnType<typeof journalText>;
  try {
    read = journalText(path);
  } catch (error) {
    // Not to be opened (gone, a symbolic link, not readable): keyed by a stat of the path, if it is still there.
    try {
      const { size, mtimeMs } = statSync(path);
      return { size, mtimeMs, error: why(error) };
    } catch {
      return { gone: true };
    }
  }
  const { size, mtimeMs } = read;
  try {
    const record = recordOfText(read.text, path, plans);
    const { head, body } = splitRecord(record);
    return { size, mtimeMs, head, body: JSON.stringify(body), record };
  } catch (error) {
    return { size, mtimeMs, error: why(error) };
  }
}

/** Below this many journals, starting workers (each loads the program and the content) costs more than it saves. */
const fewestForWorkers = 600;
/** Up to this many journals a message: fewer messages, yet small enough that a slowed worker is left fewer. */
const largestBatch = 100;

/** The worker script beside the bundle that runs this code; none when running from source (tests), then all is done here. */
function workerScript(): string | undefined {
  const here = import.meta.url;
  if (!here.startsWith('file:') || !/\.c?js$/.test(here)) return undefined;
  for (const candidate of ['./summarise-worker.js', '../summarise-worker.js']) {
    const path = fileURLToPath(new URL(candidate, here));
    if (existsSync(path)) return path;
  }
  return undefined;
}

export interface SummariseOptions {
  /** How many worker threads at most; 0 or 1 summarises in this thread. Default: one per core, up to four. */
  workers?: number;
  /** The worker script (default: the built one beside this bundle). */
  script?: string;
  progress?: (done: number) => void;
}

/** Every job's outcome, in the jobs' order. `plans` serves this thread's share (and any a worker failed to do). */
export async function summariseJournals(
  dir: string,
  roots: ContentRoots,
  jobs: readonly JournalJob[],
  plans: PlanOf,
  options: SummariseOptions = {},
): Promise<{ outcomes: JournalOutcome[]; warnings: string[]; byWorkers: number }> {
  const outcomes: (JournalOutcome | undefined)[] = new Array(jobs.length);
  const warnings = new Set<string>();
  let done = 0;
  const report = (n: number) => {
    const before = Math.floor(done / 250);
    done += n;
    if (Math.floor(done / 250) !== before) options.progress?.(done);
  };
  const wanted = Math.min(options.workers ?? Math.min(availableParallelism(), 4), jobs.length);
  const script = options.script ?? workerScript();
  if (script && wanted > 1 && (options.workers !== undefined || jobs.length >= fewestForWorkers)) {
    await inWorkers(script, wanted, dir, roots, jobs, outcomes, warnings, report);
  }
  const byWorkers = done;
  // This thread does what no worker did (all of it, without workers).
  for (let i = 0; i < jobs.length; i++) {
    if (outcomes[i] !== undefined) continue;
    outcomes[i] = summariseJournal(dir, jobs[i]!.name, plans);
    report(1);
  }
  return { outcomes: outcomes as JournalOutcome[], warnings: [...warnings], byWorkers };
}

/** Messages between this thread and a worker: a batch to do, and a batch done. */
export interface BatchRequest {
  first: number;
  names: string[];
}
export interface BatchDone {
  first: number;
  outcomes: JournalOutcome[];
  warnings: string[];
}

async function inWorkers(
  script: string,
  count: number,
  dir: string,
  roots: ContentRoots,
  jobs: readonly JournalJob[],
  outcomes: (JournalOutcome | undefined)[],
  warnings: Set<string>,
  report: (n: number) => void,
): Promise<void> {
  const { Worker } = await import('node:worker_threads');
  const batchSize = Math.max(1, Math.min(largestBatch, Math.ceil(jobs.length / (count * 4))));
  let next = 0;
  const take = (): BatchRequest | undefined => {
    if (next >= jobs.length) return undefined;
    const first = next;
    next = Math.min(jobs.length, next + batchSize);
    return { first, names: jobs.slice(first, next).map((j) => j.name) };
  };
  const one = () =>
    new Promise<void>((resolve) => {
      let worker: InstanceType<typeof Worker>;
      try {
        worker = new Worker(script, { workerData: { dir, roots } });
      } catch {
        resolve(); // no thread to be had: the others, or this thread, do the work
        return;
      }
      const send = () => {
        const batch = take();
        if (batch) worker.postMessage(batch);
        else void worker.terminate();
      };
      worker.on('message', ({ first, outcomes: done, warnings: said }: BatchDone) => {
        done.forEach((outcome, i) => (outcomes[first + i] = outcome));
        for (const w of said) warnings.add(w);
        report(done.length);
        send();
      });
      // A worker that fails leaves its batch undone: this thread does it afterwards.
      worker.on('error', () => undefined);
      worker.on('exit', () => resolve());
      send();
    });
  await Promise.all(Array.from({ length: count }, one));
}
