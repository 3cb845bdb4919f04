import type { ErrorObject } from 'ajv';
import { validateCase, validateFramework, validateTopics } from './generated/validators.js';
import { formatPath, oneLine, type Diagnostic, type Result } from './diagnostics.js';
import type { ParsedYaml } from './parse.js';
import type { ContentKind, DocOf } from './schemas.js';

/** Pass two of three: check parsed data against the kind's JSON Schema (validators precompiled at build). */
export function checkSchema<K extends ContentKind>(kind: K, parsed: ParsedYaml, file: string): Result<DocOf<K>> {
  const validate = { topics: validateTopics, framework: validateFramework, case: validateCase }[kind];
  if (validate(parsed.data)) return { ok: true, value: parsed.data as DocOf<K> };
  const errors = dedupe((validate.errors ?? []).map((e) => toDiagnostic(e, parsed, file)));
  return { ok: false, errors };
}

function toDiagnostic(error: ErrorObject, parsed: ParsedYaml, file: string): Diagnostic {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const params = error.params as Record<string, unknown>;
  let path = segments;
  let onKey = false;
  if (error.keyword === 'additionalProperties') {
    path = [...segments, String(params.additionalProperty)];
    onKey = true;
  }
  const { line, col } = parsed.locate(path, onKey);
  return { file, line, col, path: formatPath(path), message: explain(error) };
}

function explain(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const schema = error.parentSchema as Record<string, unknown> | undefined;
  switch (error.keyword) {
    case 'type':
      return `must be ${withArticle(typeName(String(params.type)))}`;
    case 'required': {
      const required = (schema?.required as string[] | undefined) ?? [];
      return `missing required field "${String(params.missingProperty)}"${required.length > 1 ? ` (required here: ${required.join(', ')})` : ''}`;
    }
    case 'additionalProperties': {
      const allowed = Object.keys((schema?.properties as object | undefined) ?? {});
      return `unknown field "${oneLine(String(params.additionalProperty))}"${allowed.length ? ` (expected one of: ${allowed.join(', ')})` : ''}`;
    }
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      // Every pattern in the schemas is the id's; a field's own description says what it is for, not its form.
      if (params.pattern === idPattern) return 'must be an id: lower-case letters, digits and single hyphens (e.g. visual-search)';
      return typeof schema?.description === 'string' ? `must be ${schema.description}` : `must match ${String(params.pattern)}`;
    case 'minItems':
      return `must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must have at most ${String(params.limit)} items`;
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters`;
    case 'maxLength':
      return `must be at most ${String(params.limit)} characters`;
    default:
      return error.message ?? 'is not valid';
  }
}

const idPattern = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** What a YAML writer calls a JSON Schema type. */
const typeName = (type: string) => ({ array: 'list', object: 'mapping' })[type] ?? type;
/** The article goes with the word said, not the schema's word ("a list", not "an list"). */
const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.line}:${d.col}:${d.path}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
