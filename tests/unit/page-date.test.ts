// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPageDate } from '@/page/page-date';
import { parseDateString } from '@/utils/date-text';

const TODAY = '2025-06-15';

function page(head: string, body = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('parseDateString', () => {
  it.each([
    // ISO 8601: the date as written, whatever the offset.
    ['2025-01-23', '2025-01-23'],
    ['2025-01-23T10:00:00Z', '2025-01-23'],
    ['2025-01-23T23:30:00-05:00', '2025-01-23'],
    ['2025-01-23T00:30:00+09:00', '2025-01-23'],
    ['2025-01-23T23:30:00.000+0100', '2025-01-23'],
    ['2025-01-23 08:15:00', '2025-01-23'],
    ['  2025-01-23T08:15  ', '2025-01-23'],
    ['20250123', '2025-01-23'],
    ['20250123T101500Z', '2025-01-23'],
    ['2025/01/23', '2025-01-23'],
    // RFC 2822 and JavaScript's Date#toString.
    ['Thu, 23 Jan 2025 23:30:00 -0500', '2025-01-23'],
    ['Thu, 23 Jan 2025 10:00:00 GMT', '2025-01-23'],
    ['Thu Jan 23 2025 10:00:00 GMT+0100 (Central European Standard Time)', '2025-01-23'],
    // Day first numeric.
    ['23/01/2025', '2025-01-23'],
    ['05/01/2025', '2025-01-05'],
    ['23.01.2025', '2025-01-23'],
    ['23-01-2025 14:02', '2025-01-23'],
    ['01/23/2025', '2025-01-23'], // cannot be day first
    // English.
    ['January 23, 2025', '2025-01-23'],
    ['Jan. 23, 2025', '2025-01-23'],
    ['Jan 23 2025', '2025-01-23'],
    ['23 Jan 2025', '2025-01-23'],
    ['23rd January 2025', '2025-01-23'],
    ['the 1st of March, 2025', '2025-03-01'],
    ['Published on September 3, 2024 at 9:00 am', '2024-09-03'],
    // French.
    ['12 décembre 2024', '2024-12-12'],
    ['décembre 12, 2024', '2024-12-12'],
    ['1er mars 2025', '2025-03-01'],
    ['1ᵉʳ mars 2025', '2025-03-01'],
    ['Publié le 3 février 2025 à 10h32', '2025-02-03'],
    ['jeudi 14 août 2024', '2024-08-14'],
    ['7 juil. 2024', '2024-07-07'],
    ['12\u00a0décembre\u00a02024', '2024-12-12'],
    ['12 DÉCEMBRE 2024', '2024-12-12'],
    // German.
    ['23. Januar 2025', '2025-01-23'],
    ['3. März 2025', '2025-03-03'],
    ['1. Dezember 2024', '2024-12-01'],
    ['Veröffentlicht am 15. Mai 2025, 10:00 Uhr', '2025-05-15'],
    // Spanish.
    ['23 de enero de 2025', '2025-01-23'],
    ['1 de marzo del 2025', '2025-03-01'],
    ['15 de diciembre de 2024', '2024-12-15'],
    ['Publicado el 9 de septiembre de 2024', '2024-09-09'],
  ])('%s → %s', (input, expected) => {
    expect(parseDateString(input, TODAY)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['not a date'],
    ['2025-02-30'], // no such day
    ['2025-13-01'],
    ['31/02/2025'],
    ['32 janvier 2025'],
    ['23 Foo 2025'],
    ['January 2025'], // month only
    ['10:30'],
    ['1994-12-31'], // before the web had news sites
    ['1 janvier 1990'],
    ['2025-06-18'], // more than 2 days after today
    ['2099-01-01T00:00:00Z'],
    ['12345678'],
    ['constructor 12, 2024'], // not a month, even on Object.prototype
  ])('rejects %j', (input) => {
    expect(parseDateString(input, TODAY)).toBeNull();
  });

  it('accepts up to two days after today (time zones, early clocks)', () => {
    expect(parseDateString('2025-06-17', TODAY)).toBe('2025-06-17');
    expect(parseDateString('2025-06-17T23:59:00+14:00', TODAY)).toBe('2025-06-17');
    expect(parseDateString('1995-01-01', TODAY)).toBe('1995-01-01');
  });

  it('defaults today to the current day', () => {
    expect(parseDateString('2025-01-23')).toBe('2025-01-23');
    expect(parseDateString('2999-01-01')).toBeNull();
  });

  it('takes the first date of a string', () => {
    expect(parseDateString('23 Jan 2025, updated 24 Jan 2025', TODAY)).toBe('2025-01-23');
  });
});

describe('detectPageDate: meta', () => {
  it('reads article:published_time', () => {
    const doc = page(
      '<meta property="article:published_time" content="2025-01-23T23:30:00-05:00">',
    );
    expect(detectPageDate(doc)).toEqual({ date: '2025-01-23', source: 'meta', precision: 'day' });
  });

  it.each([
    ['property', 'og:article:published_time'],
    ['property', 'og:published_time'],
    ['itemprop', 'datePublished'],
    ['name', 'pubdate'],
    ['name', 'publishdate'],
    ['name', 'publish-date'],
    ['name', 'sailthru.date'],
    ['name', 'parsely-pub-date'],
    ['name', 'dc.date'],
    ['name', 'dc.date.issued'],
    ['name', 'DC.date.issued'],
    ['name', 'dcterms.created'],
    ['name', 'date'],
    ['property', 'Date'],
    ['NAME', 'PubDate'],
  ])('reads %s=%s', (attr, name) => {
    const doc = page(`<meta ${attr}="${name}" content="2024-12-12T08:00:00+01:00">`);
    expect(detectPageDate(doc)).toEqual({ date: '2024-12-12', source: 'meta', precision: 'day' });
  });

  it('follows the priority order of names', () => {
    const doc = page(
      '<meta name="date" content="2024-01-01"><meta name="pubdate" content="2024-02-02">' +
        '<meta property="article:published_time" content="2024-03-03">',
    );
    expect(detectPageDate(doc)?.date).toBe('2024-03-03');
  });

  it('reads itemprop=datePublished on any element with content or datetime', () => {
    const span = page(
      '',
      '<article><span itemprop="datePublished" content="2024-05-06"></span></article>',
    );
    expect(detectPageDate(span)).toEqual({ date: '2024-05-06', source: 'meta', precision: 'day' });
    const time = page(
      '',
      '<article><time itemprop="datePublished" datetime="2024-05-07T10:00">x</time></article>',
    );
    expect(detectPageDate(time)?.date).toBe('2024-05-07');
  });

  it('ignores itemprop=datePublished of teasers in asides', () => {
    const doc = page(
      '',
      '<aside><meta itemprop="datePublished" content="2020-01-01"></aside>' +
        '<article><time datetime="2024-05-08">8 May</time></article>',
    );
    expect(detectPageDate(doc)).toEqual({ date: '2024-05-08', source: 'time', precision: 'day' });
  });

  it('skips unparseable or implausible values and goes on', () => {
    const doc = page(
      '<meta property="article:published_time" content="soon">' +
        '<meta property="og:published_time" content="1980-01-01">' +
        '<meta name="pubdate" content="2999-01-01">' +
        '<meta name="publishdate" content="2025-01-23">',
    );
    expect(detectPageDate(doc)?.date).toBe('2025-01-23');
  });

  it('never uses a modified date when a published one exists', () => {
    const doc = page(
      '<meta property="article:modified_time" content="2025-02-01T10:00:00Z">' +
        '<meta property="og:updated_time" content="2025-02-01T10:00:00Z">' +
        '<meta property="article:published_time" content="2025-01-23T10:00:00Z">',
    );
    expect(detectPageDate(doc)?.date).toBe('2025-01-23');
  });

  it('ignores modified-only metas (null or a lower-priority source)', () => {
    const only = page(
      '<meta property="article:modified_time" content="2025-02-01">' +
        '<meta property="og:updated_time" content="2025-02-01">' +
        '<meta itemprop="dateModified" content="2025-02-01">',
    );
    expect(detectPageDate(only)).toBeNull();
    const withUrl = detectPageDate(only, 'https://news.example/2025/01/23/deal');
    expect(withUrl).toEqual({ date: '2025-01-23', source: 'url', precision: 'day' });
  });
});

describe('detectPageDate: JSON-LD', () => {
  it('reads datePublished of a NewsArticle', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        datePublished: '2025-01-23T23:30:00-05:00',
        dateModified: '2025-02-01',
      }),
    );
    expect(detectPageDate(doc)).toEqual({
      date: '2025-01-23',
      source: 'json-ld',
      precision: 'day',
    });
  });

  it('reads @graph and prefers the article over the WebPage', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', datePublished: '2024-01-01', dateModified: '2025-03-01' },
          { '@type': 'Organization', name: 'Paper' },
          { '@type': ['ReportageNewsArticle'], datePublished: '2024-12-12T06:00:00+01:00' },
        ],
      }),
    );
    expect(detectPageDate(doc)).toEqual({
      date: '2024-12-12',
      source: 'json-ld',
      precision: 'day',
    });
  });

  it('reads arrays and nested items, and skips invalid blocks', () => {
    const doc = page(
      '<script type="application/ld+json">{ "@type": "NewsArticle", "datePublished": "2020-01-01", }</script>' +
        ld([
          { '@type': 'BreadcrumbList', itemListElement: [] },
          {
            '@type': 'WebPage',
            mainEntity: { '@type': 'BlogPosting', datePublished: '2024-06-01' },
          },
        ]),
    );
    expect(detectPageDate(doc)?.date).toBe('2024-06-01');
  });

  it('falls back to dateCreated, then to non-article items', () => {
    const created = page(
      ld({ '@type': 'Article', dateCreated: '2024-07-01', dateModified: '2025-01-01' }),
    );
    expect(detectPageDate(created)?.date).toBe('2024-07-01');
    const webPage = page(ld({ '@type': 'WebPage', datePublished: '2024-07-02' }));
    expect(detectPageDate(webPage)?.date).toBe('2024-07-02');
  });

  it('ignores dates of comments and modified-only items', () => {
    const doc = page(
      ld({
        '@type': 'NewsArticle',
        dateModified: '2025-02-01',
        comment: [{ '@type': 'Comment', datePublished: '2025-02-02' }],
      }),
    );
    expect(detectPageDate(doc)).toBeNull();
  });

  it('reads {"@value": …} and arrays of dates', () => {
    const doc = page(ld({ '@type': 'NewsArticle', datePublished: [{ '@value': '2024-08-09' }] }));
    expect(detectPageDate(doc)?.date).toBe('2024-08-09');
  });
});

