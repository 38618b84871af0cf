// One lint for the workspace: ESLint's and typescript-eslint's recommended rules, React hooks rules
// for the dashboard, and the dashboard's import direction (app → features → components/lib; never
// feature to feature, never back up).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'dashboard/src/gql/**',
      '.atlas/**',
      '.data/**',
      'bench/results/**',
      '**/screenshots/**',
      'server/src/db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Resolver registries are lists of classes (type-graphql takes Function[]).
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // `const self = this` is how a function* row generator reaches its class.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self'] }],
    },
  },
  {
    // Tests read dynamic GraphQL responses; typing each one would add noise, not safety.
    files: ['test/**/*.ts', 'server/test/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['dashboard/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['dashboard/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+/',
              message: 'A feature must not import another feature: move shared code to components/ or lib/.',
            },
            { regex: '/app/', message: 'Features must not import from app/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['dashboard/src/components/**/*.{ts,tsx}', 'dashboard/src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/(features|app)/', message: 'components/ and lib/ must not import features/ or app/.' }] },
      ],
    },
  },
);
