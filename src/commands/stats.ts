import chalk from 'chalk';
import { tableWidth, writeLine, type CliContext } from './context.js';
import { wrap } from '../text/wrap.js';
import { savedSessions } from './saved-sessions.js';
import { noSessionsYet } from '../progress/plans.js';
import { defaultWindow, enoughSamples, progressStats, sparkline, type FrameworkProgress, type ProgressStats, type TopicProgress } from '../progress/stats.js';
import { reportTitles } from '../progress/topic-titles.js';
import { formatClock } from '../session/time.js';
import { plain } from '../text/plain.js';
import { clip } from '../text/clip.js';
import { table } from '../report/table.js';
import { command } from '../text/command.js';

export interface StatsOptions {
  json?: boolean;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** A change as the trend columns say it: "↑ +12", "↓ −11" (a minus sign, U+2212, not a hyphen), "→ steady". */
function signed(change: number, text: (magnitude: number) => string): string {
  return change > 0 ? chalk.green(`↑ +${text(change)}`) : chalk.red(`↓ −${text(-change)}`);
}

function trendText(trend: number | null): string {
  if (trend === null) return '';
  if (Math.abs(trend) < 0.005) return '→ steady';
  return signed(trend, percent);
}

/** A dimension's change in mean points. */
export const pointsTrendText = (trend: number | null): string => (trend === null ? '' : trend === 0 ? '→ steady' : signed(trend, String));

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
  const window = new Set(figures.sessions.map((s) => s.id));
  const titles = reportTitles(ctx.roots, summaries.filter((s) => window.has(s.id)));
  writeLine(ctx.stdout, statsText(figures, titles.topic, tableWidth(ctx.stdout), titles.framework));
}

/** "2/3", with the sessions that skipped the topic's step said apart. */
const coveredText = (t: TopicProgress) => [t.seen > 0 ? `${t.covered}/${t.seen}` : '', t.skipped > 0 ? chalk.yellow(`${t.skipped} skipped`) : ''].filter(Boolean).join(', ');

/** The weakest topics, once enough sessions answered them to say so. */
function weakestText(figures: ProgressStats, titleOf: (id: string) => string, width: number): string {
  const said =
    figures.weakest.length === 0
      ? `not enough sessions yet (a topic needs ${enoughSamples} sessions that answered its step)`
      : figures.weakest.map((t) => `${plain(titleOf(t.id))} (${percent(t.rate)} of ${t.seen})`).join(', ');
  return wrap(said, width, 'Weakest: ').join('\n').replace('Weakest:', chalk.bold('Weakest:'));
}


/** "× 0.11", or "× 0.11–0.5" over several scales: as the practice screen says it. */
const scaleText = ({ least, most }: { least: number; most: number }) => {
  const factor = (x: number) => String(Number(x.toFixed(2)));
  return `× ${factor(least)}${most === least ? '' : `–${factor(most)}`}`;
};

/** A framework's sub-heading, saying when its boxes were scaled so they are not read as full-length ones. */
function groupHeading(group: FrameworkProgress, frameworkTitleOf: (id: string) => string, width: number): string[] {
  const n = group.sessions.length;
  const lines = wrap(`${plain(frameworkTitleOf(group.frameworkId))} (${n} session${n === 1 ? '' : 's'})`, width).map((line) => chalk.bold(line));
  if (group.pace) lines.push(...wrap(`Time boxes ${scaleText(group.pace)} (--minutes, --pace): not full length.`, width).map((line) => chalk.yellow(line)));
  return lines;
}

/** One framework's score line, topic table and step table. */
function groupText(group: FrameworkProgress, titleOf: (id: string) => string, titleRoom: number): string[] {
  const bold = (h: string) => chalk.bold(h);
  const lines: string[] = [];
  const scores = group.sessions.flatMap((s) => (s.score === null ? [] : [s.score]));
  if (scores.length > 0) {
    const first = scores[0]!;
    const last = scores.at(-1)!;
    lines.push(`Score  ${sparkline(scores)}  ${first} → ${last}` + chalk.dim(`  (best ${Math.max(...scores)}, oldest to newest)`), '');
  }
  lines.push(
    table(
      ['topic', 'step', 'covered', 'rate', 'trend'],
      group.topics.map((t) => ({
        topic: clip(plain(titleOf(t.id)), titleRoom),
        step: plain(t.step),
        covered: coveredText(t),
        rate: t.seen > 0 ? percent(t.rate) : '–',
        trend: trendText(t.trend),
      })),
      { header: bold },
    ),
    '',
    table(
      ['step', 'median used', 'box', 'over the box', ...(group.steps.some((st) => st.skipped > 0) ? ['skipped'] : [])],
      group.steps.map((s) => ({
        step: clip(plain(s.title), titleRoom),
        'median used': s.sessions > s.skipped ? formatClock(s.medianUsedMs) : '–',
        box: formatClock(s.medianBoxMs),
        'over the box': s.sessions > s.skipped ? `${percent(s.overtimeRate)} of ${s.sessions - s.skipped}` : '–',
        skipped: s.skipped > 0 ? chalk.yellow(`${s.skipped} of ${s.sessions}`) : '',
      })),
      { header: bold },
    ),
    '',
  );
  return lines;
}

/**
 * The progress report. Per-step figures (score line, topics by step, time against the box) are given per
 * framework, under its name when the window holds more than one or boxes were scaled; the verdict, red
 * flags and weakest topics are over the whole window, since they do not depend on the framework's steps.
 */
export function statsText(
  figures: ProgressStats,
  titleOf: (id: string) => string = (id) => id,
  width = 100,
  frameworkTitleOf: (id: string) => string = (id) => id,
): string {
  // The other columns of each table take about 44 characters: titles get the rest.
  const titleRoom = Math.max(16, width - 44);
  const n = figures.sessions.length;
  const bold = (h: string) => chalk.bold(h);
  const lines = [chalk.bold(`Progress over your last ${n} session${n === 1 ? '' : 's'}`) + chalk.dim(` (of ${figures.total} saved)`), ''];
  const headed = figures.groups.length > 1 || figures.groups.some((g) => g.pace !== null);
  for (const group of figures.groups) {
    if (headed) lines.push(...groupHeading(group, frameworkTitleOf, width), '');
    lines.push(...groupText(group, titleOf, titleRoom));
  }
  lines.push(
    ...(figures.dimensions.length > 0
      ? [
          table(
            ['dimension', 'latest', 'mean points', 'trend'],
            figures.dimensions.map((d) => ({
              dimension: plain(d.title),
              latest: d.latest,
              'mean points': String(d.meanPoints),
              trend: pointsTrendText(d.trend),
            })),
            { header: bold },
          ),
          '',
        ]
      : []),
    ...(figures.flags.length > 0
      ? [table(['red flag', 'sessions'], figures.flags.map((f) => ({ 'red flag': plain(f.title), sessions: `${f.sessions} of ${n}` })), { header: bold }), '']
      : [`${chalk.bold('Red flags:')} none in these sessions`, '']),
    ...(figures.twists.announced > 0
      ? [`${chalk.bold('Requirement changes:')} adapted in ${figures.twists.adapted} of ${figures.twists.announced} sessions that had one`, '']
      : []),
    weakestText(figures, titleOf, width),
    chalk.dim(`What to drill next: ${command('next')}`),
  );
  return lines.join('\n');
}
