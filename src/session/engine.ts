// What the candidate's input means: a line of the answer, a command, or a question
// to the interviewer. Pure: state, plan, text and `now` in; events and feedback out.
import type { Plan, PlannedStep, Topic } from '../content/model.js';
import { topicsPut } from '../content/plan.js';
import { coverageOf, type TopicCoverage } from '../coverage/index.js';
import type { Instant, SessionEvent } from './events.js';
import { answerQuestion } from './interviewer.js';
import { askedOf, hintsOf, linesOf, usedMsAt, type FollowUpEntry, type SessionState, type StepState } from './state.js';
import { formatClock } from './time.js';
import { clip } from '../text/clip.js';

export interface Feedback {
  tone: 'info' | 'reply' | 'hint' | 'warn';
  text: string;
}

export interface Outcome {
  events: SessionEvent[];
  feedback: Feedback | null;
}

export const commandHelp = [
  '/hint      the next hint for a topic you have not covered (counted)',
  '/done      finish this step',
  '/skip      skip this step',
  '/pause     stop the clock (any key continues)',
  '/time      time used and left',
  '/undo      withdraw your last line; /edit changes it (the journal keeps both)',
  '/review    the whole answer of this step, page by page',
  '/guide     hide or show the guiding questions',
  '/help      this list',
  '? question ask the interviewer, e.g. "? how many users"',
];

/**
 * A step's time box in ms, scaled by the session's pace (--pace, --minutes) and kept to whole seconds.
 * Its start and end on the framework's scaled clock are rounded, not its length, so the boxes add up to
 * the scaled total (--minutes 5 gives 5:00 of boxes, not 5:01 of lengths each rounded up).
 */
export function boxMs(step: PlannedStep, pace: number): number {
  const start = (step.startMinute ?? 0) * 60 * pace;
  const end = ((step.startMinute ?? 0) + step.minutes) * 60 * pace;
  return Math.max(1, Math.round(end) - Math.round(start)) * 1000;
}

/**
 * What a step's answer covers. Typed lines are notes, never headings; while clarifying, a question the
 * interviewer answered from the case's facts counts for what it asked about.
 */
export function stepCoverage(planned: PlannedStep, step: StepState | undefined): TopicCoverage[] {
  // A step's end scores it for the journal and then shows it from the same state: check it once.
  const known = step ? checked.get(step) : undefined;
  if (known?.planned === planned) return known.coverage;
  const coverage = checkStep(planned, step);
  if (step) checked.set(step, { planned, coverage });
  return coverage;
}

/** The last verdict per step state: states are replaced, never changed, so a state seen again has the same answer. */
const checked = new WeakMap<StepState, { planned: PlannedStep; coverage: TopicCoverage[] }>();

function checkStep(planned: PlannedStep, step: StepState | undefined): TopicCoverage[] {
  const lines = step ? linesOf(step) : [];
  const clarifying = (planned.phase ?? planned.id) === 'clarify';
  const asked = clarifying && step ? askedOf(step).map(({ facts, ...q }) => ({ ...q, ...topicsPut(facts, planned.factTopics) })) : [];
  // Nothing said covers nothing: a step never reached costs a summary no pass of the checker.
  if (lines.length === 0 && asked.length === 0 && !step?.followUp) return planned.topics.map((topic) => ({ topic, covered: false, evidence: [] }));
  const coverage = coverageOf(lines.join('\n'), planned.topics, { typed: true, ...(asked.length > 0 ? { asked } : {}) });
  return step?.followUp ? creditFollowUp(coverage, step.followUp) : coverage;
}

/** The cue a topic covered only in the answer to the interviewer's follow-up carries, so reports can say where. */
export const viaFollowUp = 'follow-up';

/** A follow-up answer (and probe answer) that covers the follow-up's topic credits it to the step. */
function creditFollowUp(coverage: TopicCoverage[], followUp: FollowUpEntry): TopicCoverage[] {
  return coverage.map((c) => {
    if (c.covered || c.topic.id !== followUp.topic) return c;
    const answered = [followUp.answer, followUp.probeAnswer ?? ''].join('\n');
    const found = coverageOf(answered, [c.topic], { typed: true })[0];
    return found?.covered ? { ...found, cue: viaFollowUp } : c;
  });
}

/**
 * The rungs of a topic's hint ladder: its own hints, or what it covers when it has none. The last rung, the
 * worked example, comes from the case when it has one, so a blurring case never hears about watch time.
 */
export function ladder(topic: Topic, examples: Readonly<Record<string, string>> = {}): string[] {
  const rungs = topic.hints.length > 0 ? [...topic.hints] : [`${topic.title}: ${topic.covers}`];
  const example = examples[topic.id];
  if (example === undefined) return rungs;
  return rungs.length >= 3 ? [...rungs.slice(0, 2), example] : [...rungs, example];
}

/** The next rung for the first missed topic whose ladder is not used up. */
export function nextHint(
  step: PlannedStep,
  coverage: readonly TopicCoverage[],
  given: readonly { topic: string }[],
  examples: Readonly<Record<string, string>> = {},
): { topic: Topic; level: number; text: string } | 'all-covered' | 'exhausted' {
  const missed = coverage.filter((c) => !c.covered).map((c) => c.topic);
  if (missed.length === 0) return 'all-covered';
  for (const topic of missed) {
    const level = given.filter((g) => g.topic === topic.id).length + 1;
    const text = ladder(topic, examples)[level - 1];
    if (text !== undefined) return { topic, level, text };
  }
  return 'exhausted';
}

