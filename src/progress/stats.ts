// Progress over the last sessions: per topic how often it was covered and which
// way that is going, per step the time used against the box, the score trend.
// Pure: summaries in, figures out. Only steps that ended count: a step never
// reached says nothing about the topics it holds.
import type { StepSummary } from '../session/summary.js';
import type { SessionRecord } from './index-schema.js';

export interface TopicProgress {
  id: string;
  step: string;
  /** Sessions in the window where the topic's step was answered (ended by /done or its time box). */
  seen: number;
  covered: number;
  /** Sessions in the window where the topic's step was skipped: missed, but no sign of what is known. */
  skipped: number;
  /** covered / seen; 0 when it was only ever skipped. */
  rate: number;
  /** Coverage rate in the newer half of the answered sessions minus the older half; null with fewer than 2. */
  trend: number | null;
}

export interface StepProgress {
  id: string;
  title: string;
  sessions: number;
  /** Of those, the sessions that skipped it (their time is not in the median). */
  skipped: number;
  medianUsedMs: number;
  medianBoxMs: number;
  /** Share of those sessions where the step ran over its box. */
  overtimeRate: number;
}

export interface SessionPoint {
  id: string;
  startedAt: number;
  score: number | null;
}

/** The sessions of the window that ran one framework, at full length or with scaled boxes. */
export interface FrameworkProgress {
  frameworkId: string;
  /** The least and most box scale (--minutes, --pace) of these sessions; null when they ran full-length boxes. */
  pace: { least: number; most: number } | null;
  /** Oldest first. */
  sessions: SessionPoint[];
  /** Per topic, with the step of this framework that holds it. */
  topics: TopicProgress[];
  steps: StepProgress[];
}

export interface ProgressStats {
  /** All sessions saved. */
  total: number;
  /** The sessions the figures are over: the last `window` with at least one ended step, oldest first. */
  sessions: SessionPoint[];
  /** Per topic over the whole window, every framework together (a topic is the same concept in each). */
  topics: TopicProgress[];
  /** Per-step figures, per framework (and apart for scaled boxes): the framework used last first. */
  groups: FrameworkProgress[];
  /** The three topics covered least often among those answered in at least `enoughSamples` sessions (ties: seen more often, then by id). */
  weakest: TopicProgress[];
  /** Each verdict dimension over the window: mean points, the latest rating, newer half minus older half. */
  dimensions: { id: string; title: string; sessions: number; meanPoints: number; latest: string; trend: number | null }[];
  /** Red flags raised in the window: in how many sessions, most often first. */
  flags: { id: string; title: string; sessions: number; last: number }[];
  /** Requirement changes announced in the window, and in how many the answer adapted. */
  twists: { announced: number; adapted: number };
}

export const defaultWindow = 20;
/** A topic answered in fewer sessions than this says too little to call it weak. */
export const enoughSamples = 2;

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const endedSteps = (s: SessionRecord): StepSummary[] => s.steps.filter((step) => step.ended !== null);

/** Share of `true` in the newer half minus the older half (the middle one, if odd, in neither). */
export function trendOf(outcomes: readonly boolean[]): number | null {
  if (outcomes.length < 2) return null;
  const half = outcomes.length >> 1;
  const rate = (xs: readonly boolean[]) => xs.filter(Boolean).length / xs.length;
  return rate(outcomes.slice(-half)) - rate(outcomes.slice(0, half));
}

/** Per topic and per step, over these sessions (oldest first). */
function stepFigures(counted: readonly SessionRecord[]): { topics: TopicProgress[]; steps: StepProgress[] } {
  const topicOutcomes = new Map<string, { step: string; outcomes: boolean[]; skipped: number }>();
  const stepTimes = new Map<string, { title: string; used: number[]; box: number[]; over: number; skipped: number }>();
  for (const session of counted) {
    for (const step of endedSteps(session)) {
      const times = stepTimes.get(step.id) ?? { title: step.title, used: [], box: [], over: 0, skipped: 0 };
      times.title = step.title;
      // A skipped step is counted as skipped: its seconds are no answer's time, its topics no coverage sample.
      const skipped = step.ended === 'skip';
      times.box.push(step.boxMs);
      if (skipped) times.skipped++;
      else {
        times.used.push(step.usedMs);
        if (step.overtimeMs > 0) times.over++;
      }
      stepTimes.set(step.id, times);
      for (const [ids, covered] of [[step.covered, true], [step.missed, false]] as const) {
        for (const id of ids) {
          const topic = topicOutcomes.get(id) ?? { step: step.id, outcomes: [], skipped: 0 };
          topic.step = step.id;
          if (skipped) topic.skipped++;
          else topic.outcomes.push(covered);
          topicOutcomes.set(id, topic);
        }
      }
    }
  }
  const stepOrder = [...stepTimes.keys()];
  const topics = [...topicOutcomes.entries()]
    .map(([id, t]): TopicProgress => {
      const covered = t.outcomes.filter(Boolean).length;
      const rate = t.outcomes.length === 0 ? 0 : covered / t.outcomes.length;
      return { id, step: t.step, seen: t.outcomes.length, covered, skipped: t.skipped, rate, trend: trendOf(t.outcomes) };
    })
    .sort((a, b) => stepOrder.indexOf(a.step) - stepOrder.indexOf(b.step));
  const steps = [...stepTimes.entries()].map(
    ([id, t]): StepProgress => ({
      id,
      title: t.title,
      sessions: t.box.length,
      skipped: t.skipped,
      medianUsedMs: median(t.used),
      medianBoxMs: median(t.box),
      overtimeRate: t.used.length === 0 ? 0 : t.over / t.used.length,
    }),
  );
  return { topics, steps };
}

