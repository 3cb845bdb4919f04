// The verdict dimension to work on: the one with the lowest mean points over recent
// sessions, named only when it has been rated often enough to mean something. Pure.
import { communicationDimension, dimensions } from '../session/verdict.js';
import type { SessionRecord } from './index-schema.js';

/** Sessions looked at, newest first, and how many of them must rate a dimension before it is named. */
export const dimensionWindow = 5;
export const enoughRatings = 3;
/** At or above this mean (the verdict's "strong"), no dimension needs drilling more than the others. */
const strong = 60;

export interface DimensionFocus {
  id: string;
  title: string;
  meanPoints: number;
  /** Sessions in the window that rated it. */
  sessions: number;
  /** The catalogue topics it is rated on (none for communication and time). */
  topics: readonly string[];
}

/** The weakest dimension lately, or null, with a coach's line on it either way (for a focus, without what to do about it). */
export function weakestDimension(summaries: readonly SessionRecord[]): { focus: DimensionFocus | null; note: string } {
  const recent = summaries
    .filter((s) => s.verdict !== undefined)
    .sort((a, b) => b.startedAt - a.startedAt)
    .slice(0, dimensionWindow);
  const points = new Map<string, { title: string; points: number[] }>();
  for (const session of recent) {
    for (const d of session.verdict!.dimensions) {
      const seen = points.get(d.id) ?? { title: d.title, points: [] };
      seen.points.push(d.points);
      points.set(d.id, seen);
    }
  }
  const rated = [...points.entries()]
    .filter(([, d]) => d.points.length >= enoughRatings)
    .map(([id, d]) => ({ id, title: d.title, sessions: d.points.length, meanPoints: Math.round(d.points.reduce((a, b) => a + b, 0) / d.points.length) }))
    .sort((a, b) => a.meanPoints - b.meanPoints || (a.id < b.id ? -1 : 1));
  const weakest = rated[0];
  if (!weakest) {
    const most = Math.max(0, ...[...points.values()].map((d) => d.points.length));
    return { focus: null, note: `Not enough sessions yet to name your weakest dimension (each needs ${enoughRatings} rated sessions; the most rated has ${most}).` };
  }
  const lower = weakest.title[0]!.toLowerCase() + weakest.title.slice(1);
  if (weakest.meanPoints >= strong) {
    return { focus: null, note: `Every dimension averages strong over your last ${recent.length} sessions; the lowest is ${lower} (${weakest.meanPoints} points).` };
  }
  const topics = dimensions.find((d) => d.id === weakest.id)?.topics ?? [];
  return { focus: { ...weakest, topics }, note: `Your weakest dimension lately is ${lower} (${weakest.meanPoints} points on average over ${weakest.sessions} sessions)` };
}

/** Communication and time is rated on conduct (skipped steps, overtime, hints), not on topics. */
export const isConduct = (focus: DimensionFocus): boolean => focus.id === communicationDimension.id;
