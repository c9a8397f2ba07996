/**
 * The selection check, pure: what to answer for text the reader selected and asked about. The
 * text is read as a statement about the deal whatever the page around it (the reader vouches
 * for the topic by asking); its most pressing statement gets its card, and when it states none,
 * the terms are offered to pick from.
 */
import { needsCorrection } from '@/data/deal';
import { analyzeBlock, type PassageContext } from './analyze';
import { cardModel, type CardModel } from './card-model';
import type { UiLang } from './i18n';
import { pickerModel, type PickerModel } from './term-picker';

export type SelectionAnswer =
  { model: CardModel } | { picker: PickerModel; pick(term: string): CardModel };

/** An actor right before the selection: asking about it says it is about the deal. */
const ACTOR_AT_HAND = 0;

export function selectionAnswer(ctx: PassageContext, text: string, lang: UiLang): SelectionAnswer {
  const { mentions } = analyzeBlock(ctx, text, ACTOR_AT_HAND);
  const chosen = mentions.find((m) => needsCorrection(m.status)) ?? mentions[0];
  if (chosen) return { model: cardModel(ctx.deal, chosen, ctx.pageDate, ctx.today, lang) };
  const quote = text.replace(/\s+/g, ' ').trim();
  return {
    picker: pickerModel(ctx.deal, lang),
    // The reader names the term; the text says no version of it: what holds today, told apart.
    pick: (term) =>
      cardModel(
        ctx.deal,
        { term, version: null, claim: null, status: 'unclear', text: quote },
        ctx.pageDate,
        ctx.today,
        lang,
      ),
  };
}
