/**
 * Pages for `npm run bench`, and the lexicon as the naive baseline needs it (`markJsPhrases`: the
 * flat list of plain phrases a naive mark.js user would pass). The floor's patterns are the
 * content script's own (lexicon-compiler.mjs).
 *
 * Long pages are news-site front pages made of many articles (English and French), a few about
 * the Microsoft–OpenAI deal among many that are not, with nested inline elements, lists, tables
 * and comment threads made of many small text nodes. Generation is deterministic (seeded).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The lexicon's languages, whose patterns the naive baseline flattens.
const LANGS = ['en', 'fr', 'de', 'es', 'it'];

/**
 * The lexicon as plain phrases for mark.js: every pattern that is already plain text, plus
 * the expansions of simple ones (optional letters, `[ab]`, `(?:a|b)`, a trailing `\w*`).
 * Patterns with digits classes or other constructs are skipped.
 */
export function markJsPhrases(lexicon, maxPerPattern = 16) {
  const patterns = [
    ...lexicon.actors,
    ...lexicon.entries.flatMap((e) => LANGS.flatMap((lang) => e.patterns[lang] ?? [])),
  ];
  const phrases = new Map(); // mark.js is case-insensitive: one phrase per lower-cased form
  let plain = 0;
  let expanded = 0;
  let skipped = 0;
  for (const pattern of new Set(patterns)) {
    if (!/[\\()[\]?*+|{}.^$]/.test(pattern)) {
      plain++;
      phrases.set(pattern.toLowerCase(), pattern);
      continue;
    }
    const out = deRegex(pattern, maxPerPattern);
    if (!out) {
      skipped++;
      continue;
    }
    expanded++;
    for (const p of out) {
      const phrase = p.replace(/\s+/g, ' ').trim();
      if (phrase.length > 1 && !phrases.has(phrase.toLowerCase()))
        phrases.set(phrase.toLowerCase(), phrase);
    }
  }
  return { phrases: [...phrases.values()], plain, expanded, skipped };
}

