// `mlsd export --format json`: the full session, in a shape that stays stable
// (documented in the README). `events` is the journal itself, so a consumer can
// replay it; `summary` and `steps` are derived from it and given for convenience.
import type { SessionEvent } from '../session/events.js';
import type { SessionSummary } from '../session/summary.js';
import type { SessionView } from './session-view.js';

export interface SessionExport {
  format: 'mlsd-session';
  version: 1;
  summary: SessionSummary;
  steps: {
    id: string;
    answer: string;
    topics: { id: string; title: string; covered: boolean; evidence: string[] }[];
  }[];
  events: SessionEvent[];
}

export function sessionExport(view: SessionView): SessionExport {
  return {
    format: 'mlsd-session',
    version: 1,
    summary: view.summary,
    steps: view.steps.map((step) => ({
      id: step.summary.id,
      answer: step.answer.join('\n'),
      topics: step.topics.map((t) => ({ id: t.id, title: t.title, covered: t.covered, evidence: t.evidence })),
    })),
    events: [...view.events],
  };
}

export const sessionJson = (view: SessionView): string => `${JSON.stringify(sessionExport(view), null, 2)}\n`;