describe('detectPageDate: <time>', () => {
  it('prefers the article header', () => {
    const doc = page(
      '',
      '<header class="site"><time datetime="2025-06-15">Today</time></header>' +
        '<article><header><h1>Deal</h1><time datetime="2025-01-23T23:30:00-05:00">Jan 23</time></header>' +
        '<p>Body</p></article>',
    );
    expect(detectPageDate(doc)).toEqual({ date: '2025-01-23', source: 'time', precision: 'day' });
  });

  it('reads time[pubdate] and a time inside [itemprop=datePublished]', () => {
    const pubdate = page('', '<div><time pubdate datetime="2024-03-04">x</time></div>');
    expect(detectPageDate(pubdate)?.date).toBe('2024-03-04');
    const textOnly = page('', '<div><time pubdate>4 mars 2024</time></div>');
    expect(detectPageDate(textOnly)?.date).toBe('2024-03-04');
    const inside = page(
      '',
      '<div><span itemprop="datePublished"><time datetime="2024-03-05">x</time></span></div>',
    );
    expect(detectPageDate(inside)?.date).toBe('2024-03-05');
  });

  it('skips modified times in the article', () => {
    const doc = page(
      '',
      '<article><h1>Deal</h1><p>Mis à jour le <time datetime="2025-02-01">1 février</time></p>' +
        '<p><time class="updated" datetime="2025-02-02">2 février</time></p>' +
        '<p>Publié le <time class="entry-date published" datetime="2025-01-23">23 janvier</time></p></article>',
    );
    expect(detectPageDate(doc)?.date).toBe('2025-01-23');
  });

  it('keeps WordPress "published updated" times', () => {
    const doc = page(
      '',
      '<article><time class="entry-date published updated" datetime="2024-11-11">x</time></article>',
    );
    expect(detectPageDate(doc)?.date).toBe('2024-11-11');
  });

  it('else takes the first time outside comments, asides, footers and nav', () => {
    const doc = page(
      '',
      '<nav><time datetime="2025-06-01">n</time></nav><aside><time datetime="2025-06-02">a</time></aside>' +
        '<div id="comments"><time datetime="2025-06-03">c</time></div>' +
        '<div><time datetime="10:30">10:30</time><time datetime="2024-10-10">x</time></div>' +
        '<footer><time datetime="2025-06-04">f</time></footer>',
    );
    expect(detectPageDate(doc)).toEqual({ date: '2024-10-10', source: 'time', precision: 'day' });
  });

  it('returns null when the only times are in comments or modified', () => {
    const doc = page(
      '',
      '<article><h1>Deal</h1><time itemprop="dateModified" datetime="2025-02-01">x</time>' +
        '<ol class="comment-list"><li><time datetime="2025-02-03">y</time></li></ol></article>',
    );
    expect(detectPageDate(doc)).toBeNull();
  });
});

