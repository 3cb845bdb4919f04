import type { ContentRoots } from '../content/files.js';
import type { MlsdPaths } from '../store/paths.js';

/** What a command handler needs from the outside world, passed in so handlers stay testable. */
export interface CliContext {
  paths: MlsdPaths;
  roots: ContentRoots;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
  /** True when both stdin and stdout are terminals: interactive commands may prompt. */
  interactive: boolean;
  /** Set by a handler that ends well but not in success (a session saved to resume later: 130). */
  exitCode?: number;
}

export function writeLine(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(`${text}\n`);
}

/** The width to lay text out in: the terminal's, capped so lines stay readable. */
export const textWidth = (stream: NodeJS.WriteStream): number => Math.min(stream.columns || 80, 100);

/** The width a table must fit: the terminal's; unlimited into a pipe or file, where lines are not cut. */
export const tableWidth = (stream: NodeJS.WriteStream): number => (stream.isTTY ? stream.columns || 80 : Infinity);
