import stripAnsi from 'strip-ansi';

/** The width a cell shows: escape codes take none. Text without one (most of a 10,000-row history) is not run through the escape regex. */
const shownWidth = (s: string): number => (s.includes('\u001B') || s.includes('\u009B') ? stripAnsi(s) : s).length;

type Style = { header?: (text: string) => string };

/** A table's cells a column at a time: each column's cells in row order (history lays out 10,000 rows, and an object per row was garbage). */
export type TableColumns = ReadonlyMap<string, readonly string[]>;

const columnsOf = (columns: readonly string[], rows: readonly Record<string, string>[]): TableColumns =>
  new Map(columns.map((c) => [c, rows.map((r) => r[c] ?? '')]));

/** Each column's width: its widest cell, header included. */
function columnWidths(columns: readonly string[], cells: TableColumns): Map<string, number> {
  const widths = new Map<string, number>();
  for (const c of columns) {
    let widest = shownWidth(c);
    for (const cell of cells.get(c) ?? []) {
      const w = shownWidth(cell);
      if (w > widest) widest = w;
    }
    widths.set(c, widest);
  }
  return widths;
}

/**
 * The table's text in pieces of a few hundred lines, which put together are the whole table (no newline
 * after its last line). History lays out 10,000 rows: written a piece at a time, its lines are garbage
 * while young, not 1 MB more to keep through every collection until the last line is made.
 */
function* render(columns: readonly string[], rowCount: number, cells: TableColumns, widths: Map<string, number>, style: Style): Generator<string> {
  const last = columns.length - 1;
  const width = columns.map((c) => widths.get(c) ?? 0);
  const column = columns.map((c) => cells.get(c) ?? []);
  const pads: string[] = [];
  const pad = (n: number): string => (pads[n] ??= ' '.repeat(n));
  // Built with plain loops and one string per line.
  const line = (cellOf: (i: number) => string): string => {
    if (last < 0) return '';
    let text = '';
    for (let i = 0; i < last; i++) {
      const cell = cellOf(i);
      text += cell + pad(Math.max(0, width[i]! - shownWidth(cell)) + 2);
    }
    return (text + cellOf(last)).trimEnd();
  };
  const header = line((i) => (style.header ? style.header(columns[i]!) : columns[i]!));
  if (rowCount === 0) {
    yield header;
    return;
  }
  const perPiece = 256;
  let lines: string[] = [header];
  for (let r = 0; r < rowCount; r++) {
    lines.push(line((i) => column[i]![r] ?? ''));
    if (lines.length === perPiece && r < rowCount - 1) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  yield lines.join('\n');
}

/** Plain aligned columns, no borders: readable in any terminal and in a pipe. */
export function table(columns: readonly string[], rows: readonly Record<string, string>[], style: Style = {}): string {
  const cells = columnsOf(columns, rows);
  return [...render(columns, rows.length, cells, columnWidths(columns, cells), style)].join('');
}

/**
 * The table with the fewest of `droppable` left out (in that order) that fits `width` columns. Its widest
 * line is the columns' widths and the gaps between them, so the fit is worked out before anything is laid out.
 */
export function fittedTable(
  columns: readonly string[],
  rows: readonly Record<string, string>[],
  width: number,
  droppable: readonly string[],
  style: Style = {},
): string {
  return [...fittedColumns(columns, rows.length, columnsOf(columns, rows), width, droppable, style)].join('');
}

/** As fittedTable, given the cells a column at a time, and the text in pieces (put together, the table without a newline after it). */
export function fittedColumns(
  columns: readonly string[],
  rowCount: number,
  cells: TableColumns,
  width: number,
  droppable: readonly string[],
  style: Style = {},
): Iterable<string> {
  const widths = columnWidths(columns, cells);
  const widest = (shown: readonly string[]) => shown.reduce((sum, c) => sum + (widths.get(c) ?? 0), 0) + 2 * Math.max(0, shown.length - 1);
  let shown = [...columns];
  for (const column of droppable) {
    if (widest(shown) <= width) break;
    shown = shown.filter((c) => c !== column);
  }
  return render(shown, rowCount, cells, widths, style);
}
