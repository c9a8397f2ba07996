/**
 * The facts the content script judges with, asked of the background once a page names both
 * companies. They are not bundled into the content script, which runs on every page: most never
 * need them, and would parse them for nothing.
 */
import { browser } from 'wxt/browser';
import { loadDeal, loadLexicon, type Knowledge } from '@/utils/knowledge';
import type { Message } from '@/utils/messages';

/** deal.json and lexicon.json as shipped, not yet validated. */
export interface KnowledgeFiles {
  deal: unknown;
  lexicon: unknown;
}

const ASK: Message = { type: 'get-knowledge' };

export async function askKnowledgeFiles(): Promise<KnowledgeFiles> {
  const reply = (await browser.runtime.sendMessage(ASK)) as Partial<KnowledgeFiles> | undefined;
  if (!reply || reply.deal === undefined || reply.lexicon === undefined)
    throw new Error('the background sent no facts');
  return { deal: reply.deal, lexicon: reply.lexicon };
}

/**
 * The facts, asked of the background once for this page and validated, each file in a task of
 * its own (`pause` yields to the page between them: on a slow machine each takes tens of ms).
 * A failed ask is forgotten, so that the next need (a selection to check) asks again.
 */
export function knowledgeOnce(pause: () => Promise<void>): () => Promise<Knowledge> {
  let facts: Promise<Knowledge> | undefined;
  const load = async (): Promise<Knowledge> => {
    const files = await askKnowledgeFiles();
    await pause();
    const deal = loadDeal(files.deal);
    await pause();
    return { deal, lexicon: loadLexicon(files.lexicon) };
  };
  return () =>
    (facts ??= load().catch((error: unknown) => {
      facts = undefined;
      throw error;
    }));
}
