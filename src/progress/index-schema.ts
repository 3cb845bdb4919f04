// The lines of the history index (<data>/index.jsonl): a header naming the format and
// what the cache depends on, then one entry per journal. The schema is checked line by
// line as the index is read back, since the file is ours but not tamper-proof.
import type { FromSchema } from 'json-schema-to-ts';
import { sessionSummarySchema } from '../session/summary.js';

export const indexHeaderSchema = {
  type: 'object',
  required: ['index', 'stamp'],
  properties: { index: { const: 'mlsd-sessions' }, stamp: { type: 'string' } },
} as const;

export const indexEntrySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'size', 'mtimeMs'],
  properties: {
    name: { type: 'string', description: 'The journal file name.' },
    size: { type: 'number' },
    mtimeMs: { type: 'number' },
    content: { type: 'string', description: 'The content stamp the summary was made against.' },
    summary: sessionSummarySchema,
    error: { type: 'string', description: 'Why the journal could not be read: skipped, with a warning, until it changes.' },
  },
} as const;

export type IndexEntry = FromSchema<typeof indexEntrySchema>;

/** Compiled by the build into ./generated/validators.js. */
export const schemas = { indexHeader: indexHeaderSchema, indexEntry: indexEntrySchema } as const;
