// strip-ansi rather than node:util's copy of it: importing node:util costs a start-up ~10 ms.
import stripAnsi from 'strip-ansi';

// C0 controls but tab and newline, DEL, and C1 controls (0x80–0x9f, e.g. a lone CSI).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from content files and journals, made safe to print: no escape sequences
 * (a case file must not clear the screen or retitle the terminal), no control characters.
 */
export function plain(text: string): string {
  // Every escape sequence starts with a control character (ESC or CSI): text with none is already plain,
  // and most is (history prints 10,000 rows of ids).
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return stripAnsi(text).replace(CONTROL, '');
}

/** `plain` applied to every string inside a JSON-like value. */
export function plainDeep<T>(value: T): T {
  if (typeof value === 'string') return plain(value) as T;
  if (Array.isArray(value)) return value.map(plainDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = plainDeep(inner);
    return out as T;
  }
  return value;
}
