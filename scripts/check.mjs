#!/usr/bin/env node
/**
 * `npm run check -- <url-or-html-file>... [--json] [--lang=en|fr] [--timeout=ms]`
 *
 * Runs the built extension in headless Chromium on a page and prints what the popup shows for
 * it: the publication date, each deal term the page states with its status and mentions (term,
 * version, status, the words matched), and how many statements are out of date today.
 *
 *   - A file path is served from 127.0.0.1 (content scripts do not run on file:// pages), with
 *     its folder, so the page's own assets load too. An http(s) URL is opened as is.
 *   - No target: every page in tests/fixtures/seeds/.
 *   - --json: one JSON document on stdout and nothing else ({checkedAsOf, pages, errors}).
 *   - Builds the extension first when .output/chrome-mv3 is missing.
 *   - Exit 0 when every page was read (a page without deal terms is fine), 1 when a target
 *     could not be read (missing file, unreachable URL, no answer in time): one line on stderr
 *     per failure, never a stack trace. Every step has a timeout; a watchdog ends the run.
 *
 * The summary is computed by the popup's own code (utils/page-summary-view.ts and
 * utils/i18n.ts, loaded through Vite's module runner), so both always agree.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { EXTENSION_DIR, ROOT, launchWithExtension, serveDir, waitForLens } from './lib/browser.mjs';

const USAGE =
  'Usage: npm run check -- [<url-or-html-file>...] [--json] [--lang=en|fr] [--timeout=ms]';

class CheckError extends Error {}

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const lang = option('lang', 'en') === 'fr' ? 'fr' : 'en';
/** Per page: loading it, then the content script's first scan. */
const PAGE_TIMEOUT = Number(option('timeout', 20_000));
const LAUNCH_TIMEOUT = 30_000;
const BUILD_TIMEOUT = 180_000;

if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = args.filter((a) => a.startsWith('-') && !/^--(json|lang=.*|timeout=\d+)$/.test(a));
if (unknown.length > 0) fail(`unknown option ${unknown.join(', ')}\n${USAGE}`);

/** One line on stderr, exit 1: what a reader needs, without a stack trace. */
function fail(message) {
  console.error(`check: ${message}`);
  process.exit(1);
}
const note = (line) => {
  if (!json) console.log(line);
};
/** The first line of an error, without Playwright's "page.goto: " prefix and call log. */
const oneLine = (error) =>
  String(error instanceof Error ? error.message : error)
    .split('\n')[0]
    .replace(/^[\w.]+: /, '')
    .trim();

// 1. Targets ------------------------------------------------------------------------------------
const SEEDS = join(ROOT, 'tests/fixtures/seeds');
let targets = args.filter((a) => !a.startsWith('-'));
if (targets.length === 0) {
  targets = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(SEEDS, f));
}
const isUrl = (target) => /^https?:\/\//i.test(target);
for (const target of targets) {
  if (isUrl(target)) {
    try {
      new URL(target);
    } catch {
      fail(`not a valid URL: ${target}`);
    }
  } else if (!existsSync(target) || !statSync(target).isFile()) {
    fail(`no such file: ${target}`);
  }
}

// A run that outlives every per-step timeout together is stuck: end it.
const watchdog = setTimeout(
  () => fail('gave up: the run took too long (is Chromium stuck?)'),
  BUILD_TIMEOUT + LAUNCH_TIMEOUT + targets.length * (2 * PAGE_TIMEOUT + 5_000),
);

// 2. The extension ------------------------------------------------------------------------------
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  if (!json) console.error('No build at .output/chrome-mv3: running `npx wxt build` first…');
  const build = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: BUILD_TIMEOUT,
  });
  if (build.status !== 0 || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    fail('the build failed: run `npx wxt build` to see why');
  }
}

const launching = withTimeout(launchWithExtension(), LAUNCH_TIMEOUT, 'Chromium did not start');
launching.catch(() => undefined); // awaited below

// 3. The popup's own logic, loaded while Chromium starts -----------------------------------------
const { runnerImport } = await import('vite');
const load = async (path) =>
  // `@/` as the build resolves it (wxt.config's alias), without loading WXT's whole config.
  (
    await runnerImport(join(ROOT, path), {
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@': ROOT } },
    })
  ).module;
const [{ summaryView }, { Deal, parseDealBase, STATUSES }, { formatDate, t }] = await Promise.all([
  load('utils/page-summary-view.ts'),
  load('data/deal.ts'),
  load('utils/i18n.ts'),
]).catch((error) => fail(`cannot load the popup's code: ${oneLine(error)}`));
let deal;
try {
  deal = new Deal(parseDealBase(JSON.parse(readFileSync(join(ROOT, 'data/deal.json'), 'utf8'))));
} catch (error) {
  fail(oneLine(error));
}

