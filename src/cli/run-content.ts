// The same program as ./run.ts, built as one file for the commands that read the content (validate,
// check, list, show), run through V8's code cache (./cached-program.ts, scripts/build.mjs).
import './run.js';
