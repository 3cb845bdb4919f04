import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllValid } from '../../src/content/load.js';
import { mlsd } from '../support/cli.js';
import { repoRoot, tempHome, writeFiles } from '../support/home.js';

/** A user home with one valid case of the user's own and one whose topic sits near a typo'd topic id. */
function homeWithBrokenCase(): string {
  const home = tempHome();
  const bundled = (id: string) => readFileSync(join(repoRoot, 'cases', `${id}.yaml`), 'utf8');
  writeFiles(home, {
    'cases/my-search.yaml': bundled('visual-search').replace(/^id: visual-search$/m, 'id: my-search'),
    'cases/my-feed.yaml': bundled('news-feed').replace(/^id: news-feed$/m, 'id: my-feed').replace('near: features', 'near: featurez'),
  });
  return home;
}

describe('a broken file of the user\'s own', () => {
  it('is skipped with one warning line naming file:line:col, and the rest still loads', () => {
    const warnings: string[] = [];
    const content = loadAllValid({ bundled: repoRoot, user: homeWithBrokenCase() }, (line) => warnings.push(line));
    expect(content.cases.map((c) => c.id)).toContain('my-search');
    expect(content.cases.map((c) => c.id)).not.toContain('my-feed');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/my-feed\.yaml:\d+:\d+ topics\[\d\]\.near: .*featurez/);
  });

  it('does not stop mlsd list, whose origin column says the user\'s case is theirs from any folder', () => {
    const home = homeWithBrokenCase();
    const run = mlsd(['list', 'cases', '--json'], { home, cwd: home });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^warning: skipped cases\/my-feed\.yaml:\d+:\d+ /);
    const rows = JSON.parse(run.stdout) as { id: string; origin: string }[];
    expect(rows.find((r) => r.id === 'my-search')?.origin).toBe('yours');
    expect(rows.find((r) => r.id === 'visual-search')?.origin).toBe('bundled');
  });
});
