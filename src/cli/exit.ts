// Every way a command can end, as an exit code: one line for a user error, a stack for a bug.
import chalk from 'chalk';
import { CommanderError } from 'commander';
import { UserError } from '../errors.js';

export function exitCodeFor(error: unknown, stderr: NodeJS.WritableStream): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; usage errors were already printed by commander.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UserError) {
    stderr.write(`${chalk.red('mlsd:')} ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    return 130;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr.write(`mlsd: unexpected error — this is a bug; please report it with the command you ran.\n${stack}\n`);
  return 70;
}
