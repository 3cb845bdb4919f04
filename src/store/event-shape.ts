// The shape of each journal event, checked as a journal is read, so a damaged or
// hand-edited journal is refused with its line number instead of crashing the
// replay, the screen or an export later on.

type Kind = 'string' | 'number' | 'boolean' | 'strings' | 'number|null';

const fields: Record<string, Record<string, Kind>> = {
  started: { at: 'number', v: 'number', sessionId: 'string', caseId: 'string', frameworkId: 'string', mode: 'string', strict: 'boolean', steps: 'strings', source: 'string' },
  'step-started': { at: 'number', step: 'string' },
  line: { at: 'number', step: 'string', text: 'string' },
  hint: { at: 'number', step: 'string', topic: 'string', level: 'number', text: 'string' },
  question: { at: 'number', step: 'string', text: 'string', reply: 'string', fact: 'number|null' },
  paused: { at: 'number' },
  resumed: { at: 'number' },
  suspended: { at: 'number', reason: 'string' },
  reopened: { at: 'number' },
  'step-ended': { at: 'number', step: 'string', reason: 'string' },
  'follow-up': { at: 'number', step: 'string', topic: 'string', question: 'string', answer: 'string' },
  finished: { at: 'number' },
};

const is = (value: unknown, kind: Kind): boolean => {
  switch (kind) {
    case 'strings':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'number|null':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === kind;
  }
};

const enums: Record<string, readonly string[]> = {
  mode: ['mock', 'study'],
  source: ['terminal', 'answers'],
  reason: ['done', 'skip', 'timeout'],
};

/** What is wrong with `value` as a session event, or null when it is one. */
export function checkEvent(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not an object';
  const event = value as Record<string, unknown>;
  const type = event.type;
  if (typeof type !== 'string' || !Object.hasOwn(fields, type)) return `unknown type ${JSON.stringify(type)}`;
  for (const [name, kind] of Object.entries(fields[type]!)) {
    if (!is(event[name], kind)) return `${type}.${name} must be ${kind === 'strings' ? 'a list of strings' : `a ${kind}`}`;
    const allowed = enums[name];
    if (allowed && type !== 'suspended' && !allowed.includes(event[name] as string)) return `${type}.${name} must be one of ${allowed.join(', ')}`;
  }
  return null;
}
