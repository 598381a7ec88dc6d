// Assembles the npm package folder build/package/ from the built site (build/web) and the
// element's description (assets/element-api.json): the loader, the versioned core, the one-file
// build, custom-elements.json, mgi-wheel.d.ts, package.json, a README and the licences. Served as
// it is, the folder works with <script src="mgi-wheel.js">. Also rewrites README.md's generated
// blocks (scripts/readme-blocks.mjs), so that its tables and pinned script tag are this build's.
//   node scripts/package.mjs [BUILD_DIR]
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadApi } from './element-api/load.mjs';
import { customElementsManifest } from './element-api/manifest.mjs';
import { typeDeclarations } from './element-api/types.mjs';
import { attributesTable, cssPropertiesTable, referenceList } from './element-api/markdown.mjs';
import { readmeBlocks, withBlocks } from './readme-blocks.mjs';
import { CORE_JS, CORE_MODULE, CORE_WASM, LOADER, MODULE, ONE_FILE, ONE_FILE_MODULE, ROOT, VERSION } from './release-files.mjs';

const build = path.resolve(process.argv[2] || path.join(ROOT, 'build'));
const web = path.join(build, 'web');
const out = path.join(build, 'package');
const TYPES = 'mgi-wheel.d.ts';
const MANIFEST = 'custom-elements.json';
const THIRD_PARTY = 'THIRD-PARTY-LICENSES.txt';
const SHIPPED = [LOADER, `${LOADER}.map`, MODULE, `${MODULE}.map`, ONE_FILE, ONE_FILE_MODULE, CORE_JS, CORE_MODULE, CORE_WASM];

const api = loadApi();
const embed = JSON.parse(await readFile(path.join(web, 'embed.json'), 'utf8'));

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
for (const file of SHIPPED) await copyFile(path.join(web, file), path.join(out, file));
await writeFile(path.join(out, MANIFEST), JSON.stringify(customElementsManifest(api, { modulePath: LOADER, version: VERSION }), null, 2) + '\n');
await writeFile(path.join(out, TYPES), typeDeclarations(api, { version: VERSION }));
await copyFile(path.join(ROOT, 'LICENSE'), path.join(out, 'LICENSE'));
await writeFile(path.join(out, THIRD_PARTY), await thirdPartyLicences());
await writeFile(path.join(out, 'README.md'), packageReadme());
await writeFile(path.join(out, 'package.json'), JSON.stringify(packageJson(), null, 2) + '\n');

const readmePath = path.join(ROOT, 'README.md');
const readme = await readFile(readmePath, 'utf8');
const updated = withBlocks(readme, readmeBlocks(api, embed));
if (updated !== readme) {
  await writeFile(readmePath, updated);
  console.log('package: README.md\'s generated blocks rewritten (element tables, pinned script tag): commit them');
}

function packageJson() {
  // A bundler (the `import` condition) gets the ES module, which finds the core through
  // `new URL(…, import.meta.url)` and so has the bundler copy it; anything else the classic script.
  const typed = (file, module) => (module ? { types: `./${TYPES}`, import: `./${module}`, default: `./${file}` } : { types: `./${TYPES}`, default: `./${file}` });
  return {
    name: 'mgi-wheel',
    version: VERSION,
    description: `<${api.tagName}>: ${api.summary}`,
    license: 'MIT',
    keywords: ['web-component', 'custom-element', 'iom', 'migration-governance-indicators', 'webassembly'],
    main: LOADER,
    types: TYPES,
    customElements: MANIFEST,
    module: MODULE,
    // Importing registers the element.
    sideEffects: true,
    exports: {
      '.': typed(LOADER, MODULE),
      [`./${LOADER}`]: typed(LOADER),
      [`./${MODULE}`]: typed(MODULE),
      [`./${ONE_FILE}`]: typed(ONE_FILE),
      [`./${ONE_FILE_MODULE}`]: typed(ONE_FILE_MODULE),
      './one-file': typed(ONE_FILE, ONE_FILE_MODULE),
      [`./${CORE_JS}`]: `./${CORE_JS}`,
      './core.js': `./${CORE_JS}`,
      [`./${CORE_WASM}`]: `./${CORE_WASM}`,
      './core.wasm': `./${CORE_WASM}`,
      [`./${MANIFEST}`]: `./${MANIFEST}`,
      [`./${TYPES}`]: `./${TYPES}`,
      './package.json': './package.json',
    },
    files: [...SHIPPED, TYPES, MANIFEST, THIRD_PARTY],
  };
}

