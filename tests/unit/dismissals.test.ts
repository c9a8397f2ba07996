import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bannerDismissedOn, rememberBannerDismissed } from '@/extension/dismissals';

beforeEach(() => fakeBrowser.reset());

describe('banner dismissals', () => {
  it('are remembered per page, whatever its query or fragment, and kept unreadable', async () => {
    expect(await bannerDismissedOn('https://news.example/a/story')).toBe(false);
    await rememberBannerDismissed('https://news.example/a/story?utm=x#top');
    expect(await bannerDismissedOn('https://news.example/a/story')).toBe(true);
    expect(await bannerDismissedOn('https://news.example/a/other')).toBe(false);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('news.example');
    expect(stored).toMatch(/[0-9a-f]{64}/);
  });

  it('keep the newest 500 pages', async () => {
    for (let i = 0; i < 502; i++) await rememberBannerDismissed(`https://news.example/${i}`);
    expect(await bannerDismissedOn('https://news.example/501')).toBe(true);
    expect(await bannerDismissedOn('https://news.example/2')).toBe(true);
    expect(await bannerDismissedOn('https://news.example/1')).toBe(false);
  });
});
