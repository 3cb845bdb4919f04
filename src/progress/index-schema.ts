// The lines of the history index (<data>/index.jsonl): a header naming the format and
// what the cache depends on, then one entry per journal. The schema is checked line by
// line as the index is read back, since the file is ours but not tamper-proof.
import type { FromSchema } from 'json-schema-to-ts';
import { flagHitSchema, sessionSummarySchema, verdictSchema, type SessionSummary } from '../session/summary.js';

const { flags: _flags, verdict: _verdict, ...kept } = sessionSummarySchema.properties;

/** An object schema with only the properties `keys` of `schema`, all required. */
const only = <const S extends { properties: object }, const K extends readonly (keyof S['properties'] & string)[]>(schema: S, keys: K) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: keys,
    properties: Object.fromEntries(keys.map((key) => [key, (schema.properties as Record<string, unknown>)[key]])) as Pick<S['properties'], K[number]>,
  }) as const;

/**
 * What history, stats and next read of a session: its summary without the words of its red
 * flags and verdict (why, instead, evidence, moments, advice), which only the session's own
 * export shows, from the journal. It keeps the index small enough to read in a blink.
 */
export const sessionRecordSchema = {
  ...sessionSummarySchema,
  properties: {
    ...kept,
    flags: { type: 'array', items: only(flagHitSchema, ['id', 'title', 'step']) },
    verdict: {
      type: 'object',
      additionalProperties: false,
      required: ['dimensions'],
      properties: { dimensions: { type: 'array', items: only(verdictSchema.properties.dimensions.items, ['id', 'title', 'rating', 'points']) } },
    },
  },
} as const;

export type SessionRecord = FromSchema<typeof sessionRecordSchema>;

/** A session's record, from its summary. */
export function recordOf({ flags, verdict, ...summary }: SessionSummary): SessionRecord {
  return {
    ...summary,
    ...(flags ? { flags: flags.map((f) => ({ id: f.id, title: f.title, step: f.step })) } : {}),
    ...(verdict ? { verdict: { dimensions: verdict.dimensions.map((d) => ({ id: d.id, title: d.title, rating: d.rating, points: d.points })) } } : {}),
  };
}

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
    summary: sessionRecordSchema,
    error: { type: 'string', description: 'Why the journal could not be read: skipped, with a warning, until it changes.' },
  },
} as const;

export type IndexEntry = FromSchema<typeof indexEntrySchema>;

/** Compiled by the build into ./generated/validators.js. */
export const schemas = { indexHeader: indexHeaderSchema, indexEntry: indexEntrySchema } as const;
