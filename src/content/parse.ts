import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { type Diagnostic, type Result } from './diagnostics.js';
import { maxContentBytes, tooLargeMessage } from './limits.js';

export interface ParsedYaml {
  data: unknown;
  /** Finds the line and column of a path into the document, for messages. */
  locate(segments: readonly (string | number)[], key?: boolean): { line: number; col: number };
}

const MAX_DEPTH = 100;

/**
 * The offset where [ and { nest deeper than `max`, if they do. The YAML parser takes
 * seconds on pathological nesting, and no real content file nests past a handful of
 * levels, so such a file is refused up front. Quoted text and comments are skipped.
 */
function flowDepthBeyond(source: string, max: number): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      // Good enough for a guard: a quoted span ends at its closing quote or the line's end.
      if (c === quote || c === '\n') quote = '';
      continue;
    }
    const startsToken = i === 0 || /[\s[{,:]/.test(source[i - 1] ?? '');
    if ((c === '"' || c === "'") && startsToken) quote = c;
    else if (c === '#' && startsToken) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Pass one of three: YAML text to plain data, every syntax problem located. */
export function parseYaml(source: string, file: string): Result<ParsedYaml> {
  const at = (line: number, col: number, message: string, path = ''): Diagnostic => ({ file, line, col, path, message });
  if (source.length > maxContentBytes) {
    return { ok: false, errors: [at(1, 1, tooLargeMessage)] };
  }
  if (source.includes('\uFFFD')) {
    const index = source.indexOf('\uFFFD');
    const before = source.slice(0, index).split('\n');
    return { ok: false, errors: [at(before.length, (before.at(-1)?.length ?? 0) + 1, 'file is not valid UTF-8')] };
  }
  const tooDeep = flowDepthBeyond(source, MAX_DEPTH);
  if (tooDeep !== undefined) {
    const before = source.slice(0, tooDeep).split('\n');
    return { ok: false, errors: [at(before.length, (before.at(-1)?.length ?? 0) + 1, `nested deeper than ${MAX_DEPTH} levels`)] };
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  } catch (error) {
    return { ok: false, errors: [at(1, 1, `cannot parse YAML: ${(error as Error).message}`)] };
  }
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    // One misplaced indent makes the parser report several errors around it: say the cause once.
    const indentation = indentationProblem(source, first, first.pos[0]);
    if (indentation) {
      const { line, col } = position(indentation.offset);
      return { ok: false, errors: [at(line, col, indentation.message)] };
    }
    const seen = new Set<number>();
    return {
      ok: false,
      errors: doc.errors.flatMap((e) => {
        const { line, col } = position(e.pos[0]);
        if (seen.has(line)) return [];
        seen.add(line);
        return [at(line, col, firstLine(e.message))];
      }),
    };
  }
  let data: unknown;
  try {
    // Alias bombs stop here: yaml refuses documents that expand aliases too often.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, errors: [at(1, 1, `cannot read YAML: ${firstLine((error as Error).message)}`)] };
  }
  const locate = (segments: readonly (string | number)[], key = false) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const segment of segments) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const target = (key && segment === segments.at(-1) ? pair.key : pair.value ?? pair.key) as Node | null;
        node = target;
        offset = target?.range?.[0] ?? offset;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        node = item;
        offset = item.range?.[0] ?? offset;
      } else break;
    }
    return position(offset);
  };
  return { ok: true, value: { data, locate } };
}

const misaligned = 'bad indentation: this line does not line up with the keys of the block it is in';
const tooDeep = 'bad indentation: this line is indented deeper than the key above it, which already has a value (keys of one mapping start in one column)';

/**
 * Bad indentation as one clear error at the line that is off, instead of the parser's
 * several. For a line indented too deep the parser stops at the value before it
 * ("title: Bad" over "  question: x" reads as one two-line key), so the line meant is the
 * first one below that is indented deeper than the line of the error.
 */
function indentationProblem(source: string, error: { code: string; message: string }, offset: number): { offset: number; message: string } | undefined {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lines = source.slice(lineStart).split('\n');
  const indent = (line: string) => line.length - line.trimStart().length;
  const first = lines[0] ?? '';
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { offset: lineStart, message: 'a tab indents this line: YAML indents with spaces only' };
    case 'MISSING_CHAR': // "Sequence item without - indicator": an item's key outdented past its siblings
      return error.message.startsWith('Sequence item without') ? { offset: lineStart + indent(first), message: misaligned } : undefined;
    case 'BAD_INDENT':
      return { offset: lineStart + indent(first), message: misaligned };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      let at = lineStart + first.length + 1;
      for (const line of lines.slice(1)) {
        if (line.trim() !== '' && !line.trim().startsWith('#') && indent(line) > indent(first)) return { offset: at + indent(line), message: tooDeep };
        at += line.length + 1;
      }
      return { offset, message: tooDeep };
    }
    default:
      return undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
