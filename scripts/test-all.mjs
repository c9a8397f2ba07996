#!/usr/bin/env node
// The one test command (`npm test`): every check the project has, in the order a failure is
// cheapest to find. Each step counts as one test; Vitest steps count each of their tests.
// Browser tests run in two groups, each named by its browser: Chromium (Playwright) and Firefox
// (Puppeteer over WebDriver BiDi); the scenarios in tests/e2e/scenarios.e2e.ts run in both.
// Ends with the line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = '.tmp/test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];
/** What each Vitest step counted, for the closing summary. */
const groups = [];

function run(name, cmd, args, env = {}) {
  console.log(
    `\n▶ ${name}: ${Object.entries(env)
      .map(([k, v]) => `${k}=${v} `)
      .join('')}${cmd} ${args.join(' ')}`,
  );
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  return result.status === 0;
}

function step(name, cmd, args) {
  if (run(name, cmd, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function vitest(name, args, env = {}) {
  const file = join(out, `${name.replace(/\W+/g, '-').replace(/-$/, '')}.json`);
  const ok = run(
    name,
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${file}`],
    env,
  );
  if (!existsSync(file)) {
    failed++;
    failures.push(`${name} (no report)`);
    groups.push(`${name}: no report`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails to load has no tests to count but must still fail the run.
  const broken = report.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  );
  failed += broken.length;
  if (!ok || report.numFailedTests > 0 || broken.length > 0) failures.push(name);
  if (report.numTotalTests === 0) {
    failed++;
    failures.push(`${name} ran no test`);
  }
  const line = `${name}: ${report.numPassedTests} passed, ${report.numFailedTests + broken.length} failed`;
  console.log(`\n${line}`);
  groups.push(line);
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
vitest('unit', []);
step('build (chrome)', 'npx', ['wxt', 'build']);
step('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
step('zip (chrome, firefox, AMO sources)', 'node', ['scripts/zip-check.mjs']);
step('web-ext lint (firefox)', 'node', ['scripts/lint-firefox.mjs']);
// Chromium: every browser test but the Firefox-only files, the shared scenarios in Chromium only.
vitest(
  'e2e (chromium)',
  ['--config', 'vitest.e2e.config.ts', '--exclude', 'tests/e2e/firefox-*.e2e.ts'],
  {
    E2E_BROWSERS: 'chromium',
  },
);
// Firefox (Debian's firefox-esr, the .output/firefox-mv2 build): the shared scenarios and the
// Firefox-only files.
vitest(
  'e2e (firefox)',
  ['--config', 'vitest.e2e.config.ts', 'tests/e2e/scenarios.e2e.ts', 'tests/e2e/firefox-'],
  {
    E2E_BROWSERS: 'firefox',
  },
);
// The real-article corpus's development split, against its floors (the held-out split is only
// reported, by `npm run eval`, never tested against).
step('eval (corpus, development split)', 'node', ['scripts/eval.mjs', '--split=dev', '--floors']);

console.log(`\n${groups.join('\n')}`);
if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
