// How the user runs mlsd, for every hint that names a command: `mlsd …` when it is on
// the PATH (npm link, a global install), `npx mlsd …` when it was started through npx.
// The entry point decides once (cli/run.ts); hints everywhere read it.
let name = 'mlsd';

/**
 * The command the user typed to start this process. npx (npm exec) runs a package's binary
 * through a node_modules/.bin link, which is what argv[1] names; on Windows its shim runs the
 * script inside node_modules itself, with npm_lifecycle_event=npx (npm_command=exec) set.
 * The environment alone is not enough: a test runner started by npx passes it on to every
 * `node bin/mlsd.js` it spawns, and those are not run through npx.
 */
export function commandNameFor(env: NodeJS.ProcessEnv, script: string | undefined): string {
  const path = script ?? '';
  const binLink = /[\\/]node_modules[\\/]\.bin[\\/]/.test(path);
  const npxShim = (env.npm_lifecycle_event === 'npx' || env.npm_command === 'exec') && /[\\/]node_modules[\\/]/.test(path);
  return binLink || npxShim ? 'npx mlsd' : 'mlsd';
}

export function setCommandName(value: string): void {
  name = value;
}

/** `mlsd` or `npx mlsd`, as set at start-up. */
export const commandName = (): string => name;

/** A command line to suggest, as the user would type it: command('export X') is `mlsd export X` or `npx mlsd export X`. */
export const command = (args: string): string => `${name} ${args}`;
