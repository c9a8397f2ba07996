/**
 * The card's sources: grouped by what they support (what the passage says, what holds today),
 * official first, https only; the one the card's answer cites; and the correction a reader can
 * copy. Pure.
 */
import { needsCorrection, type Deal } from '@/data/deal';
import type { Basis, Claim, Source, Version } from '@/data/schema';
import type { CardMention, CardModel, CardSource, SourceGroup } from './card-model';
import { formatDate, t, type UiLang } from './i18n';

export function basisLabel(basis: Basis, lang: UiLang): string {
  return t(lang, basis === 'official' ? 'basis.official' : 'basis.reported');
}

/**
 * The sources of what the passage states (`stated`: its claim, else its version) and, apart,
 * of what holds today (`current`, when the card tells it apart), each group official first.
 */
export function sourceGroups(
  deal: Deal,
  stated: Claim | Version | undefined,
  current: Version | undefined,
  lang: UiLang,
): SourceGroup[] {
  const toCard = (source: Source) => cardSource(source, lang);
  // Official sources first; the order of the data otherwise.
  const officialFirst = (a: Source, b: Source) =>
    Number(b.basis === 'official') - Number(a.basis === 'official');
  const statedSources = (stated ? deal.sourcesOf(stated) : [])
    .filter(isHttps)
    .sort(officialFirst)
    .map(toCard);
  const seen = new Set(statedSources.map((s) => s.id));
  const currentSources = current
    ? deal
        .sourcesOf(current)
        .filter((s) => isHttps(s) && !seen.has(s.id))
        .sort(officialFirst)
        .map(toCard)
    : [];
  const sources: SourceGroup[] = [];
  const both = statedSources.length > 0 && currentSources.length > 0;
  if (statedSources.length > 0) {
    sources.push({
      heading: t(lang, both ? 'sources.stated' : 'sources.heading'),
      sources: statedSources,
    });
  }
  if (currentSources.length > 0) {
    sources.push({ heading: t(lang, 'sources.current'), sources: currentSources });
  }
  return sources;
}

export function cardSource(source: Source, lang: UiLang): CardSource {
  return {
    id: source.id,
    title: source.title,
    outlet: source.outlet,
    date: formatDate(source.date, lang),
    url: source.url,
    basis: source.basis,
    basisLabel: basisLabel(source.basis, lang),
  };
}

/** Source links open from inside the reader's page: https only, whatever the data says. */
export function isHttps(source: Source): boolean {
  try {
    return new URL(source.url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The card's answer: the source it cites (for what holds today when the card says it apart,
 * else for what the passage says; official first) and, for a statement not true today, the
 * correction as plain text.
 */
export function answer(
  mention: CardMention,
  status: CardModel['status'],
  now: CardModel['now'],
  sources: readonly SourceGroup[],
  lang: UiLang,
): Pick<CardModel, 'answerSource' | 'correction'> {
  const all = sources.flatMap((group) => group.sources);
  const forToday = sources.length > 1 ? sources[sources.length - 1]!.sources : all;
  const answerSource =
    forToday.find((s) => s.basis === 'official') ?? forToday[0] ?? all[0] ?? null;
  if (!needsCorrection(status.kind)) return { answerSource, correction: null };
  const lines = [
    t(lang, 'correction', {
      quote: mention.text.replace(/\s+/g, ' ').trim(),
      status: status.label,
      detail: status.detail ?? '',
    }).trim(),
  ];
  if (now && 'statement' in now)
    lines.push(t(lang, 'correction.now', { statement: now.statement, since: now.since }));
  if (answerSource) {
    lines.push(
      t(lang, 'correction.source', {
        title: answerSource.title,
        outlet: answerSource.outlet,
        url: answerSource.url,
      }),
    );
  }
  return { answerSource, correction: lines.join('\n') };
}
