// A session is an append-only list of events; everything else (the current step,
// time used, the scorecard) is derived by replaying them. This file is the
// contract between the engine, the journal on disk, and export/history/stats:
// one JSON Schema, from which the TypeScript types follow and the store's check
// of every journal line is compiled (store/journal-schema.ts).
import type { FromSchema } from 'json-schema-to-ts';

/** How a step ends: /done, /skip, or its time box with --strict. */
export const endReasons = ['done', 'skip', 'timeout'] as const;
export type EndReason = (typeof endReasons)[number];

const instant = { type: 'number', description: 'Milliseconds since the epoch, from the injected clock.' } as const;
// Case, framework, step, topic and session ids are printed and used to find files: held to their alphabet.
const id = { type: 'string', pattern: '^[A-Za-z0-9-]{0,200}$' } as const;
const ids = { type: 'array', items: id } as const;
const text = { type: 'string' } as const;
/** mock: like a real interview; study: hints and a live coverage meter. */
const followUpProperties = {
  step: id,
  topic: id,
  question: text,
  answer: text,
  probe: { ...text, description: 'The second-level question, asked when the answer missed the follow-up\'s point.' },
  probeAnswer: text,
} as const;

export const modeSchema = { type: 'string', enum: ['mock', 'study'] } as const;
const source = { type: 'string', enum: ['terminal', 'answers'], description: 'A terminal, or an answers file (--answers FILE).' } as const;

/** A red flag as the coach reported it, with its evidence. */
export const flagHitSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'why', 'instead', 'source', 'step', 'evidence'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    why: { type: 'string', description: 'Why an interviewer marks it down.' },
    instead: { type: 'string', description: 'What to say instead.' },
    source: { type: 'string', enum: ['catalogue', 'case'] },
    step: { type: 'string', description: 'The step whose answer showed it.' },
    evidence: { type: 'string', description: 'The sentence that showed it, as written.' },
  },
} as const;

/**
 * The verdict as the coach gave it when a step's answer was complete (its end, or the answer to its
 * follow-up): the step's coverage, and the session's red flags over all typed so far. History reads
 * it instead of running the checker again over every journal; absent in older journals, and a damaged
 * one is ignored (the journal reader drops it), so those are scored again from what was typed.
 */
export const scoredSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['covered', 'missed', 'flags'],
  properties: {
    covered: { ...ids, description: 'The step\'s required topics its answer covered.' },
    missed: { ...ids, description: 'The step\'s required topics it missed.' },
    depth: {
      type: 'object',
      propertyNames: id,
      additionalProperties: text,
      description: 'Per covered topic whose evidence showed depth (a number, a reason, a named method), the first such sentence: what the verdict reads.',
    },
    flags: { type: 'array', items: flagHitSchema },
  },
} as const;

/** One kind of event: its `type`, the instant it happened, and what else it carries. */
const event = <const T extends string, const P extends Record<string, object>, const R extends readonly (keyof P & string)[]>(
  type: T,
  properties: P,
  required: R,
  description?: string,
) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['type', 'at', ...required],
    properties: { type: { const: type }, at: instant, ...properties },
    ...(description === undefined ? {} : { description }),
  }) as const;

export const sessionEventSchema = {
  oneOf: [
    event(
      'started',
      {
        v: { type: 'number', description: 'Journal format version (1).' },
        sessionId: id,
        caseId: id,
        frameworkId: id,
        mode: modeSchema,
        strict: { type: 'boolean' },
        steps: { ...ids, description: 'The step ids this session runs, in order (all of the framework\'s, or the one from --step).' },
        source,
        twist: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'step', 'minute'],
          properties: { id, step: id, minute: { type: 'number', description: 'Minutes into the step at which it is announced.' } },
          description: 'The requirement change this session announces (absent: none; older journals never had one).',
        },
        pace: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'Every time box multiplied by this (--pace F, or --minutes N over the boxes\' total); absent in older journals: 1.',
        },
      },
      ['v', 'sessionId', 'caseId', 'frameworkId', 'mode', 'strict', 'steps', 'source'],
    ),
    event('step-started', { step: id }, ['step']),
    event('line', { step: id, text }, ['step', 'text']),
    event('hint', { step: id, topic: id, level: { type: 'number' }, text }, ['step', 'topic', 'level', 'text']),
    event(
      'question',
      {
        step: id,
        text,
        reply: text,
        facts: { ...ids, description: 'The ids of the facts the reply gave.' },
        fact: { type: ['number', 'null'], description: 'Journals written before facts had ids: the position of one fact, or null.' },
      },
      ['step', 'text', 'reply'],
    ),
    event(
      'amended',
      {
        step: id,
        line: { type: 'integer', minimum: 0, description: 'The line\'s position among the step\'s lines (0 first) when amended.' },
        text,
      },
      ['step', 'line', 'text'],
      'A line of the answer corrected (/edit) or withdrawn (/undo: text ""). The original stays in the journal above; replay uses the amendment.',
    ),
    event('paused', {}, []),
    event('resumed', {}, []),
    event('suspended', { reason: text }, ['reason'], 'The process stopped (Ctrl-C, SIGTERM, SIGHUP) with the session unfinished; the clock stops here.'),
    event('reopened', {}, [], 'A later process picked the session up again; time between suspended (or the last event) and this is not counted.'),
    event('step-ended', { step: id, reason: { type: 'string', enum: endReasons }, scored: scoredSchema }, ['step', 'reason']),
    event('follow-up', { ...followUpProperties, scored: scoredSchema }, ['step', 'topic', 'question', 'answer']),
    event(
      'follow-up-draft',
      followUpProperties,
      ['step', 'topic', 'question', 'answer'],
      'What was typed of the follow-up when the process stopped: a half-typed answer, or a whole one and the probe\'s half-typed answer. Resume puts it back in the prompt.',
    ),
    event(
      'twist',
      { step: id, id, says: { ...text, description: 'What the interviewer said, as announced.' } },
      ['step', 'id', 'says'],
      'The interviewer announced a requirement change in this step.',
    ),
    event('finished', {}, []),
  ],
} as const;

export type SessionEvent = FromSchema<typeof sessionEventSchema>;
export type SessionEventType = SessionEvent['type'];
export type Mode = Extract<SessionEvent, { type: 'started' }>['mode'];
export type Source = Extract<SessionEvent, { type: 'started' }>['source'];
/** The requirement change a session plans to announce: which, in which step, how many minutes in. */
export type PlannedTwist = NonNullable<Extract<SessionEvent, { type: 'started' }>['twist']>;

/** Milliseconds since the epoch, from the injected clock. */
export type Instant = number;
/** A step's verdict as given (see scoredSchema). */
export type Scored = FromSchema<typeof scoredSchema>;
