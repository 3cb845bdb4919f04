/** "45s", "4m 30s", "5m", "1h 02m": short, for tables and transcripts. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return s > 0 ? `${m}m ${String(s).padStart(2, '0')}s` : `${m}m`;
  return `${s}s`;
}

/** "2025-03-01 14:05": local time for the terminal, UTC (and marked so) for files shared elsewhere. */
export function formatDate(at: number, zone: 'local' | 'utc' = 'local'): string {
  const d = new Date(at);
  if (zone === 'utc') return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
