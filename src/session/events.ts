// A session is an append-only list of events; everything else (the current step,
// time used, the scorecard) is derived by replaying them. This file is the
// contract between the engine, the journal on disk, and export/history/stats.

export type Mode = 'mock' | 'study';

/** How a step ends: /done, /skip, or its time box with --strict. */
export const endReasons = ['done', 'skip', 'timeout'] as const;
export type EndReason = (typeof endReasons)[number];

/** Milliseconds since the epoch, from the injected clock. */
export type Instant = number;

export type SessionEvent =
  | {
      type: 'started';
      at: Instant;
      /** Journal format version. */
      v: 1;
      sessionId: string;
      caseId: string;
      frameworkId: string;
      mode: Mode;
      strict: boolean;
      /** The step ids this session runs, in order (all of the framework's, or the one from --step). */
      steps: string[];
      /** 'terminal' or 'answers' (--answers FILE). */
      source: 'terminal' | 'answers';
    }
  | { type: 'step-started'; at: Instant; step: string }
  | { type: 'line'; at: Instant; step: string; text: string }
  | { type: 'hint'; at: Instant; step: string; topic: string; level: number; text: string }
  /** `facts`: the ids of the facts the reply gave. Journals written before facts had ids carry `fact`, the position of one fact or null. */
  | { type: 'question'; at: Instant; step: string; text: string; reply: string; facts?: string[]; fact?: number | null }
  | { type: 'paused'; at: Instant }
  | { type: 'resumed'; at: Instant }
  /** The process stopped (Ctrl-C, SIGTERM, SIGHUP) with the session unfinished; the clock stops here. */
  | { type: 'suspended'; at: Instant; reason: string }
  /** A later process picked the session up again; time between suspended (or the last event) and this is not counted. */
  | { type: 'reopened'; at: Instant }
  | { type: 'step-ended'; at: Instant; step: string; reason: EndReason }
  /** `probe` and `probeAnswer`: the second-level question, asked when the answer missed the follow-up's point. */
  | { type: 'follow-up'; at: Instant; step: string; topic: string; question: string; answer: string; probe?: string; probeAnswer?: string }
  | { type: 'finished'; at: Instant };

export type SessionEventType = SessionEvent['type'];
