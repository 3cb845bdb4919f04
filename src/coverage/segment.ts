// An answer cut into the sentences the checker judges one by one, reading markdown the way people type it:
// headings and bare labels never count as content, bullets and table rows are units, prose is split into
// sentences, and an indented or hard-wrapped line continues the one before.
import { tokenize, type Token } from './text.js';

export type SegmentKind = 'heading' | 'bullet' | 'text' | 'table' | 'code';

export interface Segment {
  /** The sentence as the user wrote it (markers stripped), for evidence. */
  text: string;
  kind: SegmentKind;
  /** 1-based line of the answer where the sentence starts. */
  line: number;
  tokens: Token[];
  /** A placeholder such as "Metrics: TBD": never evidence of anything. */
  placeholder: boolean;
}

const BULLET = /^\s*(?:[-*+•·▪]|\d{1,2}[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const SETEXT = /^\s*(=+|-{3,})\s*$/;
const FENCE = /^\s*(```|~~~)/;

// Text after a label that says nothing yet ("TBD", "todo", "?", "-", "…").
const PLACEHOLDER_BODY =
  /^\W*(tbd|tba|todo|to do|n\/?a|none|nothing( yet)?|later|skip(ped)?|coming soon|to be (decided|determined|done|defined)|xxx+|fill (in|me)|placeholder|pending|wip|\?+|\.{2,}|…|-+)?\W*$/i;

interface Line {
  text: string;
  line: number;
  kind: SegmentKind;
}

/** Sentences of an answer, in order. */
export function segment(answer: string): Segment[] {
  const segments: Segment[] = [];
  for (const block of blocks(answer)) {
    const parts = block.kind === 'heading' || block.kind === 'code' || block.kind === 'table' ? [block.text] : sentences(block.text);
    for (const text of parts) {
      const trimmed = text.trim();
      if (!trimmed) continue;
      segments.push({
        text: trimmed,
        kind: block.kind,
        line: block.line,
        tokens: tokenize(trimmed),
        placeholder: block.kind === 'heading' || isPlaceholder(trimmed) || (block.kind === 'bullet' && isBareWord(trimmed)),
      });
    }
  }
  return segments;
}

/** Lines joined into blocks: one per bullet, table row, heading, code line or prose line (with its continuations). */
function blocks(answer: string): Line[] {
  const out: Line[] = [];
  const lines = answer.replace(/\r\n?/g, '\n').split('\n');
  let fenced = false;
  let previous: Line | undefined;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (FENCE.test(raw)) {
      fenced = !fenced;
      previous = undefined;
      return;
    }
    if (fenced) {
      if (raw.trim()) out.push({ text: raw.trim(), line, kind: 'code' });
      previous = undefined;
      return;
    }
    if (!raw.trim()) {
      previous = undefined;
      return;
    }
    if (SETEXT.test(raw) && previous && previous.kind === 'text') {
      previous.kind = 'heading';
      previous = undefined;
      return;
    }
    if (TABLE_RULE.test(raw) && raw.includes('|')) {
      if (previous?.kind === 'table') previous.kind = 'heading';
      previous = undefined;
      return;
    }
    let block: Line;
    if (HEADING.test(raw)) block = { text: raw.replace(HEADING, '').replace(/#+\s*$/, ''), line, kind: 'heading' };
    else if (/^\s*\|.*\|\s*$/.test(raw)) block = { text: tableRow(raw), line, kind: 'table' };
    else if (BULLET.test(raw)) block = { text: raw.replace(BULLET, ''), line, kind: 'bullet' };
    else if (previous && continues(previous, raw)) {
      previous.text += ` ${raw.trim()}`;
      return;
    } else block = { text: raw.replace(/^\s*>\s?/, ''), line, kind: looksLikeHeading(raw) ? 'heading' : 'text' };
    out.push(block);
    previous = block;
  });
  return out;
}

/** An indented line under a bullet or a paragraph line. */
function continues(previous: Line, raw: string): boolean {
  if (previous.kind !== 'bullet' && previous.kind !== 'text') return false;
  if (/[.!?:]\s*$/.test(previous.text)) return false;
  // Only an indented line continues: terse answers put one thought per line, so joining unindented
  // lines would glue unrelated notes into one sentence.
  return /^\s{2,}\S/.test(raw);
}

function tableRow(raw: string): string {
  return raw
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())
    .join(' | ');
}

/** A short line on its own with no sentence in it: "CLARIFY", "Evaluation:", "deploy / serving". */
function looksLikeHeading(raw: string): boolean {
  const text = raw.trim();
  const words = text.split(/\s+/).length;
  if (/^\*\*[^*]+\*\*:?$/.test(text)) return true;
  if (/:\s*$/.test(text) && words <= 4) return true;
  return words <= 3 && !/[\d,;.!?=<>%]/.test(text.replace(/[.:]$/, ''));
}

/** A bullet that is one bare word ("- Monitoring") names a topic without saying anything about it. */
function isBareWord(text: string): boolean {
  return /^[\p{L}/&-]+[.:]?$/u.test(text);
}

function isPlaceholder(text: string): boolean {
  const colon = text.search(/[:=]|\s[-–—]\s/);
  if (colon < 0) return PLACEHOLDER_BODY.test(text) && /\b(tbd|tba|todo|to do|n\/a)\b|^\W*$/i.test(text);
  return PLACEHOLDER_BODY.test(text.slice(colon + 1));
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATION = /\b(e\.g|i\.e|vs|etc|approx|cf|incl|esp|resp|no|fig|mr|ms|dr|st)\.$/i;

/** Prose cut at sentence ends; a "?" followed by a lower-case word ("A/B? not needed") stays one sentence. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["”')\]]*\s+(?=\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index + 1);
    const next = text.charAt(end);
    if (ABBREVIATION.test(before)) continue;
    if (m[0].startsWith('?') && /[a-z]/.test(next)) continue;
    out.push(text.slice(start, end));
    start = end;
  }
  out.push(text.slice(start));
  return out;
}
