// Reference checks for a file that failed its schema, so one run of `mlsd validate` says
// both "minutes: must be a number" and "unknown topic" instead of the second only after
// the first is fixed. The raw data is read loosely: only the ids references are made of,
// positions kept (messages point into the file), anything of the wrong shape replaced by
// a placeholder no reference can match; what the checks say about a placeholder is
// dropped by the caller, since the schema error at that place already says it.
import type { Case, Framework } from './model.js';

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** Marks a value of the wrong shape: no id contains it, and a message naming it is dropped. */
export const PLACEHOLDER = '\u0000';

/** A string as is; anything else a placeholder unique to its place, never equal to an id. */
const text = (value: unknown, place: string): string => (typeof value === 'string' ? value : `${PLACEHOLDER}${place}`);
const ids = (value: unknown, key: string) => list(value).map((item, i) => ({ id: text(record(item).id, `${key}${i}`) }));

/** The framework as far as its references go: step ids and topic ids. */
export function looseFramework(data: unknown): Framework {
  const doc = record(data);
  return {
    id: text(doc.id, 'id'),
    title: '',
    file: '',
    steps: list(doc.steps).map((raw, i) => {
      const step = record(raw);
      return { id: text(step.id, `step${i}`), title: '', minutes: 0, questions: [], topicIds: list(step.topics).map((t, j) => text(t, `topic${i}.${j}`)) };
    }),
  };
}

/** The case as far as its references go: its topics, and the ids and topic names its lists use. */
export function looseCase(data: unknown): Case {
  const doc = record(data);
  const strings = (value: unknown) => Object.fromEntries(Object.entries(record(value)).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
  return {
    id: text(doc.id, 'id'),
    title: '',
    question: '',
    difficulty: 'medium',
    tags: [],
    timeDependent: false,
    file: '',
    facts: list(doc.facts).map((raw, i) => {
      const fact = record(raw);
      return {
        id: text(fact.id, `fact${i}`),
        question: '',
        answer: '',
        ...(Array.isArray(fact.topics) ? { topics: fact.topics.map((t, j) => text(t, `fact${i}.topic${j}`)) } : {}),
        keywords: [],
        asks: [],
      };
    }),
    topics: list(doc.topics).map((raw, i) => {
      const topic = record(raw);
      return { id: text(topic.id, `topic${i}`), near: typeof topic.near === 'string' ? topic.near : undefined, title: '', covers: '', hints: [], cues: {}, file: '' };
    }),
    examples: strings(doc.examples),
    notApplicable: strings(doc.notApplicable),
    followups: list(doc.followups).map((f, i) => ({ topic: text(record(f).topic, `followup${i}`), question: '' })),
    reference: {},
    pitfalls: ids(doc.pitfalls, 'pitfall').map((p) => ({ ...p, title: '' })),
    twists: ids(doc.twists, 'twist').map((t) => ({ ...t, phase: 'clarify' as const, minute: 0, says: '', cues: {}, answer: '' })),
    questions: list(doc.questions).map((raw) => {
      const q = record(raw);
      const named = (value: unknown) => list(value).filter((x): x is string => typeof x === 'string');
      return { ask: '', facts: named(q.facts), or: list(q.or).map(named) };
    }),
  };
}
