// Shell completion. `mlsd completion bash|zsh|fish` prints a script; the script asks
// `mlsd __complete -- <words typed after mlsd>` (the last word the one being completed)
// for candidates, one per line as `value<TAB>description`. What commands and options
// exist comes from the command surface itself; ids are read from folder listings (and
// one framework's steps), so completing is quick. No candidates where a file is
// expected: the script then completes file names.
import { contentFiles, type ContentRoots } from '../content/files.js';
import { readDoc } from '../content/read.js';
import { listSessions } from '../store/session-files.js';
import type { MlsdPaths } from '../store/paths.js';
import { writeLine, type CliContext } from './context.js';

/** What completion knows of the command line: each command, its options and arguments. */
export interface Surface {
  commands: { name: string; description: string; options: OptionSpec[]; args: ArgSpec[] }[];
  /** Options of mlsd itself (--help, --version). */
  options: OptionSpec[];
}
export interface OptionSpec {
  flags: string[];
  description: string;
  /** The name of the value it takes (`id` for `<id>`, `file`), or null for a switch. */
  value: string | null;
  choices?: readonly string[];
}
export interface ArgSpec {
  name: string;
  variadic: boolean;
  choices?: readonly string[];
}

/** Where ids come from; each read only when asked for. */
export interface IdSources {
  cases(): string[];
  frameworks(): string[];
  steps(framework: string): { id: string; title: string }[];
  sessions(): string[];
}

type Candidate = [value: string, description?: string];

/** The ids an option or argument of this name takes; null: a file name (or anything). */
function idsFor(name: string, words: readonly string[], ids: IdSources): Candidate[] | null {
  switch (name) {
    case 'case':
      return ids.cases().map((id) => [id]);
    case 'framework':
      return ids.frameworks().map((id) => [id]);
    case 'step': {
      const at = words.lastIndexOf('--framework');
      const framework = at >= 0 ? (words[at + 1] ?? 'mlsd-45') : 'mlsd-45';
      return ids.steps(framework).map((s) => [s.id, s.title]);
    }
    case 'session':
      return [['latest', 'the newest session'], ...ids.sessions().map((id): Candidate => [id])];
    default:
      return null;
  }
}

/** The candidates for the last of `words` (the words after `mlsd`), as `value\tdescription` lines. */
export function completions(words: readonly string[], surface: Surface, ids: IdSources): string[] {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const matching = (candidates: Candidate[] | null) =>
    (candidates ?? [])
      .filter(([value]) => value.toLowerCase().startsWith(current.toLowerCase()))
      .map(([value, description]) => (description ? `${value}\t${description}` : value));
  const optionsOf = (options: OptionSpec[], used: readonly string[]) =>
    options.filter((o) => !o.flags.some((f) => used.includes(f))).map((o): Candidate => [o.flags.find((f) => f.startsWith('--')) ?? o.flags[0]!, o.description]);
  if (before.length === 0) {
    return matching(current.startsWith('-') ? optionsOf(surface.options, []) : surface.commands.map((c) => [c.name, c.description]));
  }
  const command = surface.commands.find((c) => c.name === before[0]);
  if (!command) return [];
  const optionOf = (word: string) => command.options.find((o) => o.flags.includes(word));
  const previous = optionOf(before.at(-1) ?? '');
  if (before.length > 1 && previous?.value) {
    // `--case <id>` takes a case id, `--step <id>` a step id: an `id` is of the kind the option names.
    const kind = previous.value === 'id' ? previous.flags.at(-1)!.replace(/^--/, '') : previous.value;
    return matching(previous.choices ? previous.choices.map((c) => [c]) : idsFor(kind, before, ids));
  }
  if (current.startsWith('-')) return matching(optionsOf(command.options, before));
  // Which argument this word is: count the words before it that are not options or their values.
  let position = 0;
  for (let i = 1; i < before.length; i++) {
    const option = optionOf(before[i]!);
    if (option) i += option.value ? 1 : 0;
    else if (!before[i]!.startsWith('-')) position++;
  }
  const arg = command.args[Math.min(position, command.args.length - 1)];
  if (!arg || (position >= command.args.length && !arg.variadic)) return [];
  return matching(arg.choices ? arg.choices.map((c) => [c]) : idsFor(arg.name, before, ids));
}

/** The real sources: folder listings, and the asked framework's steps (from the build's snapshot when bundled). */
export function idSources(paths: MlsdPaths, roots: ContentRoots): IdSources {
  const ids = (kind: 'case' | 'framework') => [...new Set(contentFiles(roots, kind).filter((f) => !f.refused).map((f) => f.id))].sort();
  return {
    cases: () => ids('case'),
    frameworks: () => ids('framework'),
    steps(framework) {
      const file = contentFiles(roots, 'framework').find((f) => f.id === framework);
      if (!file) return [];
      const read = readDoc('framework', file.path, file.shown, roots.bundled);
      return read.ok ? read.value.doc.steps.map((s) => ({ id: s.id, title: s.title })) : [];
    },
    sessions: () => listSessions(paths).map((s) => s.id),
  };
}

/** `mlsd __complete -- words…`: never fails; a problem means no candidates. */
export async function complete(words: string[], surface: Surface, ctx: CliContext): Promise<void> {
  let lines: string[] = [];
  try {
    lines = completions(words, surface, idSources(ctx.paths, ctx.roots));
  } catch {
    // Completion must never print an error into the user's command line.
  }
  if (lines.length > 0) writeLine(ctx.stdout, lines.join('\n'));
}
