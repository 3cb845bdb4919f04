// npm run bench: every bench/*.bench.mjs, each returning rows measured against a
// baseline taken in the same run. Prints a table; exits 1 when a row misses its budget.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows = [];
for (const file of files) {
  const { default: bench } = await import(pathToFileURL(join(here, file)).href);
  process.stderr.write(`running ${file}…\n`);
  for (const row of await bench()) rows.push({ file, ...row });
}

const cells = rows.map((r) => [r.name, `${r.value}${r.unit ? ` ${r.unit}` : ''}`, r.budget ?? '', r.ok === false ? 'MISSED' : 'ok', r.detail ?? '']);
const header = ['benchmark', 'measured', 'budget', '', 'detail'];
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
const line = (c) => c.map((x, i) => String(x).padEnd(widths[i])).join('  ').trimEnd();
console.log(line(header));
for (const c of cells) console.log(line(c));
if (rows.some((r) => r.ok === false)) process.exitCode = 1;
