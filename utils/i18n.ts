/**
 * The extension's own words, in English and French. The knowledge base carries its texts in
 * both languages itself (`Text` in data/schema.ts); this module holds only the UI around them.
 *
 * Dates are formatted by hand: content scripts run in whatever browser the reader has, and a
 * runtime built without full ICU data (some Node builds, some embedded browsers) would print
 * "April" in a French card. Month names are few; writing them out is cheaper than trusting Intl.
 */

export type UiLang = 'en' | 'fr';
export type DatePrecision = 'day' | 'month' | 'year';

/** The browser's language, as `navigator.language` gives it ("fr-CA", "en-GB"…), to ours. */
export function uiLangFrom(navigatorLanguage: string): UiLang {
  return /^fr\b/i.test(navigatorLanguage.trim()) ? 'fr' : 'en';
}

const en = {
  'card.brand': 'Deal Lens',
  'card.close': 'Close',
  'card.pin': 'Keep this card open',
  'card.unknownTerm': 'Unknown deal term',
  'card.details': 'Details: timeline and every source',
  'selection.none': 'Deal Lens found no statement of a deal term in the selected text.',
  'selection.pick': 'Is it about one of these? What holds today:',
  'card.copy': 'Copy correction',
  'card.copied': 'Copied',
  'card.source': 'Source:',
  correction: '“{quote}” — {status}. {detail}',
  'correction.now': 'Today: {statement} ({since}).',
  'correction.source': 'Source: {title}, {outlet}, {url}',
  'status.inForce': 'In force',
  'status.changed': 'Changed since this article',
  'status.outOfDate': 'Out of date',
  'status.history': 'History',
  'status.wrong': 'Never true',
  'status.unclear': 'Version unclear',
  'detail.inForce': 'This still holds today.',
  'detail.pastFramed': 'Stated as the past — correct. It stopped holding {on}.',
  'detail.pastFramedUndated': 'Stated as the past — correct: it no longer holds.',
  'said.past': 'Formerly: {statement}',
  'detail.changed': 'True when this article was published; no longer true {since}.',
  'detail.changedUndated': 'True when this article was published; no longer true today.',
  'detail.outOfDate': 'No longer true {since}.',
  'detail.outOfDateUndated': 'No longer true today.',
  'detail.outOfDateAtPage':
    'No longer true {since}; it did not hold when this page was published either.',
  'detail.history': 'A past fact: it stays true and is never superseded.',
  'detail.wrong': 'No version of the deal ever said this. What is true instead is below.',
  'now.instead': 'True instead',
  'detail.unclear': 'The passage names this term without saying which version it means.',
  'detail.changedOne': 'Still true, but the term changed {on}: {statement}',
  'detail.changedMany':
    'Still true, but the term changed {count} times since; the latest, {on}: {statement}',
  'said.heading': 'What this passage says',
  'said.stated': 'Stated {on}',
  'now.heading': 'What holds today',
  'now.since': 'In force {since}',
  'now.none': 'No version of this term is in force today.',
  'note.heading': 'Note:',
  'timeline.heading': 'Timeline',
  'timeline.stated': 'stated in this passage',
  'timeline.inForce': 'in force now',
  'sources.heading': 'Sources',
  'sources.stated': 'Sources for what this passage says',
  'sources.current': 'Sources for what holds today',
  'sources.none': 'No linkable source.',
  'sources.newTab': '(opens in a new tab)',
  'basis.official': 'official',
  'basis.reported': 'reported',
  checked: 'Facts checked as of {date}',
  'checked.stale': 'Facts checked {ago} — newer changes may be missing',
  summary: '{term}: {status}.',
  'summary.now': 'Today: {statement}',
  'mark.label': '{text} — Deal Lens: {status}',
  'date.on.day': 'on {date}',
  'date.on.other': 'in {date}',
  'date.since.day': 'since {date}',
  'date.since.other': 'since {date}',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  'card.brand': 'Deal Lens',
  'card.close': 'Fermer',
  'card.pin': 'Garder cette fiche ouverte',
  'card.unknownTerm': 'Terme de l’accord inconnu',
  'card.details': 'Détails\u00a0: chronologie et toutes les sources',
  'selection.none':
    'Deal Lens n’a trouvé dans le texte sélectionné aucune affirmation sur un terme de l’accord.',
  'selection.pick': 'S’agit-il de l’un de ceux-ci\u00a0? Ce qui vaut aujourd’hui\u00a0:',
  'card.copy': 'Copier la correction',
  'card.copied': 'Copié',
  'card.source': 'Source\u00a0:',
  correction: '«\u00a0{quote}\u00a0» — {status}. {detail}',
  'correction.now': 'Aujourd’hui\u00a0: {statement} ({since}).',
  'correction.source': 'Source\u00a0: {title}, {outlet}, {url}',
  'status.inForce': 'En vigueur',
  'status.changed': 'Modifié depuis cet article',
  'status.outOfDate': 'Dépassé',
  'status.history': 'Historique',
  'status.wrong': 'Jamais vrai',
  'status.unclear': 'Version incertaine',
  'detail.inForce': 'Cela reste vrai aujourd’hui.',
  'detail.pastFramed': 'Présenté comme du passé — exact. Cela a cessé de valoir {on}.',
  'detail.pastFramedUndated': 'Présenté comme du passé — exact\u00a0: cela ne vaut plus.',
  'said.past': 'Auparavant\u00a0: {statement}',
  'detail.changed': 'Vrai à la publication de cet article\u00a0; plus vrai {since}.',
  'detail.changedUndated': 'Vrai à la publication de cet article\u00a0; plus vrai aujourd’hui.',
  'detail.outOfDate': 'Plus vrai {since}.',
  'detail.outOfDateUndated': 'Plus vrai aujourd’hui.',
  'detail.outOfDateAtPage':
    'Plus vrai {since}\u00a0; ce n’était déjà plus vrai à la publication de cette page.',
  'detail.history': 'Un fait passé\u00a0: il reste vrai et n’est jamais remplacé.',
  'detail.wrong':
    'Aucune version de l’accord n’a jamais dit cela. Ce qui est vrai est indiqué plus bas.',
  'now.instead': 'Ce qui est vrai',
  'detail.unclear': 'Le passage cite ce terme sans dire de quelle version il s’agit.',
  'detail.changedOne': 'Toujours vrai, mais le terme a changé {on}\u00a0: {statement}',
  'detail.changedMany':
    'Toujours vrai, mais le terme a changé {count}\u00a0fois depuis\u202f; la dernière fois {on}\u00a0: {statement}',
  'said.heading': 'Ce que dit ce passage',
  'said.stated': 'Annoncé {on}',
  'now.heading': 'Ce qui vaut aujourd’hui',
  'now.since': 'En vigueur {since}',
  'now.none': 'Aucune version de ce terme n’est en vigueur aujourd’hui.',
  'note.heading': 'Remarque\u00a0:',
  'timeline.heading': 'Chronologie',
  'timeline.stated': 'cité dans ce passage',
  'timeline.inForce': 'en vigueur',
  'sources.heading': 'Sources',
  'sources.stated': 'Sources de ce que dit ce passage',
  'sources.current': 'Sources de ce qui vaut aujourd’hui',
  'sources.none': 'Aucune source à lier.',
  'sources.newTab': '(s’ouvre dans un nouvel onglet)',
  'basis.official': 'officiel',
  'basis.reported': 'non confirmé',
  checked: 'Faits vérifiés au {date}',
  'checked.stale': 'Faits vérifiés {ago} — des changements plus récents peuvent manquer',
  summary: '{term}\u00a0: {status}.',
  'summary.now': 'Aujourd’hui\u00a0: {statement}',
  'mark.label': '{text} — Deal Lens\u00a0: {status}',
  'date.on.day': 'le {date}',
  'date.on.other': 'en {date}',
  'date.since.day': 'depuis le {date}',
  'date.since.other': 'depuis {date}',
};

const MESSAGES: Record<UiLang, Record<MessageKey, string>> = { en, fr };

/** A UI string, with `{name}` placeholders filled from `params` (unknown ones are left as is). */
export function t(lang: UiLang, key: MessageKey, params?: Record<string, string | number>): string {
  const message = MESSAGES[lang][key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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

const pluralRules = new Map<UiLang, Intl.PluralRules>();
/** `one` or `other` as the language's plural rules say for `n` (French: 0 and 1 are singular). */
export function plural(lang: UiLang, n: number, one: string, other: string): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n) === 'one' ? one : other;
}
