// Every saved session's summary, for history, stats and next. The journals are the
// truth; summarising 10,000 of them (replay + coverage) on every command would be
// too slow, so the summaries are kept in a derived index, `<data>/index.jsonl`, one
// line per journal keyed by its size and mtime. The index is rebuilt silently when
// it is missing, damaged, or written by another version or for other content; a
// journal that changed is summarised again. Deleting the index loses nothing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../cli/program.js';
import { contentFiles, type ContentRoots } from '../content/load.js';
import type { Plan } from '../content/model.js';
import { summarize } from '../session/summarize.js';
import type { SessionSummary } from '../session/summary.js';
import { sessionsDir, type MlsdPaths } from '../store/paths.js';
import { readJournal } from '../store/journal.js';
import { writeFileAtomic } from './atomic-write.js';
import { planSource } from './plans.js';

interface Entry {
  name: string;
  size: number;
  mtimeMs: number;
  summary?: SessionSummary;
  /** Why the journal could not be read: it is skipped, with a warning, until it changes. */
  error?: string;
}

export interface Ledger {
  /** Newest first. */
  summaries: SessionSummary[];
  /** One line per journal that was skipped, naming it. */
  warnings: string[];
}

const indexVersion = 1;
export const indexPath = (paths: MlsdPaths): string => join(paths.data, 'index.jsonl');

/** What the cached summaries depend on besides the journal: this program and the content (topics, frameworks, cases). */
function stampOf(roots: ContentRoots): string {
  const hash = createHash('sha1').update(`${indexVersion}:${version}`);
  for (const kind of ['topics', 'framework', 'case'] as const) {
    for (const file of contentFiles(roots, kind)) {
      try {
        const st = statSync(file.path);
        hash.update(`\n${file.path}:${st.size}:${st.mtimeMs}`);
      } catch {
        hash.update(`\n${file.path}:gone`);
      }
    }
  }
  return hash.digest('hex');
}

function readIndex(path: string, stamp: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return entries;
  }
  const lines = text.split('\n');
  try {
    if ((JSON.parse(lines[0] ?? '') as { stamp?: unknown }).stamp !== stamp) return entries;
  } catch {
    return entries;
  }
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    try {
      const entry = JSON.parse(line) as Entry;
      if (typeof entry.name === 'string' && (entry.summary || entry.error)) entries.set(entry.name, entry);
    } catch {
      // a damaged line: that journal is summarised again
    }
  }
  return entries;
}

function writeIndex(path: string, stamp: string, entries: readonly Entry[]): void {
  const body = [JSON.stringify({ index: 'mlsd-sessions', stamp }), ...entries.map((e) => JSON.stringify(e))].join('\n');
  try {
    writeFileAtomic(path, `${body}\n`);
  } catch {
    // A read-only data folder: the next run summarises again, nothing is lost.
  }
}

function summaryOf(path: string, plans: (caseId: string, frameworkId: string) => Plan): SessionSummary {
  const { events } = readJournal(path); // a torn last line is dropped: the session counts as far as it got
  const started = events[0];
  if (started?.type !== 'started') throw new Error(`${path}: not a session journal`);
  return summarize(events, plans(started.caseId, started.frameworkId));
}

/** Every session's summary, newest first; journals that cannot be read are skipped with a warning naming them. */
export function loadLedger(paths: MlsdPaths, roots: ContentRoots): Ledger {
  const dir = sessionsDir(paths);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.jsonl'));
  } catch {
    return { summaries: [], warnings: [] };
  }
  const stamp = stampOf(roots);
  const file = indexPath(paths);
  const cached = readIndex(file, stamp);
  const plans = planSource(roots);
  const entries: Entry[] = [];
  let changed = cached.size !== names.length;
  for (const name of names) {
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue; // deleted while we looked
    }
    const hit = cached.get(name);
    if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) {
      entries.push(hit);
      continue;
    }
    changed = true;
    try {
      entries.push({ name, size: st.size, mtimeMs: st.mtimeMs, summary: summaryOf(path, plans.plan) });
    } catch (error) {
      entries.push({ name, size: st.size, mtimeMs: st.mtimeMs, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (changed) writeIndex(file, stamp, entries);
  const summaries = entries
    .flatMap((e) => (e.summary ? [e.summary] : []))
    .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1));
  const warnings = entries.flatMap((e) => {
    if (!e.error) return [];
    const where = join(dir, e.name);
    return [e.error.startsWith(where) ? `skipped ${e.error}` : `skipped ${where}: ${e.error}`];
  });
  warnings.push(...plans.warnings());
  return { summaries, warnings };
}

/** Skipped journals on standard error, one line each (a flood cut short), so a damaged file never stops the command. */
export function printWarnings(stderr: NodeJS.WritableStream, warnings: readonly string[], most = 10): void {
  for (const w of warnings.slice(0, most)) stderr.write(`mlsd: warning: ${w}\n`);
  if (warnings.length > most) stderr.write(`mlsd: warning: … and ${warnings.length - most} more\n`);
}
