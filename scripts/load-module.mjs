// One TypeScript module of the repository, bundled to a scratch file and imported: for the build, which runs before
// dist/ exists, and for scripts that need a module dist/ does not export (npm run cues:senses).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const requireBanner = {
  // Bundled CommonJS dependencies call require() for Node built-ins.
  js: "import { createRequire as __mlsdRequire } from 'node:module'; const require = __mlsdRequire(import.meta.url);",
};

/** `entry` (a path from the repository's root) bundled and imported. */
export async function loadModule(entry) {
  const outfile = join(root, 'node_modules', '.cache', 'mlsd-build', `${entry.replace(/[^a-z0-9]+/gi, '-')}.mjs`);
  await build({ entryPoints: [join(root, entry)], outfile, bundle: true, format: 'esm', platform: 'node', banner: requireBanner, logLevel: 'error' });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
