// File-system failures in words, for the one line a user reads when the disk is full,
// read-only or otherwise in the way.
import * as nodeFs from 'node:fs';
import { UserError } from '../errors.js';

/** The file-system calls the store makes: node:fs, or a stand-in that fails on cue (tests of a full disk). */
export type StoreFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'ftruncateSync' | 'fstatSync' | 'fchmodSync' | 'closeSync' | 'mkdirSync' | 'chmodSync' | 'readSync'
>;

export const defaultFs: StoreFs = nodeFs;


const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'an input/output error',
  ELOOP: 'it is a symbolic link, which is not followed',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EMFILE: 'too many open files',
};

/** A file-system error in words, with its code: "the disk is full (ENOSPC)". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code) return error instanceof Error ? error.message : String(error);
  return reasons[code] ? `${reasons[code]} (${code})` : code;
}


export function ensureDir(dir: string, fs: StoreFs = defaultFs): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dir, 0o700);
  } catch (error) {
    throw new UserError(`cannot save sessions in ${dir}: ${describeFsError(error)}`);
  }
}

