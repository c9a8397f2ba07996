/**
 * Publication date of a news page, so a mention can be judged against the deal version that
 * was current when the article was written. Pure: reads only the Document (and URL) it is
 * given, and runs on every page, so it does a handful of querySelector calls and never walks
 * the page's whole text.
 */
import { dateInUrl, foldText, parseDateString, publishedDateIn, UPDATED } from '@/utils/date-text';

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
    const fromPath = url ? dateInUrl(url) : null;
    if (fromPath) return { ...fromPath, source: 'url' };
    const date = fromText(doc);
    return date ? { date, source: 'text', precision: 'day' } : null;
  } catch {
    // A hostile or broken page must never break the content script; no date is a fine answer.
    return null;
  }
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

/**
 * Whether an element holds a modification date: by its markup (WordPress themes mark an
 * unmodified post "published updated", so "publi" wins) or by the words just before it.
 */
function isModified(el: Element): boolean {
  for (const node of [el, el.parentElement]) {
    const marks = `${node?.getAttribute('class') ?? ''} ${node?.getAttribute('itemprop') ?? ''}`;
    if (/modif|updat/i.test(marks) && !/publi/i.test(marks)) return true;
  }
  const before = foldText(el.previousSibling?.textContent ?? '').slice(-40);
  return UPDATED.test(before);
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