describe('detectPageDate: URL', () => {
  it.each([
    ['https://news.example/2025/01/23/microsoft-openai', '2025-01-23', 'day'],
    ['https://news.example/tech/2025/1/5/deal.html', '2025-01-05', 'day'],
    ['https://news.example/2025-01-23/deal', '2025-01-23', 'day'],
    ['https://news.example/news/deal-2025-01-23', '2025-01-23', 'day'],
    ['https://news.example/a/20250123/deal', '2025-01-23', 'day'],
    ['https://news.example/story-20250123.html', '2025-01-23', 'day'],
    ['https://news.example/2025/01/microsoft-openai/', '2025-01-01', 'month'],
    ['https://news.example/blog/2024/12', '2024-12-01', 'month'],
  ])('%s → %s (%s)', (url, date, precision) => {
    expect(detectPageDate(page(''), url)).toEqual({ date, source: 'url', precision });
  });

  it.each([
    'https://news.example/article/12345678/deal',
    'https://news.example/2025/13/40/deal',
    'https://news.example/2099/01/01/deal',
    'https://news.example/1990/01/01/deal',
    'https://news.example/deal?date=2025-01-23',
    'https://news.example/items/2025',
    'not a url',
    '',
  ])('finds no date in %s', (url) => {
    expect(detectPageDate(page(''), url)).toBeNull();
  });

  it('comes after meta, JSON-LD and time', () => {
    const doc = page('', '<article><time datetime="2024-01-02">x</time></article>');
    expect(detectPageDate(doc, 'https://news.example/2025/01/23/deal')?.source).toBe('time');
  });
});

