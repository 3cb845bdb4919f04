// `mlsd paths`: where everything is, so a user can find their sessions and put content
// where mlsd reads it.
import { join } from 'node:path';
import chalk from 'chalk';
import { kindDirs } from '../content/files.js';
import { indexPath } from '../progress/index-file.js';
import { sessionsDir } from '../store/paths.js';
import { writeLine, type CliContext } from './context.js';

export interface PathsOptions {
  json?: boolean;
}

/** Each place, named as a user thinks of it. */
export function placesOf(ctx: Pick<CliContext, 'paths' | 'roots' | 'env'>) {
  const { config, data } = ctx.paths;
  const bundled = ctx.roots.bundled;
  return {
    config,
    userFrameworks: join(config, kindDirs.framework),
    userCases: join(config, kindDirs.case),
    userTopics: join(config, kindDirs.topics),
    data,
    sessions: sessionsDir(ctx.paths),
    historyIndex: indexPath(ctx.paths),
    bundled,
    schemas: join(bundled, 'schemas'),
    fromMlsdHome: Boolean(ctx.env.MLSD_HOME),
  };
}

export async function paths(options: PathsOptions, ctx: CliContext): Promise<void> {
  const places = placesOf(ctx);
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify(places, null, 2));
    return;
  }
  const rows: [string, string][] = [
    ['Your content', places.config],
    ['  frameworks', places.userFrameworks],
    ['  cases', places.userCases],
    ['  topics', places.userTopics],
    ['Your sessions', places.sessions],
    ['History index', places.historyIndex],
    ['Bundled content', places.bundled],
    ['Schemas', places.schemas],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  for (const [label, path] of rows) writeLine(ctx.stdout, `${chalk.bold(label.padEnd(width))}${path}`);
  writeLine(ctx.stdout, chalk.dim(places.fromMlsdHome ? '\nMLSD_HOME is set: everything is under it.' : '\nSet by XDG_CONFIG_HOME and XDG_DATA_HOME, or MLSD_HOME for all of it.'));
}
