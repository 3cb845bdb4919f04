/** Word-wraps text to a width, the first line after `lead`, the rest indented to match. */
export function wrap(text: string, width: number, lead = ''): string[] {
  const indent = ' '.repeat(lead.length);
  const lines: string[] = [];
  let current = lead;
  let fresh = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!fresh && current.length + 1 + word.length > width) {
      lines.push(current);
      current = indent + word;
    } else {
      current += (fresh ? '' : ' ') + word;
    }
    fresh = false;
  }
  lines.push(current);
  return lines;
}
