// Markdown read the way people type it: one block per bullet, table row, heading, code line or prose
// line (with its continuations); markup, link targets and images dropped; program code read for its
// comments and what it calls, plain text and diagrams in fences for their words and labels. What the
// blocks mean is segment.ts's business.

export type SegmentKind = 'heading' | 'bullet' | 'text' | 'table' | 'code' | 'diagram';

export interface SegmentOptions {
  /**
   * Lines typed in a session rather than a document: there are no headings, so a short line is a terse
   * note ("NDCG and AUC", "online: CTR"), not a title.
   */
  typed?: boolean;
}

/**
 * A list item: a markdown marker, a number, or what people paste or type as one, a bullet character, an arrow,
 * a check mark or an emoji ("👉 Retry only on timeouts", "✅ Latency under 100 ms", "→ cache the top 50").
 */
const BULLET = /^\s*(?:[-*+•·▪‣◦]|\d{1,2}[.)]|(?:\p{So}|[\u2190-\u21ff])(?:\ufe0f|[\u{1f3fb}-\u{1f3ff}])?)\s+/u;
/** A list item to markdown itself: -, *, + or a number. */
const MARKDOWN_BULLET = /^\s*(?:[-*+]|\d{1,2}[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const SETEXT = /^\s*(=+|-{3,})\s*$/;
/**
 * A fence opens with three or more backticks or tildes and closes with a run of the same, at least as long. As
 * in CommonMark, it is indented by at most three spaces (a tab makes indented text), and a backtick fence's line
 * holds no other backtick: "```India won the match #IndVsAus```" is inline code in a line of prose, and taking it
 * for a fence would read the rest of the answer as code.
 */
const FENCE = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})\s*([^`\s]*)/;
/** The markers of a quoted block ("> ", "> > "), nested or not. */
const QUOTED = /^ {0,3}(?:> ?)+/;
/** A thematic break between sections ("---", "* * *", "___") on a line of its own says nothing. */
const BREAK = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
/** Markdown pasted into a fence ("````markdown", what a chat assistant hands over) is read as markdown. */
const MARKDOWN_FENCE = /^(markdown|md)$/i;

export interface Line {
  text: string;
  line: number;
  kind: SegmentKind;
  /** For a heading: 1–6 for markdown levels, 7 for a bold or short title line, 0 for a table's header row. */
  level?: number;
  /** For a bullet: its indentation, to find the bullets it sits under. */
  indent?: number;
  /**
   * For a bullet: the kind of mark that opens it, to tell one list from the next: a number, "-" "*" "+", or another
   * mark people type as one (•, an arrow, an emoji), which to markdown opens a paragraph.
   */
  marker?: 'number' | 'dash' | 'other';
  /** Only a link or citation: shown, never evidence. */
  reference?: boolean;
  /** What to quote when it differs from the words read: a line of code as written ("logs --nightly--> tables"). */
  shown?: string;
}

// Markdown that carries no words of the answer: image embeds, HTML tags, bare URLs, link targets.
const IMAGE = /!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>/gi;
const HTML_TAG = /<\/?[a-z][^>]*>/gi;
const LINK = /\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g;
const URL = /\bhttps?:\/\/\S+/gi;
const CHECKBOX = /^\[[ xX]\]\s+/;

/** The words of a line without its markup; `reference` when it is only a link or a citation. */
function clean(text: string): { text: string; reference: boolean } {
  let body = text.replace(IMAGE, ' ').replace(CHECKBOX, '');
  // A line that is nothing but links ("[ResNet paper](https://…)", "[x] [Blog](…)") points elsewhere: it says nothing itself.
  const withoutLinks = body.replace(LINK, '').replace(URL, '').replace(/[\s\-–—:,;.|*_()[\]]+/g, '');
  const hadLink = LINK.test(body) || URL.test(body);
  LINK.lastIndex = 0;
  URL.lastIndex = 0;
  body = body.replace(LINK, '$1').replace(URL, ' ').replace(HTML_TAG, ' ').replace(/\s{2,}/g, ' ');
  return { text: body, reference: hadLink && withoutLinks.length === 0 };
}

/** Lines joined into blocks: one per bullet, table row, heading, code line or prose line (with its continuations). */
export function blocks(answer: string, options: SegmentOptions): Line[] {
  const out: Line[] = [];
  // A quoted block is read for what it holds: its bullets, headings and fences are those of the answer.
  const lines = answer
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw) => (options.typed ? raw : raw.replace(QUOTED, '')));
  const skipped = frontMatter(lines);
  // The fence we are in (its language, and the run that closes it), and those of markdown fences around it.
  let fence: { language: string; run: string } | undefined;
  const markdownFences: string[] = [];
  let previous: Line | undefined;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (line <= skipped) return;
    const opening = FENCE.exec(raw);
    if (opening) {
      const [, run, info] = opening;
      const closes = (open: string) => run![0] === open[0] && run!.length >= open.length && !info;
      if (fence) {
        if (closes(fence.run)) fence = undefined;
        else out.push(...codeLine(raw, line, fence.language));
      } else if (markdownFences.length > 0 && closes(markdownFences.at(-1)!)) markdownFences.pop();
      else if (MARKDOWN_FENCE.test(info!)) markdownFences.push(run!);
      else fence = { language: info!.toLowerCase() || 'text', run: run! };
      previous = undefined;
      return;
    }
    if (fence !== undefined) {
      out.push(...codeLine(raw, line, fence.language));
      previous = undefined;
      return;
    }
    if (MERMAID_EDGE.test(raw) && /\w\s*[[({]/.test(raw)) {
      // A diagram line outside a fence (a pasted mermaid edge).
      out.push(...diagramLabels(raw, line));
      previous = undefined;
      return;
    }
    if (!raw.trim()) {
      previous = undefined;
      return;
    }
    // A line opened by an emoji is a paragraph to markdown, which an underline makes a heading, if it stands alone
    // (unindented, blank above); one of a list is an item followed by a rule.
    if (SETEXT.test(raw) && previous && (previous.kind === 'text' || (previous.marker === 'other' && previous.indent === 0 && !lines[i - 2]?.trim()))) {
      previous.kind = 'heading';
      previous.level = raw.trim().startsWith('=') ? 1 : 2;
      previous = undefined;
      return;
    }
    if (BREAK.test(raw)) {
      previous = undefined;
      return;
    }
    if (TABLE_RULE.test(raw) && raw.includes('|')) {
      if (previous?.kind === 'table') {
        previous.kind = 'heading';
        previous.level = 0;
      }
      previous = undefined;
      return;
    }
    let block: Line;
    if (HEADING.test(raw)) {
      block = { text: raw.replace(HEADING, '').replace(/#+\s*$/, ''), line, kind: options.typed ? 'text' : 'heading', level: /^\s*(#+)/.exec(raw)![1]!.length };
    }
    else if (/^\s*\|.*\|\s*$/.test(raw)) block = { text: tableRow(raw), line, kind: 'table' };
    else if (BULLET.test(raw)) {
      const indent = /^\s*/.exec(raw)![0].replace(/\t/g, '    ').length;
      const marker = !MARKDOWN_BULLET.test(raw) ? 'other' : /^\s*\d/.test(raw) ? 'number' : 'dash';
      block = { text: raw.replace(BULLET, ''), line, kind: 'bullet', indent, marker };
    }
    else if (previous && continues(previous, raw, lines[i - 1] ?? '')) {
      const more = clean(raw.trim());
      previous.text += ` ${more.text.trim()}`;
      return;
    } else {
      const text = raw.replace(/^\s*>\s?/, '');
      block = { text, line, kind: !options.typed && looksLikeHeading(clean(text).text) ? 'heading' : 'text' };
    }
    const cleaned = clean(block.text);
    block.text = cleaned.text;
    if (cleaned.reference) block.reference = true;
    out.push(block);
    previous = block;
  });
  return out;
}

/**
 * How many lines at the top are front matter (a Jekyll or Hugo page's `---` block of `key: value` lines,
 * or an exported transcript's): metadata about the page, not what it says.
 */
function frontMatter(lines: readonly string[]): number {
  if (!/^---\s*$/.test(lines[0] ?? '')) return 0;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return 0;
  const body = lines.slice(1, end).filter((l) => l.trim());
  return body.length > 0 && body.every((l) => /^[\w-]+\s*:|^\s+\S|^\s*-\s/.test(l)) ? end + 1 : 0;
}

// Code fences hold two kinds of text. A program says something in its comments and in what it calls: a
// library's function names a method ("cross_entropy(logits, labels)", "train_test_split(X, y)"). Its own
// variable and function names are labels the writer chose ("def evaluate(questions, ground_truth_docs)"
// names ground truth and says nothing of how it is obtained), so they are not read. A plain-text block or
// an ASCII diagram in a fence gives all its words ("Candidate generation: billions -> thousands"); mermaid
// diagrams give their node labels. Math is formulae, not words.
const PROGRAM = /\w\(|\w\s*[-+*/]?=[^=>]|;\s*$|^\s*(def|class|import|from|return|for|if|while|print|const|let|var|function|async|await|with|elif|else)\b/;
const CALLED = /(?<!\b(?:def|class|function)\s+)\b([A-Za-z_]\w*)\s*\(/g;

function codeLine(raw: string, line: number, language: string): Line[] {
  const text = raw.trim();
  if (!text || language === 'math' || language === 'latex' || language === 'tex') return [];
  if (language === 'mermaid' || MERMAID_EDGE.test(text)) return diagramLabels(text, line);
  const out: Line[] = [];
  const comment = /(?:^|\s)(?:#|\/\/|--)\s+(.*)$/.exec(text);
  if (comment) out.push({ text: comment[1]!, line, kind: 'code' });
  const statement = comment ? text.slice(0, comment.index) : text;
  const read = PROGRAM.test(statement) ? [...statement.matchAll(CALLED)].map((m) => m[1]).join(', ') : statement;
  const words = read
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.()[\]{}=,;:<>+*/\\|"'`│├└┌┐┘┬┴┼─▶▼→←↓↑$]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (/[a-z]{3,}/i.test(words)) out.push({ text: words, line, kind: 'code', ...(words === text ? {} : { shown: text }) });
  return out;
}

