import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'timeline',
  'details',
  'reader',
  'sources',
  'list',
  'citations',
  'present',
  'share',
  'export',
];

/**
 * The house plan (DESIGN.md, "The house shows its plan"): src/app composes the page and is the
 * only place features meet; a feature imports only the shared layers below it; the shared
 * layers never import upward. Floors, top down: app → features → components → domain → i18n.
 */
const houseZones = [
  ...FEATURES.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature never imports another feature: let src/app compose them.',
  })),
  { target: './src/features', from: './src/app', message: 'Features never import the app shell.' },
  ...['components', 'domain', 'i18n'].flatMap((layer) => [
    { target: `./src/${layer}`, from: './src/app', message: 'Shared layers never import the app.' },
    {
      target: `./src/${layer}`,
      from: './src/features',
      message: 'Shared layers never import a feature.',
    },
  ]),
  { target: './src/domain', from: './src/components', message: 'The domain is below the UI.' },
  { target: './src/i18n', from: './src/components', message: 'i18n is the lowest layer.' },
  { target: './src/i18n', from: './src/domain', message: 'i18n is the lowest layer.' },
];

export default tseslint.config(
  { ignores: ['dist', 'test-results', 'playwright-report', 'bench-results', 'dev-dist'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: houseZones }] },
  },
);
