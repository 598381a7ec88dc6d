// Real consumers of the npm package (issue 28): the tarball `npm pack` makes of build/package,
// installed offline into a Vite 5 app and a webpack 5 app (both pinned in package-lock.json), each
// built by the bundler itself and opened in every engine (engines.mjs). Each app has three pages:
//   index  `import 'mgi-wheel'`: the ES module, the core found where the bundler copied it;
//   one    `import 'mgi-wheel/one-file'`: the core inside the module, nothing else fetched;
//   cdn    `setBasePath(?base)`: the core's two files from another folder.
// A page is done when its wheel is drawn in the domains' colours and a click on a segment selects
// it and redraws. The core's digests hold wherever it comes from: a changed byte in the copy the
// bundler made, or in the folder setBasePath names, and `ready` rejects, naming the file.
// Screenshots: build/screenshots/<engine>-consumer-<app>-<page>.png.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer as viteDevServer, build as viteBuild } from 'vite';
import webpack from 'webpack';
import { assertWheelsDrawn, clickRedraws, keep, readyOutcome } from './engine-kit.mjs';
import { launch, selectedEngines } from './engines.mjs';
import { WEB, test } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';
import { CORE_JS, CORE_WASM, ROOT, VERSION } from '../../scripts/release-files.mjs';