/**
 * A mermaid edge: a node's one-word id, perhaps with its label in brackets, then an arrow ("A[Feature store] -->",
 * "ranker --> cache"). A flow drawn in words ("nightly Spark job --> training tables --> retrain") is no mermaid
 * edge, and gives all its words like any ASCII diagram.
 */
const MERMAID_EDGE = /^\s*\w+\s*(?:(?:\[\[?|\(\(?|\{\{?|>)[^\])}]*(?:\]\]?|\)\)?|\}\}?))?\s*(?:-->|==>|-\.->|---)/;

/** The node and edge labels of a mermaid line: `A[Feature store] -->|nightly| B(Training job)`. */
function diagramLabels(text: string, line: number): Line[] {
  const labels: string[] = [];
  const re = /\w\s*(?:\[\[?|\(\(?|\{\{?|>)\s*"?([^"\])}]+)"?\s*(?:\]\]?|\)\)?|\}\}?)|\|([^|]+)\||participant\s+\w+\s+as\s+(.+)$|:\s*(.+)$/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const label = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (label) labels.push(...label.split(/<br\s*\/?>|\\n/i).map((l) => l.replace(/^[-•*]\s*/, '').trim()).filter(Boolean));
  }
  return labels.map((label) => ({ text: label, line, kind: 'diagram' as const }));
}

