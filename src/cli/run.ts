// The entry point: parse arguments, run the command, and turn every failure into
// the right exit code — one line for a user error, a stack for a bug.
import chalk from 'chalk';
import { CommanderError } from 'commander';
import { UserError } from '../errors.js';
import type { CliContext } from '../commands/context.js';
import { defaultContext } from './context.js';
import { buildProgram } from './program.js';

if (process.env.NO_COLOR) chalk.level = 0;

let context: CliContext | undefined;
const program = buildProgram(() => (context ??= defaultContext()));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; usage errors were already printed by commander.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UserError) {
    process.stderr.write(`${chalk.red('mlsd:')} ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    return 130;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(
    `mlsd: unexpected error — this is a bug; please report it with the command you ran.\n${stack}\n`,
  );
  return 70;
}
