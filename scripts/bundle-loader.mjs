// Bundles the loader's ES modules (web/) into the one classic script pages include: an IIFE, so
// that nothing leaks into the page's globals and document.currentScript is read while the script
// runs; minified, with a source map beside it. The stylesheet travels inside as a string, minified
// here first (esbuild's text loader alone would keep its comments and indentation). The core's
// file names and their SHA-384 digests are written in (MGI_CORE_FILES, web/core-loader.js), so the
// loader refuses a core that is not the one it was built with.
//   node scripts/bundle-loader.mjs OUT.js CORE.js CORE.wasm
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT, sri } from './release-files.mjs';

const minifiedCssAsText = {
  name: 'minified-css-as-text',
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await esbuild.transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

// The core's files as the loader will find them: beside it, under these names.
async function coreFiles(coreJs, coreWasm) {
  const entry = async (file) => ({ file: path.basename(file), integrity: sri(await readFile(file)) });
  return { js: await entry(coreJs), wasm: await entry(coreWasm) };
}

export async function bundleLoader(out, coreJs, coreWasm) {
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'web/mgi-wheel.js')],
    outfile: out,
    bundle: true,
    format: 'iife',
    minify: true,
    sourcemap: true,
    sourcesContent: true,
    legalComments: 'none',
    define: { MGI_CORE_FILES: JSON.stringify(await coreFiles(coreJs, coreWasm)) },
    plugins: [minifiedCssAsText],
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, 'scripts/bundle-loader.mjs')) {
  const [out, coreJs, coreWasm] = process.argv.slice(2);
  if (!coreWasm) { console.error('usage: node scripts/bundle-loader.mjs OUT.js CORE.js CORE.wasm'); process.exit(2); }
  await bundleLoader(out, coreJs, coreWasm);
}
