#!/usr/bin/env node
// The store packages, checked (a step of `npm test`): `npm run zip` makes the Chrome and Firefox
// zips and, for AMO's source review, the sources zip; this reads them back and fails if a
// package lacks its manifest, or if the sources zip lacks what rebuilds the add-on (lockfile,
// config, code, the README's build line) or carries what it must not (node_modules, builds,
// dot-files, tests/ and its corpus of other people's articles). Offline.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const zip = (suffix) => `.output/${pkg.name}-${pkg.version}-${suffix}.zip`;

const made = spawnSync('npm', ['run', 'zip'], { stdio: 'inherit' });
if (made.status !== 0) process.exit(1);

/** Entries of a zip file, from its central directory: name → () => contents. */
function entries(file) {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    out.set(name, () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

const problems = [];
for (const browser of ['chrome', 'firefox']) {
  const files = entries(zip(browser));
  if (!files.has('manifest.json')) problems.push(`${zip(browser)}: no manifest.json`);
  else {
    const manifest = JSON.parse(files.get('manifest.json')().toString('utf8'));
    if (manifest.version !== pkg.version)
      problems.push(`${zip(browser)}: version ${manifest.version}`);
    if (JSON.stringify(manifest.permissions) !== '["storage","contextMenus"]')
      problems.push(`${zip(browser)}: permissions ${JSON.stringify(manifest.permissions)}`);
  }
}

const sources = entries(zip('sources'));
const names = [...sources.keys()];
for (const needed of [
  'package.json',
  'package-lock.json',
  'README.md',
  'wxt.config.ts',
  'tsconfig.json',
  'data/deal.json',
  'entrypoints/content/index.ts',
]) {
  if (!sources.has(needed)) problems.push(`sources zip: no ${needed}`);
}
const readme = sources.get('README.md')?.().toString('utf8') ?? '';
if (!/Sources zip \(AMO\): `npm ci && npm run zip`/.test(readme))
  problems.push('sources zip: the README does not say how to build from it');
for (const name of names) {
  if (/(^|\/)(node_modules|\.output|tests)\//.test(name) || /(^|\/)\.[^/]/.test(name))
    problems.push(`sources zip: carries ${name}`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `zips: chrome and firefox with their manifests, sources with ${names.filter((n) => !n.endsWith('/')).length} files (no node_modules, .output, tests, dot-files).`,
);
