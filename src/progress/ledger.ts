// Every saved session's record (its summary, less the words of its red flags and
// verdict), for history, stats and next. The journals are the
// truth; summarising 10,000 of them (replay + coverage) on every command would be
// too slow, so the summaries are kept in a derived index, `<data>/index.jsonl`, one
// line per journal keyed by its size and mtime. The index is rebuilt silently when
// it is missing, damaged, or written by another version or for other content; an
// unfinished session's journal that changed is summarised again (a finished one is
// never written again, so it is not looked at). Deleting the index loses nothing.
// The journals to summarise are summarised by ./journal-summaries.ts, over worker threads when
// there are many (commands that can wait for it use loadLedgerInParallel).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, type ContentRoots } from '../content/files.js';
import { sessionsDir, type MlsdPaths } from '../store/paths.js';
import { fingerprint } from '../text/fingerprint.js';
import { version } from '../version.js';
import { HeadAt, indexPath, readIndex, writeIndex, type IndexRead, type StoredEntry } from './index-file.js';
import { IndexedRecord, type BodySource } from './indexed-record.js';
import { splitRecord, type SessionRecord } from './index-schema.js';
import { recordFor, summariseJournal, summariseJournals, type JournalJob, type JournalOutcome, type SummariseOptions } from './journal-summaries.js';
import { planSource, type PlanSource } from './plans.js';

export interface Ledger {
  /** Newest first. */
  summaries: SessionRecord[];
  /** One line per journal that was skipped, naming it. */
  warnings: string[];
}

/** Bumped when what a summary holds changes, so older indexes are rebuilt. */
const indexVersion = 6;

/**
 * What a cached summary depends on besides its journal: this program, and the content
 * its session is scored against (the topic catalogue, its case, its framework). Editing
 * one case re-summarises that case's sessions only.
 */
function contentStamps(roots: ContentRoots): (caseId: string, frameworkId: string) => string {
  const files = { topics: contentFiles(roots, 'topics'), framework: contentFiles(roots, 'framework'), case: contentFiles(roots, 'case') };
  const statOf = new Map<string, string>();
  const fileStamp = (path: string) => {
    let stamp = statOf.get(path);
    if (stamp === undefined) {
      try {
        const st = statSync(path);
        stamp = `${path}:${st.size}:${st.mtimeMs}`;
      } catch {
        stamp = `${path}:gone`;
      }
      statOf.set(path, stamp);
    }
    return stamp;
  };
  const stamps = new Map<string, string>();
  return (caseId, frameworkId) => {
    const key = `${caseId}\u0000${frameworkId}`;
    let stamp = stamps.get(key);
    if (stamp === undefined) {
      const relevant = [...files.topics, ...files.framework.filter((f) => f.id === frameworkId), ...files.case.filter((f) => f.id === caseId)];
      stamp = fingerprint([`${caseId}\u0000${frameworkId}`, ...relevant.map((file) => fileStamp(file.path))].join('\n'));
      stamps.set(key, stamp);
    }
    return stamp;
  };
}

/** The entries to write: those read from the index (by row) made whole again, the rest as they are. */
const present = (s: Pick<Scan, 'stored' | 'cached'>): StoredEntry[] =>
  s.stored.flatMap((e) => (e === undefined ? [] : typeof e === 'number' ? [s.cached.stored(e)] : [e]));

/** What reading the index left to do: the journals to summarise, and where their entries go. */
interface Scan {
  dir: string;
  file: string;
  stamp: string;
  plans: PlanSource;
  contentStamp: (caseId: string, frameworkId: string) => string;
  cached: IndexRead;
  /** In the journals' order: a session kept from the index as its row there, any other entry as it is; a journal found gone while it was summarised leaves a hole. */
  stored: (StoredEntry | number | undefined)[];
  records: SessionRecord[];
  errors: { name: string; error: string }[];
  changed: boolean;
  jobs: (JournalJob & { at: number })[];
  bodies: BodySource;
}

