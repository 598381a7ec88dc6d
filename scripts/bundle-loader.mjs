// Bundles the loader's ES modules (web/) into what pages and apps load, minified, with source maps:
//   - mgi-wheel.js, the classic script a page includes: an IIFE, so that nothing leaks into the
//     page's globals and document.currentScript is read while the script runs; it finds the core
//     beside itself (or where its data-mgi-base attribute says);
//   - mgi-wheel.mjs, the ES module a bundled app imports: it finds the Wasm with
//     `new URL('./mgi-wheel-core-VERSION.wasm', import.meta.url)`, which Vite, webpack 5, Rollup,
//     esbuild and Parcel resolve and copy as an asset, and imports the glue as a module of its own
//     (mgi-wheel-core-VERSION.mjs, see coreGlueModule), which they make a chunk of their bundle
//     (webpack minified the classic glue it copied as an asset, and the digest refused it);
//   - mgi-wheel.one.mjs, the module with the -sSINGLE_FILE core inside it (nothing else to copy).
// Each gets its own `mgi-build:core` module (web/core-loader.js says what it exports): the core's
// file names and their SHA-384 digests are written in, so the loader refuses a core that is not
// the one it was built with. The stylesheet travels inside as a string, minified here first
// (esbuild's text loader alone would keep its comments and indentation).
//   node scripts/bundle-loader.mjs OUT_DIR CORE.js CORE.wasm SINGLE_FILE_CORE.js
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { CORE_MODULE, LOADER, MODULE, ONE_FILE_MODULE, ROOT, sri } from './release-files.mjs';

const minifiedCssAsText = {
  name: 'minified-css-as-text',
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await esbuild.transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

// The core's files as the loader will find them, under these names.
async function coreFiles(coreJs, coreWasm) {
  const entry = async (file) => ({ file: path.basename(file), integrity: sri(await readFile(file)) });
  return { js: await entry(coreJs), wasm: await entry(coreWasm) };
}

// Emscripten's glue ends by exporting its factory to CommonJS or AMD when it finds them; inside a
// module that only misleads a bundler, so the module takes the factory from the glue's own `var`.
function gluePart(glue) {
  const tail = glue.indexOf("if (typeof exports === 'object' && typeof module === 'object')");
  if (tail < 0) throw new Error('the core\'s glue has no CommonJS/AMD tail where it was expected (Emscripten changed?)');
  return glue.slice(0, tail);
}

// The glue as an ES module: what the ES module entry imports when no setBasePath() says otherwise.
async function coreGlueModule(glueFile) {
  return gluePart(await readFile(glueFile, 'utf8')) + '\nexport default createMgiWheelCore;\n';
}

// `mgi-build:core` for one entry: `where` is 'script' (the classic script), 'module' or 'inside'.
async function coreModule(where, files, singleFileCore) {
  const constant = `export const CORE_FILES = ${JSON.stringify(files)};\n`;
  if (where === 'script') {
    return constant + `const script = document.currentScript;
const scriptUrl = (script && script.src) || new URL(${JSON.stringify(LOADER)}, document.baseURI).href;
export const declaredBase = script && script.getAttribute('data-mgi-base');
export const defaultCoreUrl = (kind) => new URL(CORE_FILES[kind].file, scriptUrl).href;
export const bundledCore = null;
export const importGlue = null;
`;
  }
  if (where === 'module') {
    // A literal `new URL('./…', import.meta.url)` and a literal import(): the forms bundlers look for.
    return constant + `export const declaredBase = null;
export const defaultCoreUrl = (kind) => {
  if (kind === 'wasm') return new URL(${JSON.stringify('./' + files.wasm.file)}, import.meta.url).href;
  throw new Error('the ES module imports the core\\'s glue (' + kind + ') unless setBasePath() names a folder');
};
export const bundledCore = null;
export const importGlue = () => import(${JSON.stringify('./' + CORE_MODULE)})
  .then((m) => m.default, (err) => { throw Object.assign(err, { url: ${JSON.stringify(CORE_MODULE)} }); });
`;
  }
  return gluePart(await readFile(singleFileCore, 'utf8')) + '\n' + constant + `export const declaredBase = null;
export const defaultCoreUrl = (kind) => { throw new Error('the one-file module has no core files to fetch (' + kind + ')'); };
export const bundledCore = createMgiWheelCore;
export const importGlue = null;
`;
}

const buildCore = (contents) => ({
  name: 'mgi-build-core',
  setup(build) {
    build.onResolve({ filter: /^mgi-build:core$/ }, () => ({ path: 'core', namespace: 'mgi-build' }));
    build.onLoad({ filter: /.*/, namespace: 'mgi-build' }, () => ({ contents, loader: 'js' }));
  },
});

async function bundle(entry, out, format, coreSource, { sourcemap = true } = {}) {
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'web', entry)],
    outfile: out,
    bundle: true,
    format,
    minify: true,
    sourcemap,
    sourcesContent: true,
    legalComments: 'none',
    external: ['./' + CORE_MODULE],
    plugins: [minifiedCssAsText, buildCore(coreSource)],
    logLevel: 'warning',
  });
}

// Writes the three entries and the glue module the ES module imports into `outDir`.
export async function bundleLoader(outDir, coreJs, coreWasm, singleFileCore) {
  const files = await coreFiles(coreJs, coreWasm);
  await writeFile(path.join(outDir, CORE_MODULE), await coreGlueModule(coreJs));
  await bundle('mgi-wheel.js', path.join(outDir, LOADER), 'iife', await coreModule('script', files));
  await bundle('module-entry.js', path.join(outDir, MODULE), 'esm', await coreModule('module', files));
  await bundle('module-entry.js', path.join(outDir, ONE_FILE_MODULE), 'esm', await coreModule('inside', files, singleFileCore),
    { sourcemap: false });  // a map would carry the inlined Wasm once more, as text
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, 'scripts/bundle-loader.mjs')) {
  const [outDir, coreJs, coreWasm, singleFileCore] = process.argv.slice(2);
  if (!singleFileCore) { console.error('usage: node scripts/bundle-loader.mjs OUT_DIR CORE.js CORE.wasm SINGLE_FILE_CORE.js'); process.exit(2); }
  await bundleLoader(outDir, coreJs, coreWasm, singleFileCore);
}
