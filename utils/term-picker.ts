/**
 * What the selection check shows when it finds no deal term in the text the reader selected:
 * every term, with what holds today, for the reader to pick from. Pure.
 */
import type { Deal } from '@/data/deal';
import { datePhrase, t, type UiLang } from './i18n';

export interface PickerTerm {
  id: string;
  name: string;
  /** What holds today, in one line, with since when; or that no version is in force. */
  today: string;
}

export interface PickerModel {
  lang: UiLang;
  heading: string;
  prompt: string;
  terms: PickerTerm[];
}

export function pickerModel(deal: Deal, lang: UiLang): PickerModel {
  return {
    lang,
    heading: t(lang, 'selection.none'),
    prompt: t(lang, 'selection.pick'),
    terms: deal.terms().map((term) => {
      const current = deal.currentVersion(term.id);
      return {
        id: term.id,
        name: term.name[lang],
        today: current
          ? `${current.statement[lang]} (${t(lang, 'now.since', { since: datePhrase('since', current.date, lang, current.precision) })})`
          : t(lang, 'now.none'),
      };
    }),
  };
}
