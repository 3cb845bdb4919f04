// --minutes N and --pace F: a quick session on a framework's steps without writing a new
// framework. Every step's box is scaled by one factor, kept in the journal's `started`
// event, so resume, the scorecard, export and stats all see the boxes the session ran.
import type { Plan } from '../content/model.js';
import { UserError } from '../errors.js';
import { boxMs } from './engine.js';
import { boxText } from './time.js';

export interface PaceOptions {
  minutes?: string;
  pace?: string;
}

/** A box shorter than this leaves no time to write a line. */
const shortestBoxMs = 30_000;
const limits = { minutes: 600, pace: 10 };

function positive(flag: '--minutes' | '--pace', raw: string, example: string, most: number): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0) throw new UserError(`${flag} needs a number above 0, e.g. ${flag} ${example} (got "${raw}")`);
  if (n > most) throw new UserError(`${flag} ${raw} is more than ${most}; the most is ${flag} ${most}`);
  return n;
}

/** The values as given, checked before anything else (practice asks which case only after). */
export function checkPace(options: PaceOptions): { minutes?: number; pace?: number } {
  if (options.minutes !== undefined && options.pace !== undefined) throw new UserError('--minutes and --pace both set the time boxes: give one of them');
  if (options.minutes !== undefined) return { minutes: positive('--minutes', options.minutes, '20', limits.minutes) };
  if (options.pace !== undefined) return { pace: positive('--pace', options.pace, '0.5', limits.pace) };
  return {};
}

/** The factor every box of `steps` is multiplied by: 1 unless --minutes or --pace says otherwise (a user error for a bad value). */
export function paceOf(plan: Plan, steps: readonly string[], options: PaceOptions): number {
  const asked = checkPace(options);
  if (asked.minutes === undefined && asked.pace === undefined) return 1; // the framework's own boxes, however short
  const running = steps.flatMap((id) => plan.steps.filter((s) => s.id === id));
  const total = running.reduce((sum, s) => sum + s.minutes, 0);
  if (running.length === 0 || total === 0) return 1;
  const flag = asked.minutes !== undefined ? '--minutes' : '--pace';
  const pace = asked.minutes !== undefined ? asked.minutes / total : (asked.pace ?? 1);
  const shortest = running.reduce((a, b) => (b.minutes < a.minutes ? b : a));
  if (boxMs(shortest, pace) < shortestBoxMs) {
    const least = shortestBoxMs / 60_000 / shortest.minutes;
    const enough = flag === '--minutes' ? `--minutes ${Math.ceil(least * total)}` : `--pace ${Math.ceil(least * 100) / 100}`;
    throw new UserError(
      `${flag} ${options.minutes ?? options.pace} leaves "${shortest.title}" a ${boxText(boxMs(shortest, pace))} box; every box needs at least 0:30 (${enough} or more)`,
    );
  }
  return pace;
}
