/**
 * The scan waits for the page's load event, resumes in a task after it (not inside the page's
 * load task), and does not wait for ever on a page whose load never ends.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageLoaded, type LoadingWindow } from '@/page/page-load';

function loadingWindow(readyState: DocumentReadyState): LoadingWindow & EventTarget {
  return Object.assign(new EventTarget(), { document: { readyState } });
}

/** Whether `promise` has settled, after every pending microtask has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('waiting for the page to load', () => {
  it('goes on at once on a page that has loaded', async () => {
    expect(await settled(pageLoaded(loadingWindow('complete'), 1_000))).toBe(true);
  });

  it('waits for the load event, then goes on in a task of its own', async () => {
    const win = loadingWindow('interactive');
    const loaded = pageLoaded(win, 1_000);
    let done = false;
    void loaded.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(done).toBe(false);
    win.dispatchEvent(new Event('load'));
    // Microtasks of the load task itself run: still not resumed.
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('stops waiting after the longest wait on a page whose load never ends', async () => {
    const win = loadingWindow('loading');
    const listening = vi.spyOn(win, 'removeEventListener');
    const loaded = pageLoaded(win, 1_000);
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(loaded)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(loaded)).toBe(true);
    // A load event after that changes nothing and leaves no listener behind.
    expect(listening).toHaveBeenCalledWith('load', expect.any(Function));
  });
});