/** Words a sentence does not end on: a line that stops on one was cut mid-sentence ("…from a" / "mock with a friend"). */
const CUT_MID_SENTENCE =
  /(,|\b(a|an|the|to|of|and|or|but|with|for|in|on|at|by|from|is|are|was|were|be|that|which|than|as|so|if|when|because|not|no|we|i|our|my|this|these|their|its|per|via|into|about|every|each|will|would|can|could|should|must|may|might|very|more|most))\s*$/i;

/** Whether `raw` continues the block above (a bullet or a paragraph line), whose last line was `above`. */
function continues(previous: Line, raw: string, above: string): boolean {
  if (previous.kind !== 'bullet' && previous.kind !== 'text') return false;
  if (/[.!?:]\s*$/.test(previous.text)) return false;
  // An indented line continues. An unindented one continues only prose wrapped at a width: the line above
  // stops on a word no sentence ends on, or on a comma before a line that opens in lower case. Terse answers
  // put one thought per line, and joining those would glue unrelated notes into one sentence.
  if (/^\s{2,}\S/.test(raw)) return true;
  const cut = CUT_MID_SENTENCE.exec(above.trimEnd());
  return cut !== null && (cut[1] !== ',' || /^[a-z0-9(*"“]/.test(raw));
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
  if (/^\*\*[^*]+\*\*:?$/.test(raw.trim())) return true;
  // A line wholly in italics is judged by its words, and is a label when it ends in a colon, as a bold one is:
  // "*Guardrail metrics (must not get worse):*".
  const text = raw.trim().replace(/^([*_]{1,3})(?=\S)(.+?)\1$/, '$2').trim();
  if (text !== raw.trim() && /:$/.test(text)) return true;
  const words = text.split(/\s+/).length;
  if (/:\s*$/.test(text) && words <= 4) return true;
  // A numbered section title: "2.1 Data Engineering", "5. Serving".
  if (/^\d+(\.\d+)*\.?\s+\S/.test(text) && words <= 6 && !/[,;.!?=<>%]\s*\S|[.!?]$/.test(text.replace(/^\d+(\.\d+)*\.?\s+/, ''))) return true;
  // A label with something after it is a note, not a title: "task: binary classification", "online: CTR".
  if (/^[^:]+:\s*\S/.test(text)) return false;
  // A short line ending in a full stop is a sentence ("We dedupe articles."), not a title.
  return words <= 3 && !/[\d,;.!?=<>%]/.test(text.replace(/:$/, ''));
}
