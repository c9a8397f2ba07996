import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/**
 * One room's rules: it may not import the rooms in `banned`, nor (one import style) reach a
 * parent folder by a relative path; a `pure` room touches neither the page nor the browser, and
 * only extension/ and entrypoints/ talk to `browser.*`.
 */
/**
 * The content script runs on every page: it bundles only the page gate's names and asks the
 * background for the facts (extension/knowledge-source.ts). Its rooms may not import them.
 */
const FACTS_BUNDLED = [
  { name: '@/data/deal.json', message: 'The content script asks the background for the facts.' },
  {
    name: '@/data/lexicon.json',
    importNames: ['default'],
    message: 'The content script asks the background for the facts (import { pageGate } only).',
  },
  {
    name: '@/utils/shipped-knowledge',
    message: 'The content script asks the background for the facts.',
  },
];

function layer(files, banned, { pure = false, browser = true, paths: extra = [] } = {}) {
  const patterns = [
    ...banned.map((room) => ({
      group: [`@/${room}/*`],
      message: `${files.split('/')[0]}/ may not import ${room}/ (layers: README).`,
    })),
    { group: ['../*', '../**'], message: 'Import across folders through @/… (one import style).' },
  ];
  const paths =
    browser && !pure
      ? []
      : [
          { name: 'wxt/browser', message: 'Only extension/ and entrypoints/ talk to browser.*.' },
          {
            name: 'wxt/utils/storage',
            message: 'Only extension/ and entrypoints/ talk to browser.*.',
          },
          {
            name: 'webextension-polyfill',
            message: 'Only extension/ and entrypoints/ talk to browser.*.',
          },
        ];
  const rules = { 'no-restricted-imports': ['error', { paths: [...paths, ...extra], patterns }] };
  if (pure) {
    rules['no-restricted-globals'] = [
      'error',
      ...['document', 'window', 'navigator', 'location', 'browser', 'chrome'].map((name) => ({
        name,
        message: 'Pure logic: no page, no browser (put it in page/ or extension/).',
      })),
    ];
  }
  return [{ files: [files], rules }];
}

const NO_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Never inject HTML.',
};
/**
 * What we tell the reader comes from what we judged, kept in memory (page/mark-contract.ts),
 * never from a mark's attributes, which any page can write.
 */
const NO_CONTRACT_READS = [
  {
    selector:
      'CallExpression[callee.property.name=/^(getAttribute|hasAttribute|closest|querySelector|querySelectorAll|matches)$/] Literal[value=/data-(term|version|claim|status|mention)/]',
    message: 'Read the judged mention (mentionOf), never the mark contract attributes.',
  },
  {
    selector:
      "MemberExpression[object.property.name='dataset'][property.name=/^(term|version|claim|status|mention)$/]",
    message: 'Read the judged mention (mentionOf), never the mark contract attributes.',
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(getAttribute|hasAttribute|querySelector|querySelectorAll|closest|matches)$/] MemberExpression[object.name='MARK_ATTR']",
    message: 'Read the judged mention (mentionOf), never the mark contract attributes.',
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/', '.bench/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  nounsanitized.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Page and data text must never be parsed as HTML (issue: hostile pages). The
      // no-unsanitized plugin catches innerHTML/outerHTML/insertAdjacentHTML; these catch the rest.
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Never build HTML from strings; use DOM APIs or Preact.',
        },
        { property: 'outerHTML', message: 'Never build HTML from strings.' },
        { property: 'insertAdjacentHTML', message: 'Never build HTML from strings.' },
        { object: 'document', property: 'write', message: 'Never build HTML from strings.' },
      ],
      'no-restricted-syntax': ['error', NO_HTML],
    },
  },
  // The rooms and which way their doors open (README "How the code is laid out"): facts and pure
  // logic know nothing of the page or the browser; the page engine knows no overlay or views.
  ...layer('data/**', ['utils', 'page', 'overlay', 'components', 'extension', 'entrypoints'], {
    pure: true,
  }),
  ...layer('utils/**', ['page', 'overlay', 'components', 'extension', 'entrypoints'], {
    pure: true,
  }),
  ...layer('page/**', ['overlay', 'components', 'extension', 'entrypoints'], {
    browser: false,
    paths: FACTS_BUNDLED,
  }),
  ...layer('overlay/**', ['extension', 'entrypoints'], { browser: false, paths: FACTS_BUNDLED }),
  ...layer('components/**', ['page', 'overlay', 'extension', 'entrypoints'], { browser: false }),
  ...layer('extension/**', ['page', 'overlay', 'components', 'entrypoints']),
  ...layer('entrypoints/**', []),
  ...layer('entrypoints/content/**', [], { paths: FACTS_BUNDLED }),
  {
    // Every surface that tells the reader something: card, banner, popup, options, badge, summary.
    files: [
      'overlay/**',
      'components/**',
      'entrypoints/**',
      'page/page-summary.ts',
      'page/mark-style.ts',
      'utils/**',
    ],
    rules: { 'no-restricted-syntax': ['error', NO_HTML, ...NO_CONTRACT_READS] },
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