const browser = await launching.catch((error) =>
  fail(`cannot start Chromium with the extension: ${oneLine(error)}`),
);
const servers = new Map();
const pages = [];
const errors = [];

try {
  for (const target of targets) {
    try {
      pages.push(await checkPage(target));
    } catch (error) {
      const message = error instanceof CheckError ? error.message : oneLine(error);
      errors.push({ target, error: message });
      console.error(`check: ${message}`);
    }
  }
} finally {
  await Promise.all([...servers.values()].map((s) => s.close()));
  await withTimeout(browser.close(), 10_000, '').catch(() => undefined);
  clearTimeout(watchdog);
}

if (json) {
  console.log(JSON.stringify({ checkedAsOf: deal.checkedAsOf, pages, errors }, null, 2));
} else {
  for (const page of pages) printPage(page);
  if (targets.length > 1) note(`${pages.length} of ${targets.length} pages read.`);
}
process.exit(errors.length > 0 ? 1 : 0);

// ------------------------------------------------------------------------------------------------

async function urlOf(target) {
  if (isUrl(target)) return target;
  const file = resolve(target);
  const dir = dirname(file);
  if (!servers.has(dir)) servers.set(dir, await serveDir(dir));
  return servers.get(dir).url(encodeURIComponent(basename(file)));
}

async function checkPage(target) {
  const url = await urlOf(target);
  const page = await browser.newPage();
  try {
    let response;
    try {
      response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT });
    } catch (error) {
      throw new CheckError(`cannot open ${target}: ${oneLine(error)}`);
    }
    if (response && response.status() >= 400) {
      throw new CheckError(
        `cannot open ${target}: HTTP ${response.status()} ${response.statusText()}`.trim(),
      );
    }
    let reply;
    try {
      reply = await waitForLens(browser, page, PAGE_TIMEOUT);
    } catch {
      throw new CheckError(
        `Deal Lens did not answer on ${target} within ${PAGE_TIMEOUT / 1000} s (not an HTML page, or the content script cannot run there)`,
      );
    }
    if (reply.state === 'error')
      throw new CheckError(`Deal Lens stopped with an error on ${target}`);
    const view = summaryView(reply.summary, deal, lang);
    const names = new Map(view.rows.map((row) => [row.term, row.name]));
    return {
      target,
      url,
      state: reply.state,
      pageDate: view.pageDate,
      mentions: reply.summary.mentions.map((m) => ({
        ...m,
        termName: names.get(m.term) ?? m.term,
      })),
      outdated: view.outdated,
      terms: view.rows,
    };
  } finally {
    await withTimeout(page.close(), 5_000, '').catch(() => undefined);
  }
}

function printPage(page) {
  const quote = (text) => `“${text.replace(/\s+/g, ' ').trim()}”`;
  note('');
  note(
    isUrl(page.target)
      ? page.target
      : `${page.target.startsWith(ROOT) ? page.target.slice(ROOT.length + 1) : page.target}`,
  );
  note(
    `  ${page.pageDate ? `${t(lang, 'popup.published', { date: formatDate(page.pageDate, lang) })} (${page.pageDate})` : t(lang, 'popup.pageDateUnknown')}`,
  );
  if (page.state === 'off') {
    note(`  ${t(lang, 'popup.offHere')}`);
    return;
  }
  if (page.terms.length === 0) {
    note(`  ${t(lang, 'popup.empty')}`);
  } else {
    note(
      `  ${t(lang, page.outdated === 0 ? 'popup.outdatedNone' : 'popup.outdated', { n: page.outdated, of: page.mentions.length })}`,
    );
    const width = Math.max(...STATUSES.map((s) => t(lang, `status.${s}`).length));
    for (const row of page.terms) {
      note('');
      note(
        `  ${t(lang, `status.${row.status}`).padEnd(width)}  ${row.name} [${row.term}] — ${t(lang, 'row.mentions', { n: row.count })}` +
          (row.outdated > 0 && row.outdated < row.count
            ? `, ${t(lang, 'row.outdated', { n: row.outdated, of: row.count })}`
            : ''),
      );
      for (const m of page.mentions.filter((x) => x.term === row.term)) {
        note(
          `  ${''.padEnd(width)}    ${m.status.padEnd(11)}  ${(m.version ?? '—').padEnd(22)}  ${quote(m.text)}`,
        );
      }
    }
  }
  note('');
  note(`  ${t(lang, 'checked', { date: formatDate(deal.checkedAsOf, lang) })}`);
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
