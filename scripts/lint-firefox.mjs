#!/usr/bin/env node
// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, the checks AMO runs on upload)
// over the Firefox build, .output/firefox-mv2 (`npm run build:firefox` first; another folder as
// the first argument). Linted as an AMO-listed add-on (no --self-hosted). Fails on any
// error, notice or warning, except the warnings listed in THIRD_PARTY, each matched against the
// very code it points at so that one of ours cannot hide behind it. Offline: no update check, no
// config file picked up from the home directory.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv2';
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build in ${dir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const THIRD_PARTY = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's renderer (diff/index.js) applying `dangerouslySetInnerHTML`: `dom.innerHTML =
    // newHtml.__html`. It is bundled with every Preact app; Deal Lens never passes that prop
    // (ESLint forbids it, and innerHTML, in our code), so the line never runs with our content.
    why: 'Preact renderer: the dangerouslySetInnerHTML path, a prop Deal Lens never uses',
    at: /^[\w$]+\.innerHTML=[\w$]+\.__html\b/,
  },
];

const result = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
  { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
);
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(
    `web-ext lint gave no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
  );
  process.exit(1);
}

/** The code a message points at, from its column on. */
function codeAt(message) {
  if (!message.file || !message.line) return '';
  const lines = readFileSync(join(dir, message.file), 'utf8').split('\n');
  return (lines[message.line - 1] ?? '').slice(Math.max(0, (message.column ?? 1) - 1));
}

const where = (m) => `${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? ''}` : ''}`;
const ours = [];
const explained = [];
for (const m of [...report.errors, ...report.notices, ...report.warnings]) {
  const known =
    m._type === 'warning' && THIRD_PARTY.find((t) => t.code === m.code && t.at.test(codeAt(m)));
  if (known) explained.push(`  ${m.code} ${where(m)}: ${known.why}`);
  else ours.push(`  ${m._type} ${m.code} ${where(m)}: ${m.message}`);
}

const { errors, notices, warnings } = report.summary;
console.log(
  `web-ext lint ${dir}: ${errors} errors, ${notices} notices, ${warnings} warnings (${explained.length} from third-party code, explained).`,
);
if (explained.length > 0) console.log(explained.join('\n'));
if (ours.length > 0) {
  console.error(
    `Not explained (fix them, or explain a third-party one in scripts/lint-firefox.mjs):\n${ours.join('\n')}`,
  );
  process.exit(1);
}
