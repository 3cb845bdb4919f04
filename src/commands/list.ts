import chalk from 'chalk';
import { tableWidth, writeLine, type CliContext } from './context.js';
import { loadAllValid } from '../content/load.js';
import { fittedTable } from '../report/table.js';
import { command } from '../text/command.js';

export interface ListOptions {
  json?: boolean;
}

export async function list(what: 'cases' | 'frameworks' | 'topics', options: ListOptions, ctx: CliContext): Promise<void> {
  const content = loadAllValid(ctx.roots, (line) => writeLine(ctx.stderr, line));
  const origin = (file: string) => (content.userFiles.has(file) ? 'yours' : 'bundled');
  let rows: Record<string, unknown>[];
  if (what === 'cases') {
    rows = content.cases.map((c) => ({
      id: c.id,
      title: c.title,
      difficulty: c.difficulty,
      tags: c.tags,
      origin: origin(c.file),
      file: c.file,
    }));
  } else if (what === 'frameworks') {
    rows = content.frameworks.map((f) => ({
      id: f.id,
      title: f.title,
      minutes: f.steps.reduce((sum, s) => sum + s.minutes, 0),
      steps: f.steps.map((s) => ({ id: s.id, title: s.title, minutes: s.minutes })),
      origin: origin(f.file),
      file: f.file,
    }));
  } else {
    rows = [...content.catalogue.topics.values()].map((t) => ({ id: t.id, title: t.title, covers: t.covers, file: t.file }));
  }
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify(rows, null, 2));
    return;
  }
  if (rows.length === 0) {
    writeLine(ctx.stdout, `No ${what} found.`);
    return;
  }
  const columns: Record<typeof what, string[]> = {
    cases: ['id', 'difficulty', 'title', 'origin'],
    frameworks: ['id', 'minutes', 'title', 'origin', 'steps'],
    topics: ['id', 'title', 'covers'],
  };
  const shown = rows.map((row) => {
    const out: Record<string, string> = {};
    for (const key of columns[what]) {
      const value = row[key];
      out[key] =
        key === 'steps'
          ? (value as { id: string; minutes: number }[]).map((s) => `${s.id} ${s.minutes}m`).join(' → ')
          : key === 'minutes'
            ? `${String(value)} min`
            : String(value);
    }
    return out;
  });
  // In a narrow terminal the long columns go: a framework's step list, a case's title.
  writeLine(ctx.stdout, fittedTable(columns[what], shown, tableWidth(ctx.stdout), ['steps', 'title', 'covers'], { header: (h) => chalk.bold(h) }));
  if (what === 'cases') writeLine(ctx.stdout, chalk.dim(`\nStart one: ${command(`drill ${String(rows[0]?.id)}`)}`));
}
