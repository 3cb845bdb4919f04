// The shape of each journal event, checked as a journal is read, so a damaged or
// hand-edited journal is refused with its line number instead of crashing the
// replay, the screen or an export later on. The check is the events' JSON Schema
// (session/events.ts), compiled; this turns its verdict into a short reason.
import type { ErrorObject } from 'ajv';
import type { SessionEvent } from '../session/events.js';
import { validateEvent, validateScored } from './generated/validators.js';
import { journalEventSchema } from './journal-schema.js';

interface FieldSchema {
  type?: string | readonly string[];
  pattern?: string;
  enum?: readonly string[];
}

/** What a field must be, in words. */
function expected(schema: FieldSchema | undefined): string {
  if (!schema) return 'absent';
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  if (schema.type === 'array') return 'a list of ids';
  if (schema.pattern) return 'an id (letters, digits, hyphens)';
  if (Array.isArray(schema.type)) return 'a number or null';
  return { string: 'a string', number: 'a number', boolean: 'true or false' }[schema.type as string] ?? `a ${String(schema.type)}`;
}

function reason(error: ErrorObject, event: Record<string, unknown>): string {
  // The field at fault: the first segment of the path, or the one missing.
  const field = error.keyword === 'required' ? String(error.params.missingProperty) : error.instancePath.split('/')[1];
  if (error.keyword === 'discriminator' || field === 'type') return `unknown type ${JSON.stringify(event.type)}`;
  if (field === undefined) return 'not an object';
  return `${String(event.type)}.${field} must be ${expected(fieldSchema(String(event.type), field))}`;
}

/** A field's schema in the branch for `type`. */
function fieldSchema(type: string, field: string): FieldSchema | undefined {
  const branch = journalEventSchema.oneOf.find((b) => b.properties.type.const === type);
  return (branch?.properties as Record<string, FieldSchema> | undefined)?.[field];
}

/** What is wrong with `value` as a session event, or null when it is one. */
export function checkEvent(value: unknown): string | null {
  if (validateEvent(value)) return null;
  const error = validateEvent.errors?.[0];
  if (!error || !value || typeof value !== 'object' || Array.isArray(value)) return 'not an object';
  return reason(error, value as Record<string, unknown>);
}

/** The event, less a `scored` verdict that is not well-formed: the session is then scored again from what was typed. */
export function withSoundVerdict(event: SessionEvent): SessionEvent {
  if (!('scored' in event) || event.scored === undefined || validateScored(event.scored)) return event;
  const { scored: _damaged, ...rest } = event;
  return rest as SessionEvent;
}
