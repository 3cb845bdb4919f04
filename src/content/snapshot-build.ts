// Used by scripts/build.mjs only: validate every bundled file the full way and
// record the ones that pass, for fromSnapshot() at run time.
import { readFileSync } from 'node:fs';
import { contentFiles } from './files.js';
import { readDoc } from './read.js';
import { digest, type Snapshot } from './snapshot.js';

export function buildSnapshot(packageRoot: string): Snapshot {
  const docs: Record<string, unknown> = {};
  const roots = { bundled: packageRoot, user: '/nonexistent' };
  for (const kind of ['topics', 'framework', 'case'] as const) {
    for (const file of contentFiles(roots, kind)) {
      const read = readDoc(kind, file.path, file.shown);
      if (read.ok) docs[digest(kind, readFileSync(file.path))] = read.value.doc;
    }
  }
  return { docs };
}
