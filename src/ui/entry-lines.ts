// What was typed in a step, as the step screen shows it: lines, questions with the interviewer's reply and
// the facts it drew on, requirement changes, hints; and the two-column rows of a message.
import chalk from 'chalk';
import type { PlannedStep } from '../content/model.js';
import type { Entry } from '../session/state.js';
import { plain } from '../text/plain.js';
import { wrap } from '../text/wrap.js';

/** Word-wrapped, and a word longer than the width (a pasted URL, 5,000 characters without a space) cut into rows. */
export const wrapHard = (text: string, width: number, lead: string): string[] =>
  wrap(text, width, lead).flatMap((l) => (l.length <= width ? [l] : Array.from({ length: Math.ceil(l.length / width) }, (_, i) => l.slice(i * width, (i + 1) * width))));

/**
 * "from: traffic, latency budget": the facts a reply drew on, named by their ids, so a candidate can tell
 * which question was answered. Journals written before facts had ids record "fact-N": nothing is shown.
 */
export function factSource(facts: readonly string[]): string | null {
  const named = facts.filter((f) => !/^fact-\d+$/.test(f));
  return named.length === 0 ? null : `from: ${named.map((f) => f.replace(/-/g, ' ')).join(', ')}`;
}

// Entries come from the journal, which may have been edited by hand: no escape sequence reaches the terminal.
export function entryLines(entry: Entry, step: PlannedStep, width: number): string[] {
  if (entry.kind === 'line') return wrapHard(plain(entry.text), width, '  • ');
  if (entry.kind === 'question') {
    const exchange = [...wrapHard(plain(entry.text), width, '  ? '), ...wrapHard(plain(entry.reply), width, '    ↳ ')].map((l) => chalk.cyan(l));
    const source = factSource(entry.facts);
    return source === null ? exchange : [...exchange, ...wrapHard(plain(source), width, '      ').map((l) => chalk.dim(l))];
  }
  if (entry.kind === 'twist') return wrapHard(plain(entry.says), width, '  Interviewer: ').map((l) => chalk.yellow.bold(l));
  const topic = step.topics.find((t) => t.id === entry.topic)?.title ?? entry.topic;
  return wrapHard(plain(`${topic}: ${entry.text}`), width, `  hint ${entry.level}: `).map((l) => chalk.magenta(l));
}

/** A row of a two-column message ("/undo      withdraw…"): its text wrapped under itself, the first column kept. */
export const tableRow = (row: string, width: number): string[] => {
  const [, lead = '', text = row] = /^(\S+\s{2,}|\? \S+\s+)?(.*)$/.exec(row) ?? [];
  return wrapHard(text, width, lead);
};
