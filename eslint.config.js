import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder in src/features is a feature: read from disk, so the list cannot name a folder that is gone. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The shared layers, lowest first: a layer imports only the layers before it (lib < data < domain < store <
 * components), and none of them imports a feature or the app shell. `src/testing` (test support) may use any shared
 * layer. docs/architecture.md ("Layers") says what each layer holds.
 */
const LAYERS = ['lib', 'data', 'domain', 'store', 'components'];

const layerZones = LAYERS.map((layer, index) => {
  const above = LAYERS.slice(index + 1);
  return {
    target: `./src/${layer}`,
    from: [...above, 'features', 'app', ...(layer === 'lib' ? ['testing'] : [])].map((folder) => `./src/${folder}`),
    message: `${layer}/ never imports ${above.join('/, ')}/, features/ or app/: move the shared part down, or pass it in.`,
  };
});

const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features never import each other: move shared code to components/, store/, domain/, data/ or lib/.',
}));

const ZONES = [
  ...layerZones,
  { target: './src/testing', from: ['./src/features', './src/app'], message: 'Test support never imports a feature.' },
  { target: './src/features', from: './src/app', message: 'Features never import the app shell.' },
  ...featureZones,
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'bench/tmp', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data is rendered as text: no dangerouslySetInnerHTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Parse the TypeScript sources (no-cycle follows their imports) and resolve the `@/` alias the way tsc does.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.base.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: ZONES }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: [
      '**/*.test.{ts,tsx}',
      'src/testing/**',
      'tests/**',
      'scripts/**',
      'bench/**',
      'vite.config.ts',
      'eslint.config.js',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
);
