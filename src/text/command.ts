// How the user runs mlsd, for every hint that names a command: `mlsd …` when it is on
// the PATH (npm link, a global install), `npx mlsd …` when it was started through npx.
// The entry point decides once (cli/run.ts); hints everywhere read it.
let name = 'mlsd';

/**
 * The command the user typed to start this process. npx (npm exec) marks the process it
 * starts with npm_lifecycle_event=npx and npm_command=exec; a binary run from a
 * node_modules/.bin folder (an npm script, a local install) is reached by npx as well.
 */
export function commandNameFor(env: NodeJS.ProcessEnv, script: string | undefined): string {
  const viaNpx = env.npm_lifecycle_event === 'npx' || env.npm_command === 'exec';
  const localBin = script !== undefined && /[\\/]node_modules[\\/]\.bin[\\/]/.test(script);
  return viaNpx || localBin ? 'npx mlsd' : 'mlsd';
}

export function setCommandName(value: string): void {
  name = value;
}

/** A command line to suggest, as the user would type it: command('export X') is `mlsd export X` or `npx mlsd export X`. */
export const command = (args: string): string => `${name} ${args}`;
