// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { STATUSES } from '@/data/deal';
import { pageScheme } from '@/page/mark-style';
import { LINE_COLOUR, markCss } from '@/utils/mark-look';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const lum = (hex: string) => {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('mark lines', () => {
  // WCAG 1.4.11: a status's line must stand out 3:1 from the page around it.
  it.each([
    ['light', ['#ffffff', '#f7f7f7', '#fffbeb']],
    ['dark', ['#000000', '#121212', '#1e1e1e', '#2b2b2b']],
  ] as const)('keep 3:1 against %s pages', (scheme, backgrounds) => {
    for (const status of STATUSES) {
      for (const background of backgrounds) {
        expect(
          contrast(LINE_COLOUR[scheme][status], background),
          `${status} on ${background}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('draw each status in its own shape, in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const shapes = STATUSES.map(
        (status) => /text-decoration: ([a-z ]+) #/.exec(markCss('background', status, scheme))![1],
      );
      expect(new Set(shapes).size).toBe(STATUSES.length);
    }
  });
});

describe('pageScheme', () => {
  afterEach(() => {
    document.body.removeAttribute('style');
    document.documentElement.removeAttribute('style');
  });

  it('reads a page dark by its body or root background, and light otherwise', () => {
    expect(pageScheme(document)).toBe('light');
    document.documentElement.style.backgroundColor = 'rgb(18, 18, 18)';
    expect(pageScheme(document)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(pageScheme(document)).toBe('light');
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)'; // transparent: the root's shows
    expect(pageScheme(document)).toBe('dark');
  });
});
