import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The one-way arrow config → auth → api → features → app: each layer may import the ones before it,
 * never one after. storage, i18n, components and lib sit below them all, so every layer may use
 * them, and they import none of the layers. main.tsx, silent-callback.ts and prerender.tsx (the build's) are entries, like app.
 */
const layers = ['config', 'auth', 'api', 'features', 'app'];
const shared = ['storage', 'i18n', 'components', 'lib'];
const entries = ['./src/main.tsx', './src/silent-callback.ts', './src/prerender.tsx'];
const arrow = [
  ...layers.map((layer, index) => ({
    target: `./src/${layer}`,
    from: [...layers.slice(index + 1).map((later) => `./src/${later}`), ...entries],
    message: `${layer}/ may not import a layer after it (config → auth → api → features → app).`,
  })),
  {
    target: shared.map((folder) => `./src/${folder}`),
    from: [...layers.map((layer) => `./src/${layer}`), ...entries],
    message: 'storage, i18n, components and lib are used by every layer, so they import none of them.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results', 'bench/floor/dist'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: globals.node },
  },
  // Inline in the built page, before the app: the browser's globals, not Node's.
  { files: ['src/first-paint-guard.js'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/**/*.{ts,tsx}', 'sandbox/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // Without these the plugin skips TypeScript files when it follows imports, and no-cycle sees no cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...arrow,
            // The sandbox stands in for Aritma's servers: it shares plain rules with the app (src/lib), never its screens.
            { target: './sandbox', from: './src', except: ['./lib'], message: 'The sandbox may use src/lib only.' },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Nothing in the app imports the sandbox or the e2e suite (its tests may run the sandbox).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [...arrow, { target: './src', from: ['./sandbox', './e2e'], message: 'The app never imports the sandbox or the e2e suite.' }],
        },
      ],
    },
  },
);