const PACKAGE = path.join(ROOT, 'build/package');
const ENTRIES = {
  index: "import 'mgi-wheel';\n",
  one: "import 'mgi-wheel/one-file';\n",
  cdn: "import { setBasePath } from 'mgi-wheel';\nsetBasePath(new URLSearchParams(location.search).get('base'));\n",
};
const page = (title, script) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
${script}</head>
<body><h1>${title}</h1><mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel></body></html>
`;

let scratch, viteApp;
const dist = {};  // app name -> its built folder

// An app folder with the packed tarball installed into it (a local tarball, no dependencies: offline).
function appWithPackage(name, tarball) {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `${name}-app`, private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: dir, stdio: 'pipe' });
  for (const [entry, source] of Object.entries(ENTRIES)) writeFileSync(path.join(dir, `${entry}.js`), source);
  return dir;
}

async function buildWithVite(dir) {
  // For the dev server, which serves public/ (the built apps get their profiles from serveApp).
  mkdirSync(path.join(dir, 'public/profiles'), { recursive: true });
  cpSync(path.join(WEB, 'profiles/azerbaijan-2023.json'), path.join(dir, 'public/profiles/azerbaijan-2023.json'));
  for (const entry of Object.keys(ENTRIES)) writeFileSync(path.join(dir, `${entry}.html`), page(`vite ${entry}`, `<script type="module" src="./${entry}.js"></script>`));
  const out = path.join(dir, 'dist');
  await viteBuild({
    root: dir, logLevel: 'warn', configFile: false,
    build: { outDir: out, emptyOutDir: true, rollupOptions: { input: Object.fromEntries(Object.keys(ENTRIES).map((e) => [e, path.join(dir, `${e}.html`)])) } },
  });
  return out;
}

async function buildWithWebpack(dir) {
  const out = path.join(dir, 'dist');
  const config = {
    mode: 'production', context: dir,
    entry: Object.fromEntries(Object.keys(ENTRIES).map((e) => [e, `./${e}.js`])),
    output: { path: out, filename: '[name].[contenthash].js', publicPath: 'auto', clean: true },
    performance: { hints: false },
  };
  const stats = await new Promise((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s))));
  assert.ok(!stats.hasErrors(), stats.toString({ all: false, errors: true }));
  const chunks = stats.toJson({ all: false, entrypoints: true }).entrypoints;
  for (const entry of Object.keys(ENTRIES)) {
    const scripts = chunks[entry].assets.map((a) => `<script src="${a.name}" defer></script>`).join('\n');
    writeFileSync(path.join(out, `${entry}.html`), page(`webpack ${entry}`, scripts));
  }
  return out;
}

before(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'mgi-wheel-consumers-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: PACKAGE, encoding: 'utf8' }));
  assert.equal(packed.filename, `mgi-wheel-${VERSION}.tgz`);
  const tarball = path.join(scratch, packed.filename);
  viteApp = appWithPackage('vite', tarball);
  dist.vite = await buildWithVite(viteApp);
  dist.webpack = await buildWithWebpack(appWithPackage('webpack', tarball));
  // A folder a page may point setBasePath at, and one whose Wasm has a byte changed.
  for (const [folder, tamper] of [['cdn', false], ['cdn-bad', true]]) {
    for (const d of Object.values(dist)) {
      mkdirSync(path.join(d, folder));
      for (const f of [CORE_JS, CORE_WASM]) cpSync(path.join(PACKAGE, f), path.join(d, folder, f));
      if (tamper) writeFileSync(path.join(d, folder, CORE_WASM), flipped(path.join(d, folder, CORE_WASM)));
    }
  }
});
after(() => { if (scratch) rmSync(scratch, { recursive: true, force: true }); });

// The file's bytes with one changed, in the middle.
function flipped(file) {
  const bytes = readFileSync(file);
  bytes[bytes.length >> 1] ^= 0x20;
  return bytes;
}

// The files of `dir` (recursively, relative) whose names end with `ext`.
const filesEnding = (dir, ext) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(ext));

// Serves an app's dist, the profiles from build/web, and, when `tampered`, every .wasm of the
// bundle with one byte changed. `requests` lists the paths asked for.
async function serveApp(root, { tampered = false } = {}) {
  const requests = [];
  const hooks = (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    requests.push(pathname);
    if (pathname.startsWith('/profiles/')) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(path.join(WEB, pathname)));
      return true;
    }
    if (tampered && pathname.endsWith('.wasm') && !pathname.startsWith('/cdn')) {
      res.writeHead(200, { 'Content-Type': 'application/wasm' }).end(flipped(path.join(root, pathname)));
      return true;
    }
    return false;
  };
  const { server, url } = await serve(root, { hooks });
  return { url, requests, close: () => new Promise((r) => server.close(r)) };
}

for (const name of selectedEngines()) {
  describe(name, () => {
    let engine;
    before(async () => { engine = await launch(name); });
    after(() => engine?.close());

    // Opens `file` of app `app`; resolves to { page, site, close } (site: serveApp's).
    async function openApp(app, file, options) {
      const site = await serveApp(dist[app], options);
      const page = await engine.newPage();
      await page.goto(site.url + file);
      return { page, site, close: async () => { await page.close(); await site.close(); } };
    }

    // openApp, once its widget is ready, drawn in the domains' colours (kept as a screenshot) and a
    // click on `domain` has selected it and redrawn.
    async function openDrawn(app, file, domain) {
      const opened = await openApp(app, file);
      assert.equal(await readyOutcome(opened.page), null);
      keep(await assertWheelsDrawn(opened.page, ['mgi-wheel']), `${name}-consumer-${app}-${file.replace(/\.html.*/, '')}`);
      await clickRedraws(opened.page, 'mgi-wheel', domain);
      return opened;
    }

    // Vite's dev server pre-bundles dependencies into its cache folder, away from their files: the
    // README says to exclude the package; without that the widget says what the server did.
    test('Vite\'s dev server: the widget starts with optimizeDeps.exclude, and says why it cannot without', async () => {
      for (const exclude of [true, false]) {
        const server = await viteDevServer({
          root: viteApp, configFile: false, logLevel: 'silent', cacheDir: path.join(viteApp, `.vite-${name}-${exclude}`),
          server: { host: '127.0.0.1', port: 0, strictPort: false }, optimizeDeps: exclude ? { exclude: ['mgi-wheel'] } : {},
        });
        await server.listen();
        const page = await engine.newPage();
        try {
          await page.goto(server.resolvedUrls.local[0] + 'index.html');
          const outcome = await readyOutcome(page, 'mgi-wheel', 30000);
          if (exclude) {
            assert.equal(outcome, null);
            await clickRedraws(page, 'mgi-wheel', 'partnerships');
          } else {
            assert.match(outcome ?? 'ready', /could not load .*\.wasm: the server answered with an HTML page, not the file/);
          }
        } finally {
          await page.close();
          await server.close();
        }
      }
    });

    for (const app of ['vite', 'webpack']) {
      describe(app, () => {
        test('import \'mgi-wheel\': drawn, a click selects, the core fetched from the bundler\'s copy', async () => {
          const { page, site, close } = await openDrawn(app, 'index.html', 'partnerships');
          // The bundler renamed the Wasm and put it with its output: that copy is what was fetched.
          const copied = filesEnding(dist[app], '.wasm').filter((f) => !f.startsWith('cdn')).map((f) => '/' + f.split(path.sep).join('/'));
          assert.equal(site.requests.filter((p) => copied.includes(p)).length, 1, `one .wasm of ${copied} fetched: ${site.requests}`);
          assert.ok(!site.requests.some((p) => p.startsWith('/cdn')), site.requests.join(' '));
          assert.deepEqual(await page.pageErrors(), []);
          assert.deepEqual(await page.consoleErrors(), []);
          await close();
        });

        test('import \'mgi-wheel/one-file\': drawn and clickable, no core file fetched', async () => {
          const { page, site, close } = await openDrawn(app, 'one.html', 'well-being');
          assert.deepEqual(site.requests.filter((p) => p.endsWith('.wasm') || p.includes('mgi-wheel-core')), [], site.requests.join(' '));
          assert.deepEqual(await page.pageErrors(), []);
          await close();
        });

        test('setBasePath: the core from the folder it names, and a changed byte there refused', async () => {
          const good = await openDrawn(app, 'cdn.html?base=/cdn/', 'mobility-crises');
          assert.deepEqual(good.site.requests.filter((p) => p.includes('mgi-wheel-core') || p.endsWith('.wasm')).sort(), [`/cdn/${CORE_JS}`, `/cdn/${CORE_WASM}`]);
          await good.close();
          const bad = await openApp(app, 'cdn.html?base=/cdn-bad/');
          assert.match(await readyOutcome(bad.page), new RegExp(`integrity check failed for .*/cdn-bad/${CORE_WASM.replace(/\./g, '\\.')}`));
          await bad.close();
        });

        test('a changed byte in the bundler\'s copy of the Wasm: ready rejects, naming the file', async () => {
          const { page, close } = await openApp(app, 'index.html', { tampered: true });
          const outcome = await readyOutcome(page);
          assert.match(outcome ?? 'ready', /integrity check failed for .*\.wasm/);
          const panel = await page.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').textContent);
          assert.match(panel, /integrity check failed/);
          await close();
        });
      });
    }
  });
}
