// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerPopup, type PopupRequests } from '@/extension/content-messages';
import type { SummaryReply } from '@/utils/messages';

const SUMMARY = { state: 'done', hostname: 'example.org' } as unknown as SummaryReply;

/** Answers that say which request was made, so a test sees what a message reached. */
function requests(asked: string[]): PopupRequests {
  return {
    summary: () => (asked.push('summary'), SUMMARY),
    reveal: async (id) => (asked.push(`reveal ${id}`), true),
    step: async (direction) => (asked.push(`step ${direction}`), true),
    checkSelection: async () => (asked.push('check-selection'), true),
  };
}

describe('the content script answers the popup', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    ctx = new ContentScriptContext('content-messages-test');
  });
  afterEach(() => ctx.abort());

  it('answers each request of our own extension', async () => {
    const asked: string[] = [];
    answerPopup(ctx, requests(asked));
    const own = { id: fakeBrowser.runtime.id };
    const answers = [
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'get-summary' }, own)),
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'reveal', mention: 'dl-3' }, own)),
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'step', direction: -1 }, own)),
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'check-selection' }, own)),
    ];
    expect(asked).toEqual(['summary', 'reveal dl-3', 'step -1', 'check-selection']);
    expect(answers).toEqual([SUMMARY, true, true, true]);
  });

  it('ignores the same messages from anyone else, and what is no message of ours', async () => {
    const asked: string[] = [];
    answerPopup(ctx, requests(asked));
    for (const sender of [{ id: 'another-extension' }, {}]) {
      const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'get-summary' }, sender);
      expect(answers).toEqual([undefined]);
    }
    const own = { id: fakeBrowser.runtime.id };
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'mark-all' }, own)).toEqual([
      undefined,
    ]);
    expect(asked).toEqual([]);
  });

  it('stops listening when the context ends', async () => {
    const asked: string[] = [];
    answerPopup(ctx, requests(asked));
    ctx.abort();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'get-summary' },
      { id: fakeBrowser.runtime.id },
    );
    expect(asked).toEqual([]);
  });
});