/** All strings a simple pattern matches (null if not simple or too many). */
function deRegex(pattern, max) {
  let i = 0;
  const parseAlt = () => {
    const options = [parseSeq()];
    while (pattern[i] === '|') {
      i++;
      options.push(parseSeq());
    }
    return options.flat();
  };
  const parseSeq = () => {
    let acc = [''];
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      let atom;
      const c = pattern[i];
      if (c === '(') {
        if (pattern.slice(i, i + 3) !== '(?:') throw new Error('group');
        i += 3;
        atom = parseAlt();
        if (pattern[i] !== ')') throw new Error('unclosed');
        i++;
      } else if (c === '[') {
        const end = pattern.indexOf(']', i);
        const body = pattern.slice(i + 1, end);
        if (/[\\^-]/.test(body.replace(/^-|-$/g, '')) && body !== '- ' && body !== ' -')
          throw new Error('class');
        atom = [...body];
        i = end + 1;
      } else if (c === '\\') {
        const next = pattern[i + 1];
        if ((next === 'w' || next === 'S') && (pattern[i + 2] === '*' || pattern[i + 2] === '+')) {
          // A word ending: mark.js matches inside words anyway; the phrase must end here.
          i += 3;
          if (i < pattern.length && pattern[i] !== ')' && pattern[i] !== '|')
            throw new Error('mid \\w');
          continue;
        }
        if (/[$.\\/()[\]?*+|-]/.test(next)) atom = [next];
        else throw new Error(`escape \\${next}`);
        i += 2;
      } else if ('*+{.^$'.includes(c)) {
        throw new Error(`meta ${c}`);
      } else {
        atom = [c];
        i++;
      }
      if (pattern[i] === '?') {
        atom = [...atom, ''];
        i++;
      }
      acc = acc.flatMap((a) => atom.map((b) => a + b));
      if (acc.length > max) throw new Error('too many');
    }
    return acc;
  };
  try {
    const out = parseAlt();
    if (i !== pattern.length) return null;
    return out;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Text.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  'Lyon',
  'Leeds',
  'Porto',
  'Ghent',
  'Tampere',
  'Bordeaux',
  'Cork',
  'Graz',
  'Nantes',
  'Bristol',
  'Utrecht',
  'Bilbao',
  'Lille',
  'Aarhus',
  'Turin',
  'Rennes',
];
const PEOPLE = [
  'Maria Keller',
  'Tom Albright',
  'Léa Garnier',
  'Samir Haddad',
  'Ingrid Olsen',
  'Paul Mercier',
  'Chloé Martin',
  'Ravi Menon',
  'Julia Novak',
  'Hugo Lambert',
  'Aisha Bello',
  'Kenji Ito',
  'Nora Fischer',
  'Théo Rousseau',
  'Elena Ruiz',
  'Owen Price',
];
const ORGS = [
  'Northwind Traders',
  'Fabrikam Rail',
  'Tailspin Airlines',
  'Litware Foods',
  'Wingtip Toys',
  'Proseware Bank',
  'Adatum Energy',
  'Lamna Health',
  'Woodgrove Insurance',
  'Alpine Ski House',
  'Coho Winery',
  'Margie’s Travel',
];
const TEAMS = [
  'Rovers',
  'United',
  'Athletic',
  'Olympique',
  'Racing Club',
  'Wanderers',
  'Sporting',
  'City',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const SECTIONS = [
  'World',
  'Business',
  'Technology',
  'Sport',
  'Culture',
  'Science',
  'Travel',
  'Opinion',
  'Local',
  'Weather',
];
const RUBRIQUES = [
  'Monde',
  'Économie',
  'Tech',
  'Sport',
  'Culture',
  'Sciences',
  'Voyage',
  'Opinions',
  'Région',
  'Météo',
];
const USERS = [
  'skeptic42',
  'LaraB',
  'jpdupont',
  'trainfan',
  'NoraF',
  'm_k',
  'old_reader',
  'coffee&code',
  'Gaspard',
  'sunny_side',
  'R. Okafor',
  'le_lecteur',
  'quietwolf',
  'Minh',
  'papillon',
  'deltaV',
];

const NEWS_EN = [
  'The city council of {city} approved a new budget for road repairs on {day}, after a debate that lasted well into the evening.',
  'Residents said the changes to the bus network had made their morning commute longer, not shorter.',
  '{name}, who has run the local bakery for two decades, said business had picked up since the market reopened.',
  'Forecasters expect heavy rain across the region until the weekend, with gusts along the coast.',
  'The {team} came from behind to win 3–2, thanks to a late header in stoppage time.',
  'Ticket prices for the summer festival in {city} will rise by {n} euros, organisers announced.',
  'A spokesperson for {org} said the company would hire {n}0 people at its new site next spring.',
  'Scientists at the university of {city} have mapped the migration routes of a rare species of bat.',
  'The museum’s new wing, designed by a local firm, opens to the public on {day}.',
  'Officials urged drivers to avoid the ring road while engineers inspect the bridge.',
  'Inflation eased slightly last month, although food prices continued to climb.',
  '“We simply want the trains to run on time,” said {name}, a commuter from {city}.',
  'The exhibition brings together more than {n}0 paintings that have never been shown together.',
  'Police closed the high street for several hours after a water main burst near the station.',
  'Shares of {org} slipped after the group warned that demand would soften in the third quarter.',
  'The report found that one in {n} households in the region struggles to heat its home in winter.',
  'Local schools will trial a four-day week from September, the education board confirmed.',
  'The match was delayed by forty minutes because of a floodlight failure.',
  'Volunteers planted more than a thousand trees along the river over the weekend.',
  '{name} told reporters the negotiations had been “difficult but constructive”.',
  'The airline said the strike would affect about {n}0 flights on {day}.',
  'Hospital waiting times have improved for the first time in three years, according to new figures.',
  'The novel, her third, follows two sisters who inherit a vineyard they have never visited.',
  'A new cycle lane linking the station to the university will be finished by the end of the year.',
  'The central bank left rates unchanged, citing uncertainty over energy prices.',
  'Fans queued overnight for tickets to the final, which sold out within an hour.',
  'The ferry service to the islands resumes on {day} after a month of repairs.',
  'Analysts said the merger between {org} and a smaller rival could face scrutiny from regulators.',
  'Temperatures are expected to drop below freezing in the hills overnight.',
  'The orchestra will tour five cities this autumn, ending with two nights in {city}.',
  'Farmers in the valley say the dry spring has cut their wheat harvest sharply.',
  'The mayor promised to publish the full audit before the next council meeting.',
  'Researchers warned that the glacier has lost a quarter of its volume since 2000.',
  'The stadium will host a concert series in July, the first since its renovation.',
  'Rents in the city centre have risen faster than wages for five years in a row.',
  'A spokesperson declined to comment on what she called “speculation”.',
  'The new line will cut the journey between the two cities to under an hour.',
  'Organisers said attendance was the highest since the event began in 1998.',
  'The court will deliver its ruling on the planning dispute next month.',
  'Supermarkets reported strong sales of barbecue equipment during the heatwave.',
  'The charity has distributed food parcels to more than {n}00 families since January.',
  'The coach said his players had shown “real character” after a difficult week.',
];

const NEWS_FR = [
  'Le conseil municipal de {city} a adopté {jour} un plan de rénovation des écoles, après un long débat.',
  'Les habitants du quartier réclament depuis des mois une meilleure desserte en bus.',
  '{name}, qui tient la librairie de la place du marché depuis quinze ans, se dit « plutôt optimiste ».',
  'Météo-France prévoit des orages en fin de journée sur une grande partie du pays.',
  'Le club s’est imposé 2–1 à l’extérieur grâce à un but inscrit à la dernière minute.',
  'Le festival de {city} accueillera cette année plus de {n}0 000 spectateurs, selon les organisateurs.',
  'La direction de {org} a annoncé la création de {n}0 emplois sur son site de production.',
  'Des chercheurs ont retrouvé dans une grotte des outils vieux de plusieurs milliers d’années.',
  'La circulation sera perturbée sur le périphérique tout le week-end en raison de travaux.',
  'Le prix du pain a encore augmenté ce mois-ci, au grand dam des consommateurs.',
  '« Nous voulons simplement être entendus », explique {name}, une habitante de {city}.',
  'L’exposition rassemble des œuvres prêtées par une dizaine de musées européens.',
  'La préfecture a levé l’alerte sécheresse après les pluies de la semaine dernière.',
  'Le tribunal rendra sa décision dans le dossier du parking souterrain le mois prochain.',
  'Les ventes de vélos électriques ont progressé de {n} % sur un an.',
  'La nouvelle ligne de tramway doit être mise en service à la rentrée.',
  'Les syndicats appellent à une journée de grève {jour} dans les transports.',
  'Le maire a promis de publier l’intégralité du rapport avant la fin du mois.',
  'Les agriculteurs de la vallée s’inquiètent d’une récolte de blé en forte baisse.',
  'La bibliothèque municipale restera ouverte le dimanche à partir de janvier.',
  'L’orchestre partira en tournée cet automne dans cinq villes de la région.',
  'Les loyers ont augmenté plus vite que les salaires pendant cinq années consécutives.',
  'Une porte-parole a refusé de commenter ce qu’elle qualifie de « rumeurs ».',
  'Les bénévoles ont planté un millier d’arbres le long du fleuve ce week-end.',
  'L’entraîneur a salué « l’état d’esprit » de ses joueurs après une semaine difficile.',
];

/** Sentences that state deal terms (with the actor names), English then French. */
const DEAL_EN = [
  'In a notable concession, Microsoft no longer has a right of first refusal to be OpenAI’s compute provider.',
  'Under the new deal, Microsoft holds an investment in OpenAI Group PBC representing roughly 27 percent on an as-converted basis.',
  'That is down from the 32.5% stake Microsoft held in OpenAI’s for-profit arm under the previous arrangement.',
  'OpenAI has contracted to purchase an incremental $250 billion of Azure services.',
  'Microsoft’s IP rights for models and products are extended through 2032 and now include models developed after AGI.',
  'The revenue share stays in place until an independent expert panel verifies AGI, Microsoft and OpenAI said.',
  'OpenAI can now jointly develop products with third parties, while its API products remain exclusive to Azure.',
  'OpenAI will be able to release open-weight models that meet requisite capability criteria.',
  'Microsoft first invested $1 billion in OpenAI in 2019, then followed with a multiyear, multibillion dollar investment in 2023.',
  'Azure had been the exclusive cloud provider for OpenAI until the companies loosened the arrangement in January.',
  'OpenAI, now a public benefit corporation, remains Microsoft’s frontier model partner.',
  'Microsoft can now pursue AGI independently or with other partners, OpenAI said.',
  'The OpenAI API will keep running on Azure, Microsoft said in a blog post.',
  'OpenAI shares 20% of its revenue with Microsoft, according to people familiar with the matter.',
  'Microsoft had earlier given up its board observer seat at OpenAI.',
  'Under the earlier terms, OpenAI operated as a capped-profit company, and Microsoft was its preferred partner for commercializing new technologies.',
];

const DEAL_FR = [
  'Microsoft n’a plus de droit de premier refus sur les nouvelles capacités de calcul d’OpenAI.',
  'La participation de Microsoft s’élève à 27 % du capital d’OpenAI Group PBC.',
  'OpenAI s’engage à acheter 250 milliards de dollars de services Azure supplémentaires, selon Microsoft.',
  'Les droits de propriété intellectuelle de Microsoft courent désormais jusqu’en 2032, y compris pour les modèles développés après l’AGI.',
  'Le partage des revenus entre OpenAI et Microsoft se poursuit jusqu’à ce qu’un panel d’experts vérifie l’AGI.',
  'OpenAI peut désormais collaborer avec des tiers pour développer des produits, mais l’API reste sur Azure.',
  'Microsoft avait investi un milliard de dollars dans OpenAI en 2019, puis 10 milliards de dollars en 2023.',
  'OpenAI, devenue une société d’intérêt public, pourra publier des modèles à poids ouverts, a précisé Microsoft.',
  'Azure n’est plus le fournisseur cloud exclusif d’OpenAI depuis janvier, selon Microsoft.',
  'Microsoft reste le principal partenaire de modèles de pointe d’OpenAI, malgré la fin de l’exclusivité.',
];

/** Sentences naming the companies without stating a term (the actor path alone). */
const ACTOR_EN = [
  'Shares of Microsoft rose in early trading after the announcement.',
  'OpenAI did not respond to a request for comment.',
  'Microsoft reports its quarterly results next week.',
  'ChatGPT now has hundreds of millions of weekly users, OpenAI says.',
];
const ACTOR_FR = [
  'L’action Microsoft a progressé en début de séance après l’annonce.',
  'OpenAI n’a pas répondu à nos sollicitations.',
  'ChatGPT revendique plusieurs centaines de millions d’utilisateurs chaque semaine.',
];

const HEADLINES_EN = [
  'Council approves budget after late-night debate',
  'Storm warning issued for the coast',
  '{team} snatch win in stoppage time',
  'Festival ticket prices to rise',
  '{org} to open new site in {city}',
  'Bridge inspection closes ring road',
  'Inflation eases, but food prices climb',
  'Museum unveils new wing',
  'Hospital waiting times fall',
  'Rents outpace wages again',
  'Ferry service resumes to the islands',
];
const HEADLINES_FR = [
  'Le budget adopté après un long débat',
  'Alerte aux orages dans le Sud-Ouest',
  'Victoire arrachée à la dernière minute',
  'La nouvelle ligne de tramway prend du retard',
  '{org} crée des emplois à {city}',
  'Le prix du pain poursuit sa hausse',
  'Les loyers toujours en hausse',
];
const DEAL_HEADLINES_EN = [
  'Microsoft takes 27% stake in OpenAI as the partners rewrite their deal',
  'Microsoft loses right of first refusal on OpenAI compute',
  'What the new Microsoft–OpenAI agreement changes',
];
const DEAL_HEADLINES_FR = [
  'OpenAI et Microsoft : ce qui change dans leur partenariat',
  'Microsoft perd son droit de premier refus sur le calcul d’OpenAI',
];

const COMMENTS_EN = [
  'Great piece, thanks.',
  'About time!',
  'I doubt this will change anything.',
  'Source?',
  'Same happened in my town last year.',
  'Well written.',
  'Who approved this?',
  'Agree with the previous comment.',
  'This is the third time this month.',
  'Interesting.',
  'Can someone explain the numbers?',
  'lol',
  'Not surprised at all.',
  'Finally some good news.',
  'The headline is misleading.',
];
const COMMENTS_FR = [
  'Merci pour cet article.',
  'Enfin !',
  'Je doute que ça change grand-chose.',
  'Source ?',
  'Pareil chez nous.',
  'Très intéressant.',
  'Qui a validé ça ?',
  'D’accord avec le commentaire précédent.',
  'Pas surpris.',
  'Bonne nouvelle.',
];
const DEAL_COMMENTS = [
  'So Microsoft really gave up the right of first refusal?',
  'OpenAI got what it wanted, Microsoft got 27%.',
  'Azure still wins either way.',
  'Microsoft a donc perdu l’exclusivité ?',
  'OpenAI reste sur Azure, rien de neuf.',
];

const DEAL_TABLE_EN = [
  ['Term', 'Before', 'After'],
  ['Microsoft stake in OpenAI', '32.5%', 'about 27%'],
  ['Right of first refusal on compute', 'Yes', 'No longer'],
  ['Microsoft IP rights', 'until AGI', 'through 2032'],
  ['OpenAI API', 'exclusive to Azure', 'API on Azure'],
];
const TABLE_EN = [
  ['Team', 'Played', 'Won', 'Points'],
  ['City', 'Line', 'Delay', 'Cause'],
  ['Region', 'Rain (mm)', 'Max (°C)', 'Wind'],
];

// ---------------------------------------------------------------------------------------------
// HTML building, counting the text nodes the parser will create.

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

class Builder {
  textNodes = 0;

  /** Children: strings (text) and `{html}` (markup); adjacent strings become one text node. */
  el(tag, attrs, children = []) {
    const a = attrs
      ? Object.entries(attrs)
          .map(([k, v]) => ` ${k}="${String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
          .join('')
      : '';
    return { html: `<${tag}${a}>${this.inner(children)}</${tag}>` };
  }

  inner(children) {
    let html = '';
    let text = '';
    const flush = () => {
      if (text) {
        this.textNodes++;
        html += esc(text);
        text = '';
      }
    };
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      if (typeof child === 'string') text += child;
      else {
        flush();
        html += child.html;
      }
    }
    flush();
    return html;
  }
}

const INLINE_TAGS = [
  ['a', () => ({ href: '#' })],
  ['em', null],
  ['strong', null],
  ['span', () => ({ class: 'hl' })],
  ['b', null],
  ['i', null],
  ['a', () => ({ href: '#', class: 'tag' })],
  ['abbr', () => ({ title: 'x' })],
];

/**
 * Generates one long page. `targetTextNodes` is approximate (whole articles are added until it
 * is reached). With `dealFree`, nothing on the page matches the lexicon (checked with `scan`).
 */
export function generatePage({ targetTextNodes, dealFree = false, seed = 2025, scan }) {
  const rng = mulberry32(seed);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const chance = (p) => rng() < p;
  const b = new Builder();
  const safeFallback = 'The council will meet again next week.';
  const checked = new Map();
  const safe = (s) => {
    if (!dealFree) return s;
    let ok = checked.get(s);
    if (ok === undefined) {
      scan.lastIndex = 0;
      ok = !scan.test(s);
      checked.set(s, ok);
    }
    return ok ? s : safeFallback;
  };
  const fill = (s) =>
    safe(
      s
        .replace(/\{city\}/g, () => pick(CITIES))
        .replace(/\{name\}/g, () => pick(PEOPLE))
        .replace(/\{org\}/g, () => pick(ORGS))
        .replace(/\{team\}/g, () => `${pick(CITIES)} ${pick(TEAMS)}`)
        .replace(/\{day\}/g, () => pick(DAYS))
        .replace(/\{jour\}/g, () => pick(JOURS))
        .replace(/\{n\}/g, () => String(int(2, 9))),
    );

  /** A sentence's words, some wrapped in (sometimes nested) inline elements. */
  const inline = (sentence, p = 0.12) => {
    const words = sentence.split(' ');
    const out = [];
    for (let i = 0; i < words.length;) {
      const sep = i < words.length - 1 ? ' ' : '';
      if (chance(p)) {
        const len = Math.min(int(1, 3), words.length - i);
        const inner = words.slice(i, i + len).join(' ');
        const [tag, attrs] = pick(INLINE_TAGS);
        let children = [inner];
        if (len > 1 && chance(0.25)) {
          // nested: <a><em>first</em> rest</a>
          const [first, ...rest] = inner.split(' ');
          const [tag2] = pick(INLINE_TAGS.slice(1, 6));
          children = [b.el(tag2, null, [first]), ` ${rest.join(' ')}`];
        }
        out.push(b.el(tag, attrs?.(), children), i + len < words.length ? ' ' : '');
        i += len;
      } else {
        out.push(words[i] + sep);
        i++;
      }
    }
    return out;
  };

  const article = (index) => {
    const fr = chance(0.3);
    const about = chance(0.22) && !dealFree;
    const news = fr ? NEWS_FR : NEWS_EN;
    const deal = fr ? DEAL_FR : DEAL_EN;
    const actor = fr ? ACTOR_FR : ACTOR_EN;
    const sentence = () => {
      if (about) {
        const r = rng();
        if (r < 0.3) return pick(deal);
        if (r < 0.4) return pick(actor);
      }
      return fill(pick(news));
    };
    const para = (n) => b.el('p', null, inline(Array.from({ length: n }, sentence).join(' ')));
    const headline = about
      ? pick(fr ? DEAL_HEADLINES_FR : DEAL_HEADLINES_EN)
      : fill(pick(fr ? HEADLINES_FR : HEADLINES_EN));
    const parts = [];
    parts.push(
      b.el('header', null, [
        b.el('p', { class: 'kicker' }, [
          b.el('a', { href: '#' }, [pick(fr ? RUBRIQUES : SECTIONS)]),
        ]),
        b.el('h2', null, [b.el('a', { href: `#a${index}` }, [headline])]),
        b.el('p', { class: 'byline' }, [
          fr ? 'Par ' : 'By ',
          b.el('a', { href: '#', rel: 'author' }, [pick(PEOPLE)]),
          ' · ',
          b.el('time', { datetime: `2025-${String(int(1, 12)).padStart(2, '0')}-1${int(0, 9)}` }, [
            `${int(1, 28)} ${fr ? 'mars' : 'March'}`,
          ]),
          ' · ',
          b.el('span', { class: 'read' }, [`${int(2, 9)} min`]),
        ]),
      ]),
      '\n',
    );
    const paragraphs = int(3, 8);
    for (let i = 0; i < paragraphs; i++) {
      parts.push(para(int(2, 5)), '\n');
      if (i === 1 && chance(0.35)) {
        parts.push(
          b.el('blockquote', null, [
            b.el('p', null, inline(`“${sentence()}”`)),
            b.el('footer', null, [`— ${pick(PEOPLE)}`]),
          ]),
          '\n',
        );
      }
      if (i === 2 && chance(0.5)) {
        parts.push(
          b.el(
            'ul',
            null,
            Array.from({ length: int(3, 6) }, () => b.el('li', null, inline(sentence(), 0.2))),
          ),
          '\n',
        );
      }
      if (i === 3 && chance(0.4)) {
        const rows =
          about && !fr
            ? DEAL_TABLE_EN
            : [
                pick(TABLE_EN),
                ...Array.from({ length: int(3, 7) }, () => [
                  pick(CITIES),
                  String(int(1, 40)),
                  String(int(0, 30)),
                  pick(DAYS),
                ]),
              ];
        parts.push(
          b.el('table', { class: 'data' }, [
            b.el('thead', null, [
              b.el(
                'tr',
                null,
                rows[0].map((c) => b.el('th', null, [safe(c)])),
              ),
            ]),
            b.el(
              'tbody',
              null,
              rows.slice(1).map((r) =>
                b.el(
                  'tr',
                  null,
                  r.map((c) => b.el('td', null, [safe(c)])),
                ),
              ),
            ),
          ]),
          '\n',
        );
      }
    }
    parts.push(
      b.el('figure', null, [
        b.el('div', { class: 'ph' }),
        b.el('figcaption', null, inline(fill(pick(news)), 0.1)),
      ]),
      '\n',
    );
    parts.push(
      b.el('aside', { class: 'related' }, [
        b.el('h3', null, [fr ? 'À lire aussi' : 'Related']),
        b.el(
          'ul',
          null,
          Array.from({ length: int(3, 6) }, () =>
            b.el('li', null, [
              b.el('a', { href: '#' }, [fill(pick(fr ? HEADLINES_FR : HEADLINES_EN))]),
            ]),
          ),
        ),
      ]),
      '\n',
    );
    // Comment thread: many small text nodes.
    const comments = chance(0.7) ? int(4, 30) : 0;
    if (comments > 0) {
      const comment = (depth) => {
        const text =
          about && chance(0.25) ? pick(DEAL_COMMENTS) : pick(fr ? COMMENTS_FR : COMMENTS_EN);
        const replies = depth < 2 && chance(0.3) ? int(1, 3) : 0;
        return b.el('li', { class: 'comment' }, [
          b.el('div', { class: 'meta' }, [
            b.el('span', { class: 'author' }, [b.el('a', { href: '#' }, [pick(USERS)])]),
            ' ',
            b.el('time', null, [`${int(1, 23)} h`]),
            chance(0.3)
              ? [' ', b.el('span', { class: 'badge' }, [fr ? 'Abonné' : 'Subscriber'])]
              : null,
          ]),
          b.el('p', null, inline(safe(text), 0.1)),
          b.el('div', { class: 'actions' }, [
            b.el('button', { type: 'button' }, [fr ? 'Répondre' : 'Reply']),
            ' ',
            b.el('span', { class: 'likes' }, [String(int(0, 99))]),
            ' ',
            b.el('a', { href: '#' }, [fr ? 'Signaler' : 'Report']),
          ]),
          replies
            ? b.el(
                'ol',
                { class: 'replies' },
                Array.from({ length: replies }, () => comment(depth + 1)),
              )
            : null,
        ]);
      };
      parts.push(
        b.el('section', { class: 'comments' }, [
          b.el('h3', null, [`${comments} ${fr ? 'commentaires' : 'comments'}`]),
          b.el(
            'ol',
            null,
            Array.from({ length: comments }, () => comment(0)),
          ),
        ]),
        '\n',
      );
    }
    return b.el('article', { class: 'story', lang: fr ? 'fr' : 'en', id: `a${index}` }, [
      '\n',
      ...parts,
    ]);
  };

  const nav = b.el('header', { class: 'site-header' }, [
    b.el('a', { class: 'logo', href: '/' }, ['The Daily Ledger']),
    b.el('nav', null, [
      b.el(
        'ul',
        null,
        SECTIONS.map((s) => b.el('li', null, [b.el('a', { href: '#' }, [s])])),
      ),
    ]),
  ]);
  const articles = [];
  let count = 0;
  // The lead story of a normal page is about the deal, so the page gate opens early.
  if (!dealFree) {
    articles.push(
      b.el('article', { class: 'story lead', lang: 'en' }, [
        b.el('h1', null, [DEAL_HEADLINES_EN[0]]),
        b.el('p', null, inline(`${DEAL_EN[0]} ${DEAL_EN[1]}`)),
        b.el('p', null, inline(`${DEAL_EN[3]} ${ACTOR_EN[0]}`)),
      ]),
      '\n',
    );
  }
  const base = b.textNodes;
  while (b.textNodes < targetTextNodes - 40) {
    articles.push(article(count++), '\n');
    if (b.textNodes - base > targetTextNodes * 4) break; // cannot happen; a guard
  }
  const footer = b.el('footer', { class: 'site-footer' }, [
    b.el('p', null, [
      '© 2025 The Daily Ledger · ',
      b.el('a', { href: '#' }, ['Terms']),
      ' · ',
      b.el('a', { href: '#' }, ['Privacy']),
    ]),
  ]);
  const body = b.inner([nav, '\n', b.el('main', null, ['\n', ...articles]), '\n', footer]);
  const title = dealFree
    ? 'The Daily Ledger — Front page'
    : `${DEAL_HEADLINES_EN[0]} — The Daily Ledger`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="article:published_time" content="2025-10-29T06:30:00Z">
