// Bundles the loader's ES modules (web/) into the one classic script pages include: an IIFE, so
// that nothing leaks into the page's globals and document.currentScript is read while the script
// runs; minified, with a source map beside it. The stylesheet travels inside as a string, minified
// here first (esbuild's text loader alone would keep its comments and indentation).
//   node scripts/bundle-loader.mjs OUT.js
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) { console.error('usage: node scripts/bundle-loader.mjs OUT.js'); process.exit(2); }

const minifiedCssAsText = {
  name: 'minified-css-as-text',
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await esbuild.transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

await esbuild.build({
  entryPoints: [path.join(ROOT, 'web/mgi-wheel.js')],
  outfile: out,
  bundle: true,
  format: 'iife',
  minify: true,
  sourcemap: true,
  sourcesContent: true,
  legalComments: 'none',
  plugins: [minifiedCssAsText],
  logLevel: 'warning',
});
