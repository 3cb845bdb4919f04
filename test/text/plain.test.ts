// `plain` makes text from content files and journals safe to print; text with no control character is
// returned as it is (history prints 10,000 rows), and everything else is cleaned as before.
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/text/plain.js';

const rows: [string, string, string][] = [
  ['plain words', '20260105-090000-visual-search', '20260105-090000-visual-search'],
  ['words beyond ASCII', 'Clarify — café ✓ 要件', 'Clarify — café ✓ 要件'],
  ['tab and newline kept', 'a\tb\nc', 'a\tb\nc'],
  ['a colour sequence', '\u001B[31mred\u001B[39m', 'red'],
  ['a screen clear', 'x\u001B[2Jy', 'xy'],
  ['a title change', '\u001B]0;owned\u0007after', 'after'],
  ['a lone CSI and a C1 control', 'a\u009B31mb\u0085c', 'abc'],
  ['a bell and DEL', 'a\u0007b\u007Fc', 'abc'],
];

describe('plain', () => {
  it.each(rows)('%s', (_what, input, expected) => {
    expect(plain(input)).toBe(expected);
  });

  it('gives the same answer twice running (the check keeps no state between calls)', () => {
    expect([plain('\u001B[31mx'), plain('\u001B[31mx'), plain('ok'), plain('\u0007y')]).toEqual(['x', 'x', 'ok', 'y']);
  });
});