/** Reads the index and sorts the journals into those it holds (their records made) and those to summarise. */
function scan(paths: MlsdPaths, roots: ContentRoots): Scan | undefined {
  const dir = sessionsDir(paths);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.jsonl'));
  } catch {
    return undefined;
  }
  const stamp = `${indexVersion}:${version}`;
  const contentStamp = contentStamps(roots);
  const file = indexPath(paths);
  const cached = readIndex(file, stamp);
  const plans = planSource(roots);
  const stored: Scan['stored'] = [];
  const records: SessionRecord[] = [];
  const errors: { name: string; error: string }[] = [];
  const jobs: Scan['jobs'] = [];
  const inDir = join(dir, '/'); // a journal's path, without a join per journal (a sixth of history's scan)
  // One source of bodies for every record (not two closures each: history makes 10,000).
  const bodies: BodySource = {
    // A body kept in the index is read from its place there; its handle is made when the body is first asked for.
    text: (at) => {
      const kept = stored[at]!;
      return typeof kept === 'number' ? cached.body(kept) : (kept.body ?? '');
    },
    mend: (at) => {
      const kept = stored[at]!;
      const { name, size, mtimeMs } = typeof kept === 'number' ? cached.stored(kept).entry : kept.entry;
      const record = recordFor(inDir + name, plans.plan);
      const { head, body } = splitRecord(record);
      stored[at] = { entry: { name, size, mtimeMs, content: contentStamp(head.caseId, head.frameworkId), head }, body: JSON.stringify(body) };
      writeIndex(file, stamp, present({ stored, cached }));
      return record;
    },
  };
  const c = cached.sessions;
  // Whether a stamp is the content's now, asked once per stamp, case and framework (their positions in the shared strings).
  const current = new Map<number, boolean>();
  const strings = c.shared.length;
  const currentContent = (content: number, caseId: number, frameworkId: number): boolean => {
    const key = (content * strings + caseId) * strings + frameworkId;
    let is = current.get(key);
    if (is === undefined) current.set(key, (is = cached.shared(content) === contentStamp(cached.shared(caseId), cached.shared(frameworkId))));
    return is;
  };
  /** Whether a journal still has the size and time indexed; 'gone' when it was deleted while we looked. */
  const sameFile = (name: string, size: number, mtimeMs: number): boolean | 'gone' => {
    try {
      const st = statSync(inDir + name);
      return st.size === size && st.mtimeMs === mtimeMs;
    } catch {
      return 'gone';
    }
  };
  let kept = 0;
  for (const name of names) {
    const row = cached.rowOf(name);
    if (row !== undefined) {
      // A finished session's journal is never written again: its entry stands without a stat of the file
      // (a stat of every journal was a sixth of history's time). Any other is checked for a change.
      const same = c.finished[row] || sameFile(name, c.size[row]!, c.mtimeMs[row]!);
      if (same === 'gone') continue;
      if (same && currentContent(c.content[row]!, c.caseId[row]!, c.frameworkId[row]!)) {
        kept++;
        stored.push(row);
        records.push(new IndexedRecord(new HeadAt(c, row), undefined, bodies, stored.length - 1));
        continue;
      }
    } else {
      const entry = cached.unreadOf(name);
      const same = entry ? sameFile(name, entry.size, entry.mtimeMs) : false;
      if (same === 'gone') continue;
      if (entry && same) {
        kept++;
        stored.push({ entry });
        errors.push({ name, error: entry.error });
        continue;
      }
    }
    // One not in the index, or changed: its summariser takes its size and time.
    jobs.push({ name, at: stored.length });
    stored.push(undefined); // its place, filled in once summarised
  }
  return { dir, file, stamp, plans, contentStamp, cached, stored, records, errors, changed: kept !== cached.size || jobs.length > 0, jobs, bodies };
}

/** Puts the summarised journals in their places, writes the index if anything changed, and gives the records newest first. */
function finish(s: Scan, outcomes: readonly JournalOutcome[], warned: readonly string[]): Ledger {
  s.jobs.forEach(({ name, at }, i) => {
    const outcome = outcomes[i]!;
    if ('gone' in outcome) return; // deleted since it was listed
    const { size, mtimeMs } = outcome;
    if ('error' in outcome) {
      s.stored[at] = { entry: { name, size, mtimeMs, error: outcome.error } };
      s.errors.push({ name, error: outcome.error });
      return;
    }
    const { head, body, record } = outcome;
    s.stored[at] = { entry: { name, size, mtimeMs, content: s.contentStamp(head.caseId, head.frameworkId), head }, body };
    s.records.push(record ?? new IndexedRecord(head, body, s.bodies, at));
  });
  if (s.changed) writeIndex(s.file, s.stamp, present(s));
  const summaries = s.records.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1));
  const warnings = s.errors.map(({ name, error }) => {
    const where = join(s.dir, name);
    return error.startsWith(where) ? `skipped ${error}` : `skipped ${where}: ${error}`;
  });
  warnings.push(...new Set([...warned, ...s.plans.warnings()]));
  return { summaries, warnings };
}

/** Every session's record, newest first; journals that cannot be read are skipped with a warning naming them. */
export function loadLedger(paths: MlsdPaths, roots: ContentRoots, progress?: (summarised: number, journals: number) => void): Ledger {
  const s = scan(paths, roots);
  if (!s) return { summaries: [], warnings: [] };
  const outcomes = s.jobs.map((job, i) => {
    if ((i + 1) % 250 === 0) progress?.(i + 1, s.jobs.length);
    return summariseJournal(s.dir, job.name, s.plans.plan);
  });
  return finish(s, outcomes, []);
}

/** As loadLedger, with the journals to summarise (all of them, after an upgrade) spread over worker threads when there are many. */
export async function loadLedgerInParallel(
  paths: MlsdPaths,
  roots: ContentRoots,
  progress?: (summarised: number, journals: number) => void,
  options: Omit<SummariseOptions, 'progress'> = {},
): Promise<Ledger> {
  const s = scan(paths, roots);
  if (!s) return { summaries: [], warnings: [] };
  if (s.jobs.length === 0) return finish(s, [], []);
  const { outcomes, warnings } = await summariseJournals(s.dir, roots, s.jobs, s.plans.plan, { ...options, progress: (done) => progress?.(done, s.jobs.length) });
  return finish(s, outcomes, warnings);
}
