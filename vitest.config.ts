import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    env: { FORCE_COLOR: '0', NO_COLOR: '1' },
    // Every core: vitest's default ran the files one at a time on a 2-core machine (117-121 s of the 120 s
    // budget; 93 s on both cores). The tests wait for conditions, not for time, so they hold under load.
    maxWorkers: availableParallelism(),
    // Test files share a worker's modules instead of importing them afresh each (imports took 37 of ~100 s); no
    // test relies on a module loaded for it alone (one that did now makes its content unique).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
