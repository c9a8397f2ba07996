/**
 * Splits a block of text (a paragraph, a list item, a heading) into sentences, as offsets.
 * Claims are judged sentence by sentence: "no longer has a right of first refusal" must not
 * borrow its negation from the sentence before.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * Words after which a full stop does not end a sentence, in the four languages. A single
 * capital letter (initials, "U.S.") is handled apart.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'approx',
  'est',
  'mrd',
  'mio',
  'bn',
  'mn',
  'md',
  'mds',
  'env',
  'cf',
  'p',
  'pp',
  'nr',
  'bzw',
  'ca',
  'vgl',
  'sr',
  'sra',
  'dña',
  'm',
  'mme',
  'mlle',
  'av',
  'ej',
  'sig',
  'dott',
  'ecc',
  'mld',
  'mln',
]);

/**
 * A sentence ends at . ! ? … with its closing quotes or brackets (French puts a space before
 * », so one may come first), then a space or a capital.
 */
const END = /[.!?…]+(?:[\s\u00a0\u202f]?["'’»”)\]])*(?=[\s\u00a0]+|(?=[\p{Lu}«"“]))/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && !endsSentence(text, m.index, end)) continue;
    push(spans, text, start, end);
    start = end;
  }
  push(spans, text, start, text.length);
  return spans;
}

const LETTER_STOP_AFTER = /^\s*\p{L}\./u;
const LETTER_STOP_BEFORE = /(?:^|\s)\p{L}\.\s*$/u;

/** Tried where a stop ends (sticky): no copy of the rest of a long block per stop. */
const GERMAN_MONTH =
  /\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/uy;

function endsSentence(text: string, dot: number, after: number): boolean {
  const word = /[\p{L}\p{N}]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  // "32.5" never reaches here (no space after the dot), but "No. 5" and "Mrd. Dollar" do.
  if (word.length === 1) {
    if (/\p{Lu}/u.test(word)) return false; // initials, U.S.
    // German "z. B.", "d. h.", "u. a.": a lone lowercase letter beside another letter and stop
    // (not the Italian "lo è.").
    if (LETTER_STOP_AFTER.test(text.slice(after, after + 4))) return false;
    if (LETTER_STOP_BEFORE.test(text.slice(Math.max(0, dot - 5), dot - 1))) return false;
  }
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A German date: "am 28. Oktober 2025".
  if (/^\d{1,2}$/.test(word)) {
    GERMAN_MONTH.lastIndex = after;
    if (GERMAN_MONTH.test(text)) return false;
  }
  // Without a space after the stop, only a capital letter starts a new sentence.
  const next = text.slice(after).trimStart()[0] ?? '';
  return next === '' || !/\p{Ll}/u.test(next);
}

function push(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e });
}
