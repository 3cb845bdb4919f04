// A bundled case's labelled questions (over a thousand) are read when the interviewer first needs them,
// not when the case is loaded for a drill's first prompt.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue } from '../../src/content/load.js';
import { copyKeepingLazy, onFirstUse } from '../../src/content/lazy.js';
import { buildSnapshot } from '../../src/content/snapshot-build.js';
import { digest, questionsKey, snapshotDir } from '../../src/content/snapshot.js';
import { repoRoot, tempHome, writeFiles } from '../support/home.js';

describe('a property made on first use', () => {
  it('is made once, when first read; a copy with its descriptors keeps it unread and shares it', () => {
    let made = 0;
    const doc = onFirstUse({ id: 'x' }, 'questions', () => [++made]);
    const copy = copyKeepingLazy(doc);
    expect(made).toBe(0);
    expect((copy as { questions?: number[] }).questions).toEqual([1]);
    // The copy and the original share what was made: read once for both.
    expect((doc as { questions?: number[] }).questions).toEqual([1]);
    expect(made).toBe(1);
  });

  it('can be set before it is read, and then is not made', () => {
    let made = 0;
    const doc = onFirstUse({}, 'questions', () => [++made]) as { questions?: number[] };
    doc.questions = [9];
    expect(doc.questions).toEqual([9]);
    expect(made).toBe(0);
  });
});

describe('a bundled case', () => {
  const roots = { bundled: repoRoot, user: tempHome() };
  const catalogue = loadCatalogue(roots);
  it('is loaded with its labelled questions unread, and has them all when the interviewer reads them', () => {
    const kase = loadCase(roots, 'news-feed', catalogue);
    expect(Object.getOwnPropertyDescriptor(kase, 'questions')?.get).toBeTypeOf('function');
    expect(kase.questions.length).toBeGreaterThan(1000);
    expect(kase.questions.every((q) => q.facts.every((f) => kase.facts.some((fact) => fact.id === f)))).toBe(true);
  });
});

describe('a case from the snapshot with its questions kept apart', () => {
  it('is loaded and checked without reading them: they are read when the interviewer first needs them', () => {
    // A package of its own: the catalogue and one case, with the snapshot the build would write for them.
    const root = tempHome();
    // A comment of its own makes its digest unique: what another test file read of the bundled case, in the same
    // worker, is not what this one reads.
    const text = `${readFileSync(join(repoRoot, 'cases', 'visual-search.yaml'), 'utf8')}\n# ${randomUUID()}\n`;
    const topics = Object.fromEntries(readdirSync(join(repoRoot, 'topics')).map((name) => [`topics/${name}`, readFileSync(join(repoRoot, 'topics', name))]));
    writeFiles(root, { ...topics, 'frameworks/mlsd-45.yaml': readFileSync(join(repoRoot, 'frameworks', 'mlsd-45.yaml')), 'cases/visual-search.yaml': text });
    const { docs } = buildSnapshot(root);
    writeFiles(root, Object.fromEntries(Object.entries(docs).map(([key, doc]) => [join('dist', 'content-snapshot', `${key}.json`), JSON.stringify(doc)])));
    const roots = { bundled: root, user: tempHome() };
    const kase = loadCase(roots, 'visual-search', loadCatalogue(roots));
    // Changed after the load: what the interviewer gets shows when they were read.
    const apart = join(snapshotDir(root), `${questionsKey(digest('case', Buffer.from(text)))}.json`);
    writeFileSync(apart, JSON.stringify([{ ask: 'read at first use', facts: [] }]));
    expect(kase.questions.map((q) => q.ask)).toEqual(['read at first use']);
  });
});
