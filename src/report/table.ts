import stripAnsi from 'strip-ansi';

/** The width a cell shows: escape codes take none. Text without one (most of a 10,000-row history) is not run through the escape regex. */
const shownWidth = (s: string): number => (s.includes('\u001B') || s.includes('\u009B') ? stripAnsi(s) : s).length;

type Style = { header?: (text: string) => string };

/** Each column's width: its widest cell, header included. */
function columnWidths(columns: readonly string[], rows: readonly Record<string, string>[]): Map<string, number> {
  return new Map(columns.map((c) => [c, Math.max(shownWidth(c), ...rows.map((r) => shownWidth(r[c] ?? '')))]));
}

function render(columns: readonly string[], rows: readonly Record<string, string>[], widths: Map<string, number>, style: Style): string {
  // Built with plain loops and one string per line: history lays out 10,000 rows.
  const last = columns.length - 1;
  const width = columns.map((c) => widths.get(c) ?? 0);
  const line = (cellOf: (column: string) => string): string => {
    let text = '';
    for (let i = 0; i < last; i++) {
      const cell = cellOf(columns[i]!);
      text += cell + ' '.repeat(Math.max(0, width[i]! - shownWidth(cell)) + 2);
    }
    return last < 0 ? '' : (text + cellOf(columns[last]!)).trimEnd();
  };
  const lines = new Array<string>(rows.length + 1);
  lines[0] = line((c) => (style.header ? style.header(c) : c));
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    lines[r + 1] = line((c) => row[c] ?? '');
  }
  return lines.join('\n');
}

/** Plain aligned columns, no borders: readable in any terminal and in a pipe. */
export function table(columns: readonly string[], rows: readonly Record<string, string>[], style: Style = {}): string {
  return render(columns, rows, columnWidths(columns, rows), style);
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
  const widths = columnWidths(columns, rows);
  const widest = (shown: readonly string[]) => shown.reduce((sum, c) => sum + (widths.get(c) ?? 0), 0) + 2 * Math.max(0, shown.length - 1);
  let shown = [...columns];
  for (const column of droppable) {
    if (widest(shown) <= width) break;
    shown = shown.filter((c) => c !== column);
  }
  return render(shown, rows, widths, style);
}
