// Whole-file writes that never leave a half-written file: write a temporary file
// beside the target, flush it, then rename it over the target (atomic on POSIX).
// (write-file-atomic cannot be bundled as ESM: it reads __filename.)
import * as nodeFs from 'node:fs';

/** The calls made, so a test can stand in a file system that writes a little at a time. */
export type AtomicWriteFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'>;

export function writeFileAtomic(path: string, text: string | Uint8Array, mode = 0o600, fs: AtomicWriteFs = nodeFs): void {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const fd = fs.openSync(tmp, 'wx', mode);
  try {
    // writeSync may take only part of the buffer (a large file, a slow or filling disk).
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, path);
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
