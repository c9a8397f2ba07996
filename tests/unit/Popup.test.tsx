// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import rawDeal from '@/data/deal.json';
import { Deal, needsCorrection, parseDealBase, type Status } from '@/data/deal';
import { Options, type OptionsApi } from '@/components/Options';
import { Popup, type PopupApi, type PopupReply } from '@/components/Popup';
import type { UiLang } from '@/utils/i18n';
import type { LensState } from '@/utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { MentionSummary } from '@/utils/summary';

const deal = new Deal(parseDealBase(rawDeal));

function mention(id: string, term: string, status: Status): MentionSummary {
  return { id, term, version: null, claim: null, status, text: id };
}
function reply(
  state: LensState,
  mentions: MentionSummary[],
  pageDate: string | null = '2025-10-30',
): PopupReply {
  return {
    state,
    hostname: 'news.example',
    timing: { start: 0, began: 0, gated: 0, ready: 0, read: 1, scanned: 1, writeSlices: 0 },
    summary: {
      pageDate,
      mentions,
      outdated: mentions.filter((m) => needsCorrection(m.status)).length,
    },
  };
}
const SEED = reply('done', [
  mention('dl-1', 'ms-stake', 'in-force'),
  mention('dl-2', 'compute-provider', 'changed'),
  mention('dl-3', 'ms-stake', 'changed'),
  mention('dl-4', 'investment', 'history'),
]);

