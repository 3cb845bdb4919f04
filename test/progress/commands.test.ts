import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/commands/context.js';
import { exportSession } from '../../src/commands/export.js';
import { history } from '../../src/commands/history.js';
import { next } from '../../src/commands/next.js';
import { stats } from '../../src/commands/stats.js';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { bodyText, indexPath, readIndex, writeIndex } from '../../src/progress/index-file.js';
import { loadLedger } from '../../src/progress/ledger.js';
import type { SessionExport } from '../../src/report/session-json.js';
import { summarize } from '../../src/session/summarize.js';
import { writeJournal, type ScriptedSession } from './fixtures.js';
import { lintErrors } from './lint.js';

const repo = join(import.meta.dirname, '..', '..');
const day = 86_400_000;
const t0 = Date.UTC(2026, 0, 5, 9);

function context(home: string) {
  const out = { stdout: '', stderr: '' };
  const stream = (key: 'stdout' | 'stderr') => ({ write: (s: string) => ((out[key] += s), true), columns: 100 }) as unknown as NodeJS.WriteStream;
  const ctx: CliContext = {
    paths: { config: home, data: join(home, 'data') },
    roots: { bundled: repo, user: home },
    stdout: stream('stdout'),
    stderr: stream('stderr'),
    stdin: process.stdin,
    env: { MLSD_HOME: home },
    interactive: false,
  };
  return { ctx, out };
}

const stamp = (at: number) => new Date(at).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

const clarify = [
  'The business goal is engagement: more saves and clicks.',
  'In scope: the iOS and Android apps and the web; text search is out of scope.',
  'Scale: 150M DAU and 1,500 QPS.',
  'Constraints: p95 latency under 300 ms, and no face recognition for privacy.',
  'Data: we have search logs with clicks and saves as implicit labels.',
];

/** Session n: a day after the one before; covers A/B testing every time, guardrails only when asked. */
function session(n: number, { guardrails = false, finished = true } = {}): ScriptedSession {
  const at = t0 + n * day;
  return {
    id: `${stamp(at)}-visual-search`,
    at,
    finished,
    steps: [
      { id: 'clarify', seconds: 240 + n * 60, lines: clarify },
      {
        id: 'evaluate',
        seconds: 500,
        lines: ['Offline we track recall@k and NDCG; online the click-through rate, in an A/B test with control and treatment.', ...(guardrails ? ['Guardrail metrics: p95 latency must not regress.'] : [])],
      },
    ],
  };
}

function fixtureHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'mlsd-progress-'));
  writeJournal(home, session(1));
  writeJournal(home, session(2, { guardrails: true }));
  writeJournal(home, session(3));
  writeJournal(home, session(4, { finished: false }));
  return home;
}

