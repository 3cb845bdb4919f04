// What export, history, stats and next read about one session: derived from its
// journal by the engine (replay + coverage), never stored as the source of truth.
// The history index caches these, so the shape is a JSON Schema, checked when the
// index is read back; the TypeScript types are derived from it.
import type { FromSchema } from 'json-schema-to-ts';
import { endReasons, flagHitSchema, modeSchema } from './events.js';

export { flagHitSchema } from './events.js';

const ms = { type: 'number' } as const;
const ids = { type: 'array', items: { type: 'string' } } as const;

export const stepSummarySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'boxMs', 'usedMs', 'overtimeMs', 'ended', 'covered', 'missed', 'hints'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    boxMs: { ...ms, description: 'The time box.' },
    usedMs: { ...ms, description: 'Clock time used in the step (pauses and dead time excluded).' },
    overtimeMs: { ...ms, description: 'max(0, usedMs - boxMs).' },
    ended: { type: ['string', 'null'], enum: [...endReasons, null], description: 'How the step ended; null when it has not (unfinished session, or not reached).' },
    covered: { ...ids, description: 'Topic ids required in the step and covered (catalogue and case topics).' },
    missed: { ...ids, description: 'Topic ids required in the step and missed.' },
    hints: { type: 'number' },
  },
} as const;

export const twistResultSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'says', 'step', 'checked', 'adapted', 'evidence', 'missing', 'answer'],
  properties: {
    id: { type: 'string' },
    says: { type: 'string', description: 'What the interviewer announced.' },
    step: { type: 'string', description: 'The step in which it was announced.' },
    checked: { ...ids, description: 'The steps whose answers after the announcement were checked (its own, and the next).' },
    adapted: { type: 'boolean', description: 'What was typed after it covers what a good adaptation mentions (the twist\'s cues).' },
    evidence: { type: ['string', 'null'], description: 'The sentence that showed the adaptation, as written.' },
    missing: { type: ['string', 'null'], description: 'When it did not adapt: what was missing.' },
    answer: { type: 'string', description: 'A model adaptation.' },
  },
} as const;

const rating = { type: 'string', enum: ['very weak', 'weak', 'strong', 'very strong'] } as const;

export const verdictSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['dimensions', 'overall', 'advice'],
  properties: {
    dimensions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'rating', 'points', 'moments'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          rating,
          points: { type: 'number', description: '0–100, by the rule in the README.' },
          moments: { type: 'array', items: { type: 'string' }, description: 'The two or three moments that decided the rating.' },
        },
      },
    },
    overall: { type: 'string', enum: ['no hire', 'lean no hire', 'lean hire', 'hire'] },
    advice: { type: 'string' },
  },
} as const;

export const sessionSummarySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'caseId', 'frameworkId', 'mode', 'strict', 'startedAt', 'finished', 'usedMs', 'score', 'steps'],
  properties: {
    id: { type: 'string' },
    caseId: { type: 'string' },
    frameworkId: { type: 'string' },
    mode: modeSchema,
    strict: { type: 'boolean' },
    startedAt: { ...ms, description: 'ms since the epoch.' },
    finished: { type: 'boolean' },
    usedMs: { ...ms, description: 'Total clock time used over all steps.' },
    score: { type: ['number', 'null'], description: 'Overall score 0–100 (formula in the README), null for a session with no step ended.' },
    pace: { type: 'number', description: 'Every time box was multiplied by this (--minutes, --pace); absent for full-length boxes.' },
    steps: { type: 'array', items: stepSummarySchema },
    flags: { type: 'array', items: flagHitSchema, description: 'Red flags found in the answers (absent in summaries of older versions).' },
    verdict: { ...verdictSchema, description: 'The verdict by dimension, as practice feedback (absent in summaries of older versions).' },
    twist: { ...twistResultSchema, description: 'The requirement change announced, and whether the answer adapted (absent when none was announced).' },
  },
} as const;

export type StepSummary = FromSchema<typeof stepSummarySchema>;
export type SessionSummary = FromSchema<typeof sessionSummarySchema>;
/** A red flag seen in an answer, with its evidence. */
export type FlagHit = FromSchema<typeof flagHitSchema>;
/** A requirement change as announced and judged. */
export type TwistResult = FromSchema<typeof twistResultSchema>;
