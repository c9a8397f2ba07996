/**
 * The content script gets the facts from the background, once per page, and refuses a reply
 * that carries none.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { askKnowledgeFiles, knowledgeOnce } from '@/extension/knowledge-source';
import { SHIPPED_FILES } from '@/utils/shipped-knowledge';

describe('the facts, asked of the background', () => {
  let asked: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    asked = [];
  });
  const answer = (reply: unknown) =>
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      asked.push(message);
      return Promise.resolve(reply);
    });

  it('are asked once, validated, and compiled', async () => {
    answer(SHIPPED_FILES);
    const knowledge = knowledgeOnce(async () => undefined);
    const [first, second] = await Promise.all([knowledge(), knowledge()]);
    expect(asked).toEqual([{ type: 'get-knowledge' }]);
    expect(first).toBe(second);
    expect(first.deal.term('ms-stake')).toBeDefined();
    expect(first.lexicon.scans.length).toBeGreaterThan(0);
  });

  it('are refused when the reply holds none', async () => {
    answer({ deal: SHIPPED_FILES.deal });
    await expect(askKnowledgeFiles()).rejects.toThrow('no facts');
  });

  it('are refused when they do not validate', async () => {
    answer({ deal: { terms: 'none' }, lexicon: SHIPPED_FILES.lexicon });
    await expect(knowledgeOnce(async () => undefined)()).rejects.toThrow();
  });

  it('are asked again after an ask that failed', async () => {
    const knowledge = knowledgeOnce(async () => undefined);
    await expect(knowledge()).rejects.toThrow();
    answer(SHIPPED_FILES);
    await expect(knowledge()).resolves.toHaveProperty('deal');
  });
});
