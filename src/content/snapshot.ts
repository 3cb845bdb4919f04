// A content-addressed record of files already known to pass the schema: the build
// writes one for the bundled content, so start-up and `mlsd validate` skip YAML
// parsing for bytes that were validated before. A file whose bytes differ (edited,
// or the user's own) misses and takes the full path; the snapshot is never trusted
// for anything but "these exact bytes, of this kind, passed this schema". One file
// per document (dist/content-snapshot/<digest>.json), so a start-up reads only the
// documents it loads.
import { readFileSync } from 'node:fs';
import type * as NodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ContentKind } from './schemas.js';

export interface Snapshot {
  /** Digest of kind + bytes → the validated document. */
  docs: Record<string, unknown>;
}

export function snapshotDir(packageRoot: string): string {
  return join(packageRoot, 'dist', 'content-snapshot');
}

// Required, not imported: an ES import of node:crypto also builds its Web Crypto half, a
// noticeable share of a start-up that only wants one hash. Required once: a require function
// costs about a millisecond to make, and `mlsd validate` hashes every file.
let cryptoModule: typeof NodeCrypto | undefined;
const crypto = (): typeof NodeCrypto => (cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof NodeCrypto);

export function digest(kind: ContentKind, bytes: Uint8Array): string {
  return crypto().createHash('sha256').update(kind).update('\0').update(bytes).digest('base64url');
}

const known = new Map<string, unknown>();

/** The validated document for these bytes, if the snapshot at `packageRoot` has it. */
export function fromSnapshot(packageRoot: string | undefined, kind: ContentKind, bytes: Uint8Array): unknown {
  if (!packageRoot) return undefined;
  const key = digest(kind, bytes);
  if (!known.has(key)) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(join(snapshotDir(packageRoot), `${key}.json`), 'utf8'));
    } catch {
      doc = undefined; // not validated at build: the full path
    }
    known.set(key, doc);
  }
  return known.get(key);
}
