/**
 * The shape of the knowledge base (`deal.json`). Validated in tests and whenever the content
 * script loads the base: a base that fails validation is never used to judge a page.
 *
 * Vocabulary
 * - term: one provision of the deal (compute-provider, ip-rights, ms-stake…)
 * - version: what a term said from an announcement date on; versions form a supersession chain
 * - claim: one specific thing a sentence can say (a figure, a date, "exclusive"…), true over
 *   intervals; a later version can keep an earlier claim
 * - source: where a version or claim is stated, official (the companies) or reported (press)
 */
import * as v from 'valibot';

/** A calendar date, YYYY-MM-DD. Dates known only to the month or year use `precision`. */
export const IsoDate = v.pipe(v.string(), v.isoDate('dates are YYYY-MM-DD'));
export const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are kebab-case'));
export const Basis = v.picklist(['official', 'reported']);
export const Precision = v.picklist(['day', 'month', 'year']);
/** User-facing text in every UI language. */
export const Text = v.strictObject({
  en: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  fr: v.pipe(v.string(), v.trim(), v.nonEmpty()),
});

/** A value in a few words, for a popup row ("about 27%", "exclusive cloud"): no sentence. */
const ShortLine = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty(),
  v.maxLength(60),
  v.regex(/[^.;:]$/, 'a short form is a value, not a sentence'),
);
export const Short = v.strictObject({ en: ShortLine, fr: ShortLine });

export const Source = v.strictObject({
  id: Id,
  url: v.pipe(v.string(), v.url(), v.startsWith('https://', 'source links are https only')),
  title: v.pipe(v.string(), v.nonEmpty()),
  outlet: v.pipe(v.string(), v.nonEmpty()),
  date: IsoDate,
  basis: Basis,
});

export const Version = v.strictObject({
  id: Id,
  /** Announcement date. */
  date: IsoDate,
  precision: v.optional(Precision, 'day'),
  statement: Text,
  /** The statement's value in a few words: what a popup row shows. */
  short: Short,
  basis: Basis,
  /** Ids into `sources`; at least one. */
  sources: v.pipe(v.array(Id), v.minLength(1)),
  /** The version that replaced this one, or null while it is in force (or for history). */
  supersededBy: v.nullable(Id),
  /** Optional caveat shown on the card (e.g. "the rate was never confirmed"). */
  note: v.optional(Text),
  /** The sources of the note's facts; a note must cite at least one. */
  noteSources: v.optional(v.array(Id)),
});

/**
 * versioned: one version in force at a time.
 * history: cumulative facts (amounts invested); never superseded, `current` is null.
 * context: background facts around the deal (Stargate); versioned like any term.
 */
export const TermKind = v.picklist(['versioned', 'history', 'context']);

export const Term = v.strictObject({
  id: Id,
  kind: TermKind,
  name: Text,
  explanation: Text,
  /** Id of the version in force today; null for history terms. */
  current: v.nullable(Id),
  /** Oldest first. */
  versions: v.pipe(v.array(Version), v.minLength(1)),
});

export const Interval = v.strictObject({
  from: IsoDate,
  /** Exclusive end; null = still holds. */
  until: v.nullable(IsoDate),
});

export const Claim = v.strictObject({
  id: Id,
  term: Id,
  text: Text,
  /** The claim's value in a few words: what a popup row shows. */
  short: Short,
  /** When the claim is true; several intervals when it lapsed and came back. */
  holds: v.pipe(v.array(Interval), v.minLength(1)),
  basis: Basis,
  sources: v.pipe(v.array(Id), v.minLength(1)),
  /** The versions that state this claim, oldest first. */
  versions: v.pipe(v.array(Id), v.minLength(1)),
  /**
   * Claims of the same term that cannot be true at once (32.5 % and 27 %): their intervals
   * must never overlap.
   */
  excludes: v.optional(v.array(Id)),
  /**
   * When a claim is known to have held before any source says so (the 32.5 % stake, published
   * in 2025 as held since 2023): the day it was first made public, and why the earlier start.
   * Without it, a claim may not start before its earliest source.
   */
  disclosed: v.optional(v.strictObject({ on: IsoDate, why: v.pipe(v.string(), v.nonEmpty()) })),
});

/**
 * A claim that never held, seen in real articles ("$10 billion in 2019"): judged `wrong`, and the
 * card gives the claim that holds instead, since when, and its sources.
 */
export const Misstatement = v.strictObject({
  id: Id,
  term: Id,
  /** What the sentence says, in a line. */
  says: Text,
  short: Short,
  /** The claim that is true instead. */
  instead: Id,
  /** Articles where it was seen (the corpus's, tests/corpus), when one is at hand. */
  seenIn: v.optional(v.array(v.pipe(v.string(), v.url()))),
});

export const DealBase = v.strictObject({
  /** The last date the facts were checked against public sources. */
  checkedAsOf: IsoDate,
  sources: v.array(Source),
  terms: v.array(Term),
  claims: v.array(Claim),
  misstatements: v.optional(v.array(Misstatement), []),
});

export type Basis = v.InferOutput<typeof Basis>;
export type Text = v.InferOutput<typeof Text>;
export type Source = v.InferOutput<typeof Source>;
export type Version = v.InferOutput<typeof Version>;
export type Term = v.InferOutput<typeof Term>;
export type TermKind = v.InferOutput<typeof TermKind>;
export type Interval = v.InferOutput<typeof Interval>;
export type Claim = v.InferOutput<typeof Claim>;
export type Misstatement = v.InferOutput<typeof Misstatement>;
export type DealBase = v.InferOutput<typeof DealBase>;
export type Lang = keyof Text;

/** Whether a day (YYYY-MM-DD) falls in an interval: from its first day, until (not on) its end. */
export function within(date: string, interval: Interval): boolean {
  return interval.from <= date && (interval.until === null || date < interval.until);
}
