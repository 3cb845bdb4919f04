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
