// A content-addressed record of files already known to pass the schema: the build
// writes one for the bundled content, so start-up and `mlsd validate` skip YAML
// parsing for bytes that were validated before. A file whose bytes differ (edited,
// or the user's own) misses and takes the full path; the snapshot is never trusted
// for anything but "these exact bytes, of this kind, passed this schema".
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentKind } from './schemas.js';

export interface Snapshot {
  /** Digest of kind + bytes → the validated document. */
  docs: Record<string, unknown>;
}

let loaded: Snapshot | null | undefined;

export function snapshotPath(packageRoot: string): string {
  return join(packageRoot, 'dist', 'content-snapshot.json');
}

export function digest(kind: ContentKind, bytes: Uint8Array): string {
  return createHash('sha256').update(kind).update('\0').update(bytes).digest('base64url');
}

/** The validated document for these bytes, if the snapshot at `packageRoot` has it. */
export function fromSnapshot(packageRoot: string | undefined, kind: ContentKind, bytes: Uint8Array): unknown {
  if (!packageRoot) return undefined;
  if (loaded === undefined) {
    try {
      loaded = JSON.parse(readFileSync(snapshotPath(packageRoot), 'utf8')) as Snapshot;
    } catch {
      loaded = null;
    }
  }
  return loaded?.docs[digest(kind, bytes)];
}
