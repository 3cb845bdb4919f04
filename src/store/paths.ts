import { join } from 'node:path';
import envPaths from 'env-paths';

export interface MlsdPaths {
  /** The user's own content: topics/, frameworks/, cases/. */
  config: string;
  /** Saved sessions and derived indexes. */
  data: string;
}

/**
 * Where the user's content and sessions live: XDG directories by default,
 * everything under MLSD_HOME when it is set (tests and portable installs).
 */
export function mlsdPaths(env: NodeJS.ProcessEnv = process.env): MlsdPaths {
  const home = env.MLSD_HOME;
  if (home) return { config: home, data: join(home, 'data') };
  const xdg = envPaths('mlsd', { suffix: '' });
  return { config: xdg.config, data: xdg.data };
}

export const sessionsDir = (paths: MlsdPaths): string => join(paths.data, 'sessions');
