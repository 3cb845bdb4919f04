// A bundled case's labelled questions (thousands) are kept apart in the build's content snapshot, once the
// build has checked that each names the case's own facts: a session's interviewer reads them; listing and
// validating cases do not (mlsd validate's start-up budget).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll, loadCase, loadCatalogue } from '../../src/content/load.js';
import { buildSnapshot } from '../../src/content/snapshot-build.js';
import { digest, questionsKey } from '../../src/content/snapshot.js';
import { repoRoot, tempHome, writeFiles } from '../support/home.js';

const visualSearch = readFileSync(join(repoRoot, 'cases', 'visual-search.yaml'), 'utf8');

describe('the content snapshot keeps a case’s questions apart', () => {
  const snapshotOf = (text: string) => {
    const root = tempHome();
    writeFiles(root, { 'cases/visual-search.yaml': text });
    const { docs } = buildSnapshot(root);
    const key = digest('case', Buffer.from(text));
    return { doc: docs[key] as { questions?: unknown[] } | undefined, apart: docs[questionsKey(key)] as unknown[] | undefined };
  };

  it('when every question names the case’s own facts', () => {
    const { doc, apart } = snapshotOf(visualSearch);
    expect(doc).toBeDefined();
    expect(doc!.questions).toBeUndefined();
    expect(apart!.length).toBeGreaterThan(100);
  });

  it('but not when one names a fact the case lacks: validate must still find it', () => {
    const { doc, apart } = snapshotOf(`${visualSearch.trimEnd()}\n  - {ask: "how many moderators", facts: [moderators]}\n`);
    expect(apart).toBeUndefined();
    expect(doc!.questions!.length).toBeGreaterThan(100);
  });
});

describe('the content snapshot records a case', () => {
  it('only if no two of its facts share a way of asking (validate skips that check for a recorded one, and must still find it)', () => {
    const shared = visualSearch.replace('      - how many images are indexed\n', '      - how many images are indexed\n      - dau?\n');
    expect(shared).not.toBe(visualSearch);
    const root = tempHome();
    writeFiles(root, { 'cases/visual-search.yaml': shared });
    expect(buildSnapshot(root).left).toEqual(['cases/visual-search.yaml']);
  });
});

describe('a bundled case from the snapshot', () => {
  const roots = { bundled: repoRoot, user: tempHome() };
  it('comes with its questions to a session, and without them where cases are only listed or validated', () => {
    const kase = loadCase(roots, 'visual-search', loadCatalogue(roots));
    expect(kase.questions.length).toBeGreaterThan(100);
    expect(loadAll(roots).cases.find((c) => c.id === 'visual-search')!.questions).toEqual([]);
  });
});
