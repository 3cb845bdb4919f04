// A verdict by dimension, as practice feedback: each dimension of an ML system design interview rated
// very weak / weak / strong / very strong from evidence that can be pointed at. Pure.
//
// The rule (stated in the README):
//   points = 70 × covered/required topics of the dimension
//          + 30 × share of covered topics whose evidence shows depth (a number, a stated reason or
//            trade-off, or a named method such as NDCG, HNSW, LightGBM)
//          − 15 per red flag raised in the dimension's steps − 3 per hint used there
//          + 10 when the answer adapted to a requirement change announced in its steps, − 15 when it did not
//   very strong ≥ 80, strong ≥ 60, weak ≥ 35, very weak below.
// Communication and time (sessions only) starts at 100: − 20 per skipped step, − 4 per minute over the
// boxes, − 2 per hint. The overall practice verdict counts the dimensions rated below strong.
import type { FlagHit, TwistResult } from './summary.js';
import { clipFlat } from '../text/clip.js';

export const dimensions = [
  { id: 'problem-understanding', title: 'Problem understanding', topics: ['business-objective', 'scope', 'scale', 'constraints', 'data-availability'] },
  { id: 'ml-framing', title: 'ML framing', topics: ['ml-objective', 'io-spec', 'task-type'] },
  { id: 'data-and-features', title: 'Data and features', topics: ['labels', 'features', 'data-prep'] },
  { id: 'modelling', title: 'Modelling', topics: ['baseline', 'architecture', 'multi-stage', 'training'] },
  { id: 'evaluation', title: 'Evaluation', topics: ['offline-metrics', 'online-metrics', 'ab-testing', 'guardrail-metrics'] },
  { id: 'deployment-and-operations', title: 'Deployment and operations', topics: ['pipelines', 'serving', 'monitoring', 'feedback-loop'] },
] as const;

export const communicationDimension = { id: 'communication-and-time', title: 'Communication and time' } as const;

export type Rating = 'very weak' | 'weak' | 'strong' | 'very strong';
export type Overall = 'no hire' | 'lean no hire' | 'lean hire' | 'hire';

export interface DimensionVerdict {
  id: string;
  title: string;
  rating: Rating;
  points: number;
  /** The two or three moments that decided the rating. */
  moments: string[];
}

export interface Verdict {
  dimensions: DimensionVerdict[];
  overall: Overall;
  /** The overall verdict in a sentence, as practice feedback. */
  advice: string;
}

/** A required topic as the answer showed it. `near` places a case topic with the catalogue topic it joins. */
export interface TopicResult {
  id: string;
  title: string;
  near?: string;
  /** The step that requires it. */
  step: string;
  covered: boolean;
  evidence: readonly string[];
}

/** What a timed session adds: how each step went. */
export interface StepConduct {
  id: string;
  ended: string | null;
  hints: number;
  overtimeMs: number;
}

export interface VerdictInput {
  topics: readonly TopicResult[];
  flags: readonly FlagHit[];
  /** Absent for a text checked outside a session: communication and time is then not rated. */
  steps?: readonly StepConduct[];
  /** The requirement change announced in the session, judged. */
  twist?: TwistResult;
}

const NUMBER = /\d/;
const REASON = /\b(because|since|so that|so we|so the|trade-?offs?|at the cost|cost of|instead of|rather than|which means|otherwise|versus|vs\.?|but|while|whereas|to avoid|to keep|in order to|given)\b/i;
// A named method reads as a proper noun or an acronym: NDCG@10, HNSW, LightGBM, two-tower BERT.
const NAMED = /\b([A-Z]{2,}[A-Za-z0-9@-]*|[A-Z][a-z]+[A-Z][A-Za-z]*)\b/;

export function depthOf(sentence: string): string | null {
  if (NUMBER.test(sentence)) return 'gave numbers for';
  if (REASON.test(sentence)) return 'gave a reason for';
  if (NAMED.test(sentence)) return 'was specific about';
  return null;
}

/** One moment per sentence: a line that shows depth on three topics is said once, naming the three. */
function depthMoments(deep: readonly { topic: TopicResult; sentence: string; why: string }[]): string[] {
  const bySentence = new Map<string, { why: string; titles: string[] }>();
  for (const d of deep) {
    const seen = bySentence.get(d.sentence);
    if (seen) seen.titles.push(lower(d.topic.title));
    else bySentence.set(d.sentence, { why: d.why, titles: [lower(d.topic.title)] });
  }
  const moments: string[] = [];
  bySentence.forEach(({ why, titles }, sentence) => moments.push(`${why} ${listed(titles)} «${clipFlat(sentence, 80)}»`));
  return moments;
}

const listed = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;

export function ratingOf(points: number): Rating {
  return points >= 80 ? 'very strong' : points >= 60 ? 'strong' : points >= 35 ? 'weak' : 'very weak';
}

/** "Model architecture" → "model architecture", but "ML objective" and "A/B testing" keep their capitals. */
const lower = (title: string): string => (/^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title);


// A history rebuild rates every saved session: the topic → dimension lookup is a map, not a search.
const dimensionOfTopic = new Map<string, string>(dimensions.flatMap((d) => d.topics.map((t) => [t, d.id] as const)));

function dimensionOf(topic: TopicResult): string | undefined {
  return dimensionOfTopic.get(topic.near ?? topic.id);
}

