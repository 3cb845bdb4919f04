import { distance } from 'fastest-levenshtein';
import { UserError } from '../errors.js';
import { command } from '../text/command.js';

const SAFE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type IdKind = 'case' | 'framework' | 'topic' | 'step' | 'session';

/** Refuses an id that could name anything but a file in its own folder, before any file is touched. */
export function assertSafeId(kind: IdKind, id: string): string {
  if (id.length > 64 || !SAFE_ID.test(id)) {
    throw new UserError(
      `invalid ${kind} id ${JSON.stringify(id)}: use lower-case letters, digits and hyphens (e.g. visual-search)`,
    );
  }
  return id;
}

/** The known ids closest to a mistyped one, best first. */
export function closest(typed: string, known: Iterable<string>, max = 3): string[] {
  // Ids are lower case: "Evaluate" or "VISUAL-SEARCH" is the same id typed with other letters.
  const wanted = typed.toLowerCase();
  const ids = [...known];
  const same = ids.find((id) => id.toLowerCase() === wanted);
  if (same !== undefined) return [same];
  const scored = ids
    .map((id) => ({ id, score: id.startsWith(wanted) || id.includes(wanted) ? 0 : distance(wanted, id.toLowerCase()) }))
    .filter(({ id, score }) => score <= Math.max(2, Math.floor(Math.max(wanted.length, id.length) / 3)))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return scored.slice(0, max).map(({ id }) => id);
}

export function unknownIdError(kind: IdKind, wanted: string, known: Iterable<string>): UserError {
  const near = closest(wanted, known);
  const suggestion = near.length > 0 ? `; did you mean ${near.join(', ')}?` : '';
  const listing: Record<IdKind, string> = {
    case: command('list cases'),
    framework: command('list frameworks'),
    topic: command('list topics'),
    step: command('list frameworks'),
    session: command('history'),
  };
  return new UserError(`unknown ${kind} "${wanted}"${suggestion} (see: ${listing[kind]})`);
}

/** A step id the framework does not have: the closest ones, then all of them. */
export function unknownStepMessage(frameworkId: string, wanted: string, known: readonly string[]): string {
  const near = closest(wanted, known);
  return `unknown step "${wanted}" in ${frameworkId}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''} (its steps: ${known.join(', ')})`;
}
