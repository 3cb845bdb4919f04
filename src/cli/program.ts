// The whole command surface in one place. Each action imports its handler lazily,
// so `mlsd --help` loads nothing but commander. The options each action receives are
// typed from the declarations below (@commander-js/extra-typings), so a handler's
// options type and its command line cannot drift apart.
import { Argument, Command, Option, type OutputConfiguration } from '@commander-js/extra-typings';
import type { CliContext } from '../commands/context.js';
import { surfaceOf } from './surface.js';
import { modeSchema } from '../session/events.js';
import { command, commandName } from '../text/command.js';
import { version } from '../version.js';

const modeOption = () => new Option('--mode <mode>', 'mock (like a real interview) or study (hints, live coverage)').choices(modeSchema.enum);

/** The help's examples, each command as the user runs it, the descriptions aligned. */
function examples(rows: [args: string, what: string][]): string {
  const width = Math.max(40, ...rows.filter(([, what]) => what).map(([args]) => command(args).length + 1));
  return ['', 'Examples:', ...rows.map(([args, what]) => `  ${what ? command(args).padEnd(width) : command(args)} ${what}`.trimEnd())].join('\n');
}

/** The program; `output` replaces standard output and error for help and usage errors (the build, tests). */
export function buildProgram(context: () => CliContext, output?: OutputConfiguration) {
  const program = new Command(commandName());
  if (output) program.configureOutput(output);
  program
    .description('A terminal coach for machine-learning system design interviews.')
    .version(version, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    // A fixed width keeps help identical in every terminal, so the build can pre-render it.
    .configureHelp({ sortSubcommands: false, helpWidth: 80 })
    .addHelpText(
      'after',
      examples([
        ['drill video-recommendation', 'practise one case, all steps'],
        ['drill ad-click-prediction --step evaluate', ''],
        ['practice', 'choose a case from a menu'],
        ['check answer.md --step evaluate', 'coverage of any text'],
        ['export latest -o session.md', 'the transcript of your last session'],
      ]),
    );

  program
    .command('practice')
    .description('a full timed session; without --case, choose from a menu')
    .option('--case <id>', 'the case to practise')
    .option('--framework <id>', 'the framework to follow', 'mlsd-45')
    .addOption(modeOption().default('mock' as const))
    .option('--strict', 'end each step at its time box')
    .option('--twist [id]', 'announce a requirement change mid-session: this one, or one chosen for the session')
    .option('--no-twist', 'no requirement change (mock mode announces one)')
    .option('--minutes <n>', 'the whole session in N minutes: every time box scaled to fit')
    .option('--pace <factor>', 'every time box multiplied by this, e.g. 0.5 for half-length boxes')
    .action(async (options) => (await import('../commands/practice.js')).practice(options, context()));

  program
    .command('drill')
    .description('straight into one case: all steps, or one with --step')
    // Optional here only so that "drill --twist CASE" works: --twist [id] would take the case as its id.
    .argument('[case]', `case id (see: ${command('list cases')})`)
    .option('--step <id>', 'only this step of the framework')
    .option('--framework <id>', 'the framework to follow', 'mlsd-45')
    .addOption(modeOption().default('study' as const))
    .option('--strict', 'end each step at its time box')
    .option('--answers <file>', 'run with no terminal: YAML mapping step id to answer text')
    .option('--json', 'with --answers: print the scorecard as JSON')
    .option('--twist [id]', 'announce a requirement change mid-session: this one, or one chosen for the session')
    .option('--no-twist', 'no requirement change (mock mode announces one)')
    .option('--minutes <n>', 'the whole session in N minutes: every time box scaled to fit')
    .option('--pace <factor>', 'every time box multiplied by this, e.g. 0.5 for half-length boxes')
    .action(async (caseId, options, drill) => {
      if (caseId === undefined && typeof options.twist === 'string') [caseId, options.twist] = [options.twist, true];
      if (caseId === undefined) return drill.error("error: missing required argument 'case'");
      await (await import('../commands/drill.js')).drill(caseId, options, context());
    });

  program
    .command('resume')
    .description('continue an interrupted session (the latest unfinished by default)')
    .argument('[session]', `session id (see: ${command('history')})`)
    .action(async (session) => (await import('../commands/resume.js')).resume(session, context()));

  program
    .command('list')
    .description('what is available, bundled and your own')
    .addArgument(new Argument('[what]', 'cases, frameworks or topics').choices(['cases', 'frameworks', 'topics'] as const).default('cases' as const))
    .option('--json', 'print JSON')
    .action(async (what, options) => (await import('../commands/list.js')).list(what, options, context()));

  program
    .command('show')
    .description('the case brief: question, difficulty, tags, summary (no spoilers)')
    .argument('<case>', 'case id')
    .option('--full', 'also the facts, case topics and pitfalls (spoilers)')
    .option('--reference', 'the reference outline of a strong answer, all steps')
    .option('--step <id>', 'with --reference: only this step of the outline')
    .option('--json', 'print the brief as JSON (the whole case with --full)')
    .action(async (caseId, options) => (await import('../commands/show.js')).show(caseId, options, context()));

  program
    .command('check')
    .description('coverage of any text, no session')
    .argument('[file]', 'a text or markdown file, or - for standard input (at a terminal: type or paste, Ctrl-D ends)')
    .option('--framework <id>', 'the framework whose topics to check', 'mlsd-45')
    .option('--step <id>', 'only this step\'s topics')
    .option('--case <id>', 'add the case\'s own topics')
    .option('--json', 'print JSON')
    .action(async (file, options) => (await import('../commands/check.js')).check(file, options, context()));

  program
    .command('export')
    .description('the transcript of a session')
    .argument('<session>', 'session id, or latest')
    .addOption(new Option('--format <format>', 'md or json').choices(['md', 'json'] as const).default('md' as const))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (session, options) => (await import('../commands/export.js')).exportSession(session, options, context()));

  program
    .command('history')
    .description('past sessions')
    .option('--case <id>', 'only the sessions of this case')
    .option('--limit <n>', 'only the newest n sessions')
    .option('--prune-empty', 'first remove the sessions whose clock never started')
    .option('--json', 'print JSON')
    .action(async (options) => (await import('../commands/history.js')).history(options, context()));

  program
    .command('delete')
    .description('delete a saved session for good (asks first)')
    .argument('<session>', `session id, or latest (see: ${command('history')})`)
    .option('-y, --yes', 'do not ask (needed without a terminal)')
    .action(async (session, options) => (await import('../commands/delete.js')).deleteSavedSession(session, options, context()));

  program
    .command('stats')
    .description('progress per topic and per step over time')
    .option('--json', 'print JSON')
    .action(async (options) => (await import('../commands/stats.js')).stats(options, context()));

  program
    .command('next')
    .description('what to practise next, by spaced repetition over your missed topics')
    .option('--json', 'print JSON')
    .action(async (options) => (await import('../commands/next.js')).next(options, context()));

  program
    .command('paths')
    .description('where your content, your sessions and the bundled content are')
    .option('--json', 'print JSON')
    .action(async (options) => (await import('../commands/paths.js')).paths(options, context()));

  program
    .command('init')
    .description('write a starter case or framework into your content folder')
    .addArgument(new Argument('<kind>', 'case or framework').choices(['case', 'framework'] as const))
    .argument('<name>', 'its id: lower-case letters, digits and hyphens')
    .action(async (kind, name) => (await import('../commands/init.js')).init(kind, name, context()));

  program
    .command('completion')
    .description('print a completion script for your shell (commands, options, case, framework, step and session ids)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish'] as const))
    .action(async (shell) => (await import('../commands/completion.js')).completion(shell, context()));

  program
    .command('__complete', { hidden: true })
    .description('the candidates completion scripts ask for')
    .argument('[words...]', 'the words after mlsd, the last one being completed')
    .helpOption(false)
    .action(async (words) => (await import('../commands/complete.js')).complete(words, surfaceOf(program), context()));

  program
    .command('validate')
    .description('validate framework, topic and case YAML (all content when no path is given)')
    .argument('[paths...]', 'files or folders to validate')
    .action(async (paths) => (await import('../commands/validate.js')).validate(paths, context()));

  return program;
}
