// Markdown building blocks for transcripts: anything the user typed (or a user's
// own case file says) goes through these, so it can never open a heading, a list,
// a table cell, an HTML block or a code fence of its own.

import { plain } from '../text/plain.js';

/**
 * User text on one line, inline: newlines folded, and backslash-escaped (CommonMark
 * allows escaping any ASCII punctuation) wherever a character could open markdown or
 * HTML: emphasis, code, links, tables, entities; list or heading markers at the start;
 * URLs and e-mail addresses, so nothing is autolinked.
 */
export function inline(text: string): string {
  return plain(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&@]/g, (c) => `\\${c}`)
    .replace(/:(?=\S)/g, '\\:')
    .replace(/(w)(ww)\./gi, '$1$2\\.')
    .replace(/^([-+=>])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Heading text: inline-escaped, without the trailing punctuation markdownlint (MD026) rejects in headings. */
export function headingText(text: string): string {
  return inline(text.replace(/[.,;:!。，；：！\s]+$/u, '')) || 'Untitled';
}

/**
 * A fenced code block holding `text` verbatim (a typed answer): the fence is longer
 * than any run of backticks inside, so nothing typed can close it early. Tabs become
 * spaces and trailing blanks go, the only changes, both invisible when rendered.
 */
export function codeBlock(text: string, info = 'text'): string {
  const body = plain(text)
    .replace(/\t/g, '    ')
    .split(/\r?\n|\r/)
    .map((line) => line.trimEnd());
  while (body.length > 0 && body[0] === '') body.shift();
  while (body.length > 0 && body.at(-1) === '') body.pop();
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, ...body, fence].join('\n');
}

/** A GFM table; cells must already be inline-escaped (pipes included). */
export function markdownTable(header: readonly string[], rows: readonly string[][], align: readonly ('left' | 'right')[] = []): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`.replace(/ {2,}\|/g, ' |');
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A YAML front-matter value: plain when it reads back as the same string, else double-quoted JSON (valid YAML). */
export function yamlValue(value: string | number | boolean | null): string {
  if (value === null || typeof value !== 'string') return String(value);
  return /^[A-Za-z0-9][\w./+-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[\d.+-].*)$/i.test(value)
    ? value
    : JSON.stringify(value);
}
