// Every saved session's summary for history, stats, next and the practice menu: a
// spinner while the history index is rebuilt, then one warning line per journal skipped.
import { loadLedgerInParallel } from '../progress/ledger.js';
import type { SessionRecord } from '../progress/index-schema.js';
import { spinner } from '../ui/spinner.js';
import type { CliContext } from './context.js';

const count = (n: number) => n.toLocaleString('en');

export async function savedSessions(ctx: Pick<CliContext, 'paths' | 'roots' | 'stderr'>): Promise<SessionRecord[]> {
  // The first run after an upgrade summarises every journal: say so while it works.
  const indexing = await spinner(ctx.stderr, (done, total) => `Indexing saved sessions (once): ${count(done)} of ${count(total)}`);
  let ledger;
  try {
    ledger = await loadLedgerInParallel(ctx.paths, ctx.roots, indexing.report);
  } finally {
    indexing.stop();
  }
  printWarnings(ctx.stderr, ledger.warnings);
  return ledger.summaries;
}

/** Skipped journals on standard error, one line each (a flood cut short), so a damaged file never stops the command. */
export function printWarnings(stderr: NodeJS.WritableStream, warnings: readonly string[], most = 10): void {
  for (const w of warnings.slice(0, most)) stderr.write(`mlsd: warning: ${w}\n`);
  if (warnings.length > most) stderr.write(`mlsd: warning: … and ${warnings.length - most} more\n`);
}
