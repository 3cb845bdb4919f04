// What to practise next: spaced repetition (FSRS, via ts-fsrs) over topics. Each
// session where a topic's step ended is a review of that topic: missed is a lapse
// (Again), covered a success (Good). Replaying every topic's reviews in time order
// gives its memory state; the topic most forgotten among those due is the one to
// drill, in its step, in a case not practised lately. Pure: `now` is passed in.
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRSState, type Grade } from 'ts-fsrs';
import type { SessionRecord } from './index-schema.js';
import { command } from '../text/command.js';
import { difficultyRank, starterRecommendation } from './starter.js';

export { starterRecommendation } from './starter.js';
import { isConduct, weakestDimension } from './weakest.js';

export interface CaseChoice {
  id: string;
  title: string;
  difficulty: 'easy' | 'medium' | 'hard';
  /** The case's own topic ids (on top of the framework's). */
  topics: string[];
}

export interface TopicMemory {
  id: string;
  step: { id: string; title: string };
  frameworkId: string;
  due: number;
  /** Probability the topic would be covered now, per FSRS. */
  retrievability: number;
  /** Outcomes, oldest first (true = covered). */
  outcomes: boolean[];
  lastAt: number;
}

export interface Recommendation {
  case: { id: string; title: string };
  /** null: the whole session, all steps. */
  step: { id: string; title: string } | null;
  topic: { id: string; due: string; retrievability: number; missed: number; of: number } | null;
  reason: string;
  command: string;
  /** The next topics after it, most urgent first. */
  alsoDue: { id: string; due: string; retrievability: number }[];
  /** The weakest verdict dimension lately, when there are enough sessions to name one. */
  dimension?: { id: string; title: string; meanPoints: number; sessions: number } | null;
  /** A coach's line on the verdict dimensions: the weakest and what the advice does about it, or why none is named. */
  coach?: string;
}

const day = 86_400_000;
// Sessions are days apart, not minutes: no same-day learning steps, no random fuzz (reproducible advice).
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** A topic's memory while its reviews are replayed: the FSRS state before and after the latest review. */
interface Replayed {
  before: FSRSState | null;
  beforeAt: Date | null;
  after: FSRSState | null;
  at: Date;
  covered: boolean;
  m: Omit<TopicMemory, 'due' | 'retrievability'>;
}

/**
 * Each topic's reviews replayed in time order. 10,000 sessions are ~230,000 reviews: the scheduler's
 * `next` (a whole card and all four grades' outcomes per review) took seconds, so the memory state is
 * carried with the algorithm's own `next_state` — what `next` computes for the grade given — and only
 * each topic's last review goes through `next`, which sets the card's due date.
 */
export function topicMemories(summaries: readonly SessionRecord[], now: number): TopicMemory[] {
  const chronological = [...summaries].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
  const memory = new Map<string, Replayed>();
  for (const session of chronological) {
    const at = new Date(session.startedAt);
    for (const step of session.steps) {
      if (step.ended === null) continue;
      for (const [ids, covered] of [[step.covered, true], [step.missed, false]] as const) {
        for (const id of ids) {
          let seen = memory.get(id);
          if (!seen) {
            seen = { before: null, beforeAt: null, after: null, at, covered, m: { id, step: { id: step.id, title: step.title }, frameworkId: session.frameworkId, outcomes: [], lastAt: 0 } };
            memory.set(id, seen);
          }
          // A new card's first review starts from nothing; a reviewed one after the calendar days (UTC) since, as the scheduler counts them.
          const elapsed = seen.after ? utcDay(session.startedAt) - utcDay(seen.at.getTime()) : 0;
          seen.before = seen.after;
          seen.beforeAt = seen.after ? seen.at : null;
          seen.after = scheduler.next_state(seen.after, elapsed, grade(covered));
          seen.at = at;
          seen.covered = covered;
          seen.m.outcomes.push(covered);
          // The step of its latest review (a new object only when it changes: 230,000 reviews in 10,000 sessions).
          if (seen.m.step.id !== step.id || seen.m.step.title !== step.title) seen.m.step = { id: step.id, title: step.title };
          seen.m.frameworkId = session.frameworkId;
          seen.m.lastAt = session.startedAt;
        }
      }
    }
  }
  return [...memory.values()]
    .map(({ before, beforeAt, at, covered, m }) => {
      const card = scheduler.next(cardBefore(before, beforeAt, at), at, grade(covered)).card;
      return { ...m, due: card.due.getTime(), retrievability: scheduler.get_retrievability(card, new Date(now), false) };
    })
    .sort((a, b) => urgency(a, now) - urgency(b, now) || (a.id < b.id ? -1 : 1));
}

const utcDay = (ms: number): number => Math.floor(ms / day);
const grade = (covered: boolean): Grade => (covered ? Rating.Good : Rating.Again);

