/** m:ss for a duration in ms (rounded down to the second; negative durations read as zero). */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** The countdown shown in a step: time left, or "+m:ss" once over the box. */
export function countdown(usedMs: number, boxMs: number): { text: string; over: boolean } {
  const over = usedMs >= boxMs;
  return { text: over ? `+${formatClock(usedMs - boxMs)}` : formatClock(boxMs - usedMs + 999), over };
}

/** A time box as said beside a step: "10 min", or "2:30" when --pace or --minutes left it off the minute. */
export const boxText = (boxMs: number): string => (boxMs % 60_000 === 0 ? `${boxMs / 60_000} min` : formatClock(boxMs));

/** When the clock turns to a warning: a minute before the box ends, or its last fifth when the box is under five minutes. */
export const warnAtMs = (boxMs: number): number => Math.min(60_000, boxMs / 5);
