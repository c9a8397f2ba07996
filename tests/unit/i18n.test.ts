/**
 * The one string table per language and its `t()`: placeholders, plural forms by the
 * language's own rules, French elision and typography.
 */
import { describe, expect, it } from 'vitest';
import { t } from '@/utils/i18n';
import { en, type MessageKey } from '@/utils/strings/en';
import { fr } from '@/utils/strings/fr';

const keys = Object.keys(en) as MessageKey[];
/** The placeholders and plural choices a message takes, by name. */
const slots = (message: string) =>
  [...new Set([...message.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();

describe('t', () => {
  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(t('en', 'row.change', { page: '32.5%', today: 'about 27%' })).toBe(
      'Page: 32.5% · Today: about 27%',
    );
    expect(t('en', 'row.change', { page: '32.5%' })).toBe('Page: 32.5% · Today: {today}');
  });

  it('never reads a parameter’s value as a message', () => {
    expect(t('en', 'mark.label', { text: '{status} {n:a|b}', status: 'In force' })).toBe(
      '{status} {n:a|b} — Deal Lens: In force',
    );
  });

  it('picks plural forms by each language’s rules: French counts 0 and 1 as singular', () => {
    expect(t('en', 'row.mentions', { n: 1 })).toBe('1 mention');
    expect(t('en', 'row.mentions', { n: 0 })).toBe('0 mentions');
    expect(t('en', 'popup.outdated', { n: 1, of: 5 })).toBe('1 of 5 statements is not true today');
    expect(t('en', 'popup.outdated', { n: 2, of: 5 })).toBe('2 of 5 statements are not true today');
    expect(t('fr', 'banner.undated', { n: 0 })).toBe(
      '0 de ses affirmations sur l’accord n’est pas exacte aujourd’hui.',
    );
    expect(t('fr', 'banner.show', { n: 2 })).toBe('Les montrer');
    expect(t('en', 'banner.show', { n: 1 })).toBe('Show it');
  });

  it('elides French "de" before a vowel, and only French', () => {
    expect(t('fr', 'banner.dated', { month: 'avril 2025', n: 2 })).toMatch(
      /^Cet article date d’avril 2025\u00a0: 2 de ses/,
    );
    expect(t('fr', 'banner.dated', { month: 'janvier 2025', n: 1 })).toMatch(
      /^Cet article date de janvier 2025\u00a0: 1 de ses/,
    );
    expect(t('en', 'banner.dated', { month: 'April 2025', n: 1 })).toMatch(
      /^This article is from April 2025: 1 of/,
    );
  });
});

describe('the string tables', () => {
  it('give every message the same placeholders in every language', () => {
    for (const key of keys) expect(slots(fr[key]), key).toEqual(slots(en[key]));
  });

  it('write French with typographic apostrophes and no-break spaces before « : ; ? »', () => {
    for (const key of keys) {
      expect(fr[key], key).not.toContain("'");
      expect(fr[key], key).not.toMatch(/ [:;?]/);
    }
  });
});
