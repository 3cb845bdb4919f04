// markdownlint itself, with its default rules (line length aside), plus a custom
// rule that records the document's structure so escaping can be checked.
import { lint } from 'markdownlint/sync';
import type { MicromarkToken, Rule } from 'markdownlint';

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

/**
 * One markdownlint pass: every error with the default rules, one line each (empty when the
 * document passes), and the document's tree of token types with the text left out (two
 * documents with the same shape have the same structure).
 */
export function lintDocument(markdown: string): { errors: string[]; shape: string } {
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
  const results = lint({ strings: { transcript: markdown }, config: { default: true, MD013: false, structure: true }, customRules: [rule] });
  const errors = (results.transcript ?? []).map(
    (e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''} [${e.errorContext ?? ''}]`,
  );
  return { errors, shape };
}

export const lintErrors = (markdown: string): string[] => lintDocument(markdown).errors;
export const structure = (markdown: string): string => lintDocument(markdown).shape;
