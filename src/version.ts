// The version `mlsd --version` prints and the history index is stamped with: package.json's,
// inlined by the bundler at build time, so it cannot drift from what was published.
import pkg from '../package.json' with { type: 'json' };

export const version: string = pkg.version;
