import stripAnsi from 'strip-ansi';

/** Plain aligned columns, no borders: readable in any terminal and in a pipe. */
export function table(
  columns: readonly string[],
  rows: readonly Record<string, string>[],
  style: { header?: (text: string) => string } = {},
): string {
  const width = (s: string) => stripAnsi(s).length;
  const widths = columns.map((c) => Math.max(width(c), ...rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell))))
      .join('  ')
      .trimEnd();
  const header = line(columns.map((c) => (style.header ? style.header(c) : c)));
  return [header, ...rows.map((r) => line(columns.map((c) => r[c] ?? '')))].join('\n');
}

/** The table with the fewest of `droppable` left out (in that order) that fits `width` columns. */
export function fittedTable(
  columns: readonly string[],
  rows: readonly Record<string, string>[],
  width: number,
  droppable: readonly string[],
  style: { header?: (text: string) => string } = {},
): string {
  let shown = [...columns];
  let text = table(shown, rows, style);
  for (const column of droppable) {
    if (Math.max(...text.split('\n').map((line) => stripAnsi(line).length)) <= width) break;
    shown = shown.filter((c) => c !== column);
    text = table(shown, rows, style);
  }
  return text;
}
