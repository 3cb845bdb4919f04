// The entry point. `mlsd --version` and `mlsd --help` are answered from text the
// build rendered with commander (test/cli/surface.test.ts keeps them equal), so
// they load nothing; everything else goes through the full program in run.ts (for the commands that
// run a session, for those that read the saved sessions, and for those that read the content, the same
// program built as one file and run through V8's code cache: one-file-programs.ts says which,
// cached-program.ts runs it).
import { commandNameFor } from '../text/command.js';
import { programFor } from './one-file-programs.js';

declare const MLSD_VERSION: string;
declare const MLSD_HELP: string;

// A reader that stops early (`mlsd list | head -1`) closes the pipe: stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : args.length === 0 ? '' : undefined;

if (only === '--version' || only === '-V') {
  process.stdout.write(`${MLSD_VERSION}\n`);
} else if ((only === '--help' || only === '-h' || only === '') && commandNameFor(process.env, process.argv[1]) === 'mlsd') {
  // The pre-rendered help names plain `mlsd`; through npx the program renders it naming `npx mlsd`.
  process.stdout.write(MLSD_HELP);
} else if (programFor(args[0])) {
  (await import('./cached-program.js')).runCachedProgram(programFor(args[0])!);
} else {
  await import('./run.js');
}
