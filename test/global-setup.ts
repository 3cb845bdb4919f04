// Tests read the built program (dist/, the generated validators): build once before any
// test file, unless the build is newer than every file it is made from (CI builds first).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const inputs = ['src', 'frameworks', 'cases', 'topics', 'scripts/build.mjs', 'package.json'];

function newest(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => (name === 'generated' ? latest : Math.max(latest, newest(join(path, name)))), stat.mtimeMs);
}

export default function setup(): void {
  const built = statSync(join(root, 'dist', 'cli.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (Math.max(...inputs.map((input) => newest(join(root, input)))) > built) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  }
}
