import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js, tried on planted files: a wrong-way import must fail lint.
const eslint = new ESLint({ cwd: process.cwd() });
const ruleIds = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
};

describe('layer rules', () => {
  it.each([
    ['data/planted.ts', "import { t } from '@/utils/i18n';\nexport const x = t;\n"],
    ['utils/planted.ts', "import { Lens } from '@/page/lens';\nexport const x = Lens;\n"],
    ['utils/planted.ts', "import { deal } from '../data/deal';\nexport const x = deal;\n"],
    ['page/planted.ts', "import { Card } from '@/components/Card';\nexport const x = Card;\n"],
    ['page/planted.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n"],
    [
      'overlay/planted.ts',
      "import { loadSettings } from '@/extension/settings-store';\nexport const x = loadSettings;\n",
    ],
    ['components/planted.ts', "import { Lens } from '@/page/lens';\nexport const x = Lens;\n"],
    ['extension/planted.ts', "import { Lens } from '@/page/lens';\nexport const x = Lens;\n"],
    // The content script's rooms ask the background for the facts, never bundle them.
    ['overlay/planted.ts', "import raw from '@/data/deal.json';\nexport const x = raw;\n"],
    ['page/planted.ts', "import raw from '@/data/lexicon.json';\nexport const x = raw;\n"],
    [
      'entrypoints/content/planted.ts',
      "import { shippedKnowledge } from '@/utils/shipped-knowledge';\nexport const x = shippedKnowledge;\n",
    ],
  ])(
    '%s: fails on %s',
    async (file, code) => {
      expect(await ruleIds(file, code)).toContain('no-restricted-imports');
    },
    30_000,
  );

  it('pure rooms may not read the page', async () => {
    expect(
      await ruleIds('utils/planted.ts', 'export const title = () => document.title;\n'),
    ).toContain('no-restricted-globals');
  }, 30_000);

  it('allows the ways the doors open', async () => {
    const code =
      "import { t } from '@/utils/i18n';\nimport { isStatus } from '@/data/deal';\nexport const x = [t, isStatus];\n";
    for (const file of [
      'page/planted.ts',
      'overlay/planted.ts',
      'components/planted.ts',
      'entrypoints/planted.ts',
    ]) {
      expect(await ruleIds(file, code), file).toEqual([]);
    }
  }, 30_000);

  // Issue #29: no surface decides what to show from attributes the page can write.
  it.each([
    ['overlay/planted.ts', "export const f = (m: Element) => m.getAttribute('data-status');\n"],
    [
      'components/planted.tsx',
      "import { MARK_ATTR } from '@/page/mark-contract';\nexport const f = (m: Element) => m.getAttribute(MARK_ATTR.claim);\n",
    ],
    ['entrypoints/planted.ts', 'export const f = (m: HTMLElement) => m.dataset.term;\n'],
    [
      'page/page-summary.ts',
      'export const f = () => document.querySelector(\'mark[data-mention="1"]\');\n',
    ],
  ])(
    '%s: fails on reading the mark contract: %s',
    async (file, code) => {
      expect(await ruleIds(file, code)).toContain('no-restricted-syntax');
    },
    30_000,
  );
});
