// @vitest-environment happy-dom
/**
 * The lens between its reading and its writing: it reads the whole page first and writes
 * later, tasks apart, and page code may run in between. `onMarksBuilt` runs in one of those
 * tasks, so a test can change the page there just as page code could.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Lens, type LensOptions } from '@/page/lens';
import { shippedKnowledge } from '@/utils/shipped-knowledge';
import { MARK_SELECTOR, OWN_UI_ATTR } from '@/page/mark-contract';

const { deal, lexicon } = shippedKnowledge();
const STATEMENT = 'Microsoft no longer has a right of first refusal on OpenAI compute.';
const OTHER = 'Microsoft holds a 27% stake in OpenAI.';

let lens: Lens | null = null;
afterEach(() => {
  lens?.stop();
  lens = null;
  document.body.replaceChildren();
});

function page(...texts: string[]): HTMLParagraphElement[] {
  document.title = 'Microsoft and OpenAI';
  const paragraphs = texts.map((text) => {
    const p = document.createElement('p');
    p.append(text);
    return p;
  });
  document.body.append(...paragraphs);
  return paragraphs;
}

function startLens(extra: Partial<LensOptions> = {}): Promise<void> {
  lens = new Lens({
    deal,
    lexicon,
    pageDate: '2025-11-01',
    today: '2026-12-02',
    showReported: true,
    highlightStyle: 'background',
    ...extra,
  });
  return lens.start();
}

/** `change`, the first time only: the hooks are called again on every rescan. */
function once(change: () => void): () => void {
  let done = false;
  return () => {
    if (!done) change();
    done = true;
  };
}

const marked = (el: Element) => [...el.querySelectorAll(MARK_SELECTOR)].map((m) => m.textContent);
/** Until the lens has read again what the page changed (gathered 200–600 ms; a page still changing, up to 350 more). */
const settle = () => new Promise((done) => setTimeout(done, 900));

describe('the lens, told to highlight only what is not true today', () => {
  it('marks the statements not true today and leaves the rest bare', async () => {
    const outdated = 'Microsoft has a right of first refusal on new OpenAI compute capacity.';
    const [holds, stale] = page(OTHER, outdated);
    await startLens({ onlyNotTrue: true });
    expect(marked(holds!)).toEqual([]);
    expect(marked(stale!)).toEqual(['right of first refusal']);
    lens!.stop();
    // The same page, everything highlighted: the first paragraph was a statement.
    await startLens();
    expect(marked(holds!)).toEqual(['27%']);
  });
});

describe('the lens, when the page changes between reading and writing', () => {
  it('writes nothing stale into a text node the page rewrote, and reads it again', async () => {
    const [first, second] = page(STATEMENT, OTHER);
    const rewritten = `${STATEMENT} It said so on Tuesday.`;
    await startLens({
      onMarksBuilt: once(() => {
        (first!.firstChild as Text).data = rewritten;
      }),
    });
    // The other paragraph is written; the rewritten one is not, with marks built for its old text.
    expect(marked(second!)).toEqual(['27%']);
    expect(first!.textContent).toBe(rewritten);
    await settle();
    expect(first!.textContent).toBe(rewritten);
    expect(marked(first!)).toEqual(['right of first refusal']);
  });

  it('writes nothing into a text node the page took out, and reads what replaced it', async () => {
    const [first] = page(STATEMENT);
    const taken = first!.firstChild as Text;
    await startLens({
      onMarksBuilt: once(() => {
        first!.replaceChildren(OTHER);
      }),
    });
    expect(taken.data).toBe(STATEMENT);
    expect(taken.parentNode).toBeNull();
    await settle();
    expect(first!.textContent).toBe(OTHER);
    expect(marked(first!)).toEqual(['27%']);
  });

  it('does not read the page again when only its own banner comes and goes', async () => {
    const [first] = page(STATEMENT);
    const banner = document.createElement('deal-lens-banner');
    banner.setAttribute(OWN_UI_ATTR, '');
    await startLens({ onWriteStart: once(() => document.body.append(banner)) });
    const [mark] = first!.querySelectorAll(MARK_SELECTOR);
    expect(mark).toBeDefined();
    banner.remove();
    await settle();
    // The very same mark: the lens did not take its marks out to read the page again.
    expect(first!.querySelector(MARK_SELECTOR)).toBe(mark);
  });
});

describe('the lens, following a page that keeps changing', () => {
  it('keeps every mark the same element while blocks come and go around them, and reads what is new', async () => {
    const [first, second] = page(STATEMENT, OTHER);
    const changes: number[] = [];
    await startLens({ onChange: (marks) => changes.push(marks.length) });
    const before = [...document.querySelectorAll(MARK_SELECTOR)];
    expect(before).toHaveLength(2);
    for (let i = 0; i < 3; i++) {
      const ad = document.createElement('div');
      ad.textContent = `Sponsored ${i}`;
      document.body.append(ad);
      await settle();
      ad.remove();
    }
    const added = document.createElement('p');
    added.append(OTHER);
    second!.after(added);
    await settle();
    expect([
      ...first!.querySelectorAll(MARK_SELECTOR),
      ...second!.querySelectorAll(MARK_SELECTOR),
    ]).toEqual(before);
    expect(marked(added)).toEqual(['27%']);
    // Told once for the first scan and once for the new paragraph: the ads changed no mark.
    expect(changes).toEqual([2, 3]);
  });

  it('redoes the marks of a block whose text changed, and lets go of a block taken out', async () => {
    const [first, second] = page(STATEMENT, OTHER);
    const changes: number[] = [];
    await startLens({ onChange: (marks) => changes.push(marks.length) });
    const kept = second!.querySelector(MARK_SELECTOR);
    (first!.lastChild as Text).data = ' It said so on Tuesday.';
    await settle();
    expect(marked(first!)).toEqual(['right of first refusal']);
    expect(second!.querySelector(MARK_SELECTOR)).toBe(kept);
    second!.remove();
    await settle();
    expect(lens!.marks).toHaveLength(1);
    expect(changes.at(-1)).toBe(1);
  });
});

