import type { CaseDoc, Cues, Phase } from './schemas.js';

/** A topic the coverage checker can look for: from the catalogue, or specific to a case. */
export interface Topic {
  id: string;
  title: string;
  /** What an answer must say for the topic to count as covered. */
  covers: string;
  hints: string[];
  cues: Cues;
  /** The file that defined it. */
  file: string;
  /** For a case topic: the case, and the catalogue topic whose step it joins. */
  caseId?: string;
  near?: string;
}

export interface FrameworkStep {
  id: string;
  title: string;
  minutes: number;
  goal?: string;
  /** The part of an interview this step is, when the framework says. */
  phase?: Phase;
  questions: string[];
  topicIds: string[];
}

export interface Framework {
  id: string;
  title: string;
  description?: string;
  steps: FrameworkStep[];
  file: string;
}

export type ReferencePhase = Phase;
export const referencePhases: readonly ReferencePhase[] = ['clarify', 'frame', 'model', 'evaluate', 'deploy'];

export interface Fact {
  /** Stable within the case: the one given, or `fact-N` by position (1-based). */
  id: string;
  question: string;
  answer: string;
  /** The topics this answer puts on the table when it answers a clarifying question; absent when the case does not say. */
  topics?: string[];
  keywords: string[];
  /** Other ways a candidate puts the question, matched like `question` itself. */
  asks: string[];
}

/** A clarifying question as a candidate asked it, and the facts a right reply gives ([] for "assume"). */
export interface AskedQuestion {
  ask: string;
  facts: string[];
  /** Other replies a fair interviewer would accept. */
  or: string[][];
  /** The set of questions it came from. */
  from?: string;
}

export interface FollowUpSpec {
  topic: string;
  question: string;
  /** A model answer, shown after the session. */
  answer?: string;
  /** Asked when the answer to the follow-up misses its point. */
  probe?: { question: string; cues?: Cues };
}

/** A red flag the coach looks for in what the candidate typed; without cues, only shown in the brief. */
export interface Pitfall {
  id: string;
  title: string;
  why?: string;
  instead?: string;
  phase?: Phase;
  cues?: Cues;
}

/** A requirement change announced mid-session. */
export interface Twist {
  id: string;
  phase: Phase;
  minute: number;
  says: string;
  cues: Cues;
  answer: string;
}

export interface Case {
  id: string;
  title: string;
  question: string;
  difficulty: CaseDoc['difficulty'];
  tags: string[];
  summary?: string;
  /** Share of positive examples, when the case says (for the accuracy-on-rare-positives flag). */
  positiveRate?: number;
  /** The data is time-dependent (for the random-split flag). */
  timeDependent: boolean;
  facts: Fact[];
  topics: Topic[];
  /** Worked hint examples in this case's terms, by topic id. */
  examples: Record<string, string>;
  /** Catalogue topics that do not apply to this case, with the reason. */
  notApplicable: Record<string, string>;
  followups: FollowUpSpec[];
  reference: Partial<Record<ReferencePhase, string[]>>;
  pitfalls: Pitfall[];
  twists: Twist[];
  /** Questions candidates asked, with the facts that answer each. */
  questions: AskedQuestion[];
  file: string;
}

/** How people ask the interviewer, from the catalogue files' `synonyms` and `ignore` sections. */
export interface Vocabulary {
  /** Groups of words and phrases that mean the same thing in a question, by group name. */
  synonyms: Map<string, string[]>;
  /** Words that say nothing about which fact is asked for. */
  ignore: string[];
  /** Phrases that ask for a number ("how many"). */
  numeric: string[];
  /** What the catalogue's topics say (title, what covers them, hints): the words every design uses. */
  background: string[];
}

/** A red flag for every case, from a catalogue file's `flags:`. */
export interface CatalogueFlag {
  id: string;
  title: string;
  why: string;
  instead: string;
  phase?: Phase;
  cues?: Cues;
  /** A topic id: a sentence covering it, or naming it (its `names` alone), shows the flag. */
  shows?: string;
  when?: { positiveRateBelow?: number; timeDependent?: boolean };
  /** Topic ids: fires only when said before the step covers one of them. */
  before?: string[];
  /** Topic ids: quiet when the answer covers one of them anywhere. */
  unlessCovered?: string[];
  /** Read from coverage instead of cues: the `covered` topics shown, none of the `missed` ones. */
  derived?: { covered: string[]; missed: string[] };
  file: string;
}

/** A red flag made concrete for one plan: a catalogue flag that applies to the case, or a case pitfall with cues. */
export interface PlannedFlag {
  id: string;
  title: string;
  why: string;
  instead: string;
  source: 'catalogue' | 'case';
  /** The steps it is looked for in (all, unless the flag names a phase). */
  steps: string[];
  /** What shows the flag in a sentence: its own cues, or a topic's. */
  cues?: Cues;
  before: Topic[];
  unlessCovered: Topic[];
  derived?: { covered: Topic[]; missed: Topic[] };
}

export interface Catalogue {
  topics: Map<string, Topic>;
  /** Red flags for every case. */
  flags: CatalogueFlag[];
  files: string[];
  /** Shared cue concepts ("@name"), from every catalogue file. */
  concepts: Record<string, string[]>;
  /** Absent when no catalogue file defines any. */
  vocabulary?: Vocabulary;
  /** The phase each catalogue topic belongs to, from the default framework: where a case topic near it goes. */
  homePhases?: Map<string, Phase>;
}

/** A framework step made concrete for one case: every topic it requires, catalogue and case ones. */
export interface PlannedStep {
  id: string;
  title: string;
  minutes: number;
  /** Minutes of the framework's steps before this one: where its box starts on the framework's clock (0 when absent). */
  startMinute?: number;
  goal?: string;
  /** The part of the interview the framework says this step is. */
  phase?: Phase;
  questions: string[];
  topics: Topic[];
  /** The topics each case fact puts on the table, by fact id (those the case tags): a clarifying question it answers covers them. */
  factTopics?: ReadonlyMap<string, readonly string[]>;
}

export interface Plan {
  framework: Framework;
  case?: Case;
  steps: PlannedStep[];
  vocabulary?: Vocabulary;
  /** Case topics the framework has no step for (neither their `near` topic nor its phase). */
  unplaced?: Topic[];
  /** Catalogue topics of the framework that the case marks not applicable, so not required. */
  notRequired?: Topic[];
  /** The red flags looked for (absent in plans built by hand, e.g. in tests: then none). */
  flags?: PlannedFlag[];
}
