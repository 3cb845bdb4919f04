// The topic catalogue: every topics/*.yaml, bundled and the user's, merged into one
// map by id. A topic id defined twice is an error naming both files.
import type { Diagnostic, Result } from './diagnostics.js';
import { contentFiles, type ContentRoots } from './files.js';
import type { Catalogue, Topic } from './model.js';
import { catalogueTopics } from './normalise.js';
import { fileProblem, readDoc } from './read.js';

/** An id defined in two files: reported at the later one, naming the earlier. */
export const clash = (file: string, kind: string, id: string, other: string): Diagnostic =>
  fileProblem(file, `${kind} id "${id}" is also defined in ${other}`);

export const emptyCatalogue = (): Catalogue => ({ topics: new Map(), files: [] });

/** Every catalogue topic, or every problem found reading the catalogue files. */
export function readCatalogue(roots: ContentRoots): Result<Catalogue> {
  const catalogue = emptyCatalogue();
  const errors: Diagnostic[] = [];
  for (const file of contentFiles(roots, 'topics')) {
    if (file.refused) {
      errors.push(fileProblem(file.shown, file.refused));
      continue;
    }
    const read = readDoc('topics', file.path, file.shown, roots.bundled);
    if (!read.ok) {
      errors.push(...read.errors);
      continue;
    }
    catalogue.files.push(file.shown);
    for (const topic of catalogueTopics(read.value.doc, file.shown)) {
      const earlier: Topic | undefined = catalogue.topics.get(topic.id);
      if (earlier) errors.push(clash(file.shown, 'topic', topic.id, earlier.file));
      else catalogue.topics.set(topic.id, topic);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: catalogue };
}