describe('detectPageDate: byline text', () => {
  it('reads the date right under the h1 (seed page: "décembre 12, 2024")', () => {
    const doc = page(
      '',
      '<div class="site"><ul><li>Accueil</li></ul></div><main><h1>Microsoft et OpenAI</h1>' +
        '<p>Par Jean Dupont</p><p>décembre 12, 2024</p><p>Le texte de l’article, cité le 3 janvier 2025.</p></main>',
    );
    expect(detectPageDate(doc)).toEqual({ date: '2024-12-12', source: 'text', precision: 'day' });
  });

  it('reads byline/date elements near the top of the article', () => {
    const doc = page(
      '',
      '<article><div class="ArticleHeader"><h1>Deal</h1><div class="Byline">By Ann Lee · January 23, 2025</div></div>' +
        '<div class="body"><p>Long text.</p></div></article>',
    );
    expect(detectPageDate(doc)).toEqual({ date: '2025-01-23', source: 'text', precision: 'day' });
  });

  it.each([
    ['<p class="date">Publié le 1er mars 2025</p>', '2025-03-01'],
    ['<p class="meta">23. Januar 2025, 10:00 Uhr</p>', '2025-01-23'],
    ['<p class="fecha-publicacion">23 de enero de 2025</p>', '2025-01-23'],
    ['<span itemprop="datePublished">12 décembre 2024</span>', '2024-12-12'],
    ['<p class="post-date">23/01/2025</p>', '2025-01-23'],
  ])('reads %s', (byline, date) => {
    const doc = page('', `<article><h1>Deal</h1>${byline}<p>Text.</p></article>`);
    expect(detectPageDate(doc)).toEqual({ date, source: 'text', precision: 'day' });
  });

  it('skips dates introduced as updates', () => {
    const both = page(
      '',
      '<article><h1>Deal</h1><p class="dateline">Mis à jour le 13 décembre 2024 · Publié le 12 décembre 2024</p></article>',
    );
    expect(detectPageDate(both)?.date).toBe('2024-12-12');
    const updatedOnly = page(
      '',
      '<article><h1>Deal</h1><p class="byline">Updated January 24, 2025</p></article>',
    );
    expect(detectPageDate(updatedOnly)).toBeNull();
    const updatedClass = page(
      '',
      '<article><h1>Deal</h1><p class="date-modified">24 Jan 2025</p></article>',
    );
    expect(detectPageDate(updatedClass)).toBeNull();
  });

  it('does not read dates deep in the article body', () => {
    const filler = '<p>' + 'Lorem ipsum dolor sit amet. '.repeat(20) + '</p>';
    const doc = page(
      '',
      `<article><h1>Deal</h1><p>Short intro without a date but long enough to push the body down the page, ${'word '.repeat(80)}</p>` +
        `${filler}${filler}${filler}<p class="date">12 décembre 2024</p></article>`,
    );
    expect(detectPageDate(doc)).toBeNull();
  });

  it('rejects implausible byline dates', () => {
    const doc = page('', '<article><h1>Deal</h1><p class="date">1 January 2099</p></article>');
    expect(detectPageDate(doc)).toBeNull();
  });
});