<style>body{font:16px/1.5 Georgia,serif;margin:0}main{max-width:46rem;margin:0 auto}.comments{font-size:.85rem}.ph{height:4px;background:#ddd}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}</style>
</head><body>${body}</body></html>
`;
  return { html, textNodes: b.textNodes, articles: count };
}

// ---------------------------------------------------------------------------------------------

/**
 * Writes the bench pages into `dir` and returns their descriptions. `scan` is the compiled
 * content-script pattern (used to keep the no-candidates page free of any hit).
 */
/**
 * About `paragraphs` paragraphs of real articles (the corpus's articles about the deal, in
 * order, again and again), each article under its own heading: dense with statements as real
 * pages are, unlike the generated ones.
 */
export function corpusPage(articles, paragraphs = 100_000) {
  const about = articles.filter((a) => !a.negative);
  const body = [];
  let count = 0;
  for (let round = 0; count < paragraphs; round++) {
    for (const a of about) {
      if (count >= paragraphs) break;
      body.push(`<article><h2>${esc(a.title || a.id)}</h2>`);
      for (const p of a.paragraphs) {
        if (count >= paragraphs) break;
        body.push(`<p>${esc(p)}</p>`);
        count++;
      }
      body.push('</article>');
    }
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deal Lens bench: real articles</title></head><body>\n${body.join('\n')}\n</body></html>\n`;
  return { html, paragraphs: count };
}

