/** The facts' age: past 60 days the card and popup say how old they are, plainly. */
import { describe, expect, it } from 'vitest';
import { factsAgeDays, staleFactsAge } from '@/utils/facts-age';
import { cardModel } from '@/utils/card-model';
import { shippedKnowledge } from '@/utils/shipped-knowledge';

describe('the age of the facts', () => {
  it('counts days, and stays quiet up to 60 of them', () => {
    expect(factsAgeDays('2026-11-22', '2026-12-06')).toBe(14);
    expect(staleFactsAge('2026-11-22', '2027-01-21', 'en')).toBeNull();
  });

  it('says how long ago past 60 days, in the reader’s language', () => {
    expect(staleFactsAge('2026-11-22', '2027-02-22', 'en')).toBe('3 months ago');
    expect(staleFactsAge('2026-11-22', '2027-02-22', 'fr')).toBe('il y a 3 mois');
    expect(staleFactsAge('2026-11-22', '2028-01-02', 'en')).toBe('1 year ago');
  });

  it('reaches the card', () => {
    const { deal } = shippedKnowledge();
    const mention = {
      term: 'ms-stake',
      version: 'stake-27',
      claim: 'stake-27',
      status: 'in-force' as const,
      text: '27%',
    };
    expect(cardModel(deal, mention, '2025-10-29', deal.checkedAsOf, 'en').checked).toMatch(
      /^Facts checked as of/,
    );
    const later = cardModel(deal, mention, '2025-10-29', '2027-03-01', 'en').checked;
    expect(later).toMatch(/Facts checked 3 months ago — newer changes may be missing/);
  });
});
