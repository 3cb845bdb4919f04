// The one seam through which the session asks the user anything. Each function
// takes the streams to use, so tests and other front ends can pass their own.
import chalk from 'chalk';
import { createPrompt, isEnterKey, useKeypress, useState } from '@inquirer/core';

export interface PromptIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const context = (io: PromptIO) => ({ input: io.input, output: io.output, clearPromptOnDone: false });

const enterPrompt = createPrompt<void, { message: string }>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  useKeypress((key) => {
    if (status === 'idle' && isEnterKey(key)) {
      setStatus('done');
      done();
    }
  });
  return status === 'done' ? chalk.dim(config.message) : `${chalk.bold('›')} ${config.message}`;
});

/** Waits for Enter: used before a step so the clock starts when the candidate is ready. */
export async function pressEnter(message: string, io: PromptIO): Promise<void> {
  await enterPrompt({ message }, context(io));
}

export async function confirmQuestion(message: string, byDefault: boolean, io: PromptIO): Promise<boolean> {
  const { confirm } = await import('@inquirer/prompts');
  return confirm({ message, default: byDefault }, context(io));
}

export async function askLine(message: string, io: PromptIO): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  return input({ message }, context(io));
}

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export async function choose<T>(message: string, choices: Choice<T>[], io: PromptIO): Promise<T> {
  const { select } = await import('@inquirer/prompts');
  return select<T>({ message, choices, pageSize: Math.min(choices.length, 14), loop: false }, context(io));
}

export { stepPrompt } from './step-prompt.js';

export const isPromptExit = (error: unknown): boolean => error instanceof Error && error.name === 'ExitPromptError';
