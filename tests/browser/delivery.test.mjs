// Delivery (issue 4): the split build finds its Wasm next to the script wherever that is served
// from (a sub-folder, another origin's CDN path), and the one-file build (mgi-wheel.one.js) needs
// nothing but itself and the profile, under a strict CSP too. In every engine (engines.mjs:
// Chromium, Firefox, WebKit); what a page fetched is what the servers were asked for.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { engineSuite } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { WEB, segmentPoint, test, testRoutes, waitReady } from './harness.mjs';
import { visitUnderStrictCsp } from './page-kit.mjs';
import { serve } from '../../scripts/serve.mjs';
import { CORE_JS, CORE_WASM, ROOT, VERSION } from '../../scripts/release-files.mjs';

// Serves build/web under `prefix` only, as a CDN or a CMS's asset folder would; other paths 404.
function underPrefix(prefix) {
  return (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end(); return true; }
    req.url = url.pathname.slice(prefix.length - 1) + url.search;
    return false;
  };
}

// `pin`: the script tag's integrity and crossorigin, as build/web/embed.json gives them.
const hostPage = (scriptSrc, pin = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>host</title><script src="${scriptSrc}"${pin} defer></script></head>
<body><mgi-wheel id="w" profile="/profiles/balti-2023.json"></mgi-wheel></body></html>`;

let cdn, npmCdn, embed;
const NPM_PATH = `/npm/mgi-wheel@${VERSION}/`;
const subFolder = '/assets/widgets/mgi/';
// What the CDNs were asked for, as URLs.
const cdnRequests = [];
const recording = (base, hooks) => (req, res) => { cdnRequests.push(new URL(req.url, base()).href); return hooks(req, res); };
before(async () => {
  // An npm CDN: the package folder (build/package) as it is, under the package's versioned path.
  npmCdn = await serve(path.join(ROOT, 'build/package'), { hooks: recording(() => npmCdn.url, underPrefix(NPM_PATH)), headers: { 'Access-Control-Allow-Origin': '*' } });
  embed = JSON.parse(readFileSync(path.join(WEB, 'embed.json'), 'utf8')).script;
  // The CDN: another origin (port), build/web under a versioned path, with the CORS header a CDN sends.
  cdn = await serve(WEB, { hooks: recording(() => cdn.url, underPrefix('/cdn/mgi/1.0/')), headers: { 'Access-Control-Allow-Origin': '*' } });
});
after(async () => {
  await new Promise((r) => (cdn ? cdn.server.close(r) : r()));
  await new Promise((r) => (npmCdn ? npmCdn.server.close(r) : r()));
});

// The page's own site: the host pages, and build/web under a sub-folder.
const site = async (req, res) => {
  const pathname = new URL(req.url, 'http://localhost').pathname;
  if (pathname.startsWith(subFolder)) return underPrefix(subFolder)(req, res);
  const pinned = ` integrity="${embed.integrity}" crossorigin="${embed.crossorigin}"`;
  return testRoutes({
    '/host/cdn.html': (q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage(`${cdn.url}cdn/mgi/1.0/mgi-wheel.js`)),
    '/host/sub-folder.html': (q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage(subFolder + 'mgi-wheel.js')),
    // The script served from the site's root, as a CMS that aggregates scripts would, and the
    // core left on the CDN, named by the script's data-mgi-base.
    '/host/declared-base.html': (q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage('/mgi-wheel.js', ` data-mgi-base="${cdn.url}cdn/mgi/1.0"`)),
    '/host/npm.html': (q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage(`${npmCdn.url}${NPM_PATH.slice(1)}${embed.src}`, pinned)),
  })(req, res);
};

// Opens `url` and returns the URLs the page requested from its site and the CDNs.
async function openRecording(browser, page, url) {
  browser.requests.length = 0;
  cdnRequests.length = 0;
  await page.goto(url);
  return () => [...browser.requests.map((u) => new URL(u, browser.url).href), ...cdnRequests];
}

// Not a browser's matter: once, whatever the engines.
test('the one-file build carries no eval or new Function', () => {
  const source = readFileSync(path.join(WEB, 'mgi-wheel.one.js'), 'utf8');
  assert.match(source, /createMgiWheelCore\.selfContained = true;/);
  assert.match(source, /data:application\/octet-stream;base64,/, 'the Wasm is inlined');
  assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
});

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, site);
    const h = browser;

    for (const [where, pagePath, folder] of [
      ['a sub-folder of the page\'s site', 'host/sub-folder.html', () => new URL('/assets/widgets/mgi/', h.url).href],
      ['another origin\'s CDN path', 'host/cdn.html', () => `${cdn.url}cdn/mgi/1.0/`],
      ['the folder the script\'s data-mgi-base names (a CDN; the script on the page\'s site)', 'host/declared-base.html', () => `${cdn.url}cdn/mgi/1.0/`],
      ['the npm package folder on an npm CDN, the script tag pinned with the loader\'s integrity (embed.json)', 'host/npm.html', () => `${npmCdn.url}${NPM_PATH.slice(1)}`],
    ]) {
      test(`split build served from ${where}: the core and Wasm are fetched from that folder, by their versioned names, and pass their integrity checks`, async () => {
        const page = await h.newPage();
        const recorded = await openRecording(browser, page, h.url + pagePath);
        const state = await waitReady(page, '#w');
        const requests = recorded();
        assert.equal(state.profile, 'balti-2023');
        const wasm = requests.filter((u) => u.endsWith('.wasm'));
        assert.deepEqual(wasm, [folder() + CORE_WASM]);
        assert.ok(requests.includes(folder() + CORE_JS), requests.join('\n'));
        assert.ok(requests.includes(new URL('/profiles/balti-2023.json', h.url).href), 'the profile is relative to the page');
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      });
    }

    test('one-file build: ready, clickable, and nothing fetched but the page, the script and the profile', async () => {
      const page = await h.newPage();
      const recorded = await openRecording(browser, page, h.url + 'fixtures/one-file.html');
      const state = await waitReady(page, '#one');
      assert.equal(state.profile, 'azerbaijan-2023');
      const p = await segmentPoint(page, 'partnerships', { selector: '#one' });
      await page.click(p.x, p.y);
      assert.equal((await page.evaluate(() => document.querySelector('#one').state())).domain, 'partnerships');
      const requests = recorded();
      const http = requests.filter((u) => u.startsWith('http'));
      assert.deepEqual(http.filter((u) => /\.wasm$|mgi-wheel-core/.test(u)), []);
      assert.deepEqual(http.map((u) => new URL(u).pathname).sort(),
        ['/fixtures/one-file.html', '/mgi-wheel.one.js', '/profiles/azerbaijan-2023.json']);
      assert.deepEqual(await page.pageErrors(), []);
      await page.close();
    });

    test('one-file build under a strict CSP (script-src \'self\' \'wasm-unsafe-eval\'): no violation', async () => {
      const state = await visitUnderStrictCsp(browser.engine, 'fixtures/one-file.html', '#one', 'well-being');
      assert.equal(state.profile, 'azerbaijan-2023');
    });
  });
}
