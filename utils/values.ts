/**
 * Amounts and percentages as news writes them in five languages, read to their value, so that
 * one pattern for "any amount" and a table of values in the lexicon (data/lexicon.json) replace
 * a pattern per figure and language. Pure.
 */

/** Number words that stand for an amount's figure ("ten billion", "zehn Milliarden"…). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  eine: 1,
  einer: 1,
  un: 1,
  une: 1,
  uno: 1,
  una: 1,
  two: 2,
  zwei: 2,
  deux: 2,
  dos: 2,
  due: 2,
  ten: 10,
  zehn: 10,
  dix: 10,
  diez: 10,
  dieci: 10,
  thirteen: 13,
  dreizehn: 13,
  treize: 13,
  trece: 13,
  tredici: 13,
};

/**
 * "10.000", "1,000" (thousands) or "32,5", "13.75" (decimals): a separator followed by
 * exactly three digits, every time, groups thousands; otherwise it is the decimal point.
 */
function parseFigure(figure: string): number {
  const compact = figure.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(compact)) return Number(compact.replace(/[.,]/g, ''));
  return Number(compact.replace(',', '.'));
}

/** The amount in billions (of dollars or euros): "US$10 billion" → 10, "10.000 millones" → 10. */
export function amountInBillions(text: string): number | null {
  const lower = text.toLowerCase();
  // Half a trillion is 500 billion: its "a" is no figure.
  if (/half a trillion|halbe\S* billion|medio billón|demi-billion|mezzo trilione/.test(lower))
    return 500;
  const digits = /\d[\d.,\s\u00a0\u202f]*\d|\d/.exec(lower);
  let figure: number;
  if (digits) figure = parseFigure(digits[0]);
  else {
    const word = /\p{L}+/gu;
    let found: number | undefined;
    for (let m = word.exec(lower); m && found === undefined; m = word.exec(lower)) {
      found = NUMBER_WORDS[m[0]];
    }
    // "mil millones" alone is a billion: "mil" is its figure.
    if (found === undefined && /\bmil millones/.test(lower)) found = 1;
    if (found === undefined) return null;
    figure = found;
  }
  if (!Number.isFinite(figure)) return null;
  // Spanish "billones" are trillions; "mil millones" are billions; bare millions (and Mexico's
  // "mdd", millones de dólares) are thousandths.
  if (/billones/.test(lower)) return figure * 1000;
  if (/mil millones/.test(lower)) return figure;
  if (/million|millones|milioni|millionen|mdd/.test(lower)) return figure / 1000;
  return figure;
}

/** The percentage: "32,5 %" → 32.5, "27 Prozent" → 27. */
export function percentOf(text: string): number | null {
  const m = /\d+(?:\s?[.,]\s?\d+)?/.exec(text);
  if (!m) return null;
  const value = Number(m[0].replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** The key under which a value's readings stand in the lexicon ("32.5", "10"). */
export function valueKey(value: number): string {
  return String(Math.round(value * 100) / 100);
}
