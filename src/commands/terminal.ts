// What drill, practice and resume share: they need a terminal, and run a session in it.
import { UserError } from '../errors.js';
import type { OpenSession } from '../store/sessions.js';
import type { TerminalOptions } from '../ui/session.js';
import type { CliContext } from './context.js';
import { command } from '../text/command.js';

/** Said once the arguments are known to be good, so a typo is reported first. */
export const needsTerminal = (name: string): UserError =>
  new UserError(
    name === 'resume'
      ? `"${command('resume')}" needs a terminal: run it from one (a session from an answers file has nothing to resume)`
      : `"${command(name)}" needs a terminal; to run without one, use: ${command('drill <case> --answers FILE')} (YAML: step id → answer text)`,
  );

/** Starts loading the terminal UI, so it is ready by the time the session's plan is. */
export const preloadTerminalUi = (): void => void import('../ui/session.js').catch(() => undefined);

/** Runs the session at the terminal; saved to be resumed later (Ctrl-C), the command exits 130. */
export async function sessionAtTerminal(open: OpenSession, ctx: CliContext, options: TerminalOptions = {}): Promise<void> {
  const { runInTerminal } = await import('../ui/session.js');
  if ((await runInTerminal(open, ctx, options)) === 'saved') ctx.exitCode = 130;
}
