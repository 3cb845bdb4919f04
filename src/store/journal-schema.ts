// The check every journal line passes as it is read, compiled by the build (into
// ./generated/validators.js) from the session events' schema. One relaxation: a
// field the schema does not name is let through, so a journal written by a newer
// version, with a field this one does not know, still reads. The verdict a step-ended or
// follow-up event carries (`scored`) is checked on its own: a damaged one is dropped, and the
// session scored again from what was typed, rather than the whole journal refused.
import { scoredSchema, sessionEventSchema } from '../session/events.js';

const open = sessionEventSchema.oneOf.map(({ additionalProperties: _strict, properties, ...branch }) => {
  const { scored: _checkedApart, ...rest } = properties as typeof properties & { scored?: unknown };
  return { ...branch, properties: rest };
});

export const journalEventSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string' } },
  // One branch per `type`: a bad event is told what its own type needs, not every other's.
  discriminator: { propertyName: 'type' },
  oneOf: open,
} as const;

export const schemas = { event: journalEventSchema, scored: scoredSchema } as const;
