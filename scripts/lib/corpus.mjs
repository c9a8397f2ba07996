/**
 * The real-article corpus (tests/corpus/): loading it, its frozen split, the page each article
 * becomes for the browser, and how the marks on that page are scored against its annotations.
 * Pure apart from reading files, so the unit tests check it with plain inputs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../tests/corpus');
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it'];
export const STATUSES = ['current', 'superseded', 'history', 'wrong'];
/** Share of the articles, per language, that the held-out split must reach. */
export const HELD_OUT_SHARE = 0.45;

/** Every article of the corpus, in a stable order (language, then id). */
export function loadCorpus(dir = CORPUS_DIR) {
  const articles = [];
  for (const lang of LANGUAGES) {
    const folder = join(dir, 'articles', lang);
    let files = [];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.json'));
    } catch {
      continue;
    }
    for (const file of files.sort()) {
      articles.push({
        ...JSON.parse(readFileSync(join(folder, file), 'utf8')),
        file: `${lang}/${file}`,
      });
    }
  }
  return articles;
}

const hash = (text) => createHash('sha256').update(text).digest('hex');

/**
 * The split, drawn once from the outlets alone: per language, outlets in the order of their
 * hash go to `heldout` until it holds HELD_OUT_SHARE of that language's articles. An outlet
 * lives on one side only. Kept in tests/corpus/split.json; a test fails if that file changes.
 */
export function drawSplit(articles) {
  const side = new Map(); // outlet → split
  for (const lang of LANGUAGES) {
    const own = articles.filter((a) => a.language === lang);
    const outlets = [...new Set(own.map((a) => a.outlet))].sort((a, b) =>
      hash(a) < hash(b) ? -1 : 1,
    );
    let held = own.filter((a) => side.get(a.outlet) === 'heldout').length;
    for (const outlet of outlets) {
      if (side.has(outlet)) continue;
      const n = own.filter((a) => a.outlet === outlet).length;
      if (held < HELD_OUT_SHARE * own.length) {
        side.set(outlet, 'heldout');
        held += n;
      } else side.set(outlet, 'dev');
    }
  }
  const split = { dev: [], heldout: [] };
  for (const a of articles) split[side.get(a.outlet)].push(a.id);
  return split;
}

export function loadSplit(dir = CORPUS_DIR) {
  return JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8'));
}

/**
 * A fingerprint of the held-out side, which the corpus test freezes: its articles, their text
 * and their annotations. The development side may grow (new articles, annotated before any
 * tuning on them); the held-out side never changes.
 */
export function heldOutFingerprint(split, articles) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const held = [...split.heldout].sort().map((id) => {
    const a = byId.get(id);
    return a ? [id, a.published, a.paragraphs, a.statements] : [id];
  });
  return hash(JSON.stringify(held));
}

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * The article as a plain news page: its date in `article:published_time`, as the sites give
 * it; each paragraph a `<p data-p="i">`, so that marks can be traced back to annotations.
 */
