import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import chalk from 'chalk';
import { writeLine, type CliContext } from '../cli/context.js';
import { formatDiagnostic, type Diagnostic } from '../content/diagnostics.js';
import {
  caseProblems,
  frameworkProblems,
  kindOf,
  loadAll,
  loadCatalogue,
  located,
  readDoc,
} from '../content/load.js';
import type { Catalogue } from '../content/model.js';
import { toCase, toFramework } from '../content/normalise.js';
import { parseYaml } from '../content/parser.js';
import type { CaseDoc, ContentKind, FrameworkDoc } from '../content/schemas.js';
import { UserError, UserErrors } from '../errors.js';

export async function validate(paths: string[], _options: object, ctx: CliContext): Promise<void> {
  let errors: Diagnostic[];
  let count: number;
  if (paths.length === 0) {
    const all = loadAll(ctx.roots);
    errors = all.errors;
    count = all.catalogue.files.length + all.frameworks.length + all.cases.length;
    count = Math.max(count, new Set(errors.map((e) => e.file)).size);
  } else {
    const files = paths.flatMap(expand);
    errors = [];
    let catalogue: Catalogue | undefined;
    try {
      catalogue = loadCatalogue(ctx.roots);
    } catch (error) {
      if (!(error instanceof UserErrors)) throw error;
    }
    for (const file of files) errors.push(...validateFile(file, catalogue, ctx.roots.bundled));
    count = files.length;
  }
  if (errors.length > 0) {
    for (const e of errors) writeLine(ctx.stderr, formatDiagnostic(e));
    const files = new Set(errors.map((e) => e.file)).size;
    throw new UserError(`${errors.length} problem${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
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

function validateFile(path: string, catalogue: Catalogue | undefined, snapshotRoot: string): Diagnostic[] {
  let kind: ContentKind | undefined = kindOf(path);
  if (!kind) {
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // readDoc below reports the read error.
    }
    const parsed = parseYaml(text, path);
    kind = parsed.ok ? kindOf(path, parsed.value.data) : 'case';
    if (!kind) {
      return [{ file: path, line: 1, col: 1, path: '', message: 'not a framework, case or topic catalogue (expected steps, question or topics)' }];
    }
  }
  const read = readDoc(kind, path, path, snapshotRoot);
  if (!read.ok) return read.errors;
  if (!catalogue) return [];
  if (kind === 'framework') {
    return located(path, read.value.locate, frameworkProblems(toFramework(read.value.doc as FrameworkDoc, path), catalogue));
  }
  if (kind === 'case') {
    return located(path, read.value.locate, caseProblems(toCase(read.value.doc as CaseDoc, path), catalogue));
  }
  return [];
}
