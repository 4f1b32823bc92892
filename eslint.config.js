// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Page content is untrusted data: it must never be parsed as HTML by the extension. These sinks turn strings into
 * markup, so shipped code may not use them; render through Preact or textContent instead.
 */
const htmlSinkMessage = 'Never render strings as HTML (page content is hostile data): use Preact or textContent.';

const htmlSinkSyntax = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: htmlSinkMessage,
  },
  { selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]', message: htmlSinkMessage },
  { selector: 'CallExpression[callee.property.name="createContextualFragment"]', message: htmlSinkMessage },
];

const htmlSinkProperties = [
  { property: 'insertAdjacentHTML', message: htmlSinkMessage },
  { property: 'setHTMLUnsafe', message: htmlSinkMessage },
  { object: 'document', property: 'write', message: htmlSinkMessage },
  { object: 'document', property: 'writeln', message: htmlSinkMessage },
];

export default defineConfig(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'test-results/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', ...htmlSinkProperties],
      'no-restricted-syntax': ['error', ...htmlSinkSyntax],
    },
  },
  {
    // Tests build trusted fixture DOMs from literal markup (e.g. `document.body.innerHTML = '<p>…</p>'` in happy-dom);
    // the ban protects shipped code, which never sees these files.
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
);
