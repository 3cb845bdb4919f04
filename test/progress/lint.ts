// markdownlint itself, with its default rules (line length aside), plus a custom
// rule that records the document's structure so escaping can be checked.
import { lint } from 'markdownlint/sync';
import type { MicromarkToken, Rule } from 'markdownlint';

/** Every markdownlint error, one line each (empty when the document passes). */
export function lintErrors(markdown: string): string[] {
  const results = lint({ strings: { transcript: markdown }, config: { default: true, MD013: false } });
  return (results.transcript ?? []).map(
    (e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''} [${e.errorContext ?? ''}]`,
  );
}

// Tokens that carry text rather than structure: escaped or not, they read the same.
const textual = new Set([
  'data',
  'characterEscape',
  'characterEscapeValue',
  'escapeMarker',
  'characterReference',
  'characterReferenceMarker',
  'characterReferenceValue',
  'whitespace',
  'lineSuffix',
  'codeFlowValue',
  'lineEnding',
  'linePrefix',
  'hardBreakEscape',
]);

/** The document's tree of token types, text left out: two documents with the same shape have the same structure. */
export function structure(markdown: string): string {
  let shape = '';
  const rule: Rule = {
    names: ['structure'],
    description: 'records the token tree',
    tags: ['test'],
    parser: 'micromark',
    function: (params) => {
      const walk = (tokens: readonly MicromarkToken[]): string =>
        tokens
          .filter((t) => !textual.has(t.type))
          .map((t) => (t.children.length > 0 ? `${t.type}(${walk(t.children)})` : t.type))
          .join(' ');
      shape = walk(params.parsers.micromark.tokens);
    },
  };
  lint({ strings: { doc: markdown }, config: { default: false, structure: true }, customRules: [rule] });
  return shape;
}