function fakeApi(answer: Promise<PopupReply>, settings: Settings = DEFAULT_SETTINGS) {
  const summaryListeners = new Set<(r: PopupReply) => void>();
  const settingsListeners = new Set<(s: Settings) => void>();
  const api = {
    getSummary: vi.fn(() => answer),
    onSummary: vi.fn((l: (r: PopupReply) => void) => {
      summaryListeners.add(l);
      return () => summaryListeners.delete(l);
    }),
    loadSettings: vi.fn(async () => settings),
    watchSettings: vi.fn((l: (s: Settings) => void) => {
      settingsListeners.add(l);
      return () => settingsListeners.delete(l);
    }),
    setSiteEnabled: vi.fn(async () => undefined),
    reveal: vi.fn(async () => undefined),
    step: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    close: vi.fn(),
  } satisfies PopupApi;
  return {
    api,
    pushSummary: (r: PopupReply) => summaryListeners.forEach((l) => l(r)),
    pushSettings: (s: Settings) => settingsListeners.forEach((l) => l(s)),
  };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(api: PopupApi, lang: UiLang = 'en', today = deal.checkedAsOf) {
  await act(async () => {
    render(<Popup api={api} deal={deal} lang={lang} today={today} />, root);
  });
  await act(async () => {
    await new Promise((ok) => setTimeout(ok, 0));
  });
}
const text = () => root.textContent ?? '';
const rows = () =>
  [...root.querySelectorAll<HTMLButtonElement>('button.term')].map((b) => [
    b.querySelector('.term-name')?.textContent,
    b.querySelector('.term-status')?.textContent,
    b.querySelector('.term-count')?.textContent,
  ]);

async function axeViolations(): Promise<string[]> {
  const result = await axe.run(root, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

describe('Popup', () => {
  it('shows "reading" until the tab answers', async () => {
    const { api } = fakeApi(new Promise(() => undefined));
    await show(api);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Reading this page…');
  });

  it('lists each term with its status in words and a mention count', async () => {
    const { api } = fakeApi(Promise.resolve(SEED));
    await show(api);
    expect(text()).toContain('Published 30 October 2025');
    expect(rows()).toEqual([
      [
        "Microsoft's stake in OpenAI",
        'Changed since this article',
        '2 mentions · 1 of 2 not true today',
      ],
      ["OpenAI's cloud provider", 'Changed since this article', '1 mention'],
      ["Microsoft's investment in OpenAI", 'History', '1 mention'],
    ]);
    expect(root.querySelector('.outdated')?.textContent).toBe(
      '2 of 4 statements are not true today',
    );
    expect(root.querySelectorAll('button.term svg[aria-hidden="true"]')).toHaveLength(3);
    expect(text()).toContain(`Facts checked as of`);
  });

  it('says plainly when the facts are over 60 days old', async () => {
    await show(fakeApi(new Promise(() => undefined)).api, 'en', '2027-03-01');
    expect(root.querySelector('.checked')?.textContent).toBe(
      'Facts checked 3 months ago — newer changes may be missing',
    );
  });

  it('says so when the page states no deal term', async () => {
    const { api } = fakeApi(Promise.resolve(reply('done', [], null)));
    await show(api);
    expect(root.querySelector('.note-empty')?.textContent).toBe(
      'No Microsoft–OpenAI deal terms on this page',
    );
    expect(text()).toContain('Publication date not found');
    expect(root.querySelector('button.term')).toBeNull();
  });

  it('says so when no content script can run in the tab', async () => {
    const { api } = fakeApi(Promise.reject(new Error('Could not establish connection')));
    await show(api);
    expect(root.querySelector('.note-unsupported')?.textContent).toBe(
      'Deal Lens can’t read this page (browser or store pages)',
    );
    expect(root.querySelector('#site-switch')).toBeNull();
    expect(root.querySelector('button.link')).not.toBeNull();
  });

  it('follows the tab while it is still scanning', async () => {
    const fake = fakeApi(Promise.resolve(reply('scanning', [])));
    await show(fake.api);
    expect(text()).toContain('Still reading this page…');
    await act(async () => fake.pushSummary(SEED));
    expect(rows()).toHaveLength(3);
  });

  it('opens the first statement of a term that is not true today, else its first mention, then closes', async () => {
    const { api } = fakeApi(Promise.resolve(SEED));
    await show(api);
    const click = (term: string) =>
      act(async () => {
        root.querySelector<HTMLButtonElement>(`button.term[data-term="${term}"]`)!.click();
        await new Promise((ok) => setTimeout(ok, 0));
      });
    await click('ms-stake'); // dl-1 in force, dl-3 changed since the article
    expect(api.reveal).toHaveBeenLastCalledWith('dl-3');
    await click('investment');
    expect(api.reveal).toHaveBeenLastCalledWith('dl-4');
    expect(api.close).toHaveBeenCalled();
  });

  it('steps to the next statement not true today, and says which keys do it on the page', async () => {
    const { api } = fakeApi(Promise.resolve(SEED));
    await show(api);
    const next = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Show the next one',
    )!;
    expect(root.querySelector('.steps')?.textContent).toContain('Alt+Shift+J');
    await act(async () => {
      next.click();
      await new Promise((ok) => setTimeout(ok, 0));
    });
    expect(api.step).toHaveBeenCalledWith(1);
    expect(api.close).toHaveBeenCalled();
  });

  it('offers no next statement when every statement holds', async () => {
    const { api } = fakeApi(
      Promise.resolve(reply('done', [mention('dl-1', 'ms-stake', 'in-force')])),
    );
    await show(api);
    expect(root.querySelector('.steps')).toBeNull();
  });

  it('explains every highlight in a legend', async () => {
    const { api } = fakeApi(Promise.resolve(SEED));
    await show(api);
    const rows = [...root.querySelectorAll('.legend-row')];
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual([
      'in-force',
      'changed',
      'out-of-date',
      'history',
      'wrong',
      'unclear',
    ]);
    // Each sample looks as the page's marks of its status do, and no two look alike.
    const looks = rows.map(
      (r) => r.querySelector<HTMLElement>('.legend-sample')!.style.textDecoration,
    );
    expect(new Set(looks).size).toBe(6);
    expect(rows[1]!.textContent).toContain('Changed since this article');
  });

  it('turns Deal Lens off for the site with a labelled switch', async () => {
    const { api } = fakeApi(Promise.resolve(SEED));
    await show(api);
    const input = root.querySelector<HTMLInputElement>('#site-switch')!;
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.checked).toBe(true);
    expect(root.querySelector('label[for="site-switch"]')?.textContent).toBe(
      'Deal Lens on this site',
    );
    await act(async () => input.click());
    expect(api.setSiteEnabled).toHaveBeenCalledWith('news.example', false);
  });

  it('shows a site that is off as off', async () => {
    const { api } = fakeApi(Promise.resolve(reply('off', [])), {
      ...DEFAULT_SETTINGS,
      disabledSites: ['news.example'],
    });
    await show(api);
    expect(text()).toContain('Deal Lens is off on this site.');
    expect(root.querySelector<HTMLInputElement>('#site-switch')!.checked).toBe(false);
  });

  it('opens the options page', async () => {
    const { api } = fakeApi(Promise.resolve(SEED));
    await show(api);
    await act(async () =>
      root.querySelector<HTMLButtonElement>('.popup-footer button.link')!.click(),
    );
    expect(api.openOptions).toHaveBeenCalled();
  });

  it('speaks French', async () => {
    const { api } = fakeApi(Promise.resolve(SEED));
    await show(api, 'fr');
    expect(text()).toContain('Publié le 30 octobre 2025');
    expect(rows()[0]).toEqual([
      'Participation de Microsoft dans OpenAI',
      'Modifié depuis cet article',
      '2 mentions · 1 sur 2 inexacte aujourd’hui',
    ]);
    expect(root.querySelector('label[for="site-switch"]')?.textContent).toBe(
      'Deal Lens sur ce site',
    );
  });

  it('has no serious accessibility violation (axe)', async () => {
    const { api } = fakeApi(Promise.resolve(SEED));
    await show(api);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('Options', () => {
  function optionsApi(initial: Settings) {
    let stored = initial;
    const api = {
      load: vi.fn(async () => stored),
      save: vi.fn(async (next: Settings) => {
        stored = next;
      }),
      watch: vi.fn(() => () => undefined),
    } satisfies OptionsApi;
    return api;
  }
  async function showOptions(api: OptionsApi) {
    await act(async () => {
      render(<Options api={api} browserLang="en" />, root);
    });
    await act(async () => {
      await new Promise((ok) => setTimeout(ok, 0));
    });
  }

  it('lists the sites where Deal Lens is off, each with a remove button', async () => {
    const api = optionsApi({ ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] });
    await showOptions(api);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.sites button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Remove a.example',
      'Remove b.example',
    ]);
    await act(async () => buttons[0]!.click());
    expect(api.save).toHaveBeenLastCalledWith(
      expect.objectContaining({ disabledSites: ['b.example'] }),
    );
    expect(root.querySelectorAll('.sites li')).toHaveLength(1);
  });

  it('saves each setting as it changes', async () => {
    const api = optionsApi(DEFAULT_SETTINGS);
    await showOptions(api);
    await act(async () => root.querySelector<HTMLInputElement>('#opt-style-underline')!.click());
    expect(api.save).toHaveBeenLastCalledWith(
      expect.objectContaining({ highlightStyle: 'underline' }),
    );
    await act(async () => root.querySelector<HTMLInputElement>('#opt-reported')!.click());
    expect(api.save).toHaveBeenLastCalledWith(expect.objectContaining({ showReported: false }));
    await act(async () => root.querySelector<HTMLInputElement>('#opt-only-not-true')!.click());
    expect(api.save).toHaveBeenLastCalledWith(expect.objectContaining({ onlyNotTrue: true }));
    await act(async () => root.querySelector<HTMLInputElement>('#opt-banner')!.click());
    expect(api.save).toHaveBeenLastCalledWith(expect.objectContaining({ showBanner: false }));
    expect(text()).toContain('Saved');
  });

  it('switches its own language with the setting', async () => {
    const api = optionsApi(DEFAULT_SETTINGS);
    await showOptions(api);
    const select = root.querySelector<HTMLSelectElement>('#opt-lang')!;
    await act(async () => {
      select.value = 'fr';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(api.save).toHaveBeenLastCalledWith(expect.objectContaining({ uiLang: 'fr' }));
    expect(root.querySelector('h1')?.textContent).toBe('Réglages de Deal Lens');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('has no serious accessibility violation (axe)', async () => {
    await showOptions(optionsApi({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }));
    expect(await axeViolations()).toEqual([]);
  });
});
