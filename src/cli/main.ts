// The entry point. `mlsd --version` and `mlsd --help` are answered from text the
// build rendered with commander (test/cli/surface.test.ts keeps them equal), so
// they load nothing; everything else goes through the full program in run.ts.
declare const MLSD_VERSION: string;
declare const MLSD_HELP: string;

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : args.length === 0 ? '' : undefined;

if (only === '--version' || only === '-V') {
  process.stdout.write(`${MLSD_VERSION}\n`);
} else if (only === '--help' || only === '-h' || only === '') {
  process.stdout.write(MLSD_HELP);
} else {
  await import('./run.js');
}
