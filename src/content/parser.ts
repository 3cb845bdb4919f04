// Everything that turns YAML bytes into checked documents: the yaml parser and the
// precompiled schema validators, the heaviest code in the program. The build
// loads this module only when a file misses the content snapshot (scripts/build.mjs,
// lazyParserPlugin), so a start-up on unchanged bundled content never pays for it.
export { parseYaml, type ParsedYaml } from './parse.js';
export { checkSchema } from './validate.js';
