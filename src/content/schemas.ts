// The JSON Schemas are the source of truth for the YAML content. The build writes
// them to schemas/*.schema.json (shipped, for editors) and precompiles validators
// from them; the TypeScript types below are derived from the same objects.
// One file over 250 lines on purpose: the catalogue, framework and case schemas share
// their building blocks (ids, text, cues, phases), and read best side by side.
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
    names: {
      ...texts,
      description:
        'The topic\'s own names ("a/b test", "monitoring"). A name counts only in a sentence that says more than the ' +
        'name ("A/B test of the new ranker on bookings"), never on its own or with filler ("A/B testing framework").',
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
    sections: {
      ...texts,
      description:
        'Headings that name the topic ("use case", "available data"): in a document, a line of content under such a ' +
        'heading covers the topic. Typed session lines have no headings.',
    },
    unless: {
      ...texts,
      description:
        'Words that give a sentence another sense: a sentence containing one is no evidence for the topic ' +
        '("class imbalance" said about a metric: unless "accuracy").',
    },
    asking: {
      type: 'boolean',
      description:
        'true when asking about the topic covers it ("what data and labels do we have?"). Default false: a question ' +
        'that only asks ("what is the scale?") shows nothing.',
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

/** The five parts of an interview every framework's steps map onto; the reference outline is keyed by them. */
const phase = { type: 'string', enum: ['clarify', 'frame', 'model', 'evaluate', 'deploy'] } as const;

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

/** A word or a few words, as people type them: matched on stemmed consecutive words. */
const phrase = { type: 'string', minLength: 1, maxLength: 80, pattern: '^\\S(.*\\S)?$', description: 'a word or phrase, without leading or trailing spaces' } as const;
const topicIds = { type: 'array', items: id, minItems: 1 } as const;

/** A red flag for every case: what an interviewer marks down, and how the coach sees it in an answer. */
const redFlag = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'why', 'instead'],
  description: 'Needs one of cues, shows or derived: how the coach sees the flag.',
  properties: {
    id,
    title: { ...text, description: 'The red flag in a few words ("accuracy on rare positives").' },
    why: { ...text, description: 'Why an interviewer marks it down.' },
    instead: { ...text, description: 'What to say instead.' },
    phase: { ...phase, description: 'Only look for it in the steps of this phase (default: every step).' },
    cues: { ...cues, description: 'How the flag shows in an answer; a dismissed mention ("accuracy would mislead here") does not fire.' },
    shows: { ...id, description: 'A topic id: a sentence that covers this topic shows the flag (with `before`: "a model named before any requirement").' },
    when: {
      type: 'object',
      additionalProperties: false,
      description: 'The cases the flag applies to (default: every case).',
      properties: {
        positiveRateBelow: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Only cases declaring a positive rate below this.' },
        timeDependent: { type: 'boolean', description: 'Only cases whose data is time-dependent.' },
      },
    },
    before: { ...topicIds, description: 'Fires only when said before the step covers any of these topics ("a model before any requirement").' },
    unlessCovered: { ...topicIds, description: 'Quiet when the answer covers any of these topics anywhere ("ship" with an A/B test planned).' },
    derived: {
      type: 'object',
      additionalProperties: false,
      required: ['covered', 'missed'],
      description: 'A flag read from coverage, with no cue: the first topics covered, none of the second; the evidence is the first one\'s.',
      properties: { covered: topicIds, missed: topicIds },
    },
  },
} as const;

