#!/usr/bin/env node
/**
 * `npm run eval -- [--split=dev|heldout|all] [--floors] [--misses] [--out=file] [--extension=dir]`
 *
 * Runs the built extension in headless Chromium on every article of the real-article corpus
 * (tests/corpus/), each served from 127.0.0.1 with its publication date in the page's metadata,
 * reads the marks' DOM contract and compares it with the hand annotations. Prints, per split and
 * language: recall, right term, right status, marks on negative articles and extra marks; writes
 * the whole report as JSON (.tmp/eval/report.json by default).
 *
 *   --extension  another build of the extension (e.g. an older commit's, to compare).
 *   --floors  exit 1 when the development split falls below tests/corpus/floors.json (npm test).
 *   --misses  list the development split's misses, wrong terms, wrong statuses and extra marks.
 *             The held-out split is never listed: its sentences must not guide the patterns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXTENSION_DIR, ROOT, launchWithExtension, serveDir, waitForLens } from './lib/browser.mjs';
import {
  CORPUS_DIR,
  LANGUAGES,
  articlePage,
  loadCorpus,
  loadSplit,
  scoreArticle,
  tally,
} from './lib/corpus.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const which = option('split', 'all');
const outFile = option('out', join(ROOT, '.tmp/eval/report.json'));
const withFloors = args.includes('--floors');
const withMisses = args.includes('--misses');
const extensionDir = option('extension', EXTENSION_DIR);
if (!['dev', 'heldout', 'all'].includes(which)) {
  console.error('eval: --split must be dev, heldout or all');
  process.exit(2);
}

if (extensionDir === EXTENSION_DIR && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const split = loadSplit();
const sideOf = new Map([
  ...split.dev.map((id) => [id, 'dev']),
  ...split.heldout.map((id) => [id, 'heldout']),
]);
const articles = loadCorpus().filter((a) => which === 'all' || sideOf.get(a.id) === which);
const unsplit = articles.filter((a) => !sideOf.has(a.id));
if (unsplit.length > 0) {
  console.error(`eval: not in tests/corpus/split.json: ${unsplit.map((a) => a.id).join(', ')}`);
  process.exit(1);
}

// Pages are written where the server reads them; one folder per run.
const pagesDir = join(ROOT, '.tmp/eval/pages');
rmSync(pagesDir, { recursive: true, force: true });
mkdirSync(pagesDir, { recursive: true });
for (const a of articles) writeFileSync(join(pagesDir, `${a.id}.html`), articlePage(a));

const server = await serveDir(pagesDir);
const browser = await launchWithExtension({ extensionDir });
const scored = [];
try {
  for (const article of articles) {
    const page = await browser.newPage();
    try {
      await page.goto(server.url(`${article.id}.html`), { waitUntil: 'load' });
      const reply = await waitForLens(browser, page, 20_000);
      if (reply.state === 'error') throw new Error(`Deal Lens stopped with an error`);
      const mentions = await page.evaluate(readMentions);
      scored.push({ ...scoreArticle(article, mentions), split: sideOf.get(article.id) });
    } catch (error) {
      console.error(`eval: ${article.id}: ${error instanceof Error ? error.message : error}`);
      process.exitCode = 1;
    } finally {
      await page.close().catch(() => undefined);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

/** In the page: one entry per mention, from the marks' DOM contract. */
function readMentions() {
  const byId = new Map();
  for (const mark of document.querySelectorAll('mark.dealterm')) {
    const id = mark.getAttribute('data-mention');
    const known = byId.get(id);
    if (known) {
      known.text += mark.textContent;
      continue;
    }
    const p = mark.closest('p[data-p]');
    let start = -1;
    if (p) {
      const range = document.createRange();
      range.setStart(p, 0);
      range.setEnd(mark, 0);
      start = range.toString().length;
    }
    byId.set(id, {
      p: p ? Number(p.getAttribute('data-p')) : null,
      start,
      term: mark.getAttribute('data-term'),
      claim: mark.getAttribute('data-claim') || null,
      status: mark.getAttribute('data-status'),
      text: mark.textContent,
    });
  }
  return [...byId.values()];
}

