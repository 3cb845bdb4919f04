import { UserErrors } from '../errors.js';
import { plain } from '../text/plain.js';

/** One problem in a content file, located for the user: `cases/x.yaml:12:5 facts[2].answer: must be a string`. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  /** Where in the document, as `facts[2].answer`; empty for the whole file. */
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Diagnostic[] };

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${plain(d.file)}:${d.line}:${d.col}`;
  return d.path ? `${where} ${plain(d.path)}: ${plain(d.message)}` : `${where} ${plain(d.message)}`;
}

/** `['facts', 2, 'answer']` → `facts[2].answer` */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${oneLine(s)}` : oneLine(s);
  }
  return out;
}

/** A key as one short line: a key can be a whole flow mapping (`- {ask: …, facts: []}:`), and a problem is one line. */
export function oneLine(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Content that failed to load, as a user error: one located line per problem, the problems kept as data. */
export class ContentError extends UserErrors {
  override name = 'ContentError';
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    advice?: string,
  ) {
    super([...diagnostics.map(formatDiagnostic), ...(advice ? [advice] : [])]);
  }
}

/** The value, or its problems thrown as a ContentError. */
export function orThrow<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ContentError(result.errors);
}