describe('history, stats and next on a saved history', () => {
  it('history lists every session newest first with its figures', async () => {
    const home = fixtureHome();
    const { ctx, out } = context(home);
    await history({ json: true }, ctx);
    const rows = JSON.parse(out.stdout) as { id: string; case: string; usedMs: number; finished: boolean; score: number | null }[];
    expect(rows.map((r) => r.id)).toEqual([session(4).id, session(3).id, session(2).id, session(1).id]);
    expect(rows.map((r) => r.finished)).toEqual([false, true, true, true]);
    expect(rows[3]).toMatchObject({ case: 'visual-search', usedMs: (300 + 500) * 1000 });
    expect(out.stderr).toBe('');

    const table = context(home);
    await history({}, table.ctx);
    expect(table.out.stdout).toMatch(/^id\s+date\s+case\s+mode\s+duration\s+score\s+finished\n/);
    expect(table.out.stdout).toContain(`${session(1).id}  `);
    expect(table.out.stdout).toContain('13:20');
    expect(table.out.stdout).toContain('4 sessions, newest first');
  });

  it('stats gives per-topic coverage, per-step time and the weakest topics', async () => {
    const { ctx, out } = context(fixtureHome());
    await stats({ json: true }, ctx);
    const figures = JSON.parse(out.stdout);
    expect(figures.total).toBe(4);
    expect(figures.sessions).toHaveLength(4);
    const topic = (id: string) => figures.topics.find((t: { id: string }) => t.id === id);
    expect(topic('ab-testing')).toMatchObject({ step: 'evaluate', covered: 4, seen: 4, rate: 1, trend: 0 });
    expect(topic('guardrail-metrics')).toMatchObject({ covered: 1, seen: 4, rate: 0.25, trend: -0.5 });
    const clarify = figures.groups[0].steps.find((s: { id: string }) => s.id === 'clarify');
    // 5, 6, 7 and 8 minutes against a 5-minute box
    expect(clarify).toMatchObject({ sessions: 4, medianUsedMs: 390_000, medianBoxMs: 300_000, overtimeRate: 0.75 });
    expect(figures.weakest).toHaveLength(3);

    const text = context(ctx.paths.config);
    await stats({}, text.ctx);
    expect(text.out.stdout).toContain('Progress over your last 4 sessions');
    expect(text.out.stdout).toMatch(/Score {2}[▁▂▃▄▅▆▇█]{4} {2}\d+ → \d+/);
    expect(text.out.stdout).toMatch(/Guardrail metrics\s+evaluate\s+1\/4\s+25%\s+↓ −50%/);
    expect(text.out.stdout).toMatch(/Weakest: .*Guardrail metrics \(25% of 4\)/);
  });

  it('next recommends drilling the topic missed most, with the reason', async () => {
    const { ctx, out } = context(fixtureHome());
    await next({ json: true }, ctx);
    const advice = JSON.parse(out.stdout);
    expect(advice.topic).toMatchObject({ id: 'guardrail-metrics', missed: 3, of: 4 });
    expect(advice.step.id).toBe('evaluate');
    expect(advice.reason).toMatch(/^Guardrail metrics missed in 3 of your last 4 sessions; /);
    expect(advice.command).toMatch(/^mlsd drill [a-z-]+ --step evaluate$/);
  });

  it('with no sessions, says so kindly instead of printing empty tables', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlsd-empty-'));
    for (const command of [history, stats]) {
      const { ctx, out } = context(home);
      await command({}, ctx);
      expect(out.stdout).toBe('No sessions yet. Start one: mlsd drill visual-search\n');
    }
    const { ctx, out } = context(home);
    await next({}, ctx);
    expect(out.stdout).toContain('mlsd drill visual-search');
  });
});

describe('damaged journals', () => {
  it.each([
    ['garbage', 'this is not json\n{"type":"line"}\n'],
    ['a half-written first line', '{"type":"started","at":17'],
    ['an empty file', ''],
    ['no started event', '{"type":"line","at":1,"step":"clarify","text":"x"}\n'],
  ])('a journal with %s is skipped with a warning naming it, and the rest still counts', async (_, text) => {
    const home = fixtureHome();
    const bad = join(home, 'data', 'sessions', '20260101-000000-broken.jsonl');
    writeFileSync(bad, text);
    for (const command of [history, stats, next]) {
      const { ctx, out } = context(home);
      await command({ json: true }, ctx);
      expect(out.stderr).toContain(`mlsd: warning: skipped ${bad}`);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse(out.stdout)).toBeTruthy();
    }
    const { ctx, out } = context(home);
    await history({ json: true }, ctx);
    expect(JSON.parse(out.stdout)).toHaveLength(4);
  });

  it('a session whose last line was torn by a crash still counts, as far as it got', async () => {
    const home = fixtureHome();
    appendFileSync(join(home, 'data', 'sessions', `${session(4).id}.jsonl`), '{"type":"line","at":99,"st');
    const { ctx, out } = context(home);
    await history({ json: true }, ctx);
    expect(JSON.parse(out.stdout)).toHaveLength(4);
    expect(out.stderr).toBe('');
  });
});

type IndexEntryText = Record<string, unknown> & { name: string; content?: string; head?: Record<string, unknown> };

/** The index's parts: its header, its entries (one per journal), and its bodies (one per session, in the entries' order). */
function indexParts(file: string) {
  const bytes = readFileSync(file);
  const header = JSON.parse(bytes.toString('utf8', 0, bytes.indexOf(0x0a))) as { stamp: string; heads: number };
  const stored = [...readIndex(file, header.stamp).values()];
  const entries = stored.map(({ entry }) => entry as IndexEntryText);
  const bodies = stored.flatMap(({ body }) => (body === undefined ? [] : [String(bodyText(body))]));
  return { header, entries, bodies };
}

