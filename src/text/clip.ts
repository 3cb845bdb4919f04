// Text cut to fit: quotes of what the candidate typed, titles in a narrow table.

/** `text` cut to at most `max` characters, the last of them "…" when anything was cut. */
export const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The same, its runs of white space (line breaks too) made one space first: a quote on one line. */
export const clipFlat = (text: string, max: number): string => clip(text.replace(/\s+/g, ' ').trim(), max);
