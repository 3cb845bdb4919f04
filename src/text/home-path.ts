// A path as a person reads it: under the home folder it starts with ~, so it fits a narrow terminal.
import { homedir } from 'node:os';
import { sep } from 'node:path';

export function homePath(path: string, home: string = homedir()): string {
  if (home === '' || home === sep) return path;
  if (path === home) return '~';
  return path.startsWith(home + sep) ? `~${path.slice(home.length)}` : path;
}
