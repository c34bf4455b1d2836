import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'demo-output/', 'test-results/', 'playwright-report/', '.rt-state/', 'e2e/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', navigator: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Ticket text is data: render it as text.' },
      ],
    },
  },
  {
    // src/ is the library: no extension APIs.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['webextension-polyfill'] }],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'e2e/**'],
    // Playwright fixtures must destructure `{}` to declare no dependencies.
    rules: { 'no-undef': 'off', 'no-empty-pattern': 'off' },
  },
);
