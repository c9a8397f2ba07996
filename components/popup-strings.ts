/**
 * The words of the popup, the options page, the banner and the badge, in every UI language.
 * (The card's words live in utils/i18n.ts.) Plain data plus tiny functions for counts, so a
 * translator reads one table per language.
 */
import type { Status } from '@/data/deal';
import { plural, type UiLang } from '@/utils/i18n';
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
  legendHeading: string;
  /** The words shown highlighted in the legend. */
  legendSample: string;
  /** What each status means, in one line. */
  legend: Record<Status, string>;
  mentions(n: number): string;
  rowOutdated(n: number, of: number): string;
  /** What a row's first statement not true today says, and what holds today. */
  change(page: string, today: string): string;
  outdatedToday(n: number, of: number): string;
  reveal(name: string): string;
  stepNext: string;
  /** The context menu item on selected text. */
  checkSelection: string;
  /** The keyboard commands that step through them (wxt.config.ts). */
  stepKeys: string;
  siteSwitch: string;
  checkedAsOf(date: string): string;
  /** Past 60 days: how long ago, and that newer changes may be missing. */
  checkedStale(ago: string): string;
  settings: string;
  // Banner
  /** `month`: the page's, or null when its date is unknown; `n`: statements not true today. */
  banner(month: string | null, n: number): string;
  bannerLabel: string;
  /** The banner's button to the statements not true today (`n` of them). */
  bannerShow(n: number): string;
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
  onlyNotTrue: string;
  onlyNotTrueHint: string;
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
    'in-force': 'In force',
    changed: 'Changed since this article',
    'out-of-date': 'Out of date',
    history: 'History',
    wrong: 'Never true',
    unclear: 'Unclear',
  },
  legendHeading: 'What the highlights mean',
  legendSample: 'a statement',
  legend: {
    'in-force': 'True today.',
    changed: 'True when the article was published; no longer true.',
    'out-of-date':
      'No longer true, and already not true when the page was published (or its date is unknown).',
    history: 'Told as the past, or a past fact (money invested): true as such.',
    wrong: 'No version of the deal ever said this.',
    unclear: 'Names a deal term without saying which version.',
  },
  mentions: (n) => `${n} ${plural('en', n, 'mention', 'mentions')}`,
  rowOutdated: (n, of) => `${n} of ${of} not true today`,
  change: (page, today) => `Page: ${page} · Today: ${today}`,
  outdatedToday: (n, of) =>
    n === 0
      ? 'Deal Lens found no outdated statement'
      : `${n} of ${of} ${plural('en', of, 'statement', 'statements')} ${plural('en', n, 'is', 'are')} not true today`,
  reveal: (name) => `Show “${name}” on the page`,
  stepNext: 'Show the next one',
  checkSelection: 'Check with Deal Lens',
  stepKeys: 'On the page: Alt+Shift+J next, Alt+Shift+K previous',
  siteSwitch: 'Deal Lens on this site',
  checkedAsOf: (date) => `Facts checked as of ${date}`,
  checkedStale: (ago) => `Facts checked ${ago} — newer changes may be missing`,
  settings: 'Settings',
  banner: (month, n) =>
    `${month ? `This article is from ${month}: ` : ''}${n} of its deal statements ${plural('en', n, 'is', 'are')} not true today.`,
  bannerLabel: 'Deal Lens',
  bannerShow: (n) => plural('en', n, 'Show it', 'Show them'),
  dismiss: 'Dismiss',
  badgeTitle: (n) =>
    n === 0
      ? 'Deal Lens'
      : `Deal Lens: ${n} ${plural('en', n, 'statement', 'statements')} not true today on this page`,
  optionsTitle: 'Deal Lens settings',
  enabledEverywhere: 'Deal Lens on every site',
  disabledSites: 'Sites where Deal Lens is off',
  noDisabledSites: 'None: Deal Lens reads every news site.',
  remove: 'Remove',
  highlightStyle: 'Highlight style',
  highlight: { background: 'Background colour', underline: 'Underline only', off: 'No highlight' },
  showReported: 'Show unconfirmed reports',
  showReportedHint: 'Terms known only from press reports, never confirmed by the companies.',
  onlyNotTrue: 'Highlight only what is not true today',
  onlyNotTrueHint:
    'Statements changed since the article, out of date or never true; the rest stays unmarked.',
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
    'in-force': 'En vigueur',
    changed: 'Modifié depuis cet article',
    'out-of-date': 'Dépassé',
    history: 'Historique',
    wrong: 'Jamais vrai',
    unclear: 'Incertain',
  },
  legendHeading: 'Ce que signifient les surlignages',
  legendSample: 'une affirmation',
  legend: {
    'in-force': 'Vrai aujourd’hui.',
    changed: 'Vrai à la publication de l’article\u00a0; plus vrai aujourd’hui.',
    'out-of-date':
      'Plus vrai, et déjà inexact à la publication de la page (ou sa date est inconnue).',
    history:
      'Présenté comme du passé, ou fait passé (sommes investies)\u00a0: vrai en tant que tel.',
    wrong: 'Aucune version de l’accord n’a jamais dit cela.',
    unclear: 'Cite un terme de l’accord sans dire de quelle version il s’agit.',
  },
  mentions: (n) => `${n} ${plural('fr', n, 'mention', 'mentions')}`,
  rowOutdated: (n, of) => `${n} sur ${of} ${plural('fr', n, 'inexacte', 'inexactes')} aujourd’hui`,
  change: (page, today) => `Page\u00a0: ${page} · Aujourd’hui\u00a0: ${today}`,
  outdatedToday: (n, of) =>
    n === 0
      ? 'Deal Lens n’a trouvé aucune affirmation dépassée'
      : `${n} ${plural('fr', n, 'affirmation', 'affirmations')} sur ${of} ${plural(
          'fr',
          n,
          'n’est pas exacte',
          'ne sont pas exactes',
        )} aujourd’hui`,
  reveal: (name) => `Montrer «\u00a0${name}\u00a0» dans la page`,
  stepNext: 'Montrer la suivante',
  checkSelection: 'Vérifier avec Deal Lens',
  stepKeys: 'Dans la page\u00a0: Alt+Maj+J suivante, Alt+Maj+K précédente',
  siteSwitch: 'Deal Lens sur ce site',
  checkedAsOf: (date) => `Faits vérifiés au ${date}`,
  checkedStale: (ago) => `Faits vérifiés ${ago} — des changements plus récents peuvent manquer`,
  settings: 'Réglages',
  banner: (month, n) =>
    `${month ? `Cet article date ${elide('de', month)}\u00a0: ` : ''}${n} de ses affirmations sur l’accord ${plural(
      'fr',
      n,
      'n’est pas exacte',
      'ne sont pas exactes',
    )} aujourd’hui.`,
  bannerLabel: 'Deal Lens',
  bannerShow: (n) => plural('fr', n, 'La montrer', 'Les montrer'),
  dismiss: 'Fermer',
  badgeTitle: (n) =>
    n === 0
      ? 'Deal Lens'
      : `Deal Lens\u00a0: ${n} ${plural('fr', n, 'affirmation inexacte', 'affirmations inexactes')} aujourd’hui sur cette page`,
  optionsTitle: 'Réglages de Deal Lens',
  enabledEverywhere: 'Deal Lens sur tous les sites',
  disabledSites: 'Sites où Deal Lens est désactivé',
  noDisabledSites: 'Aucun\u00a0: Deal Lens lit tous les sites d’actualité.',
  remove: 'Retirer',
  highlightStyle: 'Style de surlignage',
  highlight: { background: 'Fond coloré', underline: 'Soulignement seul', off: 'Aucun surlignage' },
  showReported: 'Afficher les informations non confirmées',
  showReportedHint: 'Termes connus seulement par la presse, jamais confirmés par les entreprises.',
  onlyNotTrue: 'Ne surligner que ce qui n’est pas exact aujourd’hui',
  onlyNotTrueHint:
    'Affirmations modifiées depuis l’article, dépassées ou jamais vraies\u00a0; le reste n’est pas marqué.',
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