describe('detectPageDate: robustness', () => {
  it('returns null for a page with nothing', () => {
    expect(detectPageDate(page(''))).toBeNull();
    expect(
      detectPageDate(page('', '<h1>Title</h1><p>No date here.</p>'), 'https://news.example/deal'),
    ).toBeNull();
  });

  it('never throws on odd pages', () => {
    const odd = [
      page('<meta name="date">', ''),
      page(
        '<script type="application/ld+json"></script><script type="application/ld+json">null</script>',
      ),
      page(ld('2025-01-23') + ld([[[]]]) + ld({ '@graph': null, datePublished: 5 })),
      page('', '<time></time><time datetime=""></time><h1></h1><article></article>'),
      document.implementation.createHTMLDocument(''),
    ];
    for (const doc of odd) expect(() => detectPageDate(doc, 'https://x.example/')).not.toThrow();
    const frag = new DOMParser().parseFromString('<x/>', 'text/xml');
    expect(detectPageDate(frag)).toBeNull();
  });

  it('handles deeply nested JSON-LD without blowing the stack', () => {
    let deep: unknown = { '@type': 'NewsArticle', datePublished: '2024-01-01' };
    for (let i = 0; i < 2000; i++) deep = { child: deep };
    expect(() => detectPageDate(page(ld(deep)))).not.toThrow();
  });
});
