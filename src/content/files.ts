// Where content files are: the package's own and the user's, one folder per kind.
// A symbolic link whose target lies outside its folder is listed as refused, never read.
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { ContentKind } from './schemas.js';

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
  /** Why the file is not read (a link leading out of its folder); absent for a file that may be read. */
  refused?: string;
}

export function shownPath(path: string, roots: ContentRoots): string {
  if (!isAbsolute(path)) return path;
  const fromPackage = relative(roots.bundled, path);
  if (!fromPackage.startsWith('..') && !isAbsolute(fromPackage)) return fromPackage;
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}

/** The content files of one kind, bundled first, each origin sorted by name. */
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
      const file: ContentFile = { id: name.replace(/\.ya?ml$/, ''), kind, path, shown: shownPath(path, roots), origin };
      if (!insideFolder(path, dir)) file.refused = `a link that leads outside ${shownPath(dir, roots)}; refusing to read it`;
      out.push(file);
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

/** Guess a file's kind from its folder, then from its content. */
export function kindOf(path: string, data?: unknown): ContentKind | undefined {
  const parts = path.split(/[\\/]/);
  for (const [kind, dir] of Object.entries(kindDirs) as [ContentKind, string][]) {
    if (parts.at(-2) === dir) return kind;
  }
  if (data && typeof data === 'object') {
    if ('steps' in data) return 'framework';
    if ('question' in data || 'facts' in data) return 'case';
    if (['topics', 'synonyms', 'ignore', 'numeric'].some((k) => k in data)) return 'topics';
  }
  return undefined;
}
