// Used by scripts/build.mjs only: validate every bundled file the full way and
// record the ones that pass, for fromSnapshot() at run time. `accept` adds the checks
// that live above the content layer (the cue lint), so a recorded document needs none
// of them again at run time.
import { readFileSync } from 'node:fs';
import { contentFiles } from './files.js';
import { toCase } from './normalise.js';
import { readDoc } from './read.js';
import { sharedAsks } from './references.js';
import type { CaseDoc, ContentKind } from './schemas.js';
import { digest, questionsKey, type Snapshot } from './snapshot.js';

/** The snapshot, and the bundled files left out of it (each then parsed at every start-up that reads it). */
export function buildSnapshot(packageRoot: string, accept: (kind: ContentKind, doc: unknown) => boolean = () => true): Snapshot & { left: string[] } {
  const docs: Record<string, unknown> = {};
  const left: string[] = [];
  const roots = { bundled: packageRoot, user: '/nonexistent' };
  for (const kind of ['topics', 'framework', 'case'] as const) {
    for (const file of contentFiles(roots, kind)) {
      const read = readDoc(kind, file.path, file.shown);
      // That no two of a case's facts share a way of asking needs the file alone, and cost validate about 10 ms a
      // run (1,600 ways of asking made plain): checked here once, and skipped for a document from the snapshot.
      const asksShared = kind === 'case' && read.ok && sharedAsks(toCase(read.value.doc as CaseDoc, file.shown)).length > 0;
      if (!read.ok || asksShared || !accept(kind, read.value.doc)) {
        left.push(file.shown);
        continue;
      }
      const key = digest(kind, readFileSync(file.path));
      const kase = kind === 'case' ? (read.value.doc as CaseDoc) : undefined;
      if (kase?.questions !== undefined && namesOwnFacts(kase)) {
        const { questions, ...rest } = kase;
        docs[key] = rest;
        docs[questionsKey(key)] = questions;
      } else docs[key] = read.value.doc;
    }
  }
  return { docs, left };
}

/** Every labelled question names only facts of its own case (what `mlsd validate` would otherwise check each run). */
function namesOwnFacts(doc: CaseDoc): boolean {
  const facts = new Set(doc.facts.map((f) => f.id));
  return (doc.questions ?? []).every((q) => q.facts.every((f) => facts.has(f)) && (q.or ?? []).every((o) => o.every((f) => facts.has(f))));
}
