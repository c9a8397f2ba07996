/**
 * Publication date of a news page, so a mention can be judged against the deal version that
 * was current when the article was written. Pure: reads only the Document (and URL) it is
 * given, and runs on every page, so it does a handful of querySelector calls and never walks
 * the page's whole text.
 */

export interface PageDate {
  /** YYYY-MM-DD. */
  date: string;
  source: 'meta' | 'json-ld' | 'time' | 'url' | 'text';
  /** 'month' when only the month is known (URL /2025/01/); date is then its first day. */
  precision: 'day' | 'month';
}

/**
 * Detects the page's publication date from, in order: meta tags, JSON-LD, <time> elements,
 * the URL path, and the byline text near the top of the article. Modified/updated dates are
 * never used. `url` is passed in (not read from the page) to keep this pure and testable.
 */
export function detectPageDate(doc: Document, url?: string): PageDate | null {
  try {
    const steps: [PageDate['source'], () => string | null][] = [
      ['meta', () => fromMeta(doc)],
      ['json-ld', () => fromJsonLd(doc)],
      ['time', () => fromTime(doc)],
    ];
    for (const [source, find] of steps) {
      const date = find();
      if (date) return { date, source, precision: 'day' };
    }
    const fromPath = url ? fromUrl(url) : null;
    if (fromPath) return { ...fromPath, source: 'url' };
    const date = fromText(doc);
    return date ? { date, source: 'text', precision: 'day' } : null;
  } catch {
    // A hostile or broken page must never break the content script; no date is a fine answer.
    return null;
  }
}

/**
 * Parses the date strings real pages carry into YYYY-MM-DD: ISO 8601 (the date as written,
 * not shifted to UTC, since the writer's local day is the publication day), RFC 2822,
 * day-first numeric dates, and English/French/German/Spanish written dates. The first
 * plausible date in the string wins. Null when none is found, or when it is before 1995 or
 * more than 2 days after `today` (YYYY-MM-DD, default: the current UTC day).
 */
export function parseDateString(s: string, today?: string): string | null {
  const found = findDates(normalize(s)).find((d) => isPlausible(d.date, today));
  return found ? found.date : null;
}

// ---------------------------------------------------------------------------------------------
// Sources

/** Meta names for the published date, in priority order (lower case; matched case-insensitively). */
const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'publication_date',
  'citation_publication_date',
  'article.published',
  'date',
];

/**
 * Parts of a page whose dates belong to something else (comments, related stories, the site's
 * chrome). Class tokens rather than substrings: WordPress puts "comments-open" on <body>.
 */
const ELSEWHERE =
  'aside, nav, footer, [role="complementary"], [role="navigation"], [role="contentinfo"], ' +
  '#comments, .comments, .comment, .comment-list, .commentlist, [itemprop="comment"]';

function fromMeta(doc: Document): string | null {
  const byName = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content') ?? '';
    // itemprop is read below, where teasers for other stories can be told apart.
    for (const attr of ['property', 'name']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !byName.has(key)) byName.set(key, content);
    }
  }
  for (const name of META_NAMES) {
    const content = byName.get(name);
    const date = content ? parseDateString(content) : null;
    if (date) return date;
    if (name === 'datepublished') {
      // Microdata on any element; teasers for other stories in asides carry it too.
      for (const el of doc.querySelectorAll('[itemprop="datePublished"]')) {
        if (el.closest(ELSEWHERE)) continue;
        const value = el.getAttribute('content') ?? el.getAttribute('datetime');
        const parsed = value ? parseDateString(value) : null;
        if (parsed) return parsed;
      }
    }
  }
  return null;
}

type JsonObject = Record<string, unknown>;

/** schema.org types of a story (NewsArticle, ReportageNewsArticle, BlogPosting, Report…). */
const ARTICLE_TYPE = /(article|posting|report)$/i;

