/**
 * Dates as news pages write them, read from text: ISO, numeric and written dates in five
 * languages, and the words that mark a date as a modification date. Pure: text in, YYYY-MM-DD out.
 */

/**
 * Parses the date strings real pages carry into YYYY-MM-DD: ISO 8601 (the date as written,
 * not shifted to UTC, since the writer's local day is the publication day), RFC 2822,
 * day-first numeric dates, and English/French/German/Spanish written dates. The first
 * plausible date in the string wins. Null when none is found, or when it is before 1995 or
 * more than 2 days after `today` (YYYY-MM-DD, default: the current UTC day).
 */
export function parseDateString(s: string, today?: string): string | null {
  const found = findDates(foldText(s)).find((d) => isPlausible(d.date, today));
  return found ? found.date : null;
}

/** Words that introduce a modification date ("Updated", "Mis à jour le"…), accents stripped. */
export const UPDATED =
  /\b(updated?|modified|last edited|edited|mis a jour|maj|modifie|actualise|aktualisiert|geandert|actualizad[oa]|actualizacion|aggiornat[oa]|modificat[oa])\b/;

/** The first date in a byline text that is not introduced as a modification date. */
export function publishedDateIn(text: string): string | null {
  const norm = foldText(text);
  let from = 0;
  for (const found of findDates(norm)) {
    const lead = norm.slice(from, found.index);
    from = found.end;
    if (!UPDATED.test(lead) && isPlausible(found.date)) return found.date;
  }
  return null;
}

/** Month words, accents stripped, in English, French, German, Spanish and Italian (with abbreviations). */
const MONTHS = new Map<string, number>();
[
  'january jan janvier janv januar janner jaenner enero ene gennaio gen',
  'february feb febr fevrier fevr fev februar febrero febbraio',
  'march mar mars marz maerz mrz marzo',
  'april apr avril avr abril abr aprile',
  'may mai mayo maggio mag',
  'june jun juin juni junio giugno giu',
  'july jul juillet juil juli julio luglio lug',
  'august aug aout agosto ago',
  'september sep sept septembre setiembre septiembre settembre set',
  'october oct octobre oktober okt octubre ottobre ott',
  'november nov novembre noviembre',
  'december dec decembre dezember dez diciembre dic dicembre',
].forEach((words, i) => words.split(' ').forEach((w) => MONTHS.set(w, i + 1)));

/** Lower case, accents stripped, compatibility forms folded (nbsp → space, "1ᵉʳ" → "1er"). */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const ORDINAL = '(?:er|re|st|nd|rd|th|o|a)?';
type Found = { date: string; index: number; end: number };
/** Each pattern with how its groups map to year, month, day; month may be a word. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => [number, number | undefined, number]][] = [
  // ISO 8601 and 2025/01/23: only the date part is read, so the written day is kept.
  [/(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g, (m) => [+m[1]!, +m[3]!, +m[4]!]],
  // ISO 8601 basic (20250123, 20250123T103000Z), only as the whole string.
  [/^\s*(\d{4})(\d{2})(\d{2})(?=t|\s*$)/g, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  // Day first: 23/01/2025, 23.01.2025. (US 01/23/2025 is read month first when it cannot be day first.)
  [
    /(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/g,
    (m) => (+m[3]! > 12 && +m[1]! <= 12 ? [+m[4]!, +m[1]!, +m[3]!] : [+m[4]!, +m[3]!, +m[1]!]),
  ],
  // 23 Jan 2025, 12 décembre 2024, 1er mars 2025, 23. Januar 2025, 23 de enero de 2025, RFC 2822.
  [
    new RegExp(
      `(?<!\\d)(\\d{1,2})${ORDINAL}\\.?\\s+(?:de\\s+|of\\s+)?([a-z]+)\\.?,?\\s+(?:del?\\s+)?(\\d{4})(?!\\d)`,
      'g',
    ),
    (m) => [+m[3]!, MONTHS.get(m[2]!), +m[1]!],
  ],
  // January 23, 2025, décembre 12, 2024, Jan. 23 2025.
  [
    new RegExp(
      `\\b([a-z]+)\\.?\\s+(\\d{1,2})${ORDINAL}(?!\\d),?\\s+(?:del?\\s+)?(\\d{4})(?!\\d)`,
      'g',
    ),
    (m) => [+m[3]!, MONTHS.get(m[1]!), +m[2]!],
  ],
];

/** Every well-formed calendar date in a normalized string, in order of position. */
function findDates(s: string): Found[] {
  const text = s.slice(0, 500); // dates sit at the start; never scan a long text
  const out: Found[] = [];
  for (const [re, parts] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [y, mo, d] = parts(m);
      const date = mo ? toIso(y, mo, d) : null;
      if (date) out.push({ date, index: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** YYYY-MM-DD for a real calendar day, else null. */
function toIso(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** Between 1995 (the first news sites) and two days after today (time zones, early clocks). */
function isPlausible(date: string, today?: string): boolean {
  const now = today ? Date.parse(`${today}T00:00:00Z`) : Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const t = Date.parse(`${date}T00:00:00Z`);
  return date >= '1995-01-01' && !Number.isNaN(now) && t <= now + 2 * DAY_MS;
}

/** Day (/2025/01/23/, /2025-01-23/, /20250123/) or month (/2025/01/) in the URL path. */
export function dateInUrl(url: string): { date: string; precision: 'day' | 'month' } | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const days = [
    /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[._-])/,
    /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/,
    /[/_-](\d{4})(\d{2})(\d{2})(?=[/_.-]|$)/,
  ];
  for (const re of days) {
    const m = re.exec(path);
    const date = m ? toIso(+m[1]!, +m[2]!, +m[3]!) : null;
    if (date && isPlausible(date)) return { date, precision: 'day' };
  }
  const month = /\/(\d{4})\/(\d{1,2})(?=\/|$)/.exec(path);
  const date = month ? toIso(+month[1]!, +month[2]!, 1) : null;
  return date && isPlausible(date) ? { date, precision: 'month' } : null;
}
