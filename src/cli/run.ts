// The entry point: parse arguments, run the command, and turn how it ended into the
// process's exit code (./exit.ts).
import chalk from 'chalk';
import type { CliContext } from '../commands/context.js';
import { defaultContext } from './context.js';
import { exitCodeFor } from './exit.js';
import { buildProgram } from './program.js';
import { commandNameFor, setCommandName } from '../text/command.js';

if (process.env.NO_COLOR) chalk.level = 0;
setCommandName(commandNameFor(process.env, process.argv[1]));

let context: CliContext | undefined;
const program = buildProgram(() => (context ??= defaultContext()));

// Not awaited at the top level: the session program is built as CommonJS (./cached-program.ts), which has none.
void program.parseAsync(process.argv).then(
  () => (process.exitCode = context?.exitCode ?? 0),
  (error: unknown) => (process.exitCode = exitCodeFor(error, process.stderr)),
);