function fromJsonLd(doc: Document): string | null {
  const items: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectItems(JSON.parse(script.textContent ?? ''), items, 0);
    } catch {
      // Invalid JSON-LD is common (trailing commas, raw newlines); skip that block.
    }
  }
  const isArticle = (item: JsonObject) =>
    [item['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
  // Story items first, then any other (WebPage…); within each, published before created.
  for (const group of [items.filter(isArticle), items.filter((i) => !isArticle(i))]) {
    for (const key of ['datePublished', 'dateCreated']) {
      for (const item of group) {
        const date = jsonDate(item[key]);
        if (date) return date;
      }
    }
  }
  return null;
}

/** Flattens arrays, @graph and nested objects, skipping comments and reviews (their own dates). */
function collectItems(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 8 || out.length > 200 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectItems(v, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  for (const [key, v] of Object.entries(obj)) {
    if (key !== 'comment' && key !== 'review') collectItems(v, out, depth + 1);
  }
}

function jsonDate(value: unknown): string | null {
  const v: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'string') return parseDateString(v);
  if (v && typeof v === 'object' && typeof (v as JsonObject)['@value'] === 'string') {
    return parseDateString((v as JsonObject)['@value'] as string);
  }
  return null;
}

function fromTime(doc: Document): string | null {
  const article = mainArticle(doc);
  const scoped: [ParentNode | null, string][] = [
    [doc, 'time[pubdate]'],
    [doc, '[itemprop="datePublished"] time'],
    [article, 'header time[datetime]'],
    [article, 'time[datetime]'],
  ];
  for (const [root, selector] of scoped) {
    for (const time of root?.querySelectorAll(selector) ?? []) {
      const date = timeDate(time);
      if (date) return date;
    }
  }
  // Anywhere else: the first that is not in comments, asides or the site's chrome.
  let seen = 0;
  for (const time of doc.querySelectorAll('time[datetime]')) {
    if (++seen > 50) break;
    const date = timeDate(time);
    if (date) return date;
  }
  return null;
}

function timeDate(time: Element): string | null {
  if (isModified(time) || time.closest(ELSEWHERE)) return null;
  const value = time.getAttribute('datetime') ?? time.textContent ?? '';
  return parseDateString(value);
}

/** Words that introduce a modification date ("Updated", "Mis à jour le"…), accents stripped. */
const UPDATED =
  /\b(updated?|modified|last edited|edited|mis a jour|maj|modifie|actualise|aktualisiert|geandert|actualizad[oa]|actualizacion|aggiornat[oa]|modificat[oa])\b/;

/**
 * Whether an element holds a modification date: by its markup (WordPress themes mark an
 * unmodified post "published updated", so "publi" wins) or by the words just before it.
 */
function isModified(el: Element): boolean {
  for (const node of [el, el.parentElement]) {
    const marks = `${node?.getAttribute('class') ?? ''} ${node?.getAttribute('itemprop') ?? ''}`;
    if (/modif|updat/i.test(marks) && !/publi/i.test(marks)) return true;
  }
  const before = normalize(el.previousSibling?.textContent ?? '').slice(-40);
  return UPDATED.test(before);
}

/** Day (/2025/01/23/, /2025-01-23/, /20250123/) or month (/2025/01/) in the URL path. */
function fromUrl(url: string): Pick<PageDate, 'date' | 'precision'> | null {
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

/** Class/itemprop/rel words of byline and dateline elements. */
const BYLINE_SELECTOR = ['class', 'itemprop', 'rel']
  .flatMap((attr) =>
    ['date', 'byline', 'time', 'publi', 'meta'].map((word) => `[${attr}*="${word}" i]`),
  )
  .join(', ');

/** How far into the article a dateline may be, in characters of text. */
const TOP_CHARS = 1500;

/**
 * A date written in the byline near the top of the article ("Publié le 12 décembre 2024",
 * "décembre 12, 2024" under the h1). Only short elements are read, and the text walk stops
 * after TOP_CHARS, so article bodies (which cite other dates) are never searched.
 */
function fromText(doc: Document): string | null {
  const h1 = doc.querySelector('article h1, main h1, h1');
  const article = mainArticle(doc);
  // Without an article/main, count from the h1 so that site menus do not use up the budget.
  const start: Node | null = article ?? h1 ?? doc.body;
  if (!start) return null;
  const last = lastTopTextNode(doc, start);
  const isNearTop = (el: Element) =>
    !!last &&
    (el.contains(last) || !!(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING));

  const candidates: Element[] = [];
  const scope: ParentNode = article ?? doc;
  let seen = 0;
  for (const el of scope.querySelectorAll(BYLINE_SELECTOR)) {
    if (++seen > 40) break;
    if (!article && h1 && !(h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) {
      continue;
    }
    if (isNearTop(el)) candidates.push(el);
  }
  candidates.push(...afterHeading(h1));

  for (const el of candidates) {
    const text = el.textContent ?? '';
    if (text.length > 300 || el.closest(ELSEWHERE) || isModified(el)) continue;
    const date = publishedDateIn(text);
    if (date) return date;
  }
  return null;
}

/** The <article> holding the page's h1, else the first one, else <main>. */
function mainArticle(doc: Document): Element | null {
  return (
    doc.querySelector('h1')?.closest('article') ??
    doc.querySelector('article') ??
    doc.querySelector('main, [role="main"]')
  );
}

/** The text node at which TOP_CHARS characters of text from `start` have been read. */
function lastTopTextNode(doc: Document, start: Node): Node | null {
  const walker = doc.createTreeWalker(doc.body ?? start, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  let chars = 0;
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    last = node;
    chars += node.textContent?.trim().length ?? 0;
    if (chars >= TOP_CHARS) break;
  }
  return last;
}

/** The short elements right after the h1 (its next siblings, or its wrapper's). */
function afterHeading(h1: Element | null): Element[] {
  const out: Element[] = [];
  for (
    let el: Element | null = h1, up = 0;
    el && up < 3 && out.length === 0;
    el = el.parentElement, up++
  ) {
    let next = el.nextElementSibling;
    for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) out.push(next);
  }
  return out;
}

/** The first date in a byline text that is not introduced as a modification date. */
function publishedDateIn(text: string): string | null {
  const norm = normalize(text);
  let from = 0;
  for (const found of findDates(norm)) {
    const lead = norm.slice(from, found.index);
    from = found.end;
    if (!UPDATED.test(lead) && isPlausible(found.date)) return found.date;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Date strings

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
function normalize(s: string): string {
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
