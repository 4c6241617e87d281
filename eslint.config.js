// @ts-check
/**
 * `npm run lint`: ESLint over the site's code, its tests and the configuration files, with zero warnings allowed.
 * TypeScript (typescript-eslint), Astro components, their front matter and <script> blocks (eslint-plugin-astro), and
 * the rules of React hooks (eslint-plugin-react-hooks). In src/, files stay under 300 lines and functions under 60: a
 * longer one is split into named steps, or says why it is not.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.artifacts/', 'test-results/', 'playwright-report/', '.*-build-*/', '.*-old-*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are mistakes, except a deliberately ignored leading parameter or rest sibling.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `catch {}` is how the inline scripts ignore blocked storage; every byte of them is in every page.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx,mjs,astro}'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  {
    // Declaration files describe modules and globals; their names are used elsewhere, and an ambient module can name
    // another module's types only with import().
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off', '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