describe('the lens, when the page rewrites or takes out a text node it split', () => {
  // Read before the lens follows up: the page's own text must read as the page wrote it.
  const delivered = async () => {
    for (let hop = 0; hop < 10; hop++) await Promise.resolve();
  };

  it('takes its pieces of the old text out at once, and marks the new text later', async () => {
    const [first, second] = page(OTHER, STATEMENT);
    await startLens();
    const own = first!.firstChild as Text;
    expect(first!.childNodes.length).toBeGreaterThan(1);
    const kept = second!.querySelector(MARK_SELECTOR);
    const rewritten = 'Microsoft holds a 49% stake in OpenAI.';
    own.data = rewritten;
    await delivered();
    expect(first!.textContent).toBe(rewritten);
    expect([...first!.childNodes]).toEqual([own]);
    expect(second!.querySelector(MARK_SELECTOR)).toBe(kept);
    await settle();
    expect(marked(first!)).toEqual(['49%']);
    expect(first!.textContent).toBe(rewritten);
  });

  it('gives it back before writing unobserved, so that its own write is never taken for the page', async () => {
    const [first] = page(OTHER);
    await startLens();
    const before = lens!.pageChanges;
    (first!.firstChild as Text).data = 'Microsoft holds a 49% stake in OpenAI.';
    // Our write in the same task, before the observer has delivered the page's change.
    lens!.unobserved(() => {
      document.body.append(document.createElement('div'));
      return true;
    });
    await delivered();
    expect(lens!.pageChanges).toBe(before + 1);
  });

  it('gives a node taken out its whole text, and leaves none of it behind', async () => {
    const [first] = page(OTHER);
    first!.append(' Analysts agree.');
    await startLens();
    const own = first!.firstChild as Text;
    own.remove();
    await delivered();
    expect(first!.textContent).toBe(' Analysts agree.');
    expect(own.data).toBe(OTHER);
    expect(lens!.marks).toHaveLength(0);
  });
});

describe('the lens, following in step with the page', () => {
  const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
  const addParagraph = (text: string): HTMLParagraphElement => {
    const p = document.createElement('p');
    p.append(text);
    document.body.append(p);
    return p;
  };

  it.each([
    ['changed once', 0],
    ['changed in a short burst that then stopped', 4],
  ])('follows a page that %s as soon as the change has gathered', async (_, burst) => {
    page(STATEMENT);
    await startLens();
    const status = addParagraph('Loading 0');
    for (let i = 1; i <= burst; i++) {
      (status.firstChild as Text).data = `Loading ${i}`;
      await pause(5);
    }
    const added = addParagraph(OTHER);
    await pause(300);
    expect(marked(added)).toEqual(['27%']);
  });

  it('follows a page that keeps changing at its next change, never in a task of its own', async () => {
    page(STATEMENT);
    await startLens();
    const ticker = addParagraph('Markets: 0');
    let added: HTMLParagraphElement | null = null;
    let seen: 'after a change' | 'between changes' | null = null;
    for (let i = 1; i <= 20 && !seen; i++) {
      // The ticker changes every 150 ms: after four, the lens awaits its next change, up to
      // 225 ms (1.5 of its gap), so a mark never has to be written between two changes.
      if (added && marked(added).length > 0) seen = 'between changes';
      (ticker.firstChild as Text).data = `Markets: ${i}`;
      if (i === 5) added = addParagraph(OTHER);
      for (let hop = 0; hop < 50; hop++) await Promise.resolve();
      if (!seen && added && marked(added).length > 0) seen = 'after a change';
      await pause(150);
    }
    expect(seen).toBe('after a change');
  });
});

describe('the lens, following a page that changes thousands of nodes at once', () => {
  it('reads what the page added among them, and keeps the marks around them', async () => {
    const [first] = page(STATEMENT);
    await startLens();
    const mark = first!.querySelector(MARK_SELECTOR);
    // More records than the lens keeps unread: it reads them into blocks before the follow-up.
    for (let i = 0; i < 1_500; i++) {
      const ad = document.createElement('div');
      ad.textContent = `Sponsored ${i}`;
      document.body.append(ad);
      ad.remove();
    }
    await Promise.resolve();
    const added = document.createElement('p');
    added.append(OTHER);
    first!.after(added);
    await settle();
    expect(marked(added)).toEqual(['27%']);
    expect(first!.querySelector(MARK_SELECTOR)).toBe(mark);
  });
});

describe('the lens, asked for its marks', () => {
  it('lists the same marks until they change, and never one the page has just taken out', async () => {
    const [first, second] = page(STATEMENT, OTHER);
    await startLens();
    const before = lens!.marks;
    expect(lens!.marks).toBe(before);
    expect(before.length).toBeGreaterThan(1);
    // Taken out and asked in the same task: the observer has not yet delivered the change.
    const gone = first!.querySelector(MARK_SELECTOR)!;
    gone.remove();
    expect(lens!.marks).not.toContain(gone);
    expect(lens!.marks.length).toBe(before.length - 1);
    expect(lens!.marks.every((m) => m.isConnected)).toBe(true);
    expect(marked(second!)).toEqual(['27%']);
  });
});
