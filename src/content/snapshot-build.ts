// Used by scripts/build.mjs only: validate every bundled file the full way and
// record the ones that pass, for fromSnapshot() at run time. `accept` adds the checks
// that live above the content layer (the cue lint), so a recorded document needs none
// of them again at run time.
import { readFileSync } from 'node:fs';
import { contentFiles } from './files.js';
import { readDoc } from './read.js';
import type { ContentKind } from './schemas.js';
import { digest, type Snapshot } from './snapshot.js';

/** The snapshot, and the bundled files left out of it (each then parsed at every start-up that reads it). */
export function buildSnapshot(packageRoot: string, accept: (kind: ContentKind, doc: unknown) => boolean = () => true): Snapshot & { left: string[] } {
  const docs: Record<string, unknown> = {};
  const left: string[] = [];
  const roots = { bundled: packageRoot, user: '/nonexistent' };
  for (const kind of ['topics', 'framework', 'case'] as const) {
    for (const file of contentFiles(roots, kind)) {
      const read = readDoc(kind, file.path, file.shown);
      if (read.ok && accept(kind, read.value.doc)) docs[digest(kind, readFileSync(file.path))] = read.value.doc;
      else left.push(file.shown);
    }
  }
  return { docs, left };
}
