import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';
import httpStatus from './dist/src/index.js';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'tests/fixtures/', 'tests/e2e/project/', 'examples/', 'bench/.corpus/', 'bench/.baseline/', 'coverage/', 'editors/vscode/dist/', 'editors/vscode/build/', '.scratch/'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' }],
      'eslint-plugin/require-meta-schema-default': 'off',
      'eslint-plugin/meta-property-ordering': [
        'error',
        ['type', 'docs', 'fixable', 'hasSuggestions', 'messages', 'schema', 'defaultOptions'],
      ],
      'eslint-plugin/prefer-message-ids': 'error',
      'eslint-plugin/require-meta-type': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    ...httpStatus.configs.recommended,
  },
  {
    // tsserver loads plugins with a plain require, so this entry point is CommonJS by necessity.
    files: ['typescript-plugin/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