export function articlePage(article) {
  const ps = article.paragraphs.map((p, i) => `<p data-p="${i}">${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(article.language)}"><head><meta charset="utf-8">
<title>${escapeHtml(article.title ?? article.id)}</title>
<meta property="article:published_time" content="${escapeHtml(article.published)}">
</head><body><article>
<h1>${escapeHtml(article.title ?? '')}</h1>
${ps}
</article></body></html>
`;
}

/**
 * Scores one article. `mentions`: what the page shows, one per `data-mention`, each with the
 * paragraph it starts in (`p`, null outside the article's paragraphs), its offset there, its
 * term and status. A statement is found when a mention starts inside its sentence; mentions of
 * one sentence go first to statements of their own term. Mentions outside every statement are
 * extra (in the headline they are counted apart: headlines are not annotated).
 */
/**
 * The verdict a page shows, in the annotations' words: they say whether a statement holds today
 * (current / superseded) and, apart, whether it held when published; the verdict says both at
 * once (changed = superseded and held; out of date = superseded and did not).
 */
export function annotatedAs(verdict) {
  return (
    {
      'in-force': 'current',
      changed: 'superseded',
      'out-of-date': 'superseded',
      unclear: 'unknown',
    }[verdict] ?? verdict
  );
}

export function scoreArticle(article, mentions) {
  // A sentence may stand twice (a standfirst repeated in the body): every place it stands counts.
  const statements = article.statements.map((s, index) => {
    const places = [];
    article.paragraphs.forEach((text, p) => {
      for (let at = text.indexOf(s.quote); at >= 0; at = text.indexOf(s.quote, at + 1)) {
        places.push({ p, start: at, end: at + s.quote.length });
      }
    });
    return { ...s, index, places, found: null };
  });
  const inSentence = (m, s) =>
    s.places.some((x) => m.p === x.p && m.start >= x.start && m.start < x.end);
  const free = new Set(mentions);
  for (const sameTerm of [true, false]) {
    for (const s of statements) {
      if (s.found) continue;
      const m = [...free].find((x) => inSentence(x, s) && (!sameTerm || x.term === s.term));
      if (m) {
        s.found = m;
        free.delete(m);
      }
    }
  }
  // A second mention of a found statement where its sentence stands again is not extra.
  const extra = [...free].filter(
    (m) => !statements.some((s) => s.found && s.term === m.term && inSentence(m, s)),
  );
  return {
    id: article.id,
    language: article.language,
    negative: article.negative === true,
    statements: statements.map((s) => ({
      quote: s.quote,
      term: s.term,
      claim: s.claim ?? null,
      status: s.status,
      doubt: s.doubt ?? null,
      found: s.found !== null,
      foundTerm: s.found?.term ?? null,
      foundStatus: s.found ? annotatedAs(s.found.status) : null,
      foundVerdict: s.found?.status ?? null,
      foundText: s.found?.text ?? null,
      foundClaim: s.found?.claim ?? null,
    })),
    extra: extra.filter((m) => m.p !== null),
    headline: extra.filter((m) => m.p === null),
    marks: mentions.length,
  };
}

/** Marked as no longer true, or never true. */
const flagged = (s) => s.foundStatus === 'superseded' || s.foundStatus === 'wrong';

/** Totals over scored articles: the figures `npm run eval` prints and the floors check. */
export function tally(scored) {
  const statements = scored.flatMap((a) => a.statements);
  const found = statements.filter((s) => s.found);
  const negatives = scored.filter((a) => a.negative);
  const ratio = (n, d) => (d === 0 ? null : n / d);
  return {
    articles: scored.length,
    statements: statements.length,
    found: found.length,
    recall: ratio(found.length, statements.length),
    rightTerm: ratio(found.filter((s) => s.foundTerm === s.term).length, found.length),
    rightStatus: ratio(
      found.filter((s) => s.foundTerm === s.term && s.foundStatus === s.status).length,
      found.filter((s) => s.foundTerm === s.term).length,
    ),
    negatives: negatives.length,
    marksOnNegatives: negatives.reduce((n, a) => n + a.marks, 0),
    extra: scored.filter((a) => !a.negative).reduce((n, a) => n + a.extra.length, 0),
    // The worst error: a true statement, or text that states nothing, called never true.
    wrongOnTrue:
      found.filter((s) => s.foundStatus === 'wrong' && s.status !== 'wrong').length +
      scored.reduce(
        (n, a) => n + [...a.extra, ...a.headline].filter((m) => m.status === 'wrong').length,
        0,
      ),
    wrongFound: found.filter((s) => s.foundStatus === 'wrong' && s.status === 'wrong').length,
    // What the badge counts (not true today), and how much of it falls on statements annotated
    // true today or told as history: the wrong flags a reader would see.
    flags: found.filter(flagged).length,
    falseFlags: found.filter(
      (s) => flagged(s) && (s.status === 'current' || s.status === 'history'),
    ).length,
  };
}
