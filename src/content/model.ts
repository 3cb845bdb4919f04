import type { CaseDoc, Cues } from './schemas.js';

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

export type ReferencePhase = 'clarify' | 'frame' | 'model' | 'evaluate' | 'deploy';
export const referencePhases: readonly ReferencePhase[] = ['clarify', 'frame', 'model', 'evaluate', 'deploy'];

export interface Case {
  id: string;
  title: string;
  question: string;
  difficulty: CaseDoc['difficulty'];
  tags: string[];
  summary?: string;
  facts: { ask: string; answer: string; keywords: string[] }[];
  topics: Topic[];
  followups: { topic: string; question: string }[];
  reference: Partial<Record<ReferencePhase, string[]>>;
  pitfalls: string[];
  file: string;
}

export interface Catalogue {
  topics: Map<string, Topic>;
  files: string[];
}

/** A framework step made concrete for one case: every topic it requires, catalogue and case ones. */
export interface PlannedStep {
  id: string;
  title: string;
  minutes: number;
  goal?: string;
  questions: string[];
  topics: Topic[];
}

export interface Plan {
  framework: Framework;
  case?: Case;
  steps: PlannedStep[];
}
