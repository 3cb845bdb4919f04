// The catalogue's vocabulary of how people ask: synonym groups and ignored words,
// merged over every catalogue file (bundled and the user's). Pass three for the
// `synonyms` and `ignore` sections: a phrase may sit in one group only.
import type { Diagnostic } from './diagnostics.js';
import { formatPath } from './diagnostics.js';
import type { Vocabulary } from './model.js';
import type { ParsedYaml } from './parse.js';
import type { TopicCatalogueDoc } from './schemas.js';

/** Where each phrase and group was defined, to name both places when one clashes. */
export interface VocabularyBuilder {
  vocabulary: Vocabulary;
  phrases: Map<string, string>;
  groups: Map<string, string>;
}

export const emptyVocabulary = (): VocabularyBuilder => ({
  vocabulary: { synonyms: new Map(), ignore: [], numeric: [], background: [] },
  phrases: new Map(),
  groups: new Map(),
});

/** The same phrase however it was typed: "Under 13" and "under  13" clash. */
const key = (phrase: string): string => phrase.toLowerCase().replace(/\s+/g, ' ').trim();

/** Adds one catalogue file's synonyms and ignored words; returns the clashes, located. */
export function addVocabulary(into: VocabularyBuilder, doc: TopicCatalogueDoc, file: string, locate: ParsedYaml['locate']): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const at = (path: (string | number)[], message: string): Diagnostic => ({ file, ...locate(path), path: formatPath(path), message });
  const claim = (phrase: string, owner: string, path: (string | number)[]): boolean => {
    const earlier = into.phrases.get(key(phrase));
    if (earlier !== undefined) {
      errors.push(at(path, `"${phrase}" is already in ${earlier}; a phrase belongs to one group`));
      return false;
    }
    into.phrases.set(key(phrase), `${owner} (${file})`);
    return true;
  };
  for (const [group, phrases] of Object.entries(doc.synonyms ?? {})) {
    const earlier = into.groups.get(group);
    if (earlier !== undefined) {
      errors.push(at(['synonyms', group], `synonym group "${group}" is also defined in ${earlier}`));
      continue;
    }
    into.groups.set(group, file);
    const kept = phrases.filter((phrase, i) => claim(phrase, `synonym group "${group}"`, ['synonyms', group, i]));
    into.vocabulary.synonyms.set(group, kept.map(key));
  }
  for (const phrase of doc.numeric ?? []) into.vocabulary.numeric.push(key(phrase));
  for (const [group, words] of Object.entries(doc.ignore ?? {})) {
    words.forEach((word, i) => {
      if (claim(word, `ignore group "${group}"`, ['ignore', group, i])) into.vocabulary.ignore.push(key(word));
    });
  }
  return errors;
}
