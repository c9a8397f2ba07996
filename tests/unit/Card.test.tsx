// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Card } from '@/components/Card';
import type { CardModel, CardSource } from '@/utils/card-model';

const REPORT: CardSource = {
  id: 's2',
  title: 'A report',
  outlet: 'Reuters',
  date: '27 April 2026',
  url: 'https://reuters.example/b',
  basis: 'reported',
  basisLabel: 'reported',
};

// A hand-written model: this file tests layout and behaviour; card-model.test.ts tests wording.
const MODEL: CardModel = {
  lang: 'en',
  term: {
    id: 'ip-rights',
    name: "Microsoft's rights to OpenAI's IP",
    explanation: 'What Microsoft may do with OpenAI models.',
  },
  quote: 'IP rights through 2032',
  said: {
    // Page-derived and data text must come out as text, never as markup.
    text: 'Microsoft has IP rights through 2032. <img src=x onerror="window.__pwned=1">',
    date: 'Stated on 28 October 2025',
    basis: 'official',
    basisLabel: 'official',
  },
  status: { kind: 'changed', label: 'Superseded on 27 April 2026', detail: null },
  now: {
    statement: 'Microsoft keeps a licence through 2032, but it is now non-exclusive.',
    short: 'Microsoft keeps a licence through 2032, but it is now non-exclusive.',
    since: 'In force since 27 April 2026',
    basis: 'reported',
    basisLabel: 'reported',
  },
  note: 'Consumer hardware is excluded.',
  timeline: [
    {
      id: 'v1',
      isoDate: '2025-10-28',
      date: '28 October 2025',
      statement: 'Exclusive through 2032…',
      full: 'Exclusive through 2032; with guardrails.',
      basis: 'official',
      basisLabel: 'official',
      stated: true,
      inForce: false,
    },
    {
      id: 'v2',
      isoDate: '2026-04-27',
      date: '27 April 2026',
      statement: 'Non-exclusive licence.',
      full: null,
      basis: 'reported',
      basisLabel: 'reported',
      stated: false,
      inForce: true,
    },
  ],
  sources: [
    {
      heading: 'Sources for what this passage says',
      sources: [
        {
          id: 's1',
          title: 'The next chapter',
          outlet: 'OpenAI',
          date: '28 October 2025',
          url: 'https://openai.com/a',
          basis: 'official',
          basisLabel: 'official',
        },
      ],
    },
    {
      heading: 'Sources for what holds today',
      sources: [REPORT],
    },
  ],
  checked: 'Facts checked as of 22 November 2026',
  summary: "Microsoft's rights to OpenAI's IP: Superseded on 27 April 2026.",
  // The card's answer cites the source for what holds today.
  answerSource: REPORT,
  correction: '“IP rights through 2032” — Superseded on 27 April 2026.\nToday: non-exclusive.',
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const show = (props: Partial<Parameters<typeof Card>[0]> = {}) => {
  const onClose = vi.fn();
  const onPin = vi.fn();
  render(<Card model={MODEL} pinned={false} onClose={onClose} onPin={onPin} {...props} />, root);
  const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
  return { dialog, onClose, onPin };
};
const button = (name: string) =>
  root.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;

describe('Card', () => {
  it('is a dialog labelled by its title', () => {
    const { dialog } = show();
    expect(dialog).not.toBeNull();
    expect(dialog.getAttribute('aria-modal')).toBeNull(); // non-modal
    const title = root.querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`);
    expect(title?.textContent).toBe("Microsoft's rights to OpenAI's IP");
    expect(dialog.getAttribute('lang')).toBe('en');
  });

  it('shows the status in words, with a decorative icon, described to assistive technology', () => {
    const { dialog } = show();
    const status = root.querySelector(`#${CSS.escape(dialog.getAttribute('aria-describedby')!)}`);
    expect(status?.textContent).toContain('Superseded on 27 April 2026');
    const badge = root.querySelector('.dl-badge')!;
    expect(badge.getAttribute('data-kind')).toBe('changed');
    expect(badge.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(dialog.getAttribute('data-status')).toBe('changed');
  });

  it('shows what the passage says, what holds today, the note, timeline and check date', () => {
    show();
    const text = root.textContent ?? '';
    expect(text).toContain('What this passage says');
    expect(text).toContain('Microsoft has IP rights through 2032.');
    expect(text).toContain('What holds today');
    expect(text).toContain('now non-exclusive');
    expect(text).toContain('Consumer hardware is excluded.');
    expect(text).toContain('Facts checked as of 22 November 2026');
    const items = root.querySelectorAll('.dl-tl-item');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('stated in this passage');
    expect(items[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2025-10-28');
    // In full: the timeline is behind "Details", where there is room.
    expect(items[0]!.querySelector('.dl-tl-text')?.textContent).toBe(
      'Exclusive through 2032; with guardrails.',
    );
    expect(items[1]!.textContent).toContain('in force now');
  });

  it('marks reported items visibly in words', () => {
    show();
    const reported = [...root.querySelectorAll('.dl-tag-reported')].map((e) => e.textContent);
    // today's version, its timeline entry, and the reported source
    expect(reported).toEqual(['reported', 'reported', 'reported']);
  });

  it('opens source links in a new tab without an opener', () => {
    show();
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.dataset.href)).toEqual([
      'https://reuters.example/b', // the answer's source
      'https://openai.com/a',
      'https://reuters.example/b',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.textContent).toContain('(opens in a new tab)');
      // A link to the keyboard and to assistive technology, before it has its address.
      expect(a.getAttribute('role')).toBe('link');
      expect(a.tabIndex).toBe(0);
    }
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toContain(
      'Sources for what holds today',
    );
  });

  it('gives a source link its address only when the reader reaches for it', () => {
    show();
    const [byPointer, byKey] = [
      ...root.querySelectorAll<HTMLAnchorElement>('.dl-details a.dl-link'),
    ];
    // Shown, focused, hovered: no href, so no browser looks its host up (no prefetch).
    byPointer!.focus();
    byPointer!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    byKey!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect([byPointer, byKey].map((a) => a!.hasAttribute('href'))).toEqual([false, false]);
    // Pointer down (before the click, the middle click or the context menu), or Enter.
    byPointer!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    byKey!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(byPointer!.getAttribute('href')).toBe('https://openai.com/a');
    expect(byKey!.getAttribute('href')).toBe('https://reuters.example/b');
  });

  it('follows a click that came without a pointer down (assistive technology)', () => {
    show();
    const link = root.querySelector<HTMLAnchorElement>('a.dl-link')!;
    let hrefWhenDefaultRan: string | null = 'not run';
    // The activation behaviour reads href after the listeners ran: a listener on the root, the
    // last one the click reaches, sees what it will read.
    root.addEventListener('click', (event) => {
      hrefWhenDefaultRan = link.getAttribute('href');
      event.preventDefault(); // no navigation in the test document
    });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(hrefWhenDefaultRan).toBe('https://reuters.example/b');
  });

  it('answers first, and keeps the definition, timeline and every source behind Details', () => {
    show();
    const details = root.querySelector('details.dl-details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(
      'Details: timeline and every source',
    );
    for (const inside of ['.dl-timeline', '.dl-sources', '.dl-explanation', '.dl-note']) {
      expect(details.querySelector(inside), inside).not.toBeNull();
    }
    // Outside: the verdict, what the passage says, what holds today, and one source.
    for (const outside of ['.dl-status', '.dl-said', '.dl-now', '.dl-answer-source a.dl-link']) {
      const el = root.querySelector(outside);
      expect(el, outside).not.toBeNull();
      expect(details.contains(el)).toBe(false);
    }
  });

  it('copies the correction as plain text, and says so', async () => {
    const onCopy = vi.fn(async () => true);
    show({ onCopy });
    const copy = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Copy correction',
    )!;
    copy.click();
    expect(onCopy).toHaveBeenCalledWith(MODEL.correction);
    await vi.waitFor(() => expect(copy.textContent).toBe('Copied'));
  });

  it('offers no correction to copy for a statement that holds', () => {
    show({ onCopy: vi.fn(), model: { ...MODEL, correction: null } });
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain(
      'Copy correction',
    );
  });

  it('calls onPin and onClose, and reflects pinning with aria-pressed', () => {
    const { onPin, onClose } = show();
    const pin = button('Keep this card open');
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    pin.click();
    expect(onPin).toHaveBeenCalledTimes(1);
    button('Close').click();
    expect(onClose).toHaveBeenCalledTimes(1);
    show({ pinned: true });
    expect(button('Keep this card open').getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelectorAll('[role="dialog"]')).toHaveLength(1);
  });

  it('closes on Escape', () => {
    const { dialog, onClose } = show();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('never writes HTML from strings', () => {
    const setter = vi.spyOn(Element.prototype, 'innerHTML', 'set');
    show();
    expect(setter).not.toHaveBeenCalled();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });

  it('renders French labels from the model language', () => {
    show({
      model: {
        ...MODEL,
        lang: 'fr',
        now: { none: 'Aucune version de ce terme n’est en vigueur aujourd’hui.' },
      },
    });
    expect(button('Fermer')).not.toBeNull();
    expect(button('Garder cette fiche ouverte')).not.toBeNull();
    expect(root.textContent).toContain('Ce que dit ce passage');
    expect(root.textContent).toContain('Aucune version de ce terme');
    expect(root.querySelector('[role="dialog"]')!.getAttribute('lang')).toBe('fr');
  });

  it('has no axe violations (happy-dom; colour contrast is checked in the browser)', async () => {
    show();
    const results = await axe.run(root, {
      // happy-dom does no layout, so contrast cannot be computed here; e2e runs it in Chromium.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // Make sure axe really looked at the card rather than passing vacuously.
    expect(results.passes.map((p) => p.id)).toEqual(
      expect.arrayContaining(['aria-dialog-name', 'button-name']),
    );
  });
});
