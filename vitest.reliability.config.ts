import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// npm run test:reliability: the long runs (crash torture, the whole hostile corpus through
// the built binary, hundreds of mutations, a 5,000-character paste) that `npm test` samples.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['test/**/*.reliability.ts'],
      testTimeout: 600_000,
    },
  }),
);
