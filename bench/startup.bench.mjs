import { mlsd, ratioToNode } from './harness.mjs';

export default async function startup() {
  return [
    ratioToNode('mlsd --version', [mlsd, '--version'], 1.3),
    ratioToNode('mlsd --help', [mlsd, '--help'], 1.3),
    ratioToNode('mlsd validate (all bundled content)', [mlsd, 'validate'], 2),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await startup());
