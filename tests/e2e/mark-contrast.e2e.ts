/**
 * The marks as Chromium draws them, on a light page and on a dark one: every status's line
 * stands out 3:1 from the page (WCAG 1.4.11), and the words on a mark's tint keep 4.5:1 against
 * it (WCAG 1.4.3). Colours are read back from the rendered page, not from our constants.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../data/deal';
import { waitForLens } from './harness';
import { useExtension } from './fixture';

/** A page in dark mode as many sites have one: light text on a near-black background. */
const DARK_CSS =
  '<style>*:not(mark) { color: #e5e5e5 !important; background-color: transparent !important; }' +
  ' :root, :root body { background-color: #121212 !important; }</style>';
/** Between them, these pages state every status. */
const PAGES = [
  'seeds/002_712270f75fb8a2dd.html',
  'seeds/003_16ec99c30571758d.html',
  'seeds/004_679afbbb546c3045.html',
  'pages/en-2023-01-investment.html',
  'pages/en-2026-04-27-amendment.html',
];

interface Measured {
  status: string;
  line: number;
  text: number;
}

/** In the page: each mark's line against the page, and its words against their tint. */
function measureMarks(): Measured[] {
  const rgba = (colour: string) => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour);
    return m ? [+m[1]!, +m[2]!, +m[3]!, m[4] === undefined ? 1 : +m[4]] : [0, 0, 0, 0];
  };
  const over = (top: number[], under: number[]) =>
    [0, 1, 2].map((i) => top[i]! * top[3]! + under[i]! * (1 - top[3]!));
  const lum = (rgb: number[]) => {
    const [r, g, b] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const ratio = (a: number[], b: number[]) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  // The page's own background: the body's, else the root's, else white.
  const layers = [document.body, document.documentElement].map((el) =>
    rgba(getComputedStyle(el).backgroundColor),
  );
  const page = layers.find((c) => c[3]! > 0.5)?.slice(0, 3) ?? [255, 255, 255];
  return [...document.querySelectorAll<HTMLElement>('mark.dealterm')].map((mark) => {
    const style = getComputedStyle(mark);
    const tint = over(rgba(style.backgroundColor), page);
    return {
      status: mark.dataset.status ?? '',
      line: ratio(rgba(style.textDecorationColor).slice(0, 3), page),
      text: ratio(rgba(style.color).slice(0, 3), tint),
    };
  });
}

const lab = useExtension();
beforeAll(async () => {
  await lab.browser.context.route(/\?dark$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</head>', `${DARK_CSS}</head>`);
    return route.fulfill({ response, body });
  });
});

describe.each(['light', 'dark'] as const)('marks on a %s page', (scheme) => {
  it('keep 3:1 for their lines against the page and 4.5:1 for their words on the tint', async () => {
    const seen = new Set<string>();
    for (const path of PAGES) {
      const page = await lab.browser.newPage();
      await page.goto(lab.server.url(path) + (scheme === 'dark' ? '?dark' : ''));
      await waitForLens(lab.browser, page);
      // The dark page is one: its own background says so, as the lens reads it.
      if (scheme === 'dark')
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
          'rgb(18, 18, 18)',
        );
      for (const m of await page.evaluate(measureMarks)) {
        seen.add(m.status);
        expect(m.line, `${path}: ${m.status} line`).toBeGreaterThanOrEqual(3);
        expect(m.text, `${path}: ${m.status} words`).toBeGreaterThanOrEqual(4.5);
      }
      await page.close();
    }
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });
});
