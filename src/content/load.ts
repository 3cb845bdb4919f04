import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, isAbsolute } from 'node:path';
import { UserError, UserErrors } from '../errors.js';
import { formatDiagnostic, formatPath, type Diagnostic, type Result } from './diagnostics.js';
import { assertSafeId, unknownIdError } from './ids.js';
import type { Case, Catalogue, Framework, Plan, Topic } from './model.js';
import { catalogueTopics, toCase, toFramework } from './normalise.js';
import { checkSchema, parseYaml, type ParsedYaml } from './parser.js';
import type { CaseDoc, ContentKind, FrameworkDoc, TopicCatalogueDoc } from './schemas.js';
import { plainDeep } from '../report/plain.js';
import { fromSnapshot } from './snapshot.js';


/** Where content comes from: the package's own, and the user's (merged; an id defined in both is an error). */
export interface ContentRoots {
  bundled: string;
  user: string;
}

export const kindDirs: Record<ContentKind, string> = { topics: 'topics', framework: 'frameworks', case: 'cases' };

export interface ContentFile {
  id: string;
  kind: ContentKind;
  path: string;
  /** The path as shown in messages. */
  shown: string;
  origin: 'bundled' | 'user';
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function shownPath(path: string, roots: ContentRoots): string {
  if (!isAbsolute(path)) return path;
  const fromPackage = relative(roots.bundled, path);
  if (!fromPackage.startsWith('..') && !isAbsolute(fromPackage)) return fromPackage;
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}

/** The content files of one kind, bundled first, sorted by id. Symlinks leaving the folder are not followed. */
export function contentFiles(roots: ContentRoots, kind: ContentKind): ContentFile[] {
  const out: ContentFile[] = [];
  for (const origin of ['bundled', 'user'] as const) {
    const dir = join(roots[origin], kindDirs[kind]);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const path = join(dir, name);
      if (!insideFolder(path, dir)) {
        throw new UserError(`${shownPath(path, roots)}: a link that leads outside ${shownPath(dir, roots)}; refusing to read it`);
      }
      out.push({ id: name.replace(/\.ya?ml$/, ''), kind, path, shown: shownPath(path, roots), origin });
    }
  }
  return out;
}

/** False for a symlink (or a link in a link) whose target lies outside `dir`. */
function insideFolder(path: string, dir: string): boolean {
  try {
    if (!lstatSync(path).isSymbolicLink()) return true;
    const target = realpathSync(path);
    const folder = realpathSync(dir);
    const rel = relative(folder, target);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  } catch {
    return false;
  }
}

type DocOf<K extends ContentKind> = K extends 'case' ? CaseDoc : K extends 'framework' ? FrameworkDoc : TopicCatalogueDoc;

/** Parse and schema-check one file; also insists that a framework's or case's id matches its file name. */
export interface ReadDoc<T> {
  doc: T;
  locate: ParsedYaml['locate'];
}

export function readDoc<K extends ContentKind>(
  kind: K,
  path: string,
  shown: string,
  snapshotRoot?: string,
): Result<ReadDoc<DocOf<K>>> {
  const fail = (message: string): Result<ReadDoc<DocOf<K>>> => ({
    ok: false,
    errors: [{ file: shown, line: 1, col: 1, path: '', message }],
  });
  let bytes: Buffer;
  try {
    if (statSync(path).size > 2 * 1024 * 1024) return fail('file is larger than 2 MB; content files are small');
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a YAML file' : `cannot read (${code})`);
  }
  let doc = fromSnapshot(snapshotRoot, kind, bytes) as DocOf<K> | undefined;
  let locate: ParsedYaml['locate'];
  const parse = () => {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return fail('file is not valid UTF-8 text');
    }
    const parsed = parseYaml(text, shown);
    if (!parsed.ok) return parsed;
    locate = parsed.value.locate;
    return checkSchema(kind, parsed.value, shown);
  };
  if (doc === undefined) {
    const checked = parse();
    if (!checked.ok) return checked;
    doc = checked.value as DocOf<K>;
  } else {
    // Positions are only needed for messages: parse lazily, on the first one.
    locate = (segments, key) => {
      parse();
      return locate(segments, key);
    };
  }
  const fileId = basename(path).replace(/\.ya?ml$/, '');
  const id = (doc as { id: string }).id;
  if (kind !== 'topics' && id !== fileId) {
    const { line, col } = locate!(['id']);
    return {
      ok: false,
      errors: [{ file: shown, line, col, path: 'id', message: `must match the file name ("${fileId}"), found "${id}"` }],
    };
  }
  // Content text is printed to terminals: no escape sequences survive loading.
  return { ok: true, value: { doc: plainDeep(doc), locate: (segments, key) => locate!(segments, key) } };
}

function orThrow<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new UserErrors(result.errors.map(formatDiagnostic));
}