const paceOf = (s: SessionRecord): number => s.pace ?? 1;

/**
 * The window split by framework, and within one framework full-length sessions apart from those whose
 * boxes were scaled (--minutes, --pace): step ids, titles and boxes are a framework's own, and a
 * 5-minute run says nothing about pacing a 45-minute one. The framework used last comes first.
 */
function frameworkGroups(counted: readonly SessionRecord[]): FrameworkProgress[] {
  const members = new Map<string, SessionRecord[]>();
  for (const session of counted) {
    const key = `${session.frameworkId}\u0000${paceOf(session) === 1 ? 'full' : 'scaled'}`;
    const group = members.get(key) ?? [];
    group.push(session);
    members.set(key, group);
  }
  return [...members.values()]
    .map((sessions): FrameworkProgress => {
      const paces = sessions.map(paceOf);
      const scaled = paces[0] !== 1;
      return {
        frameworkId: sessions[0]!.frameworkId,
        pace: scaled ? { least: Math.min(...paces), most: Math.max(...paces) } : null,
        sessions: sessions.map((s) => ({ id: s.id, startedAt: s.startedAt, score: s.score })),
        ...stepFigures(sessions),
      };
    })
    .sort((a, b) => b.sessions.at(-1)!.startedAt - a.sessions.at(-1)!.startedAt || (a.pace === null ? -1 : 1));
}

export function progressStats(summaries: readonly SessionRecord[], window = defaultWindow): ProgressStats {
  const counted = summaries
    .filter((s) => s.stepsEnded > 0)
    .sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1))
    .slice(-window);
  // A topic is the same concept in every framework: its coverage (and the weakest) is over the whole window.
  const { topics } = stepFigures(counted);
  const flagCounts = new Map<string, { id: string; title: string; sessions: number; last: number }>();
  for (const session of counted) {
    for (const flag of new Map((session.flags ?? []).map((f) => [f.id, f])).values()) {
      const seen = flagCounts.get(flag.id) ?? { id: flag.id, title: flag.title, sessions: 0, last: 0 };
      seen.sessions++;
      seen.last = Math.max(seen.last, session.startedAt);
      flagCounts.set(flag.id, seen);
    }
  }
  const byDimension = new Map<string, { title: string; points: number[]; latest: string }>();
  for (const session of counted) {
    for (const d of session.verdict?.dimensions ?? []) {
      const seen = byDimension.get(d.id) ?? { title: d.title, points: [], latest: d.rating };
      seen.points.push(d.points);
      seen.latest = d.rating;
      byDimension.set(d.id, seen);
    }
  }
  const dimensions = [...byDimension.entries()].map(([id, d]) => {
    const half = d.points.length >> 1;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return {
      id,
      title: d.title,
      sessions: d.points.length,
      meanPoints: Math.round(mean(d.points)),
      latest: d.latest,
      trend: half === 0 ? null : Math.round(mean(d.points.slice(-half)) - mean(d.points.slice(0, half))),
    };
  });
  const flags = [...flagCounts.values()].sort((a, b) => b.sessions - a.sessions || (a.id < b.id ? -1 : 1));
  const weakest = topics
    .filter((t) => t.seen >= enoughSamples)
    .sort((a, b) => a.rate - b.rate || b.seen - a.seen || (a.id < b.id ? -1 : 1))
    .slice(0, 3);
  return {
    total: summaries.length,
    sessions: counted.map((s) => ({ id: s.id, startedAt: s.startedAt, score: s.score })),
    topics,
    groups: frameworkGroups(counted),
    weakest,
    dimensions,
    flags,
    twists: { announced: counted.filter((c) => c.twist).length, adapted: counted.filter((c) => c.twist?.adapted).length },
  };
}

const bars = '▁▂▃▄▅▆▇█';

/** Scores 0–100 as a sparkline on an absolute scale, so a flat line at 90 reads high. */
export function sparkline(scores: readonly number[]): string {
  return scores.map((s) => bars[Math.min(7, Math.max(0, Math.round((s / 100) * 7)))]).join('');
}
