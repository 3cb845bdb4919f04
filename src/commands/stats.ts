import chalk from 'chalk';
import { writeLine, type CliContext } from './context.js';
import { savedSessions } from './saved-sessions.js';
import { noSessionsYet } from '../progress/plans.js';
import { defaultWindow, progressStats, sparkline, type ProgressStats } from '../progress/stats.js';
import { formatClock } from '../session/time.js';
import { plain } from '../text/plain.js';
import { table } from '../report/table.js';
import { command } from '../text/command.js';

export interface StatsOptions {
  json?: boolean;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

function trendText(trend: number | null): string {
  if (trend === null) return '';
  if (Math.abs(trend) < 0.005) return '→ steady';
  return trend > 0 ? chalk.green(`↑ +${percent(trend)}`) : chalk.red(`↓ −${percent(-trend)}`);
}

export async function stats(options: StatsOptions, ctx: CliContext): Promise<void> {
  const summaries = await savedSessions(ctx);
  const figures = progressStats(summaries, defaultWindow);
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify({ window: defaultWindow, ...figures }, null, 2));
    return;
  }
  if (figures.sessions.length === 0) {
    writeLine(ctx.stdout, summaries.length === 0 ? noSessionsYet(ctx.roots) : 'No step finished yet in your sessions: finish a step (/done) to see progress.');
    return;
  }
  writeLine(ctx.stdout, statsText(figures));
}

export function statsText(figures: ProgressStats): string {
  const n = figures.sessions.length;
  const bold = (h: string) => chalk.bold(h);
  const lines = [chalk.bold(`Progress over your last ${n} session${n === 1 ? '' : 's'}`) + chalk.dim(` (of ${figures.total} saved)`), ''];
  const scores = figures.sessions.flatMap((s) => (s.score === null ? [] : [s.score]));
  if (scores.length > 0) {
    const first = scores[0]!;
    const last = scores.at(-1)!;
    lines.push(`Score  ${sparkline(scores)}  ${first} → ${last}` + chalk.dim(`  (best ${Math.max(...scores)}, oldest to newest)`), '');
  }
  lines.push(
    table(
      ['topic', 'step', 'covered', 'rate', 'trend'],
      figures.topics.map((t) => ({
        topic: plain(t.id),
        step: plain(t.step),
        covered: `${t.covered}/${t.seen}`,
        rate: percent(t.rate),
        trend: trendText(t.trend),
      })),
      { header: bold },
    ),
    '',
    table(
      ['step', 'median used', 'box', 'over the box'],
      figures.steps.map((s) => ({
        step: plain(s.title),
        'median used': formatClock(s.medianUsedMs),
        box: formatClock(s.medianBoxMs),
        'over the box': `${percent(s.overtimeRate)} of ${s.sessions}`,
      })),
      { header: bold },
    ),
    '',
    ...(figures.dimensions.length > 0
      ? [
          table(
            ['dimension', 'latest', 'mean points', 'trend'],
            figures.dimensions.map((d) => ({
              dimension: plain(d.title),
              latest: d.latest,
              'mean points': String(d.meanPoints),
              trend: d.trend === null ? '' : d.trend === 0 ? '→ steady' : d.trend > 0 ? chalk.green(`↑ +${d.trend}`) : chalk.red(`↓ ${d.trend}`),
            })),
            { header: bold },
          ),
          '',
        ]
      : []),
    ...(figures.flags.length > 0
      ? [table(['red flag', 'sessions'], figures.flags.map((f) => ({ 'red flag': plain(f.title), sessions: `${f.sessions} of ${n}` })), { header: bold }), '']
      : [`${chalk.bold('Red flags:')} none in these sessions`, '']),
    `${chalk.bold('Weakest:')} ${figures.weakest.map((t) => `${plain(t.id)} (${percent(t.rate)})`).join(', ')}`,
    chalk.dim(`What to drill next: ${command('next')}`),
  );
  return lines.join('\n');
}
