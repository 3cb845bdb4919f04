// The topic catalogue: every topics/*.yaml, bundled and the user's, merged into one
// map by id. A topic id defined twice is an error naming both files.
import { expandOnFirstUse } from './concepts.js';
import type { Diagnostic, Result } from './diagnostics.js';
import { contentFiles, type ContentRoots } from './files.js';
import type { Catalogue, Topic } from './model.js';
import { catalogueFlags, catalogueTopics } from './normalise.js';
import { fileProblem, readDoc } from './read.js';
import type { Cues } from './schemas.js';
import { addVocabulary, emptyVocabulary } from './vocabulary.js';

/** An id defined in two files: reported at the later one, naming the earlier. */
export const clash = (file: string, kind: string, id: string, other: string): Diagnostic =>
  fileProblem(file, `${kind} id "${id}" is also defined in ${other}`);

export const emptyCatalogue = (): Catalogue => ({ topics: new Map(), flags: [], files: [], concepts: {} });

/** Every catalogue topic, or every problem found reading the catalogue files. */
export function readCatalogue(roots: ContentRoots): Result<Catalogue> {
  const catalogue = emptyCatalogue();
  const errors: Diagnostic[] = [];
  const vocabulary = emptyVocabulary();
  // A catalogue file that could not be read leaves its topics undefined: red flags naming them would only echo that.
  let unread = false;
  for (const file of contentFiles(roots, 'topics')) {
    if (file.refused) {
      errors.push(fileProblem(file.shown, file.refused));
      unread = true;
      continue;
    }
    const read = readDoc('topics', file.path, file.shown, roots.bundled);
    if (!read.ok) {
      errors.push(...read.errors);
      unread = true;
      continue;
    }
    catalogue.files.push(file.shown);
    Object.assign(catalogue.concepts, read.value.doc.concepts ?? {});
    const doc = read.value.doc;
    if (doc.synonyms || doc.ignore || doc.numeric) errors.push(...addVocabulary(vocabulary, doc, file.shown, read.value.locate));
    for (const topic of catalogueTopics(read.value.doc, file.shown)) {
      const earlier: Topic | undefined = catalogue.topics.get(topic.id);
      if (earlier) errors.push(clash(file.shown, 'topic', topic.id, earlier.file));
      else catalogue.topics.set(topic.id, topic);
    }
    for (const flag of catalogueFlags(read.value.doc, file.shown)) {
      const earlier = catalogue.flags.find((f) => f.id === flag.id);
      if (earlier) errors.push(clash(file.shown, 'red flag', flag.id, earlier.file));
      else catalogue.flags.push(flag);
    }
  }
  for (const flag of catalogue.flags) {
    if (!flag.cues && !flag.shows && !flag.derived) errors.push(fileProblem(flag.file, `red flag "${flag.id}" needs cues, shows or derived: nothing would show it`));
    const named = [...(flag.shows ? [flag.shows] : []), ...(flag.before ?? []), ...(flag.unlessCovered ?? []), ...(flag.derived?.covered ?? []), ...(flag.derived?.missed ?? [])];
    for (const id of unread ? [] : named) {
      if (!catalogue.topics.has(id)) errors.push(fileProblem(flag.file, `red flag "${flag.id}" names topic "${id}", which no catalogue file defines`));
    }
  }
  vocabulary.vocabulary.background = [...catalogue.topics.values()].map((t) => [t.title, t.covers, ...t.hints].join('\n'));
  catalogue.vocabulary = vocabulary.vocabulary;
  if (errors.length > 0) return { ok: false, errors };
  // Shared concepts ("@name") are spelled out once, after every catalogue file has added its own.
  // Spelled out on first use (the coverage checker's, after the first line typed), not before
  // a session's first prompt: most commands read a few topics' cues, or none.
  for (const topic of catalogue.topics.values()) expandOnFirstUse(topic, catalogue.concepts);
  for (const flag of catalogue.flags) if (flag.cues) expandOnFirstUse(flag as { cues: Cues }, catalogue.concepts);
  return { ok: true, value: catalogue };
}
