// The check every journal line passes as it is read, compiled by the build (into
// ./generated/validators.js) from the session events' schema. One relaxation: a
// field the schema does not name is let through, so a journal written by a newer
// version, with a field this one does not know, still reads.
import { sessionEventSchema } from '../session/events.js';

const open = sessionEventSchema.oneOf.map(({ additionalProperties: _strict, ...branch }) => branch);

export const journalEventSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string' } },
  // One branch per `type`: a bad event is told what its own type needs, not every other's.
  discriminator: { propertyName: 'type' },
  oneOf: open,
} as const;

export const schemas = { event: journalEventSchema } as const;
