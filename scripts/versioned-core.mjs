// Puts the core into the site under its versioned names, bundles the loader (the classic script and
// the two ES modules, scripts/bundle-loader.mjs) with their SHA-384 digests written in, points the
// host pages' preload at the versioned Wasm (without `integrity`: Chromium ignores it on
// `as="fetch"` preloads and warns; the loader's checked fetch still reuses the preloaded response,
// and checks it), and writes embed.json: the script tag a page pastes, with the loader's own
// integrity (the embed-code page reads it).
//   node scripts/versioned-core.mjs WASM_BUILD_DIR WEB_DIR
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleLoader } from './bundle-loader.mjs';
import { CORE_JS, CORE_WASM, LOADER, VERSION, sri } from './release-files.mjs';

const [wasmBuild, web] = process.argv.slice(2);
if (!web) { console.error('usage: node scripts/versioned-core.mjs WASM_BUILD_DIR WEB_DIR'); process.exit(2); }

await copyFile(path.join(wasmBuild, 'mgi-wheel-core.js'), path.join(web, CORE_JS));
await copyFile(path.join(wasmBuild, 'mgi-wheel-core.wasm'), path.join(web, CORE_WASM));
await bundleLoader(web, path.join(web, CORE_JS), path.join(web, CORE_WASM), path.join(wasmBuild, 'mgi-wheel-core-single.js'));

// shell/ pages name the build's unversioned core (mgi-wheel-core.wasm); the site serves it versioned.
for (const page of (await readdir(web)).filter((f) => f.endsWith('.html'))) {
  const file = path.join(web, page);
  const html = await readFile(file, 'utf8');
  const versioned = html.replace(/<link rel="preload" href="mgi-wheel-core\.wasm"/g, `<link rel="preload" href="${CORE_WASM}"`);
  if (/mgi-wheel-core\.(js|wasm)\b/.test(versioned)) {
    throw new Error(`${file}: names the core unversioned outside a <link rel="preload" href="mgi-wheel-core.wasm">; the site has ${CORE_JS} and ${CORE_WASM}`);
  }
  if (versioned !== html) await writeFile(file, versioned);
}

const embed = {
  version: VERSION,
  script: { src: LOADER, integrity: sri(await readFile(path.join(web, LOADER))), crossorigin: 'anonymous' },
};
await writeFile(path.join(web, 'embed.json'), JSON.stringify(embed, null, 2) + '\n');
