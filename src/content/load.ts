// Loading content by id (one framework, one case) or all of it (list, validate),
// in three passes per file — parse, schema, references — each returning its
// problems as located diagnostics. Only the `load*` functions throw, and only a
// UserError: an id that names no file, or a ContentError carrying the diagnostics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { clash, emptyCatalogue, readCatalogue } from './catalogue.js';
import { ContentError, formatDiagnostic, orThrow, type Diagnostic, type Result } from './diagnostics.js';
import { contentFiles, kindOf, type ContentFile, type ContentRoots } from './files.js';
import { assertSafeId, unknownIdError } from './ids.js';
import type { Case, Catalogue, Framework, Plan } from './model.js';
import { withConcepts } from './concepts.js';
import { toCase, toFramework } from './normalise.js';
import { parseYaml } from './parser.js';
import { looseCase, looseFramework, PLACEHOLDER } from './loose.js';
import { homePhases, planFor, unplacedProblems } from './plan.js';
import { fileProblem, readDoc, type ReadDoc } from './read.js';
import { caseProblems, frameworkProblems, located, type Problem } from './references.js';
import type { ContentKind, DocOf } from './schemas.js';
import { command } from '../text/command.js';

export type { ContentRoots } from './files.js';
export { planFor } from './plan.js';

/** The one file defining an id; a user error when there is none, or two, or it may not be read. */
function findFile(roots: ContentRoots, kind: 'case' | 'framework', id: string): ContentFile {
  // An id in other letters ("Visual-Search") is not refused as unsafe: it is looked up, and the lower-case one suggested.
  assertSafeId(kind, id.toLowerCase());
  const files = contentFiles(roots, kind);
  const matches = files.filter((f) => f.id === id);
  if (matches.length === 0) throw unknownIdError(kind, id, new Set(files.map((f) => f.id)));
  if (matches.length > 1) {
    throw new UserError(`${kind} id "${id}" is defined twice: ${matches.map((m) => m.shown).join(' and ')}`);
  }
  const file = matches[0]!;
  if (file.refused) throw new UserError(`${file.shown}: ${file.refused}`);
  return file;
}

type FileRef = Pick<ContentFile, 'path' | 'shown'>;