export function writeBenchPages(dir, { scan, seedsDir, unit = 5000, corpus = [] }) {
  mkdirSync(dir, { recursive: true });
  const pages = [];
  const seeds = existsSync(seedsDir)
    ? readdirSync(seedsDir)
        .filter((f) => f.endsWith('.html'))
        .sort()
    : [];
  if (seeds.length > 0) {
    copyFileSync(join(seedsDir, seeds[0]), join(dir, 'seed.html'));
    pages.push({ name: 'seed', file: 'seed.html', source: `tests/fixtures/seeds/${seeds[0]}` });
  } else {
    const { html } = generatePage({ targetTextNodes: 300, scan });
    writeFileSync(join(dir, 'seed.html'), html);
    pages.push({ name: 'seed', file: 'seed.html', source: 'generated (no seeds found)' });
  }
  for (const [name, scale, dealFree] of [
    ['long-1x', 1, false],
    ['long-10x', 10, false],
    ['long-100x', 100, false],
    ['no-candidates-100x', 100, true],
  ]) {
    const { html, textNodes, articles } = generatePage({
      targetTextNodes: unit * scale,
      dealFree,
      scan,
    });
    const file = `${name}.html`;
    writeFileSync(join(dir, file), html);
    pages.push({
      name,
      file,
      scale,
      dealFree,
      generatedTextNodes: textNodes,
      articles,
      bytes: Buffer.byteLength(html),
    });
  }
  if (corpus.length > 0) {
    const { html, paragraphs } = corpusPage(corpus);
    writeFileSync(join(dir, 'corpus-100k.html'), html);
    pages.push({
      name: 'corpus-100k',
      file: 'corpus-100k.html',
      paragraphs,
      huge: true,
      bytes: Buffer.byteLength(html),
    });
  }
  return pages;
}
