// A short fingerprint of some bytes or text: its length and two independent 32-bit hashes of it
// (FNV-1a, and a multiply-shift hash), for cache keys that only have to tell changed input from
// unchanged, such as the history index's content stamps. Not a cryptographic digest: importing
// node:crypto for one cost history, stats and next several milliseconds of their start.

/** The fingerprint of `input` (text is taken as its UTF-16 code units), safe in a file name. */
export function fingerprint(input: Uint8Array | string): string {
  let fnv = 0x811c9dc5;
  let mix = 0x9747b28c;
  const length = input.length;
  const text = typeof input === 'string' ? input : undefined;
  const bytes = typeof input === 'string' ? undefined : input;
  for (let i = 0; i < length; i++) {
    const unit = text !== undefined ? text.charCodeAt(i) : bytes![i]!;
    fnv = Math.imul(fnv ^ unit, 0x01000193);
    mix = Math.imul(mix ^ unit, 0x5bd1e995);
    mix ^= mix >>> 15;
  }
  return `${length.toString(36)}-${(fnv >>> 0).toString(36)}-${(mix >>> 0).toString(36)}`;
}
