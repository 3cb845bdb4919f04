import stripAnsi from 'strip-ansi';

/** The width a cell shows: escape codes take none. Text without one (most of a 10,000-row history) is not run through the escape regex. */
const shownWidth = (s: string): number => (s.includes('\u001B') || s.includes('\u009B') ? stripAnsi(s) : s).length;

/** Plain aligned columns, no borders: readable in any terminal and in a pipe. */
export function table(
  columns: readonly string[],
  rows: readonly Record<string, string>[],
  style: { header?: (text: string) => string } = {},
): string {
  const width = shownWidth;
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
    if (Math.max(...text.split('\n').map(shownWidth)) <= width) break;
    shown = shown.filter((c) => c !== column);
    text = table(shown, rows, style);
  }
  return text;
}
