// An answer cut into the sentences the checker judges one by one, reading markdown the way people type it:
// headings and bare labels never count as content, bullets and table rows are units, prose is split into
// sentences, and an indented or hard-wrapped line continues the one before.
import { tokenize, type Token } from './text.js';
import { blocks, type Line, type SegmentKind, type SegmentOptions } from './markdown.js';
import { isBareWord, isPlaceholder, onlyAsks, putsAFigure, sentences, titleLength } from './sentences.js';

export type { SegmentKind, SegmentOptions } from './markdown.js';

export interface Segment {
  /** The sentence as the user wrote it (markers stripped), for evidence. */
  text: string;
  /** What to quote as evidence when it differs from `text` (a question, judged with its answer; a line of code as written). */
  shown?: string;
  /** `text` as patterns read it (emphasis and code marks as spaces, so offsets hold), worked out once when a pattern needs it. */
  plain?: string;
  /** `plain` lower-cased. */
  lower?: string;
  kind: SegmentKind;
  /** 1-based line of the answer where the sentence starts. */
  line: number;
  tokens: Token[];
  /** A placeholder such as "Metrics: TBD", a reference link or a bare label: never evidence of anything. */
  placeholder: boolean;
  /** A question that only asks ("what is the scale?"): it states nothing. */
  question: boolean;
  /** The headings and parent bullets the sentence sits under, outermost first ("Data", "Available signals"). */
  context: string[];
}

/**
 * The longest run of words judged as one sentence. Written sentences stay well under it (the longest of the 64
 * public write-ups has 59 words); past it, text with no sentence ends (a pasted transcript, a wall of words) is
 * cut into pieces at commas, or between words, so that a check stays linear in the answer's length.
 */
export const MAX_SENTENCE_WORDS = 80;

function pieces(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= MAX_SENTENCE_WORDS) return [text];
  const out: string[] = [];
  let piece: string[] = [];
  for (const word of words) {
    piece.push(word);
    // Cut after a comma, semicolon or dash once the piece is long enough to say something, or at the limit.
    if ((piece.length >= MAX_SENTENCE_WORDS / 4 && /[,;:—–]$/.test(word)) || piece.length >= MAX_SENTENCE_WORDS) {
      out.push(piece.join(' '));
      piece = [];
    }
  }
  if (piece.length > 0) out.push(piece.join(' '));
  return out;
}

/** A section of pointers to reading, whatever its lines name. */
const REFERENCE_HEADING =
  /^[\s*_#\d.)]*(references?|resources?|further reading|reading list|recommended reading|(useful )?links|bibliography|citations|see also|related (work|reading|links|posts|articles)|credits|acknowledge?ments?)((\s+(i|we)\s+(used|read|found|liked))|\s+(used|to read|worth reading))?[\s*_:]*$/i;

/**
 * Characters pasted text carries that mean plain ones: letters styled as mathematical bold or italic ("𝐏𝐚𝐠𝐞𝐑𝐚𝐧𝐤",
 * as posts on social networks write emphasis), full-width forms, ligatures ("ﬁ" from a PDF) and spaces of other
 * widths (no-break, thin). Read as the plain characters they stand for; other symbols (10⁶, ½) are left as written.
 */
const STYLED = /[\u{1d400}-\u{1d7ff}\uff01-\uff5e\ufb00-\ufb06\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu;
/** Invisible marks (zero-width spaces and joiners, soft hyphens, byte-order marks, direction marks): nothing to read. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** The answer as plain characters (STYLED, INVISIBLE), so that what pasted text looks like is what is read. */
function plainCharacters(answer: string): string {
  return answer.replace(INVISIBLE, '').replace(STYLED, (c) => c.normalize('NFKC'));
}

/** Sentences of an answer, in order. */
export function segment(raw: string, options: SegmentOptions = {}): Segment[] {
  const answer = plainCharacters(raw);
  const segments: Segment[] = [];
  const headings: { level: number; text: string }[] = [];
  const parents: { indent: number; text: string; marker?: Line['marker']; label: boolean }[] = [];
  for (const block of blocks(answer, options)) {
    if (block.kind === 'heading' && (block.level ?? 7) > 0) {
      const level = block.level ?? 7;
      while (headings.length > 0 && headings.at(-1)!.level >= level) headings.pop();
      headings.push({ level, text: block.text.trim() });
      parents.length = 0;
    }
    if (block.kind === 'bullet') {
      const indent = block.indent ?? 0;
      // A numbered or emoji item that is a label ("3. Data available:", "📊 Signals:") heads the "-" items right
      // under it at its own indentation ("- click logs"), as it would indented.
      const heads = (p: (typeof parents)[number]) => p.indent === indent && p.label && p.marker !== 'dash' && block.marker === 'dash';
      while (parents.length > 0 && parents.at(-1)!.indent >= indent && !heads(parents.at(-1)!)) parents.pop();
    } else if (block.kind !== 'heading') parents.length = 0;
    const context = [...headings.map((h) => h.text), ...parents.map((p) => p.text)];
    // A parent bullet is a title for its children when it is short or ends in a colon ("Data sources:").
    const label = /:\s*$/.test(block.text);
    if (block.kind === 'bullet' && (titleLength(block.text) || label)) {
      parents.push({ indent: block.indent ?? 0, text: block.text.trim(), marker: block.marker, label });
    }
    // Under "References", "Resources" or "Further reading", a line points at reading ("LightGBM docs for lambdarank").
    if (context.some((heading) => REFERENCE_HEADING.test(heading))) block.reference = true;
    if (block.reference) {
      segments.push({ text: block.text.trim(), kind: block.kind, line: block.line, tokens: [], placeholder: true, question: false, context });
      continue;
    }
    const whole = block.kind === 'heading' || block.kind === 'code' || block.kind === 'table' || block.kind === 'diagram';
    for (const text of (whole ? [block.text] : sentences(block.text)).flatMap(pieces)) {
      const trimmed = text.trim();
      if (!trimmed) continue;
      const bare = block.kind === 'diagram' && isBareWord(trimmed);
      segments.push({
        text: trimmed,
        ...(block.shown !== undefined && trimmed === block.text.trim() ? { shown: block.shown } : {}),
        kind: block.kind,
        line: block.line,
        tokens: tokenize(trimmed),
        placeholder: (block.kind === 'heading' && !putsAFigure(trimmed)) || isPlaceholder(trimmed) || bare,
        question: onlyAsks(trimmed),
        context,
      });
    }
  }
  return segments;
}