export const topicCatalogueSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlsd topic catalogue',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title'],
  properties: {
    id,
    title: text,
    concepts: {
      type: 'object',
      propertyNames: id,
      additionalProperties: { type: 'array', items: text, minItems: 1 },
      description:
        'Shared concepts: named lists of ways to say one thing (one per line), used by any cue as "@name", e.g. ' +
        'together: [["@experiment", "@experiment-detail"]].',
    },
    synonyms: {
      type: 'object',
      propertyNames: id,
      additionalProperties: { type: 'array', items: phrase, minItems: 2 },
      description:
        'Groups of words and phrases people use for the same thing when they ask the interviewer ("kids", "children", ' +
        '"under 13"), one group per line, named by its key. A question and a case fact match on a group as on a shared word.',
    },
    numeric: {
      type: 'array',
      items: phrase,
      description:
        'Phrases that ask for a number ("how many", "what fraction"): of two facts that fit such a question equally well, ' +
        'the one whose answer gives a number answers it.',
    },
    ignore: {
      type: 'object',
      propertyNames: id,
      additionalProperties: { type: 'array', items: phrase, minItems: 1 },
      description:
        'Words that say nothing about which fact is asked for ("the", "roughly", "currently"), in named groups; the ' +
        'interviewer ignores them when it matches a question to a fact.',
    },
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
    flags: {
      type: 'array',
      minItems: 1,
      description: 'Red flags looked for in every case\'s answers, beside each case\'s own pitfalls.',
      items: redFlag,
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
          phase: {
            ...phase,
            description:
              'Which part of an interview this step is (clarify, frame, model, evaluate, deploy): where case topics, ' +
              'twists and reference bullets land when the step holds none of their catalogue topics.',
          },
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
    positiveRate: {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 1,
      description:
        'The share of examples that are positive (0.002 for card fraud). Below 0.05, accuracy as the metric is a red flag.',
    },
    timeDependent: {
      type: 'boolean',
      description: 'The data changes or leaks over time (logs, prices, fraud), so a random train/test split is a red flag.',
    },
    facts: {
      type: 'array',
      minItems: 1,
      description: 'What the interviewer answers when asked ("? how many users").',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['question', 'answer'],
        properties: {
          id: { ...id, description: 'A stable name for the fact, recorded in journals (default: its position).' },
          question: { ...text, description: 'The question this fact answers, as a candidate would ask it.' },
          answer: text,
          topics: {
            type: 'array',
            items: id,
            uniqueItems: true,
            description:
              'The topics this answer puts on the table when it answers a clarifying question ("About 300 million daily users" → scale): asking for it covers them in the clarify step. [] for none.',
          },
          keywords: { ...texts, description: 'Extra words that point a question at this fact.' },
          asks: {
            ...texts,
            description:
              'Other ways a candidate puts the question ("trips/day?", "who eats the loss on fraud?"), each matched like the fact\'s own question.',
          },
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
    examples: {
      type: 'object',
      propertyNames: id,
      additionalProperties: text,
      description:
        'A worked example per topic id, in this case\'s terms: the last rung of /hint, replacing the catalogue\'s generic one.',
    },
    notApplicable: {
      type: 'object',
      propertyNames: id,
      additionalProperties: { type: 'string', minLength: 10, maxLength: 400 },
      description:
        'Catalogue topics that do not fit this case, each with a one-line reason ("an offline batch job: no online experiment"). ' +
        'They are not required, and the scorecard shows the reason.',
    },
    followups: {
      type: 'array',
      description: 'Interviewer follow-up questions, each probing a topic (catalogue or case).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['topic', 'question'],
        properties: {
          topic: id,
          question: text,
          answer: { ...text, description: 'A model answer, shown after the session.' },
          probe: {
            type: 'object',
            additionalProperties: false,
            required: ['question'],
            description: 'A second-level question, asked when the answer to the follow-up misses its point.',
            properties: {
              question: text,
              cues: { ...cues, description: 'What an answer must show not to need the probe (default: the follow-up topic\'s cues).' },
            },
          },
        },
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
    pitfalls: {
      type: 'array',
      description:
        'What interviewers mark down in this case. Written with cues, a pitfall is a red flag the coach detects in what ' +
        'the candidate typed; written as plain text, it is only shown in the brief.',
      items: {
        anyOf: [
          text,
          {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'title', 'why', 'instead', 'cues'],
            properties: {
              id,
              title: { ...text, description: 'The red flag in a few words ("optimising clicks alone").' },
              why: { ...text, description: 'Why an interviewer marks it down.' },
              instead: { ...text, description: 'What to say instead.' },
              phase: { ...phase, description: 'Only look for it in the steps of this phase (default: every step).' },
              cues: {
                ...cues,
                description: 'How the flag shows in an answer; a dismissed mention ("accuracy would mislead here") does not fire.',
              },
            },
          },
        ],
      },
    },
    twists: {
      type: 'array',
      description: 'Requirement changes the interviewer announces mid-session, and what a good adaptation mentions.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'phase', 'minute', 'says', 'cues', 'answer'],
        properties: {
          id,
          phase: { ...phase, description: 'The part of the interview in which it is announced.' },
          minute: { type: 'number', minimum: 0, maximum: 60, description: 'Minutes into that step.' },
          says: { ...text, description: 'What the interviewer says.' },
          cues: { ...cues, description: 'What an answer that adapts mentions.' },
          answer: { ...text, description: 'A model adaptation, shown after the session.' },
        },
      },
    },
    questions: {
      type: 'array',
      description:
        'Clarifying questions as candidates asked them, each with the facts a right reply gives: a question asked much like one of these is answered as it was.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['ask', 'facts'],
        properties: {
          ask: { ...text, description: 'The question, as it was typed.' },
          facts: { type: 'array', items: id, description: 'The ids of the facts that answer it, in the order asked; [] when none does (the reply: assume).' },
          or: { type: 'array', items: { type: 'array', items: id }, description: 'Other replies a strict but fair interviewer would also accept (for measuring).' },
          from: { ...id, description: 'The set of questions it came from, so that measuring can leave that set out.' },
        },
      },
    },
  },
} as const;

export type TopicCatalogueDoc = FromSchema<typeof topicCatalogueSchema>;
export type FrameworkDoc = FromSchema<typeof frameworkSchema>;
export type CaseDoc = FromSchema<typeof caseSchema>;
export type Cues = FromSchema<typeof cues>;
export type Phase = FromSchema<typeof phase>;
export type RedFlagDoc = FromSchema<typeof redFlag>;

export type ContentKind = 'topics' | 'framework' | 'case';

/** The document type of each kind of content file, as its schema checks it. */
export type DocOf<K extends ContentKind> = K extends 'case' ? CaseDoc : K extends 'framework' ? FrameworkDoc : TopicCatalogueDoc;

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