// Report ---------------------------------------------------------------------------------------
const pct = (x) => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);
const rows = [];
for (const side of ['dev', 'heldout']) {
  const ofSide = scored.filter((a) => a.split === side);
  if (ofSide.length === 0) continue;
  for (const lang of [...LANGUAGES, 'all']) {
    const group = lang === 'all' ? ofSide : ofSide.filter((a) => a.language === lang);
    if (group.length === 0) continue;
    rows.push({ split: side, language: lang, ...tally(group) });
  }
}
console.log(
  '\nsplit    lang  articles  negatives  statements  recall    right term  right status  marks on negatives  extra marks  never-true on true  false flags',
);
for (const r of rows) {
  console.log(
    `${r.split.padEnd(8)} ${r.language.padEnd(5)} ${String(r.articles - r.negatives).padStart(8)}  ${String(r.negatives).padStart(9)}  ${String(r.statements).padStart(10)}  ${pct(r.recall).padStart(7)}  ${pct(r.rightTerm).padStart(10)}  ${pct(r.rightStatus).padStart(12)}  ${String(r.marksOnNegatives).padStart(18)}  ${String(r.extra).padStart(11)}  ${String(r.wrongOnTrue).padStart(18)}  ${`${r.falseFlags} / ${r.flags}`.padStart(11)}`,
  );
}

if (withMisses) {
  for (const a of scored.filter((x) => x.split === 'dev')) {
    const lines = [];
    for (const s of a.statements) {
      if (!s.found) lines.push(`  MISS  [${s.term} ${s.claim ?? '—'} ${s.status}] ${s.quote}`);
      else if (s.foundTerm !== s.term)
        lines.push(`  TERM  ${s.foundTerm} ≠ ${s.term} «${s.foundText}» in: ${s.quote}`);
      else if (s.foundStatus !== s.status)
        lines.push(
          `  STATUS ${s.foundStatus} ≠ ${s.status} [${s.claim ?? '—'}] «${s.foundText}» in: ${s.quote}`,
        );
    }
    for (const m of a.extra) lines.push(`  EXTRA ${m.term} ${m.status} «${m.text}» (p${m.p})`);
    if (a.negative) for (const m of a.headline) lines.push(`  NEG   ${m.term} «${m.text}»`);
    if (lines.length > 0) console.log(`\n${a.id}\n${lines.join('\n')}`);
  }
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify({ rows, articles: scored }, null, 2)}\n`);
console.log(`\nReport: ${outFile.startsWith(ROOT) ? outFile.slice(ROOT.length + 1) : outFile}`);

if (withFloors) {
  const floors = JSON.parse(readFileSync(join(CORPUS_DIR, 'floors.json'), 'utf8'));
  const dev = rows.find((r) => r.split === 'dev' && r.language === 'all');
  const misses = [];
  if (!dev) misses.push('no development split was scored');
  else {
    for (const key of ['recall', 'rightTerm', 'rightStatus']) {
      if ((dev[key] ?? 0) < floors[key])
        misses.push(`${key} ${pct(dev[key])} < ${pct(floors[key])}`);
    }
    if (dev.marksOnNegatives > floors.marksOnNegatives)
      misses.push(`${dev.marksOnNegatives} marks on negatives > ${floors.marksOnNegatives}`);
    if (dev.wrongOnTrue > floors.wrongOnTrue)
      misses.push(`${dev.wrongOnTrue} true statements called never true > ${floors.wrongOnTrue}`);
    if (dev.falseFlags > floors.falseFlags)
      misses.push(`${dev.falseFlags} false flags > ${floors.falseFlags}`);
  }
  if (misses.length > 0) {
    console.error(`eval: below the floors: ${misses.join('; ')}`);
    process.exitCode = 1;
  } else console.log('Development split at or above its floors.');
}