// A history rebuild rates every session it reads: each dimension's figures in one pass over its topics.
function rateDimension(dimension: (typeof dimensions)[number], topics: readonly TopicResult[], input: VerdictInput, dimensionOfStep: (step: string) => string | undefined): DimensionVerdict | null {
  if (topics.length === 0) return null;
  const covered: TopicResult[] = [];
  const missed: TopicResult[] = [];
  const deep: { topic: TopicResult; sentence: string; why: string }[] = [];
  const steps = new Set<string>();
  for (const t of topics) {
    steps.add(t.step);
    if (!t.covered) {
      missed.push(t);
      continue;
    }
    covered.push(t);
    for (const sentence of t.evidence) {
      const why = depthOf(sentence);
      if (why !== null) {
        deep.push({ topic: t, sentence, why });
        break;
      }
    }
  }
  const flags = input.flags.filter((f) => steps.has(f.step) && dimensionOfStep(f.step) === dimension.id);
  let hints = 0;
  for (const s of input.steps ?? []) if (steps.has(s.id)) hints += s.hints;
  const twist = input.twist && steps.has(input.twist.step) && dimensionOfStep(input.twist.step) === dimension.id ? input.twist : undefined;
  const adapting = twist === undefined ? 0 : twist.adapted ? 10 : -15;
  const raw =
    70 * (covered.length / topics.length) + 30 * (covered.length === 0 ? 0 : deep.length / covered.length) - 15 * flags.length - 3 * hints + adapting;
  const points = Math.round(Math.max(0, Math.min(100, raw)));
  const rating = ratingOf(points);
  const moments: string[] = [];
  if (twist !== undefined) moments.push(twist.adapted ? `adapted to the requirement change «${clipFlat(twist.evidence ?? '', 80)}»` : `did not adapt to the requirement change «${clipFlat(twist.says, 80)}»`);
  for (const f of flags) moments.push(`red flag: ${lower(f.title)} «${clipFlat(f.evidence, 80)}»`);
  const gaps = missed.map((t) => `no ${lower(t.title)}`);
  if (rating === 'very weak' || rating === 'weak') moments.push(...gaps, ...depthMoments(deep));
  else moments.push(...depthMoments(deep), ...gaps);
  if (hints > 0) moments.push(`${hints} hint${hints === 1 ? '' : 's'} used`);
  return { id: dimension.id, title: dimension.title, rating, points, moments: moments.slice(0, 3) };
}

/** A flag or a twist belongs to the dimension of the step it was said in: the dimension holding most of that step's topics. */
function stepDimension(step: string, input: VerdictInput): string | undefined {
  const counts = new Map<string, number>();
  for (const t of input.topics) {
    const d = t.step === step ? dimensionOf(t) : undefined;
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function rateConduct(steps: readonly StepConduct[]): DimensionVerdict {
  const skipped = steps.filter((s) => s.ended === 'skip' || s.ended === null);
  let overtimeMs = 0;
  let hints = 0;
  for (const s of steps) {
    overtimeMs += s.overtimeMs;
    hints += s.hints;
  }
  const overMinutes = Math.ceil(overtimeMs / 60_000);
  const points = Math.round(Math.max(0, 100 - 20 * skipped.length - 4 * overMinutes - 2 * hints));
  const moments: string[] = [];
  if (skipped.length > 0) moments.push(`${skipped.length} step${skipped.length === 1 ? '' : 's'} skipped or not reached (${skipped.map((s) => s.id).join(', ')})`);
  moments.push(overMinutes > 0 ? `${overMinutes} minute${overMinutes === 1 ? '' : 's'} over the time boxes` : 'kept to the time boxes');
  if (hints > 0) moments.push(`${hints} hint${hints === 1 ? '' : 's'} used`);
  // Written out, not spread from communicationDimension: a spread plus new fields is slow in V8.
  return { id: communicationDimension.id, title: communicationDimension.title, rating: ratingOf(points), points, moments: moments.slice(0, 3) };
}

const rank: Record<Rating, number> = { 'very weak': 0, weak: 1, strong: 2, 'very strong': 3 };

export function overallOf(ratings: readonly Rating[]): Overall {
  const below = ratings.filter((r) => rank[r] < 2).length;
  const veryWeak = ratings.filter((r) => r === 'very weak').length;
  const veryStrong = ratings.filter((r) => r === 'very strong').length;
  if (below === 0 && veryStrong * 2 >= ratings.length) return 'hire';
  if (below <= 1 && veryWeak === 0) return 'lean hire';
  if (below <= 3 && veryWeak <= 1) return 'lean no hire';
  return 'no hire';
}

export function verdictOf(input: VerdictInput): Verdict {
  const byDimension = new Map<string, TopicResult[]>();
  for (const t of input.topics) {
    const d = dimensionOf(t);
    if (d === undefined) continue;
    const list = byDimension.get(d);
    if (list) list.push(t);
    else byDimension.set(d, [t]);
  }
  const ofStep = new Map<string, string | undefined>();
  const dimensionOfStep = (step: string): string | undefined => {
    if (!ofStep.has(step)) ofStep.set(step, stepDimension(step, input));
    return ofStep.get(step);
  };
  const rated = dimensions.flatMap((d) => rateDimension(d, byDimension.get(d.id) ?? [], input, dimensionOfStep) ?? []);
  if (input.steps) rated.push(rateConduct(input.steps));
  const overall = overallOf(rated.map((d) => d.rating));
  const weakest = [...rated].sort((a, b) => a.points - b.points)[0];
  const focus = weakest && rank[weakest.rating] < 3 ? ` Work on ${lower(weakest.title)} next.` : '';
  const advice = {
    hire: 'This answer would read as a hire-level performance in a practice round.',
    'lean hire': 'This answer would likely pass a practice round, with gaps an interviewer would notice.',
    'lean no hire': 'This answer would likely fall short in a practice round; the gaps are specific and fixable.',
    'no hire': 'This answer would not pass a practice round yet; rehearse the framework step by step.',
  }[overall];
  return { dimensions: rated, overall, advice: `${advice}${focus}` };
}
