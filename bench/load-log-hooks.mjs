// Module loader hooks for ./load-log.mjs (they run on the loader's own thread).
import { appendFileSync } from 'node:fs';

let log;

export function initialize(file) {
  log = file;
}

export async function load(url, context, next) {
  const result = await next(url, context);
  if (log && url.startsWith('file:')) appendFileSync(log, `${url}\t${result.source?.length ?? 0}\n`);
  return result;
}
