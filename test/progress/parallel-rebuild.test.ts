// A history rebuild spread over worker threads (the built dist/summarise-worker.js) must give what one
// thread gives: the same records, the same warnings for damaged journals, the same index on disk.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexPath } from '../../src/progress/index-file.js';
import { summariseJournals, type JournalOutcome } from '../../src/progress/journal-summaries.js';
import { planSource } from '../../src/progress/plans.js';
import { loadLedger, loadLedgerInParallel } from '../../src/progress/ledger.js';
import { pathsOf, repoRoot, sessionsFolder, tempHome } from '../support/home.js';
import { writeJournal } from './fixtures.js';

const roots = (home: string) => ({ bundled: repoRoot, user: home });
const worker = join(repoRoot, 'dist', 'summarise-worker.js');
const cases = ['visual-search', 'video-search', 'news-feed'];
const lines = ['The business goal is more saves.', 'Offline NDCG@10, then an A/B test on click-through rate.', 'Monitor drift in the score distribution.'];

/** Thirty sessions of three cases, some unfinished, and two journals that cannot be read. */
function home(): string {
  const dir = tempHome();
  for (let n = 0; n < 30; n++) {
    const at = Date.UTC(2026, 0, 1 + n, 9);
    writeJournal(dir, {
      id: `${new Date(at).toISOString().slice(0, 10).replace(/-/g, '')}-090000-${cases[n % 3]}`,
      caseId: cases[n % 3]!,
      at,
      finished: n % 4 !== 0,
      steps: [
        { id: 'clarify', seconds: 200 + n, lines: lines.slice(0, 1 + (n % 3)) },
        { id: 'evaluate', seconds: 400, lines: lines.slice(1) },
      ],
    });
  }
  writeFileSync(join(sessionsFolder(dir), '20260301-090000-damaged.jsonl'), '{"type":"started"\nnot json\n');
  writeFileSync(join(sessionsFolder(dir), '20260302-090000-other.jsonl'), '{"type":"line","at":1,"step":"clarify","text":"no start"}\n');
  return dir;
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('a history rebuild in worker threads', () => {
  it('gives the records, warnings and index one thread gives, whatever the batches', async () => {
    const one = home();
    const many = tempHome();
    cpSync(one, many, { recursive: true });
    const alone = loadLedger(pathsOf(one), roots(one));
    const shared = await loadLedgerInParallel(pathsOf(many), roots(many), undefined, { workers: 3, script: worker });
    expect(shared.summaries.length).toBe(30);
    expect(plain(shared.summaries)).toEqual(plain(alone.summaries));
    expect(shared.warnings.map((w) => w.replace(many, 'HOME'))).toEqual(alone.warnings.map((w) => w.replace(one, 'HOME')));
    expect(shared.warnings).toHaveLength(2);
    // The journals' times differ between the two homes, and with them the length of the entries the header gives.
    const index = (dir: string) => readFileSync(indexPath(pathsOf(dir)), 'utf8').replace(/"mtimeMs":(\[[\d.,]*\]|[\d.]+)|"heads":\d+/g, '').replaceAll(dir, 'HOME');
    expect(index(many)).toBe(index(one));
  });

  it('summarises in this thread what the workers could not (a worker that does not start)', async () => {
    const dir = home();
    // One listed, then deleted before it is summarised.
    const jobs = [...readdirSync(sessionsFolder(dir)), '20260303-090000-deleted.jsonl'].map((name) => ({ name }));
    const plans = planSource(roots(dir)).plan;
    const run = (script: string) => summariseJournals(sessionsFolder(dir), roots(dir), jobs, plans, { workers: 2, script });
    const shared = await run(worker);
    expect(shared.byWorkers).toBe(33);
    const failed = await run(join(repoRoot, 'no-such-worker.js'));
    expect(failed.byWorkers).toBe(0);
    // Done here, an outcome also carries the record itself; what the index stores is the same.
    const stored = (outcomes: JournalOutcome[]) => plain(outcomes.map((o) => ('head' in o ? { ...o, record: undefined } : o)));
    expect(stored(failed.outcomes)).toEqual(stored(shared.outcomes));
    expect(shared.outcomes.at(-1)).toEqual({ gone: true });
  });
});