/** The index written back from its parts, laid out as the program lays it out. */
function writeParts(file: string, { header, entries, bodies }: ReturnType<typeof indexParts>): string {
  let next = 0;
  writeIndex(file, header.stamp, entries.map((entry) => (entry.head ? { entry: entry as never, body: bodies[next++]! } : { entry: entry as never })));
  return readFileSync(file, 'utf8');
}

describe('the derived index', () => {
  it('is written on first use, reused after, and rebuilt silently when damaged or deleted', async () => {
    const home = fixtureHome();
    const run = async () => {
      const { ctx, out } = context(home);
      await history({ json: true }, ctx);
      return out;
    };
    const first = await run();
    const index = indexPath({ config: home, data: join(home, 'data') });
    const written = statSync(index).mtimeMs;
    expect((await run()).stdout).toBe(first.stdout);
    expect(statSync(index).mtimeMs).toBe(written);
    const written_ = readFileSync(index, 'utf8');

    writeFileSync(index, '{"index":"mlsd-sessions","stamp":"x"}\nnot json\n');
    expect(await run()).toEqual(first);
    expect(readFileSync(index, 'utf8')).toBe(written_);
    writeFileSync(index, 'garbage');
    expect(await run()).toEqual(first);
    rmSync(index);
    expect(await run()).toEqual(first);
    expect(indexParts(index).entries).toHaveLength(4);
    expect(indexParts(index).bodies).toHaveLength(4);
  });

  // A session is its entry (with the session's head) and its body (steps, flags, verdict).
  type Line = { entry: Record<string, unknown> & { head: Record<string, unknown> }; body: Record<string, unknown> & { steps: object[] } };
  it.each([
    ['a score that is text', true, (l: Line) => ({ ...l, entry: { ...l.entry, head: { ...l.entry.head, score: 'high' } } })],
    ['steps that are not a list', false, (l: Line) => ({ ...l, body: { ...l.body, steps: 7 } })],
    ['covered topics that are not a list', false, (l: Line) => ({ ...l, body: { ...l.body, steps: l.body.steps.map((step) => ({ ...step, covered: 'ab-testing' })) } })],
  ])('an index line with %s is rebuilt like a missing index, by every command that reads it', async (_what, inHead, damage) => {
    const home = fixtureHome();
    const index = indexPath({ config: home, data: join(home, 'data') });
    const before = Object.fromEntries(await Promise.all([history, stats, next].map(async (command) => {
      const { ctx, out } = context(home);
      await command({ json: true }, ctx);
      return [command.name, out] as const;
    })));
    const parts = indexParts(index);
    const hurt = damage({ entry: parts.entries[0], body: JSON.parse(parts.bodies[0]!) } as Line);
    const damaged = writeParts(index, { ...parts, entries: [hurt.entry as IndexEntryText, ...parts.entries.slice(1)], bodies: [JSON.stringify(hurt.body), ...parts.bodies.slice(1)] });
    for (const command of [history, stats, next]) {
      writeFileSync(index, damaged);
      const { ctx, out } = context(home);
      await command({ json: true }, ctx);
      expect(out).toEqual(before[command.name]);
      // history lists heads only: a damaged body is mended by the first command that reads it.
      if (inHead || command !== history) expect(readFileSync(index, 'utf8')).not.toBe(damaged);
    }
  });

  it('re-summarises only the sessions of a case whose file changed', async () => {
    const home = fixtureHome();
    const own = join(home, 'cases', 'my-search.yaml');
    mkdirSync(join(home, 'cases'), { recursive: true });
    writeFileSync(own, readFileSync(join(repo, 'cases', 'visual-search.yaml'), 'utf8').replace(/^id: visual-search$/m, 'id: my-search'));
    writeJournal(home, { ...session(5), id: `${stamp(t0 + 5 * day)}-my-search`, caseId: 'my-search' });
    const { ctx } = context(home);
    await history({ json: true }, ctx);
    const index = indexPath(ctx.paths);
    const stamps = () => new Map(indexParts(index).entries.map((e) => [e.name, e.content]));
    const before = stamps();
    appendFileSync(own, '# edited\n');
    await history({ json: true }, context(home).ctx);
    const after = stamps();
    for (const [name, content] of after) {
      if (name.includes('my-search')) expect(content).not.toBe(before.get(name));
      else expect(content).toBe(before.get(name));
    }
  });

  it('carries the entries and bodies of unchanged sessions into a rewritten index byte for byte, and reads their bodies back', async () => {
    const home = fixtureHome();
    const { ctx } = context(home);
    await history({ json: true }, ctx);
    const index = indexPath(ctx.paths);
    // A body as a later version may hold it: words beyond ASCII must come back as they were written.
    const parts = indexParts(index);
    const accented = JSON.parse(parts.bodies[0]!) as { steps: { title: string }[] };
    accented.steps[0]!.title = 'Clarify — café ✓ 要件';
    writeParts(index, { ...parts, bodies: [JSON.stringify(accented), ...parts.bodies.slice(1)] });
    const before = indexParts(index);
    writeJournal(home, { ...session(6) });
    const after = context(home);
    const { summaries } = loadLedger(after.ctx.paths, after.ctx.roots);
    const rewritten = indexParts(index);
    expect(rewritten.bodies).toContain(JSON.stringify(accented));
    for (const entry of before.entries) expect(rewritten.entries).toContainEqual(entry);
    expect(rewritten.entries.length).toBe(before.entries.length + 1);
    expect(summaries.find((s) => s.id === parts.entries[0]!.head!.id)?.steps[0]?.title).toBe('Clarify — café ✓ 要件');
  });

  it('notices a journal that changed since it was indexed', async () => {
    const home = fixtureHome();
    const { ctx } = context(home);
    await history({ json: true }, ctx);
    writeJournal(home, { ...session(4), finished: true });
    const after = context(home);
    await history({ json: true }, after.ctx);
    expect(JSON.parse(after.out.stdout)[0].finished).toBe(true);
  });
});

