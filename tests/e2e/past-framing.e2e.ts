/**
 * Sentences that tell a claim as the past are judged history — correct — on real articles of
 * the corpus's development split (served as `npm run eval` serves them), in English, French,
 * German, Spanish and Italian, and their cards say the passage is right.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articlePage, loadCorpus } from '../../scripts/lib/corpus.mjs';
import { waitForLens } from './harness';
import { useExtension } from './fixture';

const CASES = [
  [
    'en-livemint-2025-10-28-microsoft-135-billion-stake-openai-restructure',
    "Microsoft's earlier agreement with OpenAI only gave it",
  ],
  [
    'fr-boursorama-2025-10-28-nouvel-accord-microsoft-openai-aof',
    'la participation de Microsoft s’élevait à 32,5%',
  ],
  [
    'fr-cryptoast-2024-07-10-microsoft-apple-quittent-conseil-openai',
    'Jusque là, Microsoft siégeait au Conseil',
  ],
  [
    'de-marketscreener-2024-07-10-microsoft-gibt-beobachtersitz-auf',
    'nahm im November letzten Jahres einen Beobachterposten',
  ],
  [
    'es-hispanidad-2025-11-15-jugada-maestra-openai-inteligencia-artificial-general',
    'Microsoft llegó al 49% de OpenAI',
  ],
  [
    'it-macitynet-2025-10-29-openai-microsoft-accordo-che-cambia-tutto',
    'Microsoft deteneva una quota',
  ],
] as const;

const corpus = new Map(loadCorpus().map((a) => [a.id, a]));
const { browser, server } = useExtension();
beforeAll(async () => {
  // Each article at an address of the local server, as eval serves it.
  await browser.context.route(/\/corpus\/[\w-]+\.html$/, (route) => {
    const id = /\/corpus\/([\w-]+)\.html$/.exec(route.request().url())![1]!;
    const article = corpus.get(id);
    return article
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: articlePage(article) })
      : route.fulfill({ status: 404, body: '' });
  });
});

describe('claims told as the past, on real articles', () => {
  it.each(CASES)('%s: “%s…” is history', async (id, words) => {
    expect(corpus.has(id), id).toBe(true);
    const page = await browser.newPage();
    await page.goto(server.url(`corpus/${id}.html`));
    await waitForLens(browser, page);
    // The verdict of the first mark from `words` on: the statement those words make.
    const verdict = await page.evaluate((needle) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(needle));
      if (!p) return 'no paragraph';
      const at = p.textContent!.indexOf(needle);
      const mark = [...p.querySelectorAll<HTMLElement>('mark.dealterm')].find((m) => {
        const range = document.createRange();
        range.setStart(p, 0);
        range.setEndBefore(m);
        return range.toString().length >= at;
      });
      if (mark) mark.id = 'under-test';
      return mark?.dataset.status ?? 'no mark';
    }, words);
    expect(verdict).toBe('history');
    // And its card says the passage is right.
    await page.hover('#under-test');
    const card = page.locator('deal-lens-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    expect(await card.innerText()).toMatch(/Stated as the past — correct/);
    await page.close();
  });
});
