import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The layers of src/, top to bottom (README, "Layout"). A module imports only from layers
// below its own, and from the peers `peers` names in its own layer; no file imports
// itself back through a cycle. A change that breaks either fails `npm run lint`.
const layers = [
  ['cli', 'index.ts'],
  ['commands'],
  ['ui', 'report', 'progress'],
  ['session', 'store'],
  ['coverage', 'content'],
  ['text', 'errors.ts', 'version.ts'],
];
const peers = { ui: ['report'], store: ['session'], coverage: ['content'] };

const at = (name) => `./src/${name}`;
const zones = layers.flatMap((layer, i) =>
  layer.map((name) => ({
    target: at(name),
    from: [...layers.slice(0, i).flat(), ...layer.filter((other) => other !== name && !(peers[name] ?? []).includes(other))].map(at),
    message: `src/${name} sits below these in the layer order (README, "Layout"): move the shared code down instead.`,
  })),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/*/generated/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', TextDecoder: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // NodeNext imports name the built file (./load.js); the source is ./load.ts.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    // The environment is read where the program starts (src/cli) and where it finds its files
    // (store/paths.ts); below that, settings arrive as arguments. A switch read elsewhere changes
    // behaviour nobody asked for (one left in from a measurement once reached main).
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/store/paths.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment in src/cli or store/paths.ts and pass the setting in.' }],
    },
  },
);
