import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/utils/sentences';

const split = (text: string): string[] =>
  splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(split('Azure is primary. OpenAI may use any cloud! Really?')).toEqual([
      'Azure is primary.',
      'OpenAI may use any cloud!',
      'Really?',
    ]);
  });

  it('keeps decimals, initials and abbreviations inside a sentence', () => {
    expect(split('Microsoft held 32.5 % before. The U.S. government was not involved.')).toEqual([
      'Microsoft held 32.5 % before.',
      'The U.S. government was not involved.',
    ]);
    expect(split('OpenAI kauft für 250 Mrd. US-Dollar Azure-Dienste. Das ist neu.')).toEqual([
      'OpenAI kauft für 250 Mrd. US-Dollar Azure-Dienste.',
      'Das ist neu.',
    ]);
  });

  it('splits a stop glued to the next sentence when a capital follows', () => {
    expect(
      split('jusqu’à l’avènement de l’IAG (IAG).Il est à noter que les experts vérifient.'),
    ).toEqual(['jusqu’à l’avènement de l’IAG (IAG).', 'Il est à noter que les experts vérifient.']);
  });

  it('keeps closing quotes with their sentence and trims space', () => {
    expect(split('  Il a dit « oui. » Puis il est parti.  ')).toEqual([
      'Il a dit « oui. »',
      'Puis il est parti.',
    ]);
  });

  it('does not end a German sentence at a date or at "z. B."', () => {
    expect(
      split(
        'Am 28. Oktober 2025 einigten sich Microsoft und OpenAI, z. B. über die Beteiligung. Dann kam der 27. April.',
      ),
    ).toEqual([
      'Am 28. Oktober 2025 einigten sich Microsoft und OpenAI, z. B. über die Beteiligung.',
      'Dann kam der 27. April.',
    ]);
  });

  it('ends a sentence at a lone lowercase word that is no abbreviation ("lo è.")', () => {
    expect(split('Il prezzo? Non lo è. Azure è il cloud di OpenAI.')).toEqual([
      'Il prezzo?',
      'Non lo è.',
      'Azure è il cloud di OpenAI.',
    ]);
  });

  it('still ends a sentence at a number before a capital that is no month', () => {
    expect(split('Microsoft hält 27 Prozent, OpenAI 26. Die Stiftung kontrolliert.')).toEqual([
      'Microsoft hält 27 Prozent, OpenAI 26.',
      'Die Stiftung kontrolliert.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});
