import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import chalk from 'chalk';
import { formatDiagnostic, type Diagnostic } from '../content/diagnostics.js';
import { readCatalogue } from '../content/catalogue.js';
import { contentFiles } from '../content/files.js';
import { checkFile, loadAll, placementProblems } from '../content/load.js';
import { readDoc } from '../content/read.js';
import { located } from '../content/references.js';
import { documentCueProblems } from '../coverage/lint.js';
import { UserError } from '../errors.js';
import { command } from '../text/command.js';
import { writeLine, type CliContext } from './context.js';

export async function validate(paths: string[], ctx: CliContext): Promise<void> {
  let errors: Diagnostic[];
  let count: number;
  // The catalogue's shared concepts, for the cue lint below (none when the catalogue is broken).
  let concepts: Set<string>;
  let referencesChecked = true;
  if (paths.length === 0) {
    const all = loadAll(ctx.roots);
    errors = [...all.errors, ...placementProblems(all)];
    count = all.catalogue.files.length + all.frameworks.length + all.cases.length;
    count = Math.max(count, new Set(errors.map((e) => e.file)).size);
    concepts = new Set(Object.keys(all.catalogue.concepts));
    referencesChecked = all.referencesChecked;
  } else {
    const files = paths.flatMap(expand);
    // A broken catalogue leaves references unchecked; `mlsd validate` with no path shows its problems.
    const catalogue = readCatalogue(ctx.roots);
    errors = files.flatMap((file) => checkFile(file, catalogue.ok ? catalogue.value : undefined, ctx.roots.bundled));
    count = files.length;
    concepts = new Set(Object.keys(catalogue.ok ? catalogue.value.concepts : {}));
    referencesChecked = catalogue.ok;
  }
  // Cues as written: what would silently never match, or match too much.
  const linted = paths.length === 0
    ? [...contentFiles(ctx.roots, 'topics'), ...contentFiles(ctx.roots, 'case')].map((f) => ({ path: f.path, shown: f.shown, kind: f.kind }))
    : paths.flatMap(expand).map((path) => ({ path, shown: path, kind: /(^|[\\/])topics[\\/][^\\/]+$/.test(path) ? 'topics' : 'case' }));
  for (const file of linted) {
    if (file.kind !== 'topics' && file.kind !== 'case') continue;
    if (errors.some((e) => e.file === file.shown)) continue;
    const read = readDoc(file.kind, file.path, file.shown, ctx.roots.bundled, { questions: false });
    // Bundled bytes the build linted already: the snapshot records only the clean ones.
    if (!read.ok || read.value.checked) continue;
    const problems = documentCueProblems(file.kind, read.value.doc as Record<string, unknown>, concepts);
    errors.push(...located(file.shown, read.value.locate, problems));
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
    for (const e of errors) writeLine(ctx.stderr, formatDiagnostic(e));
    const files = new Set(errors.map((e) => e.file)).size;
    const unchecked = referencesChecked ? '' : '; topic references are checked once the topic catalogue reads cleanly';
    throw new UserError(`${errors.length} problem${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${unchecked}`);
  }
  // Files that are right in themselves are not known to be valid while the topics they name cannot be looked up.
  if (!referencesChecked) {
    throw new UserError(`${count} file${count === 1 ? '' : 's'} well-formed, but topic references were not checked: the topic catalogue has problems (run "${command('validate')}" to see them)`);
  }
  writeLine(ctx.stdout, `${chalk.green('✓')} ${count} file${count === 1 ? '' : 's'} valid`);
}

function expand(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UserError(`${path}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(path, name));
}
