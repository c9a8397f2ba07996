import { describe, expect, it } from 'vitest';
import { shippedKnowledge } from '@/utils/shipped-knowledge';
import { selectionAnswer } from '@/utils/selection-check';

const ctx = {
  ...shippedKnowledge(),
  pageDate: '2024-06-01',
  today: '2026-12-06',
};

describe('the selection check', () => {
  it('judges a selected statement even with no company named around it', () => {
    // Written for this test: the actor only as a pronoun, nothing else on the "page".
    const answer = selectionAnswer(ctx, 'It holds a 32.5% stake in the for-profit arm.', 'en');
    expect('model' in answer && answer.model.status.kind).toBe('changed');
    expect('model' in answer && answer.model.term.id).toBe('ms-stake');
  });

  it('picks the statement a reader most needs corrected when the selection holds several', () => {
    const answer = selectionAnswer(
      ctx,
      'Microsoft has a right of first refusal on new capacity. Microsoft invested $1 billion in 2019.',
      'en',
    );
    // Not the investment (history): the right of first refusal, which came in January 2025,
    // after this page's date, and went in October 2025.
    expect('model' in answer && answer.model.term.id).toBe('compute-provider');
    expect('model' in answer && answer.model.status.kind).toBe('out-of-date');
  });

  it('says when it finds nothing, and offers every term with what holds today', () => {
    const answer = selectionAnswer(ctx, 'The weather in Redmond was mild this week.', 'en');
    expect('picker' in answer).toBe(true);
    if (!('picker' in answer)) return;
    expect(answer.picker.heading).toMatch(/found no statement/);
    expect(answer.picker.terms.map((t) => t.id)).toEqual(ctx.deal.terms().map((t) => t.id));
    expect(answer.picker.terms.find((t) => t.id === 'ms-stake')?.today).toMatch(
      /27%.*since 28 October 2025/,
    );
    // Picking a term: its card tells what holds today, and never puts words in the passage's mouth.
    const card = answer.pick('ms-stake');
    expect(card.status.kind).toBe('unclear');
    expect(card.now && 'statement' in card.now && card.now.statement).toMatch(/27%/);
  });
});
