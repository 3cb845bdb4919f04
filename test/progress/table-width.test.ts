// History and stats lay out 10,000 rows: a cell's width skips the escape regex when it has no escape
// code, and a coloured cell still takes only the width of its letters.
import { describe, expect, it } from 'vitest';
import { fittedTable, table } from '../../src/report/table.js';

const yellow = (text: string) => `\u001B[33m${text}\u001B[39m`;
const strip = (text: string) => text.split('\u001B[33m').join('').split('\u001B[39m').join('');

describe('a table of plain and coloured cells', () => {
  const rows = [
    { id: 'a', finished: yellow('no (1/5 steps)'), score: '40' },
    { id: 'bbbb', finished: 'yes', score: '7' },
  ];

  it('lines the columns up by the letters shown, not the escape codes', () => {
    const lines = table(['id', 'finished', 'score'], rows).split('\n').map(strip);
    expect(lines).toEqual(['id    finished        score', 'a     no (1/5 steps)  40', 'bbbb  yes             7']);
  });

  it('drops a column only when the letters shown do not fit', () => {
    expect(fittedTable(['id', 'finished', 'score'], rows, 27, ['id']).split('\n').map(strip)[0]).toBe('id    finished        score');
    expect(fittedTable(['id', 'finished', 'score'], rows, 26, ['id']).split('\n').map(strip)[0]).toBe('finished        score');
  });
});
