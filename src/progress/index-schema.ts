// What the history index (<data>/index.jsonl, laid out in ./index-file.ts) holds: a header naming the
// format and what the cache depends on, then the entries — per journal its size and time, and the
// session's head: what `history` lists (as columns, one array per field) — then each session's body (steps, red flags, verdict), read
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
    heads: { type: 'integer', minimum: 0, description: 'The byte length of the entries line, which follows the header line.' },
  },
} as const;

/** A journal the index holds no session for, and why it could not be read: skipped, with a warning, until it changes. */
const unreadSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'size', 'mtimeMs', 'error'],
  properties: {
    name: { type: 'string', description: 'The journal file name.' },
    size: { type: 'number' },
    mtimeMs: { type: 'number' },
    error: { type: 'string', description: 'Why the journal could not be read.' },
  },
} as const;

/** One array per field, each holding the field of every session in the same order. */
const columnsOf = <const P extends Record<string, object>>(properties: P) =>
  Object.fromEntries(Object.entries(properties).map(([key, items]) => [key, { type: 'array', items }])) as { [K in keyof P]: { type: 'array'; items: P[K] } };

/** A position in the `shared` strings. */
const shared = { type: 'integer', minimum: 0, description: 'The position of the string in `shared`.' } as const;

/**
 * The sessions of the index as columns: what an entry per session held (the journal's name, size and time,
 * the content stamp, the head, the body's length), one array per field, and the case, framework and
 * content stamp, which many sessions share, as positions in one list of those strings. History reads
 * 10,000 sessions: an object per session repeated every key and every case id, and parsing, checking and
 * keeping those was most of its time.
 */
export const sessionColumnsSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...sessionHeadSchema.required, 'pace', 'name', 'size', 'mtimeMs', 'content', 'bodyBytes', 'shared'],
  properties: {
    shared: { type: 'array', items: { type: 'string' }, description: 'Each case id, framework id and content stamp of the sessions, once.' },
    ...columnsOf({
      ...headProperties,
      caseId: shared,
      frameworkId: shared,
      stepCount: sessionHeadSchema.properties.stepCount,
      stepsEnded: sessionHeadSchema.properties.stepsEnded,
      pace: { type: ['number', 'null'], description: 'null for full-length boxes (the head has no pace).' },
      name: { type: ['string', 'null'], description: 'The journal file name; null when it is the session id and ".jsonl".' },
      size: { type: 'number' },
      mtimeMs: { type: 'number' },
      content: { ...shared, description: 'The content stamp the summary was made against (its position in `shared`).' },
      bodyBytes: { type: 'integer', minimum: 0, description: "The byte length of the session's body, in the bodies after the entries." },
    }),
  },
} as const;

/** The entries part of the index: the sessions as columns, and the journals that could not be read. */
export const indexEntriesSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['sessions', 'unread'],
  properties: {
    sessions: sessionColumnsSchema,
    unread: { type: 'array', items: unreadSchema },
  },
} as const;

export type SessionColumns = FromSchema<typeof sessionColumnsSchema>;
export type UnreadEntry = FromSchema<typeof unreadSchema>;
export type IndexEntries = FromSchema<typeof indexEntriesSchema>;

/** A journal as the index keys it, and what it holds of it: a session's head (and its body, stored apart) or why it could not be read. */
export type IndexEntry = { name: string; size: number; mtimeMs: number } & ({ content: string; head: SessionHead; error?: undefined } | { error: string; head?: undefined });

/** Compiled by the build into ./generated/validators.js. */
export const schemas = { indexHeader: indexHeaderSchema, indexEntries: indexEntriesSchema, indexBody: sessionBodySchema } as const;
