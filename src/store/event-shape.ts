// The shape of each journal event, checked as a journal is read, so a damaged or
// hand-edited journal is refused with its line number instead of crashing the
// replay, the screen or an export later on.

// 'id': a case, framework, step, topic or session id — printed and used to find files, so held to their alphabet.
type Kind = 'string' | 'number' | 'boolean' | 'number|null' | 'id' | 'ids';
/** A field that may be absent (older or newer journals). */
type Optional = `${Kind}?`;

const ID = /^[A-Za-z0-9-]{0,200}$/;

const fields: Record<string, Record<string, Kind | Optional>> = {
  started: { at: 'number', v: 'number', sessionId: 'id', caseId: 'id', frameworkId: 'id', mode: 'string', strict: 'boolean', steps: 'ids', source: 'string' },
  'step-started': { at: 'number', step: 'id' },
  line: { at: 'number', step: 'id', text: 'string' },
  hint: { at: 'number', step: 'id', topic: 'id', level: 'number', text: 'string' },
  // `facts` (ids) since facts have ids; `fact` (a position) in journals written before.
  question: { at: 'number', step: 'id', text: 'string', reply: 'string', facts: 'ids?', fact: 'number|null?' },
  paused: { at: 'number' },
  resumed: { at: 'number' },
  suspended: { at: 'number', reason: 'string' },
  reopened: { at: 'number' },
  'step-ended': { at: 'number', step: 'id', reason: 'string' },
  // `probe` and `probeAnswer` since follow-ups probe; absent in journals written before.
  'follow-up': { at: 'number', step: 'id', topic: 'id', question: 'string', answer: 'string', probe: 'string?', probeAnswer: 'string?' },
  finished: { at: 'number' },
};

const is = (value: unknown, kind: Kind): boolean => {
  switch (kind) {
    case 'id':
      return typeof value === 'string' && ID.test(value);
    case 'ids':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && ID.test(v));
    case 'number|null':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === kind;
  }
};

const kindWords: Record<Kind, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  'number|null': 'a number or null',
  id: 'an id (letters, digits, hyphens)',
  ids: 'a list of ids',
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
  for (const [name, field] of Object.entries(fields[type]!)) {
    const kind = field.replace(/\?$/, '') as Kind;
    if (field.endsWith('?') && event[name] === undefined) continue;
    if (!is(event[name], kind)) return `${type}.${name} must be ${kindWords[kind]}`;
    const allowed = enums[name];
    if (allowed && type !== 'suspended' && !allowed.includes(event[name] as string)) return `${type}.${name} must be one of ${allowed.join(', ')}`;
  }
  return null;
}