function packageReadme() {
  const { src, integrity, crossorigin } = embed.script;
  return `# mgi-wheel ${VERSION}

\`<${api.tagName}>\`: ${api.summary}

\`\`\`html
<script src="${src}" integrity="${integrity}" crossorigin="${crossorigin}" defer></script>

<mgi-wheel profile="profiles/azerbaijan-2023.json"></mgi-wheel>
<!-- for CMS editors whose filters strip unknown tags -->
<div data-mgi-wheel data-profile="profiles/balti-2023.json"></div>
\`\`\`

Serve this folder as it is (under a versioned path, as npm CDNs do: \`…/mgi-wheel@${VERSION}/\`).
\`${LOADER}\` finds \`${CORE_JS}\` and \`${CORE_WASM}\` beside itself and checks both against the
SHA-384 digests written into it at build time: a changed byte and nothing is drawn, \`ready\` rejects
and \`mgi-error\` names the file. Serve \`.wasm\` as \`application/wasm\`; from another origin, send
\`Access-Control-Allow-Origin\` for the core's two files. \`${ONE_FILE}\` is loader, core and Wasm in
one script (no streaming compilation) for a CMS that takes one upload.

A bundled app (Vite, webpack 5, Rollup, esbuild, Parcel) imports the ES module \`${MODULE}\`:

\`\`\`js
import 'mgi-wheel';             // registers <mgi-wheel>; the bundler copies the core beside its output
// import 'mgi-wheel/one-file'; // or: the core inside the module, nothing else to copy (no streaming compilation)
// import { setBasePath } from 'mgi-wheel'; setBasePath('https://cdn.example/mgi-wheel@${VERSION}/');
\`\`\`

It finds \`${CORE_WASM}\` through \`new URL(…, import.meta.url)\`, which the bundlers resolve and
copy as an asset, and checks it against the same digest; the core's glue (\`${CORE_MODULE}\`) is
a module it imports, a chunk of the app's bundle. \`setBasePath(url)\` points the widgets at another
folder (a CDN) for \`${CORE_JS}\` and \`${CORE_WASM}\`, both checked; a script tag has
\`customElements.get('mgi-wheel').setBasePath(url)\` or \`data-mgi-base="URL"\` on the script.
Vite's dev server pre-bundles dependencies away from their files: list \`mgi-wheel\` in
\`optimizeDeps.exclude\` there (\`vite build\` needs nothing).

TypeScript: \`import type { ${api.className} } from 'mgi-wheel';\`: \`document.querySelector('${api.tagName}')\`
is then typed, and so are its events' \`detail\`. Editors and tools that read Custom Elements
Manifests find \`${MANIFEST}\`.

## Attributes

${attributesTable(api)}

## Members, events and parts

${referenceList(api)}

## Custom properties

${cssPropertiesTable(api)}

## Licence

MIT (\`LICENSE\`). The Wasm core contains Dear ImGui and nlohmann/json, both MIT: \`${THIRD_PARTY}\`.
`;
}

async function thirdPartyLicences() {
  const imgui = await readFile(path.join(ROOT, 'third_party/imgui-1.90.1/LICENSE.txt'), 'utf8');
  return `The Wasm core (${CORE_WASM}, and inside ${ONE_FILE}) contains code of:

== Dear ImGui 1.90.1 (https://github.com/ocornut/imgui) ==

${imgui.trim()}

== JSON for Modern C++ (nlohmann/json, https://github.com/nlohmann/json) ==

MIT License. Copyright (c) 2013-2022 Niels Lohmann. (Also: to_chars.hpp, Copyright (c) 2009
Florian Loitsch; serializer.hpp, Copyright (c) 2008-2009 Bjoern Hoehrmann.)

${(await readFile(path.join(ROOT, 'LICENSE'), 'utf8')).split('\n').slice(4).join('\n').trim()}
`;
}

for (const file of [...SHIPPED, TYPES, MANIFEST]) {
  if (!existsSync(path.join(out, file))) throw new Error(`package: ${path.join(out, file)} is missing`);
}
console.log(`package: ${out} (mgi-wheel ${VERSION})`);
