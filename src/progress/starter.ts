// What to practise with no history yet: the guided first case. Apart from ./next.ts so that the
// practice menu and the content plans do not load the spaced-repetition scheduler (ts-fsrs) for it.
import { command } from '../text/command.js';
import type { CaseChoice, Recommendation } from './next.js';

// The product's guided first case (its README and `mlsd --help` walk through it).
const starter = 'visual-search';
export const difficultyRank = { easy: 0, medium: 1, hard: 2 } as const;

/** With no history: the guided first case if it is there, else the easiest; a whole session shows where you stand. */
export function starterRecommendation(cases: readonly CaseChoice[]): Recommendation | null {
  const kase =
    cases.find((c) => c.id === starter) ??
    [...cases].sort((a, b) => difficultyRank[a.difficulty] - difficultyRank[b.difficulty] || (a.id < b.id ? -1 : 1))[0];
  if (!kase) return null;
  return {
    case: { id: kase.id, title: kase.title },
    step: null,
    topic: null,
    reason: `No sessions yet, so nothing to repeat: start with a whole session of ${kase.id} (${kase.difficulty}) to see which topics you cover and which you miss.`,
    command: command(`drill ${kase.id}`),
    alsoDue: [],
  };
}
