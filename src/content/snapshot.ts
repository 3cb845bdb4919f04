// A content-addressed record of files already known to pass the schema: the build
// writes one for the bundled content, so start-up and `mlsd validate` skip YAML
// parsing for bytes that were validated before. A file whose bytes differ (edited,
// or the user's own) misses and takes the full path; the snapshot is never trusted
// for anything but "these bytes (by length and CRC), of this kind, passed this schema". One file
// per document (dist/content-snapshot/<digest>.json), so a start-up reads only the
// documents it loads.
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import type { ContentKind } from './schemas.js';

export interface Snapshot {
  /** Digest of kind + bytes → the validated document. */
  docs: Record<string, unknown>;
}

export function snapshotDir(packageRoot: string): string {
  return join(packageRoot, 'dist', 'content-snapshot');
}

/**
 * The key of these bytes of this kind: their length and zlib's CRC-32 of kind and bytes (native, and
 * node:crypto's SHA-256 cost a drill's start about 3 ms to load). It tells bytes edited since the build
 * from those it validated, which is all a key has to do: it is no defence against a file made to
 * collide, and it need not be, since such a file would only be read as the bundled document it copies.
 */
export function digest(kind: ContentKind, bytes: Uint8Array): string {
  return `${kind}-${bytes.length.toString(36)}-${crc32(bytes, crc32(`${kind}\0`)).toString(36)}`;
}

/**
 * Where a bundled case's labelled questions (thousands) are kept apart from the rest of its document, once
 * the build has checked that each names the case's own facts: a command that lists or validates cases does
 * not read them; one that answers questions does.
 */
export const questionsKey = (key: string): string => `${key}-questions`;

const known = new Map<string, unknown>();

function entry(packageRoot: string, key: string): unknown {
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

/** The validated document whose bytes have this digest, if the snapshot at `packageRoot` has it (a case without its questions kept apart). */
export function fromSnapshot(packageRoot: string | undefined, key: string | undefined): unknown {
  return packageRoot && key ? entry(packageRoot, key) : undefined;
}

/** The questions kept apart from the case document whose bytes have this digest, if the snapshot has them so. */
export function questionsFromSnapshot(packageRoot: string | undefined, key: string | undefined): unknown[] | undefined {
  return packageRoot && key ? (entry(packageRoot, questionsKey(key)) as unknown[] | undefined) : undefined;
}
