/**
 * The words of the popup, the options page, the banner and the badge, in every UI language.
 * (The card's words live in utils/i18n.ts.) Plain data plus tiny functions for counts, so a
 * translator reads one table per language.
 */
import type { Status } from '@/data/deal';
import type { UiLang } from '@/utils/i18n';
import type { HighlightStyle, UiLangSetting } from '@/utils/settings';

export interface PopupStrings {
  title: string;
  published(date: string): string;
  pageDateUnknown: string;
  loading: string;
  scanning: string;
  unsupported: string;
  empty: string;
  offHere: string;
  offEverywhere: string;
  failed: string;
  termsHeading: string;
  status: Record<Status, string>;
  mentions(n: number): string;
  rowOutdated(n: number, of: number): string;
  outdatedToday(n: number, of: number): string;
  reveal(name: string): string;
  siteSwitch: string;
  checkedAsOf(date: string): string;
  /** Past 60 days: how long ago, and that newer changes may be missing. */
  checkedStale(ago: string): string;
  settings: string;
  // Banner
  banner(month: string, terms: number): string;
  bannerLabel: string;
  dismiss: string;
  // Badge tooltip
  badgeTitle(n: number): string;
  // Options page
  optionsTitle: string;
  enabledEverywhere: string;
  disabledSites: string;
  noDisabledSites: string;
  remove: string;
  highlightStyle: string;
  highlight: Record<HighlightStyle, string>;
  showReported: string;
  showReportedHint: string;
  uiLang: string;
  uiLangChoice: Record<UiLangSetting, string>;
  showBanner: string;
  showBannerHint: string;
  saved: string;
}

const en: PopupStrings = {
  title: 'Deal Lens',
  published: (date) => `Published ${date}`,
  pageDateUnknown: 'Publication date not found',
  loading: 'Reading this page…',
  scanning: 'Still reading this page…',
  unsupported: 'Deal Lens can’t read this page (browser or store pages)',
  empty: 'No Microsoft–OpenAI deal terms on this page',
  offHere: 'Deal Lens is off on this site.',
  offEverywhere: 'Deal Lens is turned off in its settings.',
  failed: 'Deal Lens stopped on this page after an error; the page was left as it was.',
  termsHeading: 'Deal terms on this page',
  status: {
    current: 'In force',
    superseded: 'Out of date',
    history: 'History',
    wrong: 'Never true',
    unknown: 'Unclear',
  },
  mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
  rowOutdated: (n, of) => `${n} of ${of} out of date`,
  outdatedToday: (n, of) =>
    n === 0
      ? 'Nothing on this page is out of date today'
      : `${n} of ${of} ${of === 1 ? 'statement is' : 'statements are'} out of date today`,
  reveal: (name) => `Show “${name}” on the page`,
  siteSwitch: 'Deal Lens on this site',
  checkedAsOf: (date) => `Facts checked as of ${date}`,
  checkedStale: (ago) => `Facts checked ${ago} — newer changes may be missing`,
  settings: 'Settings',
  banner: (month, terms) =>
    `This article is from ${month}. ${
      terms === 1 ? '1 deal term it states has' : `${terms} deal terms it states have`
    } changed since.`,
  bannerLabel: 'Deal Lens',
  dismiss: 'Dismiss',
  badgeTitle: (n) =>
    n === 0
      ? 'Deal Lens'
      : `Deal Lens: ${n} ${n === 1 ? 'statement' : 'statements'} out of date on this page`,
  optionsTitle: 'Deal Lens settings',
  enabledEverywhere: 'Deal Lens on every site',
  disabledSites: 'Sites where Deal Lens is off',
  noDisabledSites: 'None: Deal Lens reads every news site.',
  remove: 'Remove',
  highlightStyle: 'Highlight style',
  highlight: { background: 'Background colour', underline: 'Underline only', off: 'No highlight' },
  showReported: 'Show unconfirmed reports',
  showReportedHint: 'Terms known only from press reports, never confirmed by the companies.',
  uiLang: 'Language',
  uiLangChoice: { auto: 'Browser language', en: 'English', fr: 'Français' },
  showBanner: 'Show the “this article is out of date” banner',
  showBannerHint: 'When an article predates changes to the terms it states.',
  saved: 'Saved',
};

