// The JSON Schemas are the source of truth for the YAML content. The build writes
// them to schemas/*.schema.json (shipped, for editors) and precompiles validators
// from them; the TypeScript types below are derived from the same objects.
import type { FromSchema } from 'json-schema-to-ts';

const id = {
  type: 'string',
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  maxLength: 64,
  description: 'lower-case letters, digits and single hyphens',
} as const;

const text = { type: 'string', minLength: 1, maxLength: 20000 } as const;
const texts = { type: 'array', items: text } as const;

const cues = {
  type: 'object',
  additionalProperties: false,
  description:
    'How the coverage checker recognises the topic in an answer. A sentence covers the topic when it matches a phrase, ' +
    'all parts of a group, or a pattern, and is not a dismissal, a placeholder, or one of the excluded look-alikes.',
  properties: {
    phrases: {
      ...texts,
      description:
        'Words or phrases that show the topic on their own ("a/b test", "holdout group"). Matched on normalised, ' +
        'stemmed, consecutive words, so inflections match. "a|b" gives alternatives, "word*" a word prefix, ' +
        '"..." a gap of up to four words.',
    },
    together: {
      type: 'array',
      items: { type: 'array', items: text, minItems: 2 },
      description:
        'Groups of phrases that show the topic only when all of them appear in one sentence; each phrase may have ' +
        'alternatives ("online|live|after launch").',
    },
    patterns: {
      ...texts,
      description: 'Case-insensitive regular expressions tested against a sentence (e.g. "\\\\bndcg(@\\\\d+)?\\\\b").',
    },
    exclude: {
      ...texts,
      description: 'Look-alike phrases that must not count ("feature request", "label the button").',
    },
    negatable: {
      type: 'boolean',
      description:
        'false when the topic is often stated with a negation ("no PII in features", "out of scope: live video"), ' +
        'so a negated cue still counts; placeholders ("TBD") never count. Default true: "we won\'t need an A/B test" ' +
        'does not cover A/B testing.',
    },
  },
} as const;

const topicProperties = {
  id,
  title: text,
  covers: { ...text, description: 'What an answer must say for the topic to count as covered.' },
  hints: {
    type: 'array',
    items: text,
    minItems: 1,
    maxItems: 5,
    description: 'A ladder of hints, from a gentle nudge to a near-answer.',
  },
  cues,
} as const;

export const topicCatalogueSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlsd topic catalogue',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'topics'],
  properties: {
    id,
    title: text,
    topics: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'covers', 'hints', 'cues'],
        properties: topicProperties,
      },
    },
  },
} as const;

export const frameworkSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlsd framework',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'steps'],
  properties: {
    id,
    title: text,
    description: text,
    steps: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'minutes', 'topics'],
        properties: {
          id,
          title: text,
          minutes: { type: 'number', exclusiveMinimum: 0, maximum: 240 },
          goal: text,
          questions: { ...texts, description: 'Guiding questions shown in study mode.' },
          topics: { type: 'array', items: id, description: 'Ids of catalogue topics required in this step.' },
        },
      },
    },
  },
} as const;

export const caseSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlsd case',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'question', 'difficulty', 'tags', 'facts'],
  properties: {
    id,
    title: text,
    question: { ...text, description: 'The interview question, as an interviewer would say it.' },
    difficulty: { type: 'string', enum: ['easy', 'medium', 'hard'] },
    tags: { type: 'array', items: id },
    summary: text,
    facts: {
      type: 'array',
      minItems: 1,
      description: 'What the interviewer answers when asked ("? how many users").',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['ask', 'answer'],
        properties: {
          ask: { ...text, description: 'A question a candidate would ask.' },
          answer: text,
          keywords: { ...texts, description: 'Extra words that point a question at this fact.' },
        },
      },
    },
    topics: {
      type: 'array',
      description: 'Case-specific topics, required on top of the framework\'s.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'covers', 'hints', 'cues', 'near'],
        properties: {
          ...topicProperties,
          near: {
            ...id,
            description: 'A catalogue topic id: the case topic is required in whichever framework step holds it.',
          },
        },
      },
    },
    followups: {
      type: 'array',
      description: 'Interviewer follow-up questions, each probing a topic (catalogue or case).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['topic', 'question'],
        properties: { topic: id, question: text },
      },
    },
    reference: {
      type: 'object',
      description: 'What a strong answer says, per step of the default framework, as bullets.',
      additionalProperties: false,
      properties: {
        clarify: texts,
        frame: texts,
        model: texts,
        evaluate: texts,
        deploy: texts,
      },
    },
    pitfalls: { ...texts, description: 'What interviewers mark down in this case.' },
  },
} as const;

export type TopicCatalogueDoc = FromSchema<typeof topicCatalogueSchema>;
export type FrameworkDoc = FromSchema<typeof frameworkSchema>;
export type CaseDoc = FromSchema<typeof caseSchema>;
export type Cues = FromSchema<typeof cues>;

export type ContentKind = 'topics' | 'framework' | 'case';

export const schemas = {
  topics: topicCatalogueSchema,
  framework: frameworkSchema,
  case: caseSchema,
} as const;

/** File names the build writes under schemas/. */
export const schemaFiles: Record<ContentKind, string> = {
  topics: 'topics.schema.json',
  framework: 'framework.schema.json',
  case: 'case.schema.json',
};
