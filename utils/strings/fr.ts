/**
 * The extension's own words in French, key for key as en.ts. Typographic apostrophes (’) and
 * no-break spaces before « : ; ? » and inside « », as French typesetting wants.
 */
import type { MessageKey } from './en';

export const fr: Record<MessageKey, string> = {
  // The card
  'card.brand': 'Deal Lens',
  'card.close': 'Fermer',
  'card.pin': 'Garder cette fiche ouverte',
  'card.unknownTerm': 'Terme de l’accord inconnu',
  'card.details': 'Détails\u00a0: chronologie et toutes les sources',
  'card.copy': 'Copier la correction',
  'card.copied': 'Copié',
  'card.source': 'Source\u00a0:',
  'selection.none':
    'Deal Lens n’a trouvé dans le texte sélectionné aucune affirmation sur un terme de l’accord.',
  'selection.pick': 'S’agit-il de l’un de ceux-ci\u00a0? Ce qui vaut aujourd’hui\u00a0:',
  correction: '«\u00a0{quote}\u00a0» — {status}. {detail}',
  'correction.now': 'Aujourd’hui\u00a0: {statement} ({since}).',
  'correction.source': 'Source\u00a0: {title}, {outlet}, {url}',
  // Verdicts, the same words on every surface
  'status.in-force': 'En vigueur',
  'status.changedAround': 'Changé vers la date de cet article',
  'status.changed': 'Modifié depuis cet article',
  'status.out-of-date': 'Dépassé',
  'status.history': 'Historique',
  'status.wrong': 'Jamais vrai',
  'status.unclear': 'Version incertaine',
  'detail.inForce': 'Cela reste vrai aujourd’hui.',
  'detail.pastFramed': 'Présenté comme du passé — exact. Cela a cessé de valoir {on}.',
  'detail.pastFramedUndated': 'Présenté comme du passé — exact\u00a0: cela ne vaut plus.',
  'said.past': 'Auparavant\u00a0: {statement}',
  'detail.changed': 'Vrai à la publication de cet article\u00a0; plus vrai {since}.',
  'detail.changedJustBefore':
    'Plus vrai {since}, vers la date de publication de cet article\u00a0: il a sans doute été écrit avant le changement.',
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
  // The popup
  'popup.title': 'Deal Lens',
  'popup.published': 'Publié le {date}',
  'popup.pageDateUnknown': 'Date de publication introuvable',
  'popup.loading': 'Lecture de la page…',
  'popup.scanning': 'Lecture de la page en cours…',
  'popup.unsupported':
    'Deal Lens ne peut pas lire cette page (pages du navigateur ou des boutiques)',
  'popup.empty': 'Aucun terme de l’accord Microsoft–OpenAI sur cette page',
  'popup.offHere': 'Deal Lens est désactivé sur ce site.',
  'popup.offEverywhere': 'Deal Lens est désactivé dans ses réglages.',
  'popup.failed':
    'Deal Lens s’est arrêté sur cette page après une erreur\u202f; la page est restée intacte.',
  'popup.termsHeading': 'Termes de l’accord sur cette page',
  'popup.outdated':
    '{n} {n:affirmation|affirmations} sur {of} {n:n’est pas exacte|ne sont pas exactes} aujourd’hui',
  'popup.outdatedNone': 'Deal Lens n’a trouvé aucune affirmation dépassée',
  'popup.stepNext': 'Montrer la suivante',
  'popup.stepKeys': 'Dans la page\u00a0: Alt+Maj+J suivante, Alt+Maj+K précédente',
  'popup.siteSwitch': 'Deal Lens sur ce site',
  'popup.settings': 'Réglages',
  'row.mentions': '{n} {n:mention|mentions}',
  'row.outdated': '{n} sur {of} {n:inexacte|inexactes} aujourd’hui',
  'row.change': 'Page\u00a0: {page} · Aujourd’hui\u00a0: {today}',
  'row.reveal': 'Montrer «\u00a0{name}\u00a0» dans la page',
  // What the highlights mean, in the popup and the options
  'legend.heading': 'Ce que signifient les surlignages',
  'legend.sample': 'une affirmation',
  'legend.in-force': 'Vrai aujourd’hui.',
  'legend.changed': 'Vrai à la publication de l’article\u00a0; plus vrai aujourd’hui.',
  'legend.out-of-date':
    'Plus vrai, et déjà inexact à la publication de la page (ou sa date est inconnue).',
  'legend.history':
    'Présenté comme du passé, ou fait passé (sommes investies)\u00a0: vrai en tant que tel.',
  'legend.wrong': 'Aucune version de l’accord n’a jamais dit cela.',
  'legend.unclear': 'Cite un terme de l’accord sans dire de quelle version il s’agit.',
  // The banner, the badge and the context menu
  'banner.dated':
    'Cet article date de {month}\u00a0: {n} de ses affirmations sur l’accord {n:n’est pas exacte|ne sont pas exactes} aujourd’hui.',
  'banner.undated':
    '{n} de ses affirmations sur l’accord {n:n’est pas exacte|ne sont pas exactes} aujourd’hui.',
  'banner.label': 'Deal Lens',
  'banner.show': '{n:La montrer|Les montrer}',
  'banner.dismiss': 'Fermer',
  'badge.none': 'Deal Lens',
  'badge.title':
    'Deal Lens\u00a0: {n} {n:affirmation inexacte|affirmations inexactes} aujourd’hui sur cette page',
  'menu.checkSelection': 'Vérifier avec Deal Lens',
  // The options page
  'options.title': 'Réglages de Deal Lens',
  'options.enabledEverywhere': 'Deal Lens sur tous les sites',
  'options.disabledSites': 'Sites où Deal Lens est désactivé',
  'options.noDisabledSites': 'Aucun\u00a0: Deal Lens lit tous les sites d’actualité.',
  'options.remove': 'Retirer',
  'options.highlightStyle': 'Style de surlignage',
  'options.highlight.background': 'Fond coloré',
  'options.highlight.underline': 'Soulignement seul',
  'options.highlight.off': 'Aucun surlignage',
  'options.showReported': 'Afficher les informations non confirmées',
  'options.showReportedHint':
    'Termes connus seulement par la presse, jamais confirmés par les entreprises.',
  'options.onlyNotTrue': 'Ne surligner que ce qui n’est pas exact aujourd’hui',
  'options.onlyNotTrueHint':
    'Affirmations modifiées depuis l’article, dépassées ou jamais vraies\u00a0; le reste n’est pas marqué.',
  'options.uiLang': 'Langue',
  'options.uiLang.auto': 'Langue du navigateur',
  'options.uiLang.en': 'English',
  'options.uiLang.fr': 'Français',
  'options.showBanner': 'Afficher le bandeau «\u00a0cet article est dépassé\u00a0»',
  'options.showBannerHint':
    'Quand un article est antérieur à des changements des termes qu’il mentionne.',
  'options.saved': 'Enregistré',
};
