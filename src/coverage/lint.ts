// Cue data a person can review: `mlsd validate` reads every cue of the catalogue and of each case as
// written (before shared concepts are spelled out) and reports what would silently misbehave. Pure.
import type { Cues } from '../content/schemas.js';
import { tokenize } from './text.js';

export interface CueProblem {
  /** Path into the document, for file:line:col. */
  at: (string | number)[];
  message: string;
}

const LISTS = ['phrases', 'names', 'exclude', 'unless', 'sections'] as const;
const REF = /^@([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The comparable form of one way of writing a cue: its stems, its prefix and gap marks. */
function shape(alternative: string): string {
  const trimmed = alternative.trim();
  const label = /[:=]$/.test(trimmed) ? ':' : '';
  return trimmed
    .replace(/\s*[:=]$/, '')
    .split(/\s+/)
    .map((piece) => (piece === '...' || piece.endsWith('*') || piece.startsWith('=') ? piece.toLowerCase() : tokenize(piece).map((t) => t.stem).join(' ')))
    .join(' ') + label;
}

function alternativeProblems(source: string, at: (string | number)[], concepts: ReadonlySet<string>): CueProblem[] {
  const out: CueProblem[] = [];
  for (const alt of source.split('|').map((a) => a.trim())) {
    const ref = REF.exec(alt);
    if (ref) {
      if (!concepts.has(ref[1]!)) out.push({ at, message: `unknown concept "@${ref[1]}" (define it under concepts: in the topic catalogue)` });
      continue;
    }
    if (alt.startsWith('@')) {
      out.push({ at, message: `"${alt}" is not a concept name (lower-case letters, digits and hyphens)` });
      continue;
    }
    const short = alt.split(/\s+/).find((piece) => /^[^*=]{1,2}\*$/.test(piece));
    if (short) out.push({ at, message: `prefix "${short}" has fewer than 3 letters and matches far too many words; spell the words out` });
    if (alt.length === 0 || (tokenize(alt.replace(/\*|\.\.\.|=/g, ' ')).length === 0 && !/[%#]/.test(alt))) {
      out.push({ at, message: `"${alt}" has no words the checker can match` });
    }
    const label = /^(.*)[:=]$/.exec(alt);
    if (label && label[1]!.trim().split(/\s+/).length > 3) {
      out.push({ at, message: `label "${alt}" can never open a sentence (a label is at most a few words before the colon)` });
    }
  }
  return out;
}

/** Problems in one set of cues, found at `base` in its document. */
export function lintCues(cues: Cues, base: (string | number)[], concepts: ReadonlySet<string>): CueProblem[] {
  const out: CueProblem[] = [];
  const seen = new Map<string, string>();
  const phraseShapes = new Set<string>();
  for (const list of LISTS) {
    (cues[list] ?? []).forEach((source, i) => {
      const at = [...base, list, i];
      if (source.includes('|')) out.push({ at, message: 'one alternative per line: split "a|b" into separate list items' });
      out.push(...alternativeProblems(source, at, concepts));
      if (list === 'phrases' || list === 'names') {
        for (const alt of source.split('|')) {
          const key = shape(alt);
          const earlier = seen.get(key);
          if (earlier !== undefined) out.push({ at, message: `"${alt.trim()}" is already a cue of this topic ("${earlier}")` });
          else seen.set(key, alt.trim());
          phraseShapes.add(key);
        }
      }
    });
  }
  (cues.exclude ?? []).forEach((source, i) => {
    for (const alt of source.split('|')) {
      if (phraseShapes.has(shape(alt))) {
        out.push({ at: [...base, 'exclude', i], message: `"${alt.trim()}" excludes a phrase of the same topic, which can then never count` });
      }
    }
  });
  // A sentence with an `unless` phrase never counts for the topic, so a cue that needs one is dead.
  const unlessShapes = new Set((cues.unless ?? []).flatMap((source) => source.split('|')).filter((alt) => !alt.trim().startsWith('@')).map(shape));
  const cancelled = (source: string) => source.split('|').every((alt) => unlessShapes.has(shape(alt)));
  (['phrases', 'names'] as const).forEach((list) =>
    (cues[list] ?? []).forEach((source, i) => {
      if (cancelled(source)) out.push({ at: [...base, list, i], message: `"${source.trim()}" is also under unless:, so a sentence that shows it never counts` });
    }),
  );
  (cues.together ?? []).forEach((group, g) =>
    group.forEach((member, m) => {
      out.push(...alternativeProblems(member, [...base, 'together', g, m], concepts));
      if (cancelled(member)) out.push({ at: [...base, 'together', g, m], message: `"${member.trim()}" is also under unless:, so this group can never count` });
    }),
  );
  (cues.patterns ?? []).forEach((source, i) => {
    try {
      new RegExp(source.startsWith('(?-i)') ? source.slice(5) : source, 'u');
    } catch (error) {
      out.push({ at: [...base, 'patterns', i], message: `not a valid regular expression (${(error as Error).message})` });
    }
  });
  return out;
}

type Doc = Record<string, unknown>;
const list = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : []);
const isCues = (value: unknown): value is Cues => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every set of cues in a topic catalogue or a case document, linted where it is written. */
export function documentCueProblems(kind: 'topics' | 'case', doc: Doc, concepts: ReadonlySet<string>): CueProblem[] {
  const out: CueProblem[] = [];
  const lint = (cues: unknown, at: (string | number)[]) => {
    if (isCues(cues)) out.push(...lintCues(cues, at, concepts));
  };
  list(doc.topics).forEach((topic, i) => lint(topic.cues, ['topics', i, 'cues']));
  // A concept's ways of writing are cues like any other: "=" alone in one matched nothing for a release.
  const named = doc.concepts;
  if (named && typeof named === 'object' && !Array.isArray(named)) {
    for (const [name, alternatives] of Object.entries(named as Record<string, unknown>)) {
      list(alternatives).forEach((alt, i) => {
        if (typeof alt === 'string') out.push(...alternativeProblems(alt, ['concepts', name, i], concepts));
      });
    }
  }
  if (kind === 'case') {
    list(doc.pitfalls).forEach((pitfall, i) => lint(pitfall.cues, ['pitfalls', i, 'cues']));
    list(doc.twists).forEach((twist, i) => lint(twist.cues, ['twists', i, 'cues']));
    list(doc.followups).forEach((followUp, i) => lint((followUp.probe as Doc | undefined)?.cues, ['followups', i, 'probe', 'cues']));
  }
  return out;
}