const fr: PopupStrings = {
  title: 'Deal Lens',
  published: (date) => `Publié le ${date}`,
  pageDateUnknown: 'Date de publication introuvable',
  loading: 'Lecture de la page…',
  scanning: 'Lecture de la page en cours…',
  unsupported: 'Deal Lens ne peut pas lire cette page (pages du navigateur ou des boutiques)',
  empty: 'Aucun terme de l’accord Microsoft–OpenAI sur cette page',
  offHere: 'Deal Lens est désactivé sur ce site.',
  offEverywhere: 'Deal Lens est désactivé dans ses réglages.',
  failed:
    'Deal Lens s’est arrêté sur cette page après une erreur\u202f; la page est restée intacte.',
  termsHeading: 'Termes de l’accord sur cette page',
  status: {
    current: 'En vigueur',
    superseded: 'Dépassé',
    history: 'Historique',
    wrong: 'Jamais vrai',
    unknown: 'Incertain',
  },
  mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
  rowOutdated: (n, of) => `${n} sur ${of} ${n === 1 ? 'dépassée' : 'dépassées'}`,
  outdatedToday: (n, of) =>
    n === 0
      ? 'Rien sur cette page n’est dépassé aujourd’hui'
      : `${n} ${n === 1 ? 'affirmation' : 'affirmations'} sur ${of} ${
          n === 1 ? 'est dépassée' : 'sont dépassées'
        } aujourd’hui`,
  reveal: (name) => `Montrer «\u00a0${name}\u00a0» dans la page`,
  siteSwitch: 'Deal Lens sur ce site',
  checkedAsOf: (date) => `Faits vérifiés au ${date}`,
  checkedStale: (ago) => `Faits vérifiés ${ago} — des changements plus récents peuvent manquer`,
  settings: 'Réglages',
  banner: (month, terms) =>
    `Cet article date ${elide('de', month)}. ${
      terms === 1
        ? '1 terme de l’accord qu’il mentionne a changé'
        : `${terms} termes de l’accord qu’il mentionne ont changé`
    } depuis.`,
  bannerLabel: 'Deal Lens',
  dismiss: 'Fermer',
  badgeTitle: (n) =>
    n === 0
      ? 'Deal Lens'
      : `Deal Lens\u00a0: ${n} ${n === 1 ? 'affirmation dépassée' : 'affirmations dépassées'} sur cette page`,
  optionsTitle: 'Réglages de Deal Lens',
  enabledEverywhere: 'Deal Lens sur tous les sites',
  disabledSites: 'Sites où Deal Lens est désactivé',
  noDisabledSites: 'Aucun\u00a0: Deal Lens lit tous les sites d’actualité.',
  remove: 'Retirer',
  highlightStyle: 'Style de surlignage',
  highlight: { background: 'Fond coloré', underline: 'Soulignement seul', off: 'Aucun surlignage' },
  showReported: 'Afficher les informations non confirmées',
  showReportedHint: 'Termes connus seulement par la presse, jamais confirmés par les entreprises.',
  uiLang: 'Langue',
  uiLangChoice: { auto: 'Langue du navigateur', en: 'English', fr: 'Français' },
  showBanner: 'Afficher le bandeau «\u00a0cet article est dépassé\u00a0»',
  showBannerHint: 'Quand un article est antérieur à des changements des termes qu’il mentionne.',
  saved: 'Enregistré',
};

/** "de janvier", but "d’avril", "d’août", "d’octobre". */
function elide(word: 'de', next: string): string {
  return /^[aeiouyâàéèêîïôœh]/i.test(next) ? `d’${next}` : `${word} ${next}`;
}

const STRINGS: Record<UiLang, PopupStrings> = { en, fr };

export function popupStrings(lang: UiLang): PopupStrings {
  return STRINGS[lang];
}
