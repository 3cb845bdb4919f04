// Segmenting an answer (markdown, sentences, tokens, stems) is much of what checking it costs, and
// one text is checked many times in a row: a step's answer against its topics, then its red flags,
// then whether a flag came before a requirement; a session's whole answer once per flag that depends
// on a topic covered anywhere. So the last few texts' sentences are kept and handed out again.
// The checker corrects token stems in place against one topic set's vocabulary, so each hand-out
// first puts back the stems segmentation gave; and it appends asked questions, so each gets its own list.
import { segment, type Segment, type SegmentOptions } from './segment.js';

/** Texts kept: a session's steps and its whole answer, with room to spare. */
const MAX_TEXTS = 16;
/** Longer texts are segmented each time: a pasted document is checked once, not in a loop. */
const MAX_CHARS = 100_000;

interface Kept {
  segments: readonly Segment[];
  /** Each segment's token stems as segmentation gave them. */
  stems: readonly (readonly string[])[];
}

const kept = new Map<string, Kept>();

/**
 * `segment(text, options)`, from the memo when the same text was segmented lately. The segments are
 * valid until the next call: the caller may rewrite their stems, never keep them.
 */
export function segmentMemo(text: string, options: SegmentOptions = {}): Segment[] {
  if (text.length > MAX_CHARS) return segment(text, options);
  const key = options.typed ? `t${text}` : `d${text}`;
  let entry = kept.get(key);
  if (entry) {
    kept.delete(key); // most recently used last, so the oldest goes first
    entry.segments.forEach(({ tokens }, i) => {
      const stems = entry!.stems[i]!;
      for (let j = 0; j < tokens.length; j++) tokens[j]!.stem = stems[j]!;
    });
  } else {
    const segments = segment(text, options);
    entry = { segments, stems: segments.map(({ tokens }) => tokens.map((token) => token.stem)) };
    if (kept.size >= MAX_TEXTS) kept.delete(kept.keys().next().value!);
  }
  kept.set(key, entry);
  return [...entry.segments];
}
