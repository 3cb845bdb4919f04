// Where the user's content and sessions live: the XDG base directories the README
// promises (on every platform, so a dotfiles repo moves between machines as is), or
// everything under MLSD_HOME when it is set (tests and portable installs).
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export interface MlsdPaths {
  /** The user's own content: topics/, frameworks/, cases/. */
  config: string;
  /** Saved sessions and derived indexes. */
  data: string;
}

/** An XDG variable counts only when it is an absolute path (the spec says to ignore a relative one). */
const xdg = (value: string | undefined, fallback: string): string => (value && isAbsolute(value) ? value : fallback);

export function mlsdPaths(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): MlsdPaths {
  if (env.MLSD_HOME) return { config: env.MLSD_HOME, data: join(env.MLSD_HOME, 'data') };
  return {
    config: join(xdg(env.XDG_CONFIG_HOME, join(home, '.config')), 'mlsd'),
    data: join(xdg(env.XDG_DATA_HOME, join(home, '.local', 'share')), 'mlsd'),
  };
}

export const sessionsDir = (paths: MlsdPaths): string => join(paths.data, 'sessions');
