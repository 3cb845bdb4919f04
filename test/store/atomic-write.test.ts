import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from '../../src/store/atomic-write.js';

/** node:fs whose writeSync takes at most `most` bytes a call, as a write to a filling disk may. */
const trickling = (most: number): AtomicWriteFs => ({
  ...fs,
  writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) => fs.writeSync(fd, buffer, offset, Math.min(most, length))) as typeof fs.writeSync,
});

describe('writeFileAtomic', () => {
  it.each([1, 7, 4096])('writes the whole text when each write takes at most %i bytes, and leaves no temporary file', (most) => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-atomic-'));
    const text = `${'é → ✓ '.repeat(3000)}end\n`;
    writeFileAtomic(join(dir, 'out.md'), text, 0o600, trickling(most));
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe(text);
    expect(statSync(join(dir, 'out.md')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('keeps the old file whole and removes the temporary one when a write fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-atomic-'));
    writeFileAtomic(join(dir, 'out.md'), 'old\n');
    const failing: AtomicWriteFs = { ...fs, writeSync: (() => { throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); }) as typeof fs.writeSync };
    expect(() => writeFileAtomic(join(dir, 'out.md'), 'new\n', 0o600, failing)).toThrow('ENOSPC');
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });
});
