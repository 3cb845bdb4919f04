// Passes one and two for one file: bytes to a schema-checked document. Bytes the
// build already validated come from the content snapshot and skip the YAML parser;
// positions (for messages) are then parsed lazily, on the first one asked for.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { plainDeep } from '../text/plain.js';
import type { Diagnostic, Result } from './diagnostics.js';
import { maxContentBytes, tooLargeMessage } from './limits.js';
import { checkSchema, parseYaml, type ParsedYaml } from './parser.js';
import type { ContentKind, DocOf } from './schemas.js';
import { fromSnapshot, questionsFromSnapshot } from './snapshot.js';
import { onFirstUse } from './lazy.js';

export type Locate = ParsedYaml['locate'];

/** A schema-valid document and how to find a path in it, for later messages. */
export interface ReadDoc<T> {
  doc: T;
  locate: Locate;
  /** The bytes are in the build's snapshot: they passed the schema and every check the build runs (the cue lint). */
  checked: boolean;
  /**
   * A case's labelled questions were checked by the build to name only the case's own facts (the snapshot keeps
   * them apart only then): the reference pass need not read them again, so a session reads them at the first answer.
   */
  questionsChecked: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

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
  let bytes: Buffer;
  try {
    if (statSync(path).size > maxContentBytes) return fail(tooLargeMessage);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a YAML file' : `cannot read (${code})`);
  }
  const snapshotted = fromSnapshot(snapshotRoot, kind, bytes) as DocOf<K> | undefined;
  // A bundled case's labelled questions (thousands) are read on first use: by the interviewer's first answer.
  // The build keeps a case's questions apart only once it has checked them.
  const kept = snapshotted !== undefined && kind === 'case' && !('questions' in snapshotted);
  const apart = kept && questions;
  const known = apart ? onFirstUse({ ...snapshotted }, 'questions', () => questionsFromSnapshot(snapshotRoot, bytes)) : snapshotted;
  let doc = known;
  let locate: Locate | undefined;
  const parse = (): Result<DocOf<K>> & { parsed?: ParsedYaml } => {
    let text: string;
    try {
      text = decoder.decode(bytes);
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
    const checked = parse();
    if (!checked.ok) return checked;
    doc = checked.value;
  }
  const where: Locate = (segments, key) => {
    if (!locate) parse();
    return locate ? locate(segments, key) : { line: 1, col: 1 };
  };
  const fileId = basename(path).replace(/\.ya?ml$/, '');
  const id = (doc as { id: string }).id;
  if (kind !== 'topics' && id !== fileId) {
    const { line, col } = where(['id']);
    return { ok: false, errors: [{ file: shown, line, col, path: 'id', message: `must match the file name ("${fileId}"), found "${id}"` }] };
  }
  // Content text is printed to terminals: no escape sequences survive loading (the snapshot holds documents already made plain).
  return { ok: true, value: { doc: known ?? plainDeep(doc), locate: where, checked: known !== undefined, questionsChecked: kept } };
}
