// Lint rules: ESLint's recommended set and typescript-eslint's, over sources, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A quoted string, or a template literal whose placeholders only name values (`${a.b}`): words, not code. */
const STRING = String.raw`'[^']*'|"[^"]*"`;
const PLAIN_TEMPLATE = String.raw`\x60(?:[^\x60$]|\$(?!\{)|\$\{[\w.]+\})*\x60`;

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', '.dependency-cruiser.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', TextDecoder: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-control-regex': 'off',
    },
  },
  {
    // Prettier wraps code at 120 columns but not comments, regular expressions or long strings: this holds the rest.
    // A line that is only a string or template literal (a sentence briefbot says) or holds a URL may be longer.
    files: ['src/**/*.ts'],
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignorePattern: String.raw`^\s*(?:${STRING}|${PLAIN_TEMPLATE})[,;)]*\s*$` },
      ],
    },
  },
);