/** Every catalogue topic, bundled and the user's. */
export function loadCatalogue(roots: ContentRoots): Catalogue {
  const topics = new Map<string, Topic>();
  const files: string[] = [];
  const errors: Diagnostic[] = [];
  for (const file of contentFiles(roots, 'topics')) {
    const doc = readDoc('topics', file.path, file.shown, roots.bundled);
    if (!doc.ok) {
      errors.push(...doc.errors);
      continue;
    }
    files.push(file.shown);
    for (const topic of catalogueTopics(doc.value.doc, file.shown)) {
      const earlier = topics.get(topic.id);
      if (earlier) {
        errors.push(clash(file.shown, 'topic', topic.id, earlier.file));
        continue;
      }
      topics.set(topic.id, topic);
    }
  }
  if (errors.length > 0) throw new UserErrors(errors.map(formatDiagnostic));
  return { topics, files };
}

function clash(file: string, kind: string, id: string, other: string): Diagnostic {
  return { file, line: 1, col: 1, path: '', message: `${kind} id "${id}" is also defined in ${other}` };
}

/** The one file defining an id, or an error naming both files when the user's clashes with a bundled one. */
function findFile(roots: ContentRoots, kind: 'case' | 'framework', id: string): ContentFile {
  assertSafeId(kind, id);
  const files = contentFiles(roots, kind);
  const matches = files.filter((f) => f.id === id);
  if (matches.length === 0) throw unknownIdError(kind, id, new Set(files.map((f) => f.id)));
  if (matches.length > 1) {
    throw new UserError(`${kind} id "${id}" is defined twice: ${matches.map((m) => m.shown).join(' and ')}`);
  }
  return matches[0]!;
}

export function loadFramework(roots: ContentRoots, id: string, catalogue: Catalogue): Framework {
  const file = findFile(roots, 'framework', id);
  const { doc, locate } = orThrow(readDoc('framework', file.path, file.shown, roots.bundled));
  const framework = toFramework(doc, file.shown);
  const problems = located(file.shown, locate, frameworkProblems(framework, catalogue));
  if (problems.length > 0) throw new UserErrors(problems.map(formatDiagnostic));
  return framework;
}

export function loadCase(roots: ContentRoots, id: string, catalogue: Catalogue): Case {
  const file = findFile(roots, 'case', id);
  const { doc, locate } = orThrow(readDoc('case', file.path, file.shown, roots.bundled));
  const kase = toCase(doc, file.shown);
  const problems = located(file.shown, locate, caseProblems(kase, catalogue));
  if (problems.length > 0) throw new UserErrors(problems.map(formatDiagnostic));
  return kase;
}

// Pass three, second half: references between files.

/** A problem found after the schema check, at a path into the document. */
export interface Problem {
  at: (string | number)[];
  message: string;
}

export function located(file: string, locate: ParsedYaml['locate'], problems: Problem[]): Diagnostic[] {
  return problems.map((p) => ({ file, ...locate(p.at), path: formatPath(p.at), message: p.message }));
}

export function frameworkProblems(framework: Framework, catalogue: Catalogue): Problem[] {
  const out: Problem[] = [];
  const at = (path: (string | number)[], message: string): Problem => ({ at: path, message });
  const seenSteps = new Set<string>();
  const seenTopics = new Map<string, string>();
  framework.steps.forEach((step, i) => {
    if (seenSteps.has(step.id)) out.push(at(['steps', i, 'id'], `step id "${step.id}" is used twice`));
    seenSteps.add(step.id);
    step.topicIds.forEach((topic, j) => {
      if (!catalogue.topics.has(topic)) {
        out.push(at(['steps', i, 'topics', j], `unknown topic "${topic}" (not in ${catalogue.files.join(', ') || 'any catalogue'})`));
      }
      const other = seenTopics.get(topic);
      if (other) out.push(at(['steps', i, 'topics', j], `topic "${topic}" is already required in step "${other}"`));
      seenTopics.set(topic, step.id);
    });
  });
  return out;
}

