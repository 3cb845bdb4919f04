// Passes one and two for one file: bytes to a schema-checked document. Bytes the
// build already validated come from the content snapshot and skip the YAML parser;
// positions (for messages) are then parsed lazily, on the first one asked for.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { plainDeep } from '../text/plain.js';
import type { Diagnostic, Result } from './diagnostics.js';
import { maxContentBytes, tooLargeMessage } from './limits.js';
import { checkSchema, parseYaml, type ParsedYaml } from './parser.js';
import type { ContentKind, DocOf } from './schemas.js';
import { digest, fromSnapshot, questionsFromSnapshot } from './snapshot.js';
import { onFirstUse } from './lazy.js';

export type Locate = ParsedYaml['locate'];

/** A schema-valid document and how to find a path in it, for later messages. */
export interface ReadDoc<T> {
  doc: T;
  locate: Locate;
  /**
   * The bytes are in the build's snapshot: they passed the schema and every check the build runs (the cue lint; for
   * a case, that no two facts share a way of asking).
   */
  checked: boolean;
  /**
   * A case's labelled questions were checked by the build to name only the case's own facts (the snapshot keeps
   * them apart only then): the reference pass need not read them again, so a session reads them at the first answer.
   */
  questionsChecked: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * One buffer for every file's bytes, reused: a snapshot hit needs only their digest, and fresh memory for each
 * file cost more than reading it (mlsd validate reads 3 MB of YAML; on this VM, about 7 ms a megabyte).
 */
let scratch = Buffer.allocUnsafe(0);

/** The bytes of the file at `path` (of about `size`), valid until the next call: they are in the reused buffer. */
function readReused(path: string, size: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (;;) {
      // One byte over the size, so a file read whole is seen to end without growing the buffer.
      if (scratch.length <= length || scratch.length < size + 1) {
        // Pages untouched cost nothing: sized once for the largest file read, not grown file by file.
        const grown = Buffer.allocUnsafe(Math.max(size + 1, 2 * scratch.length, maxContentBytes + 1));
        scratch.copy(grown, 0, 0, length);
        scratch = grown;
      }
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0) return scratch.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** A problem with the file as a whole, at its first line. */
export const fileProblem = (file: string, message: string): Diagnostic => ({ file, line: 1, col: 1, path: '', message });

/** Parse and schema-check one file; also insists that a framework's or case's id matches its file name. */
/** A read that failed its schema keeps the parsed data, so references can still be checked loosely (./loose.ts). */
export type DocRead<T> = Result<ReadDoc<T>> & { parsed?: ParsedYaml };

/**
 * `questions: false`: a bundled case from the snapshot comes without its labelled questions (kept apart, and
 * checked when the snapshot was built), for a command that lists or validates cases and answers none.
 */
export function readDoc<K extends ContentKind>(kind: K, path: string, shown: string, snapshotRoot?: string, { questions = true } = {}): DocRead<DocOf<K>> {
  const fail = (message: string): { ok: false; errors: Diagnostic[] } => ({ ok: false, errors: [fileProblem(shown, message)] });
  // The file's bytes while this call runs; after it, a position asked for reads the file again (see `where`).
  let bytes: Uint8Array | undefined;
  try {
    const { size } = statSync(path);
    if (size > maxContentBytes) return fail(tooLargeMessage);
    bytes = readReused(path, size);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a YAML file' : `cannot read (${code})`);
  }
  const key = snapshotRoot === undefined ? undefined : digest(kind, bytes);
  const snapshotted = fromSnapshot(snapshotRoot, key) as DocOf<K> | undefined;
  // A bundled case's labelled questions (thousands) are read on first use: by the interviewer's first answer.
  // The build keeps a case's questions apart only once it has checked them.
  const kept = snapshotted !== undefined && kind === 'case' && !('questions' in snapshotted);
  const apart = kept && questions;
  const known = apart ? onFirstUse({ ...snapshotted }, 'questions', () => questionsFromSnapshot(snapshotRoot, key)) : snapshotted;
  let doc = known;
  let locate: Locate | undefined;
  const parse = (from: Uint8Array): Result<DocOf<K>> & { parsed?: ParsedYaml } => {
    let text: string;
    try {
      text = decoder.decode(from);
    } catch {
      return fail('file is not valid UTF-8 text');
    }
    const parsed = parseYaml(text, shown);
    if (!parsed.ok) return parsed;
    locate = parsed.value.locate;
    const checked = checkSchema(kind, parsed.value, shown);
    return checked.ok ? checked : { ...checked, parsed: parsed.value };
  };
  if (doc === undefined) {
    const checked = parse(bytes);
    if (!checked.ok) return checked;
    doc = checked.value;
  }
  // A snapshot hit is parsed only if a position in it is asked for (a reference the user's content breaks): its bytes
  // are read again then, being gone from the buffer.
  const where: Locate = (segments, at) => {
    if (!locate) {
      try {
        parse(bytes ?? readFileSync(path));
      } catch {
        // gone since: no position to give
      }
    }
    return locate ? locate(segments, at) : { line: 1, col: 1 };
  };
  const fileId = basename(path).replace(/\.ya?ml$/, '');
  const id = (doc as { id: string }).id;
  if (kind !== 'topics' && id !== fileId) {
    const { line, col } = where(['id']);
    return { ok: false, errors: [{ file: shown, line, col, path: 'id', message: `must match the file name ("${fileId}"), found "${id}"` }] };
  }
  bytes = undefined; // the next file's bytes take their place
  // Content text is printed to terminals: no escape sequences survive loading (the snapshot holds documents already made plain).
  return { ok: true, value: { doc: known ?? plainDeep(doc), locate: where, checked: known !== undefined, questionsChecked: kept } };
}