/** One file, all three passes: parse and schema (readDoc), normalise, references. */
function readChecked<K extends 'framework' | 'case', T>(
  kind: K,
  file: FileRef,
  normalise: (doc: DocOf<K>, file: string) => T,
  problems: (value: T, catalogue: Catalogue, read: Pick<ReadDoc<unknown>, 'checked' | 'questionsChecked'>) => Problem[],
  catalogue: Catalogue,
  snapshotRoot?: string,
  options: { questions?: boolean } = {},
): Result<T> {
  const read = readDoc(kind, file.path, file.shown, snapshotRoot, options);
  if (!read.ok) {
    if (!read.parsed) return read;
    // Schema errors and reference errors in one run, one line per place: a reference problem where the
    // schema faulted too joins that line; one about a value of the wrong shape (a placeholder) says nothing.
    const loose = (kind === 'framework' ? looseFramework(read.parsed.data) : looseCase(read.parsed.data)) as T;
    const references = located(file.shown, read.parsed.locate, problems(loose, catalogue, { checked: false, questionsChecked: false })).filter((d) => !d.message.includes(PLACEHOLDER));
    const errors = read.errors.map((e) => {
      const same = references.filter((r) => r.path === e.path && r.line === e.line);
      return same.length === 0 ? e : { ...e, message: [e.message, ...same.map((r) => r.message)].join('; ') };
    });
    return { ok: false, errors: [...errors, ...references.filter((r) => !errors.some((e) => e.path === r.path && e.line === r.line))] };
  }
  const value = normalise(read.value.doc, file.shown);
  const errors = located(file.shown, read.value.locate, problems(value, catalogue, read.value));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

export const readFramework = (file: FileRef, catalogue: Catalogue, snapshotRoot?: string): Result<Framework> =>
  readChecked('framework', file, toFramework, frameworkProblems, catalogue, snapshotRoot);

export const readCase = (file: FileRef, catalogue: Catalogue, snapshotRoot?: string, options: { questions?: boolean } = {}): Result<Case> =>
  readChecked('case', file, (doc, shown) => withConcepts(toCase(doc, shown), catalogue), (kase, known, read) => caseProblems(kase, known, { questions: !read.questionsChecked, asks: !read.checked }), catalogue, snapshotRoot, options);

/** The framework whose phases say where each catalogue topic belongs. */
export const HOME_FRAMEWORK = 'mlsd-45';

/** The catalogue with each topic's home phase, read from the bundled default framework. */
function withHomePhases(catalogue: Catalogue, roots: ContentRoots): Catalogue {
  const path = join(roots.bundled, 'frameworks', `${HOME_FRAMEWORK}.yaml`);
  const home = readFramework({ path, shown: path }, catalogue, roots.bundled);
  if (home.ok) catalogue.homePhases = homePhases(home.value);
  return catalogue;
}

/** Every catalogue topic, bundled and the user's. */
export const loadCatalogue = (roots: ContentRoots): Catalogue => withHomePhases(orThrow(readCatalogue(roots)), roots);

/** A plan that places every case topic; else a user error saying which step is missing. */
export function placedPlan(framework: Framework, catalogue: Catalogue, kase?: Case): Plan {
  const plan = planFor(framework, catalogue, kase);
  const problems = unplacedProblems(plan, catalogue);
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  return plan;
}

export const loadFramework = (roots: ContentRoots, id: string, catalogue: Catalogue): Framework =>
  orThrow(readFramework(findFile(roots, 'framework', id), catalogue, roots.bundled));

/** `questions: false`: a bundled case without its labelled questions (as in readDoc), for a command that answers none. */
export const loadCase = (roots: ContentRoots, id: string, catalogue: Catalogue, options: { questions?: boolean } = {}): Case =>
  orThrow(readCase(findFile(roots, 'case', id), catalogue, roots.bundled, options));

/** The plan of a session on `caseId` following `frameworkId`. */
export function loadPlan(roots: ContentRoots, frameworkId: string, caseId: string): Plan {
  const catalogue = loadCatalogue(roots);
  const kase = loadCase(roots, caseId, catalogue);
  return placedPlan(loadFramework(roots, frameworkId, catalogue), catalogue, kase);
}

export interface AllContent {
  catalogue: Catalogue;
  frameworks: Framework[];
  cases: Case[];
  errors: Diagnostic[];
  /** The files (as shown) that are the user's own, not bundled. */
  userFiles: Set<string>;
  /** False when the catalogue is broken: topic references were not checked, only each file's own shape. */
  referencesChecked: boolean;
}

/**
 * Everything, for list and validate: every problem collected rather than the first thrown. A bundled case
 * comes without the labelled questions the build checked and kept apart (readDoc): these commands answer none.
 */
export function loadAll(roots: ContentRoots): AllContent {
  const read = readCatalogue(roots);
  // Without a catalogue every topic reference would be unknown: hundreds of lines hiding the one that
  // matters. Frameworks and cases are then checked against their schema only, and the caller says so.
  const catalogue = read.ok ? withHomePhases(read.value, roots) : emptyCatalogue();
  const errors: Diagnostic[] = read.ok ? [] : [...read.errors];
  const frameworks: Framework[] = [];
  const cases: Case[] = [];
  const userFiles = new Set(contentFiles(roots, 'topics').filter((f) => f.origin === 'user').map((f) => f.shown));
  for (const kind of ['framework', 'case'] as const) {
    const seen = new Map<string, string>();
    for (const file of contentFiles(roots, kind)) {
      const earlier = seen.get(file.id);
      if (earlier) {
        errors.push(clash(file.shown, kind, file.id, earlier));
        continue;
      }
      seen.set(file.id, file.shown);
      if (file.origin === 'user') userFiles.add(file.shown);
      if (file.refused) {
        errors.push(fileProblem(file.shown, file.refused));
        continue;
      }
      if (!read.ok) {
        const doc = readDoc(kind, file.path, file.shown, roots.bundled, { questions: false });
        if (!doc.ok) errors.push(...doc.errors);
      } else if (kind === 'framework') {
        const framework = readFramework(file, catalogue, roots.bundled);
        if (framework.ok) frameworks.push(framework.value);
        else errors.push(...framework.errors);
      } else {
        const kase = readCase(file, catalogue, roots.bundled, { questions: false });
        if (kase.ok) cases.push(kase.value);
        else errors.push(...kase.errors);
      }
    }
  }
  return { catalogue, frameworks, cases, errors, userFiles, referencesChecked: read.ok };
}

/** Frameworks that cannot place some case's topics, located at the framework's file. */
export function placementProblems(content: Pick<AllContent, 'catalogue' | 'frameworks' | 'cases'>): Diagnostic[] {
  return content.frameworks.flatMap((framework) =>
    content.cases.flatMap((kase) => unplacedProblems(planFor(framework, content.catalogue, kase), content.catalogue)).map((message) => fileProblem(framework.file, message)),
  );
}

/**
 * Every framework and case, for a command that offers them all. A broken file of the user's own
 * is left out with one warning line naming where (`warn`); a broken catalogue or bundled file is a
 * user error listing every problem.
 */
export function loadAllValid(roots: ContentRoots, warn: (line: string) => void = () => {}): AllContent {
  const content = loadAll(roots);
  const own = (e: Diagnostic) => content.userFiles.has(e.file) && !content.catalogue.files.includes(e.file);
  const fatal = content.errors.filter((e) => !own(e) || content.catalogue.topics.size === 0);
  if (fatal.length > 0) throw new ContentError(content.errors, `fix these files (${command('validate')}) and try again`);
  const byFile = new Map<string, Diagnostic[]>();
  for (const e of content.errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const errors of byFile.values()) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    warn(`warning: skipped ${formatDiagnostic(errors[0]!)}${more}; see ${command('validate')}`);
  }
  return { ...content, errors: [] };
}

/**
 * The problems of one file named on the command line, its kind guessed from its folder or
 * its content. References are checked against `catalogue` when there is one.
 */
export function checkFile(path: string, catalogue: Catalogue | undefined, snapshotRoot: string): Diagnostic[] {
  const kind = kindOf(path) ?? kindFromContent(path);
  if (!kind) return [fileProblem(path, 'not a framework, case or topic catalogue (expected steps, question or topics)')];
  const file = { path, shown: path };
  if (kind === 'topics' || !catalogue) {
    const read = readDoc(kind, path, path, snapshotRoot);
    return read.ok ? [] : read.errors;
  }
  const read = kind === 'framework' ? readFramework(file, catalogue, snapshotRoot) : readCase(file, catalogue, snapshotRoot);
  return read.ok ? [] : read.errors;
}

/** A file outside the kind folders: its keys say what it is. Unreadable or unparsable, it is read as a case for the messages. */
function kindFromContent(path: string): ContentKind | undefined {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // readDoc reports the read error.
  }
  const parsed = parseYaml(text, path);
  return parsed.ok ? kindOf(path, parsed.value.data) : 'case';
}
