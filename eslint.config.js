import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/', '.bench/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  nounsanitized.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Page and data text must never be parsed as HTML (issue: hostile pages). The
      // no-unsanitized plugin catches innerHTML/outerHTML/insertAdjacentHTML; these catch the rest.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never build HTML from strings; use DOM APIs or Preact.' },
        { property: 'outerHTML', message: 'Never build HTML from strings.' },
        { property: 'insertAdjacentHTML', message: 'Never build HTML from strings.' },
        { object: 'document', property: 'write', message: 'Never build HTML from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML.',
        },
      ],
    },
  },
  {
    // Tests and scripts read back the page's HTML to prove it was restored.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off', 'no-unsanitized/property': 'off' },
  },
  {
    // Node scripts; `chrome` appears in callbacks they evaluate inside the extension.
    files: ['scripts/**/*.mjs', '*.config.*'],
    languageOptions: { globals: { ...globals.node, chrome: 'readonly' } },
  },
);
