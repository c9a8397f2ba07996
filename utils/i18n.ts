/**
 * The extension's own words, through one `t()` over one table per language (utils/strings/).
 * The knowledge base carries its texts in both languages itself (`Text` in data/schema.ts).
 *
 * Dates are formatted by hand: content scripts run in whatever browser the reader has, and a
 * runtime built without full ICU data (some Node builds, some embedded browsers) would print
 * "April" in a French card. Month names are few; writing them out is cheaper than trusting Intl.
 */

import { en, type MessageKey } from './strings/en';
import { fr } from './strings/fr';

export type { MessageKey };
export type UiLang = 'en' | 'fr';
type Params = Record<string, string | number>;
export type DatePrecision = 'day' | 'month' | 'year';

/** The browser's language, as `navigator.language` gives it ("fr-CA", "en-GB"…), to ours. */
export function uiLangFrom(navigatorLanguage: string): UiLang {
  return /^fr\b/i.test(navigatorLanguage.trim()) ? 'fr' : 'en';
}

const MESSAGES: Record<UiLang, Record<MessageKey, string>> = { en, fr };

const pluralRules = new Map<UiLang, Intl.PluralRules>();
function pluralCategory(lang: UiLang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}

/** French elides "de" before a vowel: "date d’avril 2025", not "de avril". */
const ELIDED = /^[aeiouyâàéèêîïôœh]/i;

/**
 * A UI string, in one table per language (utils/strings/). `{name}` is filled from `params`
 * (unknown ones are left as is); `{n:one|other}` picks the form the language's plural rules
 * give for `params.n` (French: 0 and 1 are singular).
 */
export function t(lang: UiLang, key: MessageKey, params?: Params): string {
  const message = MESSAGES[lang][key];
  if (!params) return message;
  return message
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      typeof params[name] === 'number'
        ? pluralCategory(lang, params[name]) === 'one'
          ? one
          : other
        : whole,
    )
    .replace(/(\bde )?\{(\w+)\}/g, (whole, de: string | undefined, name: string) => {
      if (!(name in params)) return whole;
      const value = String(params[name]);
      return de && lang === 'fr' && ELIDED.test(value) ? `d’${value}` : `${de ?? ''}${value}`;
    });
}

const MONTHS: Record<UiLang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

/**
 * "27 April 2026" / "27 avril 2026" (French writes the first of the month "1er"); month
 * precision "January 2023" / "janvier 2023"; year precision "2019". Anything that is not an
 * ISO date comes back unchanged rather than as "undefined NaN".
 */
export function formatDate(iso: string, lang: UiLang, precision: DatePrecision = 'day'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[lang][Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  const year = match[1]!;
  if (precision === 'year') return year;
  if (precision === 'month') return `${month} ${year}`;
  const day = Number(match[3]);
  return `${lang === 'fr' && day === 1 ? '1er' : day} ${month} ${year}`;
}

/**
 * A date with the words its precision needs: "on 27 April 2026" / "le 27 avril 2026",
 * "in January 2023" / "en janvier 2023"; `since`: "since 27 April 2026" / "depuis le 27 avril
 * 2026", "depuis janvier 2023".
 */
export function datePhrase(
  kind: 'on' | 'since',
  iso: string,
  lang: UiLang,
  precision: DatePrecision = 'day',
): string {
  const key = `date.${kind}.${precision === 'day' ? 'day' : 'other'}` as const;
  return t(lang, key, { date: formatDate(iso, lang, precision) });
}
