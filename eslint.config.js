import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['map', 'profile', 'compare', 'rankings', 'sectors', 'data', 'importer'];

/** Layer rules from docs/architecture.md, enforced so they stay true. */
const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'public', 'node_modules', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  { files: ['*.config.{js,ts}', '**/*.d.ts'], rules: { 'no-restricted-syntax': 'off' } },
  restrict(
    ['src/domain/**'],
    [
      {
        group: [
          'react',
          'react-*',
          'leaflet',
          'zustand',
          'recharts',
          '@tanstack/*',
          'msw',
          'msw/*',
          'i18next',
          'zod',
        ],
        message: 'domain/ is pure: no frameworks.',
      },
      {
        group: [
          '**/data/*',
          '**/store/*',
          '**/features/*',
          '**/app/*',
          '**/components/*',
          '**/lib/*',
          '**/i18n/*',
        ],
        message: 'domain/ imports nothing outside itself.',
      },
    ],
  ),
  restrict(
    ['src/**'],
    [{ group: ['leaflet', 'react-leaflet'], message: 'Leaflet lives in features/map.' }],
    ['src/features/map/**'],
  ),
  restrict(
    ['src/**'],
    [{ group: ['zustand', 'zustand/*'], message: 'zustand lives in store/.' }],
    ['src/store/**'],
  ),
  restrict(
    ['src/**'],
    [{ group: ['msw', 'msw/*'], message: 'msw lives in mocks/ and tests.' }],
    ['src/mocks/**'],
  ),
  ...FEATURES.map((feature) =>
    restrict(
      [`src/features/${feature}/**`],
      [
        {
          group: FEATURES.filter((f) => f !== feature).map((f) => `**/features/${f}/*`),
          message: 'Features never import each other; share through components/ or domain/.',
        },
      ],
    ),
  ),
);
