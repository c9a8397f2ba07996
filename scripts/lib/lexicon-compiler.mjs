/**
 * The content script's own lexicon compiler (utils/lexicon.ts), for the Node scripts: bundled
 * with the esbuild that Vite ships (no TypeScript loader needed) and imported, so a script runs
 * the very patterns the extension compiles instead of a copy that could drift.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './browser.mjs';

/** utils/lexicon.ts as an ES module; `outDir` receives the bundle (imports need a file). */
export async function loadLexiconModule(outDir) {
  const out = await build({
    entryPoints: [join(ROOT, 'utils/lexicon.ts')],
    // The `@/` imports resolve through the project's tsconfig, as they do in the build.
    tsconfig: join(ROOT, 'tsconfig.json'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'lexicon-compiled.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  // eslint-disable-next-line no-unsanitized/method -- the file this function just wrote
  return import(`${file}?t=${Date.now()}`);
}

/** data/lexicon.json as the content script compiles it (`compileLexicon`). */
export async function compiledLexicon(outDir) {
  const { compileLexicon } = await loadLexiconModule(outDir);
  return compileLexicon(JSON.parse(readFileSync(join(ROOT, 'data/lexicon.json'), 'utf8')));
}
