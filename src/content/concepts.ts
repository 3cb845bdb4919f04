// Shared concepts: named lists of ways to say one thing (metric names, model families, data sources),
// defined once in the topic catalogue under `concepts:` and used by any cue as "@name". A rule then
// reads as what it means — an experiment named together with what it compares — and a new way of
// saying a metric reaches every topic that uses metrics.
import { copyKeepingLazy } from './lazy.js';
import type { Case, Catalogue } from './model.js';
import type { Cues } from './schemas.js';

export type Concepts = Readonly<Record<string, readonly string[]>>;

const REF = /^@([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The concept names a cue text refers to ("@offline-metric|ndcg" refers to offline-metric). */
export function refsIn(source: string): string[] {
  return source.split('|').flatMap((alt) => {
    const m = REF.exec(alt.trim());
    return m ? [m[1]!] : [];
  });
}

/** Every concept a set of cues refers to. */
export function conceptRefs(cues: Cues): string[] {
  const sources = [
    ...(cues.phrases ?? []), ...(cues.names ?? []), ...(cues.together ?? []).flat(), ...(cues.exclude ?? []),
    ...(cues.unless ?? []), ...(cues.sections ?? []),
  ];
  return [...new Set(sources.flatMap(refsIn))];
}

function expand(source: string, concepts: Concepts, seen: readonly string[] = []): string {
  return source
    .split('|')
    .flatMap((alt) => {
      const m = REF.exec(alt.trim());
      if (!m) return [alt.trim()];
      const name = m[1]!;
      const list = concepts[name];
      // Unknown or circular references are reported by validation; here they simply match nothing.
      if (!list || seen.includes(name)) return [];
      return list.map((item) => expand(item, concepts, [...seen, name]));
    })
    .filter(Boolean)
    .join('|');
}

/** The cues with every "@concept" replaced by the concept's alternatives. */
export function expandCues(cues: Cues, concepts: Concepts): Cues {
  if (conceptRefs(cues).length === 0) return cues;
  const each = (list: readonly string[] | undefined) => list?.map((s) => expand(s, concepts)).filter(Boolean);
  return {
    ...cues,
    ...(cues.phrases ? { phrases: each(cues.phrases) } : {}),
    ...(cues.names ? { names: each(cues.names) } : {}),
    ...(cues.unless ? { unless: each(cues.unless) } : {}),
    ...(cues.sections ? { sections: each(cues.sections) } : {}),
    ...(cues.together ? { together: cues.together.map((group) => each(group)!) } : {}),
    ...(cues.exclude ? { exclude: each(cues.exclude) } : {}),
  };
}

/**
 * `owner.cues` with every "@concept" spelled out, computed when first read: by the coverage checker, after the first
 * line typed, not before a session's first prompt; most commands read a few cues, or none (validate).
 */
export function expandOnFirstUse<T extends { cues: Cues }>(owner: T, concepts: Concepts): T {
  let written = owner.cues;
  let expanded: Cues | undefined;
  return Object.defineProperty(owner, 'cues', {
    enumerable: true,
    configurable: true,
    get: () => (expanded ??= expandCues(written, concepts)),
    set: (cues: Cues) => {
      written = cues;
      expanded = undefined;
    },
  });
}

/** A case with the catalogue's shared concepts spelled out in every cue it has (on first use). */
export function withConcepts(kase: Case, catalogue: Catalogue): Case {
  const { concepts } = catalogue;
  const cued = <T extends { cues?: Cues | undefined }>(owner: T): T => (owner.cues ? expandOnFirstUse({ ...owner, cues: owner.cues }, concepts) : owner);
  // A copy that keeps the labelled questions unread until they are needed (a spread would read them).
  return Object.assign(copyKeepingLazy(kase), {
    topics: kase.topics.map(cued),
    pitfalls: kase.pitfalls.map(cued),
    twists: kase.twists.map(cued),
    followups: kase.followups.map((f) => (f.probe?.cues ? { ...f, probe: cued(f.probe) } : f)),
  });
}
