// Durations are said one way everywhere, m:ss rounded down (formatClock, session/time.ts), as the clock shows them.

/** "2025-03-01 14:05": local time for the terminal, UTC (and marked so) for files shared elsewhere. */
export function formatDate(at: number, zone: 'local' | 'utc' = 'local'): string {
  const d = new Date(at);
  if (zone === 'utc') return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
