/**
 * `npm run check` says of a page what the page's marks say: the same statements, verdicts and
 * count not true today (it runs the popup's own code through Vite's module runner, which must
 * resolve the product's `@/` imports).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT, readMentions, waitForLens } from './harness';
import { useExtension } from './fixture';

const PAGE = 'seeds/000_f8b09dbe6a8d20b7.html';
const NOT_TRUE_TODAY = ['changed', 'out-of-date', 'wrong'];

const lab = useExtension();

it('reports the statements, verdicts and count the page’s marks show', async () => {
  const { stdout } = await promisify(execFile)(
    'node',
    ['scripts/check.mjs', join('tests/fixtures', PAGE), '--json'],
    { cwd: ROOT, timeout: 50_000 },
  );
  const report = JSON.parse(stdout) as {
    pages: { outdated: number; mentions: { term: string; status: string }[] }[];
    errors: unknown[];
  };
  expect(report.errors).toEqual([]);
  const [checked] = report.pages;

  const page = await lab.browser.newPage();
  await page.goto(lab.server.url(PAGE));
  await waitForLens(lab.browser, page);
  const marks = await readMentions(page);
  await page.close();

  expect(marks.length).toBeGreaterThan(0);
  expect(checked!.mentions.map((m) => [m.term, m.status])).toEqual(
    marks.map((m) => [m.term, m.status]),
  );
  expect(checked!.outdated).toBe(marks.filter((m) => NOT_TRUE_TODAY.includes(m.status)).length);
});
