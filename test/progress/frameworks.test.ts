// Issue 14, bug 2: stats mixed frameworks. Step ids repeat across frameworks ("frame" is
// "Frame the problem and data" in mlsd-45, "Frame as an ML problem" in mlsd-60), so per-step
// figures are kept per framework, and sessions with scaled boxes (--minutes, --pace) apart and marked.
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { stats } from '../../src/commands/stats.js';
import { commandContext } from '../support/cli.js';
import { tempHome } from '../support/home.js';
import { writeJournal, type ScriptedSession } from './fixtures.js';

const day = 86_400_000;
const t0 = Date.UTC(2026, 0, 5, 9);
const id = (n: number) => `2026010${n}-090000-visual-search`;
const steps = [
  { id: 'clarify', seconds: 240, lines: ['The business goal is more saves per visit; latency under 200 ms.'] },
  { id: 'frame', seconds: 300, lines: ['Frame it as ranking images by embedding similarity, labels from clicks.'] },
];
const session = (n: number, frameworkId: string, pace?: number): ScriptedSession => ({
  id: id(n),
  at: t0 + n * day,
  frameworkId,
  steps: pace === undefined ? steps : steps.map((s) => ({ ...s, seconds: 20 })),
  ...(pace === undefined ? {} : { pace }),
});

/** `mlsd stats` over these sessions, as the user reads it, split at each framework's sub-heading. */
async function sections(history: ScriptedSession[], columns = 100): Promise<{ text: string; under: (heading: string) => string }> {
  const home = tempHome();
  for (const s of history) writeJournal(home, s);
  const { ctx, out } = commandContext(home);
  Object.assign(ctx.stdout, { columns, isTTY: true }); // a terminal this wide: tables and headings fit it
  await stats({}, ctx);
  const text = stripAnsi(out.stdout);
  const under = (heading: string) => {
    const start = text.indexOf(`\n${heading}`);
    if (start < 0) return '';
    const rest = text.slice(start + 1);
    const end = rest.slice(1).search(/\n(ML system design in|dimension|Red flags)/);
    return end < 0 ? rest : rest.slice(0, end + 1);
  };
  return { text, under };
}

const mlsd45 = 'ML system design in 45 minutes';
const mlsd60 = 'ML system design in 60 minutes, seven steps';

describe('stats with more than one framework', () => {
  it.each([
    { name: 'mlsd-45 then mlsd-60', history: [session(1, 'mlsd-45'), session(2, 'mlsd-60')], first: mlsd60 },
    { name: 'mlsd-60 then mlsd-45', history: [session(1, 'mlsd-60'), session(2, 'mlsd-45')], first: mlsd45 },
    { name: 'mixed, mlsd-45 last', history: [session(1, 'mlsd-45'), session(2, 'mlsd-60'), session(3, 'mlsd-45')], first: mlsd45 },
  ])('$name: each framework has its own step rows under its name, the one used last first', async ({ history, first }) => {
    const { text, under } = await sections(history);
    const at45 = under(mlsd45);
    const at60 = under(mlsd60);
    expect(at45).toMatch(/^Frame the problem and data\s+5:00\s+10:00/m);
    expect(at45).not.toContain('Frame as an ML problem');
    expect(at60).toMatch(/^Frame as an ML problem\s+5:00\s+7:00/m);
    expect(at60).not.toContain('Frame the problem and data');
    expect(text.indexOf(`\n${first}`)).toBe(Math.min(text.indexOf(`\n${mlsd45}`), text.indexOf(`\n${mlsd60}`)));
    // one score line per framework, over its own sessions only
    expect(at45.match(/^Score /gm)).toHaveLength(1);
    expect(at60.match(/^Score /gm)).toHaveLength(1);
    const n45 = history.filter((s) => s.frameworkId === 'mlsd-45').length;
    expect(at45).toContain(`(${n45} session${n45 === 1 ? '' : 's'})`);
  });

  it('one framework at full length: no sub-heading, as before', async () => {
    const { text } = await sections([session(1, 'mlsd-45'), session(2, 'mlsd-45')]);
    expect(text).not.toContain(mlsd45);
    expect(text).toMatch(/^Frame the problem and data\s+5:00\s+10:00\s+0% of 2/m);
  });

  it.each([
    { name: 'one scaled session', history: [session(1, 'mlsd-45'), session(2, 'mlsd-45', 0.11)], scale: '× 0.11' },
    { name: 'two scales', history: [session(1, 'mlsd-45', 0.25), session(2, 'mlsd-45'), session(3, 'mlsd-45', 0.5)], scale: '× 0.25–0.5' },
  ])('$name: scaled boxes are a section of their own, marked, not mixed into the full-length boxes', async ({ history, scale }) => {
    const { text } = await sections(history);
    const lines = text.split('\n');
    const headings = lines.flatMap((line, at) => (line.startsWith(mlsd45) ? [at] : []));
    expect(headings).toHaveLength(2);
    expect(headings.filter((at) => lines[at + 1] === `Time boxes ${scale} (--minutes, --pace): not full length.`)).toHaveLength(1);
    const full = lines.slice(headings.find((at) => !lines[at + 1]!.startsWith('Time boxes'))).join('\n');
    // the full-length section's frame box is the framework's own 10 minutes, not a median with scaled ones
    expect(full).toMatch(/^Frame the problem and data\s+5:00\s+10:00\s+0% of 1/m);
  });

  it('at 60 columns the sub-headings and their scale notes wrap at words, nothing wider than the terminal', async () => {
    const { text } = await sections([session(1, 'mlsd-60'), session(2, 'mlsd-45', 0.11)], 60);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(text).toMatch(/^Time boxes × 0\.11 \(--minutes, --pace\): not full length\.$/m);
  });
});
