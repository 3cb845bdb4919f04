// The entry point. `mlsd --version` and `mlsd --help` are answered from text the
// build rendered with commander (test/cli/surface.test.ts keeps them equal), so
// they load nothing; everything else goes through the full program in run.ts (for the commands that
// run a session, for those that read the saved sessions, and for those that read the content, the same
// program built as one file and run through V8's code cache: run-session.ts, run-progress.ts,
// run-content.ts, cached-program.ts).
import { commandNameFor } from '../text/command.js';

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
} else if (args[0] === 'drill' || args[0] === 'practice' || args[0] === 'resume') {
  (await import('./cached-program.js')).runCachedProgram('run-session');
} else if (args[0] === 'history' || args[0] === 'stats' || args[0] === 'next') {
  (await import('./cached-program.js')).runCachedProgram('run-progress');
} else if (args[0] === 'validate' || args[0] === 'check' || args[0] === 'list' || args[0] === 'show') {
  (await import('./cached-program.js')).runCachedProgram('run-content');
} else {
  await import('./run.js');
}
