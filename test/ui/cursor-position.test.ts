import { PassThrough } from 'node:stream';
import { createInterface, Interface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { carryCursorPosition } from '../../src/ui/cursor-position.js';

/** A terminal readline over streams, `columns` wide, and the same position measured the slow way. */
function terminal(columns: number) {
  const input = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode(mode: boolean): void };
  input.isTTY = true;
  input.setRawMode = () => undefined;
  const output = new PassThrough() as PassThrough & { columns: number; isTTY: boolean };
  output.columns = columns;
  output.isTTY = true;
  output.resume();
  const rl = createInterface({ input, output, terminal: true });
  const measured = () => Interface.prototype.getCursorPos.call(rl);
  carryCursorPosition(rl);
  return { rl, output, measured };
}

// Each step is what a user does at the prompt; after each, the position must be what readline measures.
const steps: [string, (t: ReturnType<typeof terminal>) => void][] = [
  ['types a line longer than the terminal', ({ rl }) => rl.write('two tower model with in-batch negatives '.repeat(3))],
  ['pastes 5,000 characters', ({ rl }) => rl.write('x'.repeat(5000))],
  ['deletes a word', ({ rl }) => rl.write(null, { ctrl: true, name: 'w' })],
  ['moves left and types inside the line', ({ rl }) => (rl.write(null, { name: 'left' }), rl.write(null, { name: 'left' }), rl.write('ab'))],
  ['goes back to the end', ({ rl }) => rl.write(null, { ctrl: true, name: 'e' })],
  ['types wide and accented characters', ({ rl }) => rl.write('日本語 café ')],
  ['types a tab', ({ rl }) => rl.write('a\tb')],
  ['gets a new prompt', ({ rl }) => rl.setPrompt('› step 2 ')],
  ['types after the new prompt', ({ rl }) => rl.write('latency p95 < 100 ms')],
  ['resizes the terminal', ({ output }) => (output.columns = 37)],
  ['types after the resize', ({ rl }) => rl.write(' more words')],
  ['clears the line', ({ rl }) => rl.write(null, { ctrl: true, name: 'u' })],
  ['types again', ({ rl }) => rl.write('A/B test against control')],
];

describe('the cursor position carried forward at the prompt', () => {
  it.each([80, 100, 7])('matches what readline measures after every key, %i columns wide', (columns) => {
    const t = terminal(columns);
    t.rl.setPrompt('› ');
    for (const [, act] of steps) {
      act(t);
      expect(t.rl.getCursorPos()).toEqual(t.measured());
    }
    t.rl.close();
  });

  it('measures a paste at the end of the line once, not once per character', () => {
    const t = terminal(100);
    let wholeLine = 0;
    const measure = t.rl.getCursorPos.bind(t.rl);
    t.rl.getCursorPos = () => (wholeLine++, measure());
    carryCursorPosition(t.rl);
    t.rl.setPrompt('› ');
    t.rl.write('y'.repeat(5_000));
    expect(wholeLine).toBe(1);
    expect(t.rl.getCursorPos()).toEqual(t.measured());
    t.rl.close();
  });
});