/** The card as the scheduler left it after the review before the last (a new card when there was none). */
function cardBefore(state: FSRSState | null, reviewedAt: Date | null, firstAt: Date): Card {
  if (!state || !reviewedAt) return createEmptyCard(firstAt);
  return { ...createEmptyCard(reviewedAt), state: State.Review, stability: state.stability, difficulty: state.difficulty, last_review: reviewedAt };
}

/** Due topics first, least retrievable first; then the rest by how soon they come due. */
function urgency(m: Pick<TopicMemory, 'due' | 'retrievability'>, now: number): number {
  return m.due <= now ? m.retrievability - 1 : m.due - now;
}

function whenDue(due: number, now: number): string {
  if (due > now) {
    const days = Math.ceil((due - now) / day);
    return days <= 1 ? 'due tomorrow' : `due in ${days} days`;
  }
  const late = Math.floor((now - due) / day);
  return late < 1 ? 'due today' : `overdue by ${late} day${late === 1 ? '' : 's'}`;
}

function chooseCase(summaries: readonly SessionRecord[], cases: readonly CaseChoice[], topic: string, now: number) {
  const own = cases.find((c) => c.topics.includes(topic));
  if (own) return { kase: own, why: `${own.id} is the case that asks for it` };
  const last = new Map<string, number>();
  for (const s of summaries) last.set(s.caseId, Math.max(last.get(s.caseId) ?? 0, s.startedAt));
  const ranked = [...cases].sort(
    (a, b) =>
      (last.get(a.id) ?? -1) - (last.get(b.id) ?? -1) ||
      difficultyRank[a.difficulty] - difficultyRank[b.difficulty] ||
      (a.id < b.id ? -1 : 1),
  );
  const kase = ranked[0];
  if (!kase) return null;
  const at = last.get(kase.id);
  if (at === undefined) return { kase, why: `${kase.id} is a case you have not practised yet` };
  const days = Math.floor((now - at) / day);
  return { kase, why: `${kase.id} is the case you practised longest ago (${days < 1 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`})` };
}

export function recommendNext(
  summaries: readonly SessionRecord[],
  cases: readonly CaseChoice[],
  now: number,
  titleOf: (topicId: string) => string = (id) => id,
): Recommendation | null {
  const memories = topicMemories(summaries, now);
  if (!memories[0]) return starterRecommendation(cases);
  // The weakest dimension, when one can be named, decides which topic: its most urgent one.
  const { focus, note } = weakestDimension(summaries);
  const own = focus && !isConduct(focus) ? memories.find((m) => focus.topics.includes(m.id)) : undefined;
  const top = own ?? memories[0];
  const choice = chooseCase(summaries, cases, top.id, now);
  if (!choice) return null;
  const framework = top.frameworkId === 'mlsd-45' ? '' : ` --framework ${top.frameworkId}`;
  const dimension = focus && { id: focus.id, title: focus.title, meanPoints: focus.meanPoints, sessions: focus.sessions };
  const coach = !focus
    ? note
    : isConduct(focus)
      ? `${note}, from skipped steps, overtime or hints: run a whole session with --strict to practise the time boxes.`
      : own
        ? `${note}, so the drill is ${titleOf(own.id)}, its most urgent topic.`
        : `${note}; none of its topics has been asked in your sessions yet.`;
  if (focus && isConduct(focus)) {
    return {
      case: { id: choice.kase.id, title: choice.kase.title },
      step: null,
      topic: null,
      reason: `Communication and time is your weakest dimension. Case: ${choice.why}.`,
      command: command(`practice --case ${choice.kase.id} --strict${framework}`),
      alsoDue: memories.slice(0, 3).map((m) => ({ id: m.id, due: new Date(m.due).toISOString(), retrievability: round(m.retrievability) })),
      dimension,
      coach,
    };
  }
  const recent = top.outcomes.slice(-4);
  const missed = recent.filter((covered) => !covered).length;
  const record =
    missed > 0
      ? `${titleOf(top.id)} missed in ${missed} of your last ${recent.length} session${recent.length === 1 ? '' : 's'}`
      : `${titleOf(top.id)} covered in your last ${recent.length} session${recent.length === 1 ? '' : 's'}`;
  const due = top.due <= now ? whenDue(top.due, now) : `nothing is due yet and it comes due first (${whenDue(top.due, now)})`;
  return {
    case: { id: choice.kase.id, title: choice.kase.title },
    step: top.step,
    topic: { id: top.id, due: new Date(top.due).toISOString(), retrievability: round(top.retrievability), missed, of: recent.length },
    reason: `${record}; ${due}. Case: ${choice.why}.`,
    command: command(`drill ${choice.kase.id} --step ${top.step.id}${framework}`),
    alsoDue: memories
      .filter((m) => m !== top)
      .slice(0, 3)
      .map((m) => ({ id: m.id, due: new Date(m.due).toISOString(), retrievability: round(m.retrievability) })),
    dimension,
    coach,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
