import { execFileSync } from 'node:child_process';

// CLI tests run the built program: build once, fresh, before any test file.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
