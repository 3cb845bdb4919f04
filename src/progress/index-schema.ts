// What the history index (<data>/index.jsonl, laid out in ./index-file.ts) holds: a header naming the
// format and what the cache depends on, then one entry per journal — the journal's size and time, and
// the session's head: what `history` lists — then the session's body (steps, red flags, verdict), read
// only when a command asks for it: `history` over 10,000 sessions reads no body, `stats` only its
// window's. Every part is checked against its schema when it is read back: the file is ours, but not
// tamper-proof.
import type { FromSchema } from 'json-schema-to-ts';
import { flagHitSchema, sessionSummarySchema, twistResultSchema, verdictSchema, type SessionSummary } from '../session/summary.js';

const { flags: _flags, verdict: _verdict, twist: _twist, steps, ...headProperties } = sessionSummarySchema.properties;

/** An object schema with only the properties `keys` of `schema`, all required. */
const only = <const S extends { properties: object }, const K extends readonly (keyof S['properties'] & string)[]>(schema: S, keys: K) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: keys,
    properties: Object.fromEntries(keys.map((key) => [key, (schema.properties as Record<string, unknown>)[key]])) as Pick<S['properties'], K[number]>,
  }) as const;

/** What `history` shows of a session: its summary but the steps, with how many steps it ran and ended. */
export const sessionHeadSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...sessionSummarySchema.required.filter((key) => key !== 'steps'), 'stepCount', 'stepsEnded'],
  properties: {
    ...headProperties,
    stepCount: { type: 'number', description: 'Steps the session runs.' },
    stepsEnded: { type: 'number', description: 'Steps that ended (done, skipped or timed out).' },
  },
} as const;

/**
 * The rest of what stats and next read: the steps, the requirement change's id and whether the answer
 * adapted, and the red flags and verdict without their
 * words (why, instead, evidence, moments, advice), which only the session's own export shows.
 */
export const sessionBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['steps'],
  properties: {
    steps,
    flags: { type: 'array', items: only(flagHitSchema, ['id', 'title', 'step']) },
    twist: only(twistResultSchema, ['id', 'adapted']),
    verdict: {
      type: 'object',
      additionalProperties: false,
      required: ['dimensions'],
      properties: { dimensions: { type: 'array', items: only(verdictSchema.properties.dimensions.items, ['id', 'title', 'rating', 'points']) } },
    },
  },
} as const;

export type SessionHead = FromSchema<typeof sessionHeadSchema>;
export type SessionBody = FromSchema<typeof sessionBodySchema>;
/** A session as history, stats and next read it. */
export type SessionRecord = SessionHead & SessionBody;

/**
 * A session's record, from its summary. Written out field by field: a rebuild makes 10,000, and a
 * spread of the summary followed by new fields cost V8 microseconds each.
 */
export function recordOf(summary: SessionSummary): SessionRecord {
  const { flags, verdict, twist, steps } = summary;
  const record: SessionRecord = {
    id: summary.id,
    caseId: summary.caseId,
    frameworkId: summary.frameworkId,
    mode: summary.mode,
    strict: summary.strict,
    startedAt: summary.startedAt,
    finished: summary.finished,
    usedMs: summary.usedMs,
    score: summary.score,
    steps,
    stepCount: steps.length,
    stepsEnded: steps.filter((step) => step.ended !== null).length,
  };
  if (summary.pace !== undefined) record.pace = summary.pace;
  if (flags) record.flags = flags.map((f) => ({ id: f.id, title: f.title, step: f.step }));
  if (twist) record.twist = { id: twist.id, adapted: twist.adapted };
  if (verdict) record.verdict = { dimensions: verdict.dimensions.map((d) => ({ id: d.id, title: d.title, rating: d.rating, points: d.points })) };
  return record;
}

// Every field of a summary is taken above: one added to the summary's schema fails this check until it is.
type Taken = 'id' | 'caseId' | 'frameworkId' | 'mode' | 'strict' | 'startedAt' | 'finished' | 'usedMs' | 'score' | 'pace' | 'steps' | 'flags' | 'twist' | 'verdict';
export const everySummaryFieldTaken: Exclude<keyof SessionSummary, Taken> extends never ? true : never = true;

/** A record split for the index: the head, and the body as written after the tab. */
export function splitRecord({ steps, flags, verdict, twist, ...head }: SessionRecord): { head: SessionHead; body: SessionBody } {
  return { head, body: { steps, ...(flags ? { flags } : {}), ...(verdict ? { verdict } : {}), ...(twist ? { twist } : {}) } };
}

export const indexHeaderSchema = {
  type: 'object',
  required: ['index', 'stamp', 'heads'],
  properties: {
    index: { const: 'mlsd-sessions' },
    stamp: { type: 'string' },
    heads: { type: 'integer', minimum: 0, description: 'The byte length of the entries, which follow the header line.' },
  },
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
    head: sessionHeadSchema,
    error: { type: 'string', description: 'Why the journal could not be read: skipped, with a warning, until it changes.' },
    bodyBytes: { type: 'integer', minimum: 0, description: "The byte length of the session's body (with a head only), in the bodies after the entries." },
  },
} as const;

export type IndexEntry = FromSchema<typeof indexEntrySchema>;

/** Compiled by the build into ./generated/validators.js. */
export const schemas = { indexHeader: indexHeaderSchema, indexEntry: indexEntrySchema, indexBody: sessionBodySchema } as const;
