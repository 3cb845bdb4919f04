// The one seam through which the session asks the user anything (the step prompt
// itself is ./step-prompt.ts, loaded lazily). Each function
// takes the streams to use, so tests and other front ends can pass their own.
import chalk from 'chalk';
import { emitKeypressEvents } from 'node:readline';
import { wrap } from '../text/wrap.js';
import { textWidth } from './width.js';

export interface PromptIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const context = (io: PromptIO) => ({ input: io.input, output: io.output, clearPromptOnDone: false });

/**
 * Waits for Enter: used before a step so the clock starts when the candidate is ready.
 * Plain readline keypresses rather than @inquirer/core: it is the first prompt of a
 * session, drawn while the step prompt's modules load in the background.
 *
 * Resolves with the keys typed here that belong to the step: a paste lands as one chunk,
 * and the keys after its first Enter would reach no listener before the next prompt
 * exists; text typed before Enter is the step's first line. The caller hands them on
 * (`stdin.unshift`), so nothing pasted or typed ahead is lost.
 */
export function pressEnter(message: string, io: PromptIO): Promise<string[]> {
  const input = io.input as NodeJS.ReadStream;
  return new Promise((resolve, reject) => {
    emitKeypressEvents(input);
    const wasRaw = input.isTTY ? input.isRaw : false;
    if (input.isTTY) input.setRawMode(true);
    // Wrapped between words at the screen's width, so "(2 min)" is not split at the terminal's edge.
    const columns = (io.output as NodeJS.WriteStream).columns || 80;
    const shown = wrap(message, textWidth(columns), '› ');
    io.output.write(shown.join('\n').replace('›', chalk.bold('›')));
    const typed: string[] = [];
    let entered = false;
    const cleanup = () => {
      input.off('keypress', onKey);
      if (input.isTTY) input.setRawMode(wasRaw);
      input.pause();
    };
    const onKey = (text: string | undefined, key: { name?: string; ctrl?: boolean; sequence?: string } | undefined) => {
      const keys = key?.sequence ?? text ?? '';
      if (entered) {
        typed.push(keys);
      } else if (key?.ctrl && key.name === 'c') {
        cleanup();
        io.output.write('\n');
        reject(Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' }));
      } else if (key?.name === 'return' || key?.name === 'enter') {
        entered = true;
        if (typed.length > 0) typed.push('\r');
        // Redrawn dim in place: back to the first of the rows the prompt took, then cleared below.
        const up = shown.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / columns)), 0) - 1;
        const done = wrap(message, textWidth(columns)).map((l) => chalk.dim(l));
        io.output.write(`\r${up > 0 ? `\x1b[${up}A` : ''}\x1b[J${done.join('\n')}\n`);
        // The rest of this chunk of keys is delivered before any promise callback runs.
        queueMicrotask(cleanup);
        resolve(typed);
      } else {
        typed.push(keys);
      }
    };
    input.on('keypress', onKey);
    input.resume();
  });
}

export async function confirmQuestion(message: string, byDefault: boolean, io: PromptIO): Promise<boolean> {
  const { default: confirm } = await import('@inquirer/confirm');
  return confirm({ message, default: byDefault }, context(io));
}

export async function askLine(message: string, io: PromptIO): Promise<string> {
  const { default: input } = await import('@inquirer/input');
  return input({ message }, context(io));
}

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export async function choose<T>(message: string, choices: Choice<T>[], io: PromptIO): Promise<T> {
  const { default: select } = await import('@inquirer/select');
  return select<T>({ message, choices, pageSize: Math.min(choices.length, 14), loop: false }, context(io));
}

export const isPromptExit = (error: unknown): boolean => error instanceof Error && error.name === 'ExitPromptError';
