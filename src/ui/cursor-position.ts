// readline works out where the cursor sits on screen by measuring the prompt and the whole line,
// character by character, on every key: twice to insert it, once more for @inquirer's cursor check.
// A pasted answer arrives as one key per character, so a 5,000-character paste cost seconds of CPU.
// Typing or pasting at the end of the line only appends, so the position is carried forward from
// the last one measured; anything else (an edit inside the line, a new prompt, a resize, a
// character that is not plain ASCII) is measured whole, as readline does.
import type { Interface } from 'node:readline';

interface Measured {
  prompt: string;
  line: string;
  cursor: number;
  columns: number;
  pos: { rows: number; cols: number };
}

const PLAIN = /^[\x20-\x7e]*$/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;

/** Makes `rl.getCursorPos()` cost the length of what was appended, not of the whole line. */
export function carryCursorPosition(rl: Interface): void {
  const measure = rl.getCursorPos.bind(rl);
  let last: Measured | undefined;
  rl.getCursorPos = () => {
    const prompt = rl.getPrompt();
    const { line, cursor } = rl;
    const columns = (rl as unknown as { columns: number }).columns;
    let pos: { rows: number; cols: number };
    if (
      last &&
      last.prompt === prompt &&
      last.columns === columns &&
      last.cursor === last.line.length &&
      cursor === line.length &&
      line.length >= last.line.length &&
      // (slice and compare: on the rope of appends readline builds, far quicker than startsWith)
      line.slice(0, last.line.length) === last.line &&
      PLAIN.test(line.slice(last.line.length))
    ) {
      // Each plain character is one column wide: move right, wrapping at the terminal's width.
      const to = last.pos.cols + (line.length - last.line.length);
      pos = { rows: last.pos.rows + Math.floor(to / columns), cols: to % columns };
    } else {
      pos = measure();
      // Only a position measured over text without control characters (escape sequences, tabs) is carried forward.
      if (CONTROL.test(prompt) || CONTROL.test(line)) {
        last = undefined;
        return pos;
      }
    }
    last = { prompt, line, cursor, columns, pos };
    return { ...pos };
  };
}
