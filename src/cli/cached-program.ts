// Runs a one-file program (dist/<name>.cjs) through V8's code cache, which the build writes beside it
// (dist/<name>.cjs.cache) from a run of the program: V8 then reads compiled code instead of parsing and
// compiling the program's 270-370 KB (before a drill's first prompt, or history's table). A cache this
// V8 cannot use (another Node version, other flags) is rejected by V8 itself and the program compiles
// as it would without one.
import type * as NodeFs from 'node:fs';
import { createRequire } from 'node:module';
import type * as NodeUrl from 'node:url';
import type * as NodeVm from 'node:vm';

export function runCachedProgram(name: string): void {
  // Required here, not imported: this is bundled into the entry point, which `--version` loads too.
  const load = createRequire(import.meta.url);
  const { readFileSync, writeFileSync } = load('node:fs') as typeof NodeFs;
  const { fileURLToPath } = load('node:url') as typeof NodeUrl;
  const vm = load('node:vm') as typeof NodeVm;
  const url = new URL(`./${name}.cjs`, import.meta.url);
  const file = fileURLToPath(url);
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache: compiled as usual
  }
  // The program as a function of what a CommonJS module gets, plus its own URL (import.meta.url in the source).
  // No import() in it (the build checks): what it loads later, it requires.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __mlsdUrl) {"use strict";${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  // The build makes the cache from a run of the program: written as the process exits, when the
  // functions that run have been compiled.
  const writeTo = process.env.MLSD_BUILD_CODE_CACHE;
  if (writeTo) process.once('exit', () => writeFileSync(writeTo, script.createCachedData()));
  const program = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  program(module.exports, createRequire(url), module, file, fileURLToPath(new URL('.', url)), url.href);
}
