// Preloaded by drill.bench.mjs (node --import): logs each module file the program loads, and its
// size, to the file named by MLSD_BENCH_LOAD_LOG. A count that does not move with the machine's
// load, to read beside the timing.
import { register } from 'node:module';

register(new URL('./load-log-hooks.mjs', import.meta.url), { data: process.env.MLSD_BENCH_LOAD_LOG });