export function caseProblems(kase: Case, catalogue: Catalogue): Problem[] {
  const out: Problem[] = [];
  const at = (path: (string | number)[], message: string): Problem => ({ at: path, message });
  const own = new Set<string>();
  kase.topics.forEach((topic, i) => {
    if (catalogue.topics.has(topic.id)) out.push(at(['topics', i, 'id'], `"${topic.id}" is already a catalogue topic; pick another id`));
    if (own.has(topic.id)) out.push(at(['topics', i, 'id'], `topic id "${topic.id}" is used twice`));
    own.add(topic.id);
    if (topic.near && !catalogue.topics.has(topic.near)) out.push(at(['topics', i, 'near'], `unknown catalogue topic "${topic.near}"`));
  });
  const known = (topic: string) => catalogue.topics.has(topic) || own.has(topic);
  kase.followups.forEach((f, i) => {
    if (!known(f.topic)) out.push(at(['followups', i, 'topic'], `unknown topic "${f.topic}"`));
    else if (kase.notApplicable[f.topic] !== undefined) out.push(at(['followups', i, 'topic'], `topic "${f.topic}" is marked not applicable in this case`));
  });
  for (const topic of Object.keys(kase.examples)) {
    if (!known(topic)) out.push(at(['examples', topic], `unknown topic "${topic}"`));
  }
  for (const topic of Object.keys(kase.notApplicable)) {
    if (!catalogue.topics.has(topic)) out.push(at(['notApplicable', topic], `unknown catalogue topic "${topic}"`));
  }
  const seenFacts = new Set<string>();
  kase.facts.forEach((fact, i) => {
    if (seenFacts.has(fact.id)) out.push(at(['facts', i, 'id'], `fact id "${fact.id}" is used twice`));
    seenFacts.add(fact.id);
  });
  for (const list of ['pitfalls', 'twists'] as const) {
    const seen = new Set<string>();
    kase[list].forEach((item, i) => {
      if (seen.has(item.id)) out.push(at([list, i, 'id'], `id "${item.id}" is used twice`));
      seen.add(item.id);
    });
  }
  return out;
}

/** A framework's steps made concrete for a case: each case topic joins the step that holds its `near` topic. */
export function planFor(framework: Framework, catalogue: Catalogue, kase?: Case): Plan {
  const steps = framework.steps.map((step) => ({
    id: step.id,
    title: step.title,
    minutes: step.minutes,
    ...(step.goal === undefined ? {} : { goal: step.goal }),
    questions: step.questions,
    topics: step.topicIds.map((id) => catalogue.topics.get(id)).filter((t): t is Topic => t !== undefined),
  }));
  for (const topic of kase?.topics ?? []) {
    const home = steps.find((s) => s.topics.some((t) => t.id === topic.near)) ?? steps.at(-1);
    home?.topics.push(topic);
  }
  return { framework, ...(kase ? { case: kase } : {}), steps };
}

export interface AllContent {
  catalogue: Catalogue;
  frameworks: Framework[];
  cases: Case[];
  errors: Diagnostic[];
}

/** Everything, for list and validate: every problem collected rather than the first thrown. */
export function loadAll(roots: ContentRoots): AllContent {
  const errors: Diagnostic[] = [];
  let catalogue: Catalogue = { topics: new Map(), files: [] };
  try {
    catalogue = loadCatalogue(roots);
  } catch (error) {
    if (!(error instanceof UserErrors)) throw error;
    errors.push(...error.lines.map(lineToDiagnostic));
  }
  const frameworks: Framework[] = [];
  const cases: Case[] = [];
  const ids = { framework: new Map<string, string>(), case: new Map<string, string>() };
  for (const kind of ['framework', 'case'] as const) {
    for (const file of contentFiles(roots, kind)) {
      const earlier = ids[kind].get(file.id);
      if (earlier) {
        errors.push(clash(file.shown, kind, file.id, earlier));
        continue;
      }
      ids[kind].set(file.id, file.shown);
      const doc = readDoc(kind, file.path, file.shown, roots.bundled);
      if (!doc.ok) {
        errors.push(...doc.errors);
        continue;
      }
      const { locate } = doc.value;
      if (kind === 'framework') {
        const framework = toFramework(doc.value.doc as FrameworkDoc, file.shown);
        errors.push(...located(file.shown, locate, frameworkProblems(framework, catalogue)));
        frameworks.push(framework);
      } else {
        const kase = toCase(doc.value.doc as CaseDoc, file.shown);
        errors.push(...located(file.shown, locate, caseProblems(kase, catalogue)));
        cases.push(kase);
      }
    }
  }
  return { catalogue, frameworks, cases, errors };
}

function lineToDiagnostic(line: string): Diagnostic {
  const match = /^(.*?):(\d+):(\d+) (?:(\S+): )?(.*)$/.exec(line);
  if (!match) return { file: '', line: 1, col: 1, path: '', message: line };
  return { file: match[1]!, line: Number(match[2]), col: Number(match[3]), path: match[4] ?? '', message: match[5]! };
}

/** Guess a file's kind from its folder, then from its content. */
export function kindOf(path: string, data?: unknown): ContentKind | undefined {
  const parts = path.split(/[\\/]/);
  for (const [kind, dir] of Object.entries(kindDirs) as [ContentKind, string][]) {
    if (parts.at(-2) === dir) return kind;
  }
  if (data && typeof data === 'object') {
    if ('steps' in data) return 'framework';
    if ('question' in data || 'facts' in data) return 'case';
    if ('topics' in data) return 'topics';
  }
  return undefined;
}

export function exists(path: string): boolean {
  return existsSync(path);
}
