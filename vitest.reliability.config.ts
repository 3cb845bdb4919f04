import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// npm run test:reliability: the long runs (crash torture, the whole hostile corpus through
// the built binary, hundreds of mutations, a 5,000-character paste) that `npm test` samples.
// Spread, not mergeConfig: merging would add these files to the usual ones.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/**/*.reliability.ts'], testTimeout: 600_000 },
});