export function timeText(used: number, box: number): string {
  return used <= box
    ? `${formatClock(used)} used of ${formatClock(box)}, ${formatClock(box - used)} left`
    : `${formatClock(used)} used of ${formatClock(box)}, ${formatClock(used - box)} over time`;
}

const short = (line: string) => clip(line, 60);

/** Handles one entered line inside the running step. */
export function handleInput(state: SessionState, plan: Plan, raw: string, now: Instant): Outcome {
  const index = state.current;
  const step = index === null ? undefined : state.steps[index];
  const planned = step && plan.steps.find((p) => p.id === step.id);
  if (index === null || !step || !planned) return { events: [], feedback: { tone: 'warn', text: 'No step is running.' } };
  const text = raw.trim();
  const events: SessionEvent[] = [];
  if (state.paused) {
    events.push({ type: 'resumed', at: now });
    if (text === '' || text === '/resume') return { events, feedback: { tone: 'info', text: 'The clock is running again.' } };
  }
  const done = (feedback: Feedback | null, ...more: SessionEvent[]): Outcome => ({ events: [...events, ...more], feedback });
  if (text === '') return done(null);
  if (text.startsWith('?')) {
    const question = text.slice(1).trim();
    if (!question) return done({ tone: 'warn', text: 'Ask after the ?, e.g. "? how many daily users".' });
    const previous = step.entries.at(-1);
    if (previous?.kind === 'question' && previous.text === question) {
      return done({ tone: 'warn', text: 'Same question as the one just asked: its answer is above, so it is not asked again.' });
    }
    const match = answerQuestion(plan.case, question, plan.vocabulary);
    return done({ tone: 'reply', text: match.reply }, { type: 'question', at: now, step: step.id, text: question, reply: match.reply, facts: match.facts });
  }
  const lines = linesOf(step);
  const last = lines.length - 1;
  if (!text.startsWith('/')) {
    // Up-arrow recalls an earlier line to copy from; Enter on it unchanged would record the same line twice.
    const previous = step.entries.at(-1);
    if (previous?.kind === 'line' && previous.text === text) {
      return done({ tone: 'warn', text: 'Same as your last line, so not recorded again (/edit changes the last line).' });
    }
    return done(null, { type: 'line', at: now, step: step.id, text });
  }
  const command = text.split(/\s+/)[0]!.toLowerCase();
  switch (command) {
    case '/done':
      return done(null, { type: 'step-ended', at: now, step: step.id, reason: 'done' });
    case '/skip':
      return done(null, { type: 'step-ended', at: now, step: step.id, reason: 'skip' });
    case '/pause':
      return done({ tone: 'info', text: 'Paused: the clock is stopped. Press any key to continue.' }, { type: 'paused', at: now });
    case '/resume':
      return done({ tone: 'info', text: 'The clock is running.' });
    case '/time':
      return done({ tone: 'info', text: timeText(usedMsAt(state, index, now), boxMs(planned, state.pace)) });
    case '/undo':
      if (last < 0) return done({ tone: 'warn', text: 'No line of this step to withdraw.' });
      return done({ tone: 'info', text: `Withdrawn: “${short(lines[last]!)}” (the journal keeps it).` }, { type: 'amended', at: now, step: step.id, line: last, text: '' });
    case '/edit': {
      const edited = text.slice(command.length).trim();
      if (last < 0) return done({ tone: 'warn', text: 'No line of this step to edit.' });
      if (!edited) return done({ tone: 'info', text: 'Type /edit and the corrected line, or /edit alone at the terminal to change the last line in place.' });
      if (edited === lines[last]) return done({ tone: 'info', text: 'The line is unchanged.' });
      return done({ tone: 'info', text: 'Last line corrected (the journal keeps what you first typed).' }, { type: 'amended', at: now, step: step.id, line: last, text: edited });
    }
    case '/help':
      return done({ tone: 'info', text: commandHelp.join('\n') });
    case '/hint': {
      if (state.mode === 'mock') return done({ tone: 'warn', text: 'No hints in mock mode, as in a real interview (--mode study has them).' });
      const hint = nextHint(planned, stepCoverage(planned, step), hintsOf(step), plan.case?.examples);
      if (hint === 'all-covered') return done({ tone: 'info', text: 'Every topic of this step is covered. /done when you are ready.' });
      if (hint === 'exhausted') return done({ tone: 'info', text: 'You have had every hint for the topics still missing.' });
      return done(
        { tone: 'hint', text: `${hint.topic.title} (hint ${hint.level}): ${hint.text}` },
        { type: 'hint', at: now, step: step.id, topic: hint.topic.id, level: hint.level, text: hint.text },
      );
    }
    default:
      return done({ tone: 'warn', text: `Unknown command ${command}. /help lists the commands.` });
  }
}

/** With --strict, the step ends at its time box: the event to write when `now` has reached it. */
export function timeoutEvent(state: SessionState, plan: Plan, now: Instant): SessionEvent | null {
  if (!state.strict || state.current === null || state.paused) return null;
  const step = state.steps[state.current];
  const planned = step && plan.steps.find((p) => p.id === step.id);
  if (!step || !planned) return null;
  return usedMsAt(state, state.current, now) >= boxMs(planned, state.pace) ? { type: 'step-ended', at: now, step: step.id, reason: 'timeout' } : null;
}
