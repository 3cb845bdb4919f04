// Case topics, pitfalls and twists tested as candidates phrase them. Each case may keep a file
// test/cases/cue-rows/<case-id>.yaml, written from how people talk rather than from the cue lists:
//
//   topics:    { <case topic id>: { covers: [sentences that show it], misses: [look-alikes that do not] } }
//   pitfalls:  { <pitfall id>:    { fires:  [sentences that commit it], quiet: [dismissals and look-alikes] } }
//   twists:    { <twist id>:      { adapts: [answers that adapt],       misses: [answers that do not] } }
//
// Every case topic needs at least 4 covering and 2 look-alike rows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import type { Topic } from '../../src/content/model.js';
import type { Cues } from '../../src/content/schemas.js';
import { coverageOf } from '../../src/coverage/index.js';
import { repoRoot, tempHome } from '../support/home.js';

type Rows = Record<string, Record<string, string[]>>;
interface CueRows {
  topics?: Rows;
  pitfalls?: Rows;
  twists?: Rows;
}

const dir = join(repoRoot, 'test', 'cases', 'cue-rows');
const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

/** A pitfall or a twist judged with the coverage checker's cue machinery, as a topic of its own. */
const asTopic = (id: string, cues: Cues, file: string): Topic => ({ id, title: id, covers: id, hints: [id], cues, file });
const shows = (topic: Topic, text: string) => coverageOf(text, [topic])[0]!.covered;

describe.each(files)('%s', (file) => {
  const kase = loadCase(roots, file.replace(/\.yaml$/, ''), catalogue);
  const rows = parse(readFileSync(join(dir, file), 'utf8')) as CueRows;

  it('has rows for every case topic: at least 4 that cover it and 2 look-alikes', () => {
    for (const topic of kase.topics) {
      const own = rows.topics?.[topic.id];
      expect(own?.covers?.length ?? 0, topic.id).toBeGreaterThanOrEqual(4);
      expect(own?.misses?.length ?? 0, topic.id).toBeGreaterThanOrEqual(2);
    }
  });

  const table = (section: Rows | undefined, yes: string, no: string) =>
    Object.entries(section ?? {}).flatMap(([id, r]) => [
      ...(r[yes] ?? []).map((text) => [id, true, text] as const),
      ...(r[no] ?? []).map((text) => [id, false, text] as const),
    ]);

  it.each(table(rows.topics, 'covers', 'misses'))('topic %s: %s ← %s', (id, expected, text) => {
    const topic = kase.topics.find((t) => t.id === id);
    expect(topic, `no case topic ${id}`).toBeDefined();
    expect(shows(topic!, text)).toBe(expected);
  });

  it.each(table(rows.pitfalls, 'fires', 'quiet'))('pitfall %s: %s ← %s', (id, expected, text) => {
    const pitfall = kase.pitfalls.find((p) => p.id === id);
    expect(pitfall?.cues, `no pitfall ${id} with cues`).toBeDefined();
    expect(shows(asTopic(id, pitfall!.cues!, kase.file), text)).toBe(expected);
  });

  it.each(table(rows.twists, 'adapts', 'misses'))('twist %s: %s ← %s', (id, expected, text) => {
    const twist = kase.twists.find((t) => t.id === id);
    expect(twist, `no twist ${id}`).toBeDefined();
    expect(shows(asTopic(id, twist!.cues, kase.file), text)).toBe(expected);
  });
});