describe('export', () => {
  const catalogue = loadCatalogue({ bundled: repo, user: mkdtempSync(join(tmpdir(), 'mlsd-c-')) });

  it('writes the markdown transcript of the latest session, unfinished and marked, passing markdownlint', async () => {
    const home = fixtureHome();
    const { ctx, out } = context(home);
    await exportSession('latest', { format: 'md' }, ctx);
    expect(out.stdout).toContain(`session: "${session(4).id}"`);
    expect(out.stdout).toContain('finished: false');
    expect(out.stdout).toContain('**Unfinished session.**');
    for (const step of session(4).steps) for (const line of step.lines ?? []) expect(out.stdout).toContain(`\n${line}\n`);
    expect(lintErrors(out.stdout)).toEqual([]);
  });

  it('-o writes the file, readable only by its owner', async () => {
    const home = fixtureHome();
    const file = join(home, 'out.md');
    const { ctx, out } = context(home);
    await exportSession(session(1).id, { format: 'md', output: file }, ctx);
    expect(out.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toContain(`session: "${session(1).id}"`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('JSON export round-trips: its events replay to its summary', async () => {
    const home = fixtureHome();
    const { ctx, out } = context(home);
    await exportSession(session(2).id, { format: 'json' }, ctx);
    const exported = JSON.parse(out.stdout) as SessionExport;
    expect(Object.keys(exported)).toEqual(['format', 'version', 'summary', 'steps', 'events']);
    expect(exported).toMatchObject({ format: 'mlsd-session', version: 1 });
    const journal = readFileSync(join(home, 'data', 'sessions', `${session(2).id}.jsonl`), 'utf8');
    expect(exported.events).toEqual(journal.trim().split('\n').map((l) => JSON.parse(l)));
    const plan = planFor(loadFramework(ctx.roots, 'mlsd-45', catalogue), catalogue, loadCase(ctx.roots, 'visual-search', catalogue));
    expect(summarize(exported.events, plan)).toEqual(exported.summary);
    expect(exported.steps.map((s) => s.id)).toEqual(['clarify', 'evaluate']);
    expect(exported.steps[1]?.answer).toContain('Guardrail metrics: p95 latency must not regress.');
    expect(exported.steps[1]?.topics.find((t) => t.id === 'guardrail-metrics')).toMatchObject({ covered: true });
  });

  it('names a session that does not exist', async () => {
    const { ctx } = context(fixtureHome());
    await expect(exportSession('nope', {}, ctx)).rejects.toThrow('no session "nope" (see: mlsd history)');
  });
});
