// The crash torture in the suite: a short run that fits CI. `npm run torture` runs
// the full one (MLSD_TORTURE_KILLS, default 300; MLSD_TORTURE_SEED to reproduce).
import { describe, expect, it } from 'vitest';
import { summaryLine, torture } from './torture.js';

const kills = Number(process.env.MLSD_TORTURE_KILLS ?? 30);
const seed = Number(process.env.MLSD_TORTURE_SEED ?? 20260121);

describe('crash torture', () => {
  it(
    `every line shown as recorded survives ${kills} kill -9s at random moments, once and in order; every session resumes and exports`,
    async () => {
      const result = await torture({ kills, seed, log: process.env.MLSD_TORTURE_VERBOSE ? (l) => console.log(l) : undefined });
      console.log(summaryLine(result));
      expect(result.failures).toEqual([]);
      expect(result.lost).toBe(0);
      expect(result.duplicated).toBe(0);
      expect(result.outOfOrder).toBe(0);
      expect(result.confirmed).toBeGreaterThan(kills / 2);
    },
    kills * 6_000 + 30_000,
  );
});
