// A one-line answer prompt that reports every keystroke's text, so a half-typed answer can be
// journaled when the process stops, and starts from a draft, so resume puts it back. Used for
// the interviewer's follow-up and probe; node's readline keeps line editing as people expect.
// An answer is never empty by accident: Enter on nothing (a second Enter pressed to get on to
// the next step, say) keeps the prompt; passing on the question is said with /skip.
import chalk from 'chalk';
import { createInterface } from 'node:readline';
import type { PromptIO } from './prompts.js';

/** Rejected with this on Ctrl-C or a closed input, as the other prompts are (see isPromptExit). */
const promptExit = () => Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });

/** Resolves with the line entered; `onDraft` hears the text after each key (and on Ctrl-C, before the rejection). */
export function askDraftLine(message: string, io: PromptIO, draft: string, onDraft: (text: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = io.input as NodeJS.ReadStream;
    const rl = createInterface({ input, output: io.output, terminal: Boolean(input.isTTY), historySize: 0 });
    // Added after readline's own listener, so the line already holds the key.
    const onKey = () => onDraft(rl.line);
    let settled = false;
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      input.off('keypress', onKey);
      rl.close();
      then();
    };
    input.on('keypress', onKey);
    rl.on('line', (line) => settle(() => resolve(line)));
    rl.on('SIGINT', () => {
      onDraft(rl.line);
      io.output.write('\n');
      settle(() => reject(promptExit()));
    });
    rl.on('close', () => settle(() => reject(promptExit())));
    rl.setPrompt(`${chalk.green('?')} ${chalk.bold(message)} `);
    rl.prompt();
    if (draft) rl.write(draft);
  });
}

/** Typed at the follow-up or probe prompt to pass on the question: recorded as no answer. */
export const passCommand = '/skip';

/** The answer to the interviewer's question: what was typed, or '' when the candidate passed with /skip. */
export async function askAnswer(io: PromptIO, draft: string, onDraft: (text: string) => void): Promise<string> {
  const message = 'Your answer:';
  const screen = io.output as NodeJS.WriteStream;
  let hinted = false;
  for (let typed = draft; ; typed = '') {
    const line = await askDraftLine(message, io, typed, onDraft);
    if (line.trim() === passCommand) {
      onDraft('');
      return '';
    }
    if (line.trim() !== '') return line;
    // The empty prompt gives way to the hint (once) and a fresh prompt, so Enter pressed again adds nothing.
    const rows = Math.ceil((`? ${message} `.length + line.length) / (screen.columns || 80));
    const erase = screen.isTTY ? `\x1b[${rows}A\r\x1b[J` : '';
    io.output.write(hinted ? erase : `${erase}${chalk.dim(`  Type your answer and press Enter, or ${passCommand} to pass.`)}\n`);
    hinted = true;
  }
}
