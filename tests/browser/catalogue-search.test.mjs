// The catalogue-wide search from the search index (issue 19): over 1,000 generated profiles, the
// widget fetches the catalogue and one search index, never a profile until a result is opened;
// its results are those of the native search over the same profile files; opening a result loads
// that profile and highlights the finding. A missing or broken index: a clear message, and the
// profiles shown are still searched. In every engine (engines.mjs: Chromium, Firefox, WebKit); what
// the page fetched is what the server sent. Screenshots go to build/screenshots/<engine>-*.png.
import { before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { engineSuite } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { ROOT, mount, test, testRoutes, waitReady } from './harness.mjs';
import { clickIn, shoot, warnings } from './page-kit.mjs';
import { catalogueHook, generatedCatalogue, searchInPage } from '../../bench/catalogue-search.mjs';

const SEARCH_PROFILES = path.join(ROOT, 'build/native/search-profiles');
const LIMIT = 50;  // web/search.js's MAX_HITS
const QUERIES = ['health insurance', 'MIGRANTS', 'bălți', 'regime', 'zzzqqqx'];

let catalogue;
// Every answer under the catalogue's prefix, as the server sent it: [{ path, bytes }] (body bytes
// as transferred, compressed or not). A test empties it.
const seen = [];
before(() => { catalogue = generatedCatalogue(1000); }, { timeout: 600000 });  // generating the catalogue and compressing its index: once, about a minute
const shipped = testRoutes({
  '/broken/index.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({
    format: 'mgi-catalogue/1', search_index: 'search-index.json',
    profiles: [{ id: 'balti-2023', name: 'Municipality of Balti', file: '/profiles/balti-2023.json' }] })),
  '/broken/search-index.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' })
    .end('{"format":"mgi-search-index/1","profiles":[{"id":"balti-2023","name":"Balti","domains":{"health":{}}}]}'),
  '/missing/index.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({
    format: 'mgi-catalogue/1', search_index: 'search-index.json',
    profiles: [{ id: 'balti-2023', name: 'Municipality of Balti', file: '/profiles/balti-2023.json' }] })),
});
let generated = null;
async function routes(req, res) {
  generated ??= catalogueHook(catalogue);
  const { pathname } = new URL(req.url, 'http://localhost');
  if (pathname.startsWith(catalogue.prefix)) {
    const entry = { path: pathname.slice(catalogue.prefix.length), bytes: 0 };
    seen.push(entry);
    const count = (chunk) => { if (chunk && typeof chunk !== 'function') entry.bytes += Buffer.byteLength(chunk); };
    const { write, end } = res;
    res.write = function (chunk, ...rest) { count(chunk); return write.call(this, chunk, ...rest); };
    res.end = function (chunk, ...rest) { count(chunk); return end.call(this, chunk, ...rest); };
  }
  return (await generated(req, res)) || shipped(req, res);
}

// The native search over the profile files one by one: { query -> { total, hits } }.
function nativeResults(queries) {
  const run = spawnSync(SEARCH_PROFILES, [catalogue.dir, String(LIMIT), ...queries], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(run.status, 0, run.stderr);
  return Object.fromEntries(run.stdout.trim().split('\n').map((line) => JSON.parse(line)).map((r) => [r.query, r]));
}

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes);

    test('search over 1,000 generated profiles from the index: native results, one index fetched, no profile until opened', async (t) => {
      const page = await browser.newPage();
      seen.length = 0;
      // The catalogue's first profile is shown, so the widget's order (the shown profile first, then
      // the catalogue's) is the catalogue's order, as the native search gives it.
      const firstInCatalogue = JSON.parse(readFileSync(path.join(catalogue.dir, 'index.json'), 'utf8')).profiles[0].file;
      await mount(page, browser.url, `<mgi-wheel id="w" picker search profile="${catalogue.prefix}${firstInCatalogue}"></mgi-wheel>`);
      await waitReady(page, '#w');
      const expected = nativeResults(QUERIES);
      for (const query of QUERIES) {
        const got = await searchInPage(page, '#w', query);
        const want = expected[query];
        t.diagnostic(`"${query}": ${want.total} findings, first results after ${got.ms.toFixed(0)} ms`);
        assert.deepEqual(got.hits, want.hits, `the results for "${query}"`);
        assert.match(got.summary, want.total === 0 ? /No finding matches/ : new RegExp(`\\b${want.total}\\b`), `the summary for "${query}"`);
      }
      assert.ok(expected['health insurance'].total > LIMIT, 'a query with more results than are shown');
      const paths = seen.map((s) => s.path).sort();
      assert.deepEqual(paths, [firstInCatalogue, 'index.json', 'search-index.json'].sort(), 'nothing but the shown profile, the catalogue and the index');
      const index = seen.find((s) => s.path === 'search-index.json');
      t.diagnostic(`transferred: ${seen.map((s) => `${s.path} ${s.bytes} B`).join(', ')}`);
      assert.ok(index.bytes > 0);

      // Opening a result of another profile fetches that profile, and only it, and highlights the finding.
      const hits = await searchInPage(page, '#w', 'health insurance');
      await shoot(page, `${name}-catalogue-search-1000`);
      const target = hits.hits.findIndex((x) => !x.startsWith(firstInCatalogue.replace(/\.json$/, '') + '/'));
      const [profile, domain] = hits.hits[target].split('/');
      const text = await page.evaluate((n) => document.getElementById('w').shadowRoot.querySelectorAll('.search button.hit .text')[n].textContent, target);
      await clickIn(page, '#w', '.search button.hit', target);
      await page.waitForFunction((id) => document.getElementById('w').state().profile === id, profile);
      await page.waitForFunction(() => !!document.getElementById('w').shadowRoot.querySelector('li.highlight'));
      assert.equal(await page.evaluate(() => document.getElementById('w').state().domain), domain);
      assert.equal(await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('li.highlight .finding').textContent), text);
      await shoot(page, `${name}-catalogue-search-opened`);
      assert.deepEqual(seen.map((s) => s.path).filter((p) => p.startsWith('generated-')).sort(), [firstInCatalogue, `${profile}.json`].sort());
      assert.deepEqual(await page.pageErrors(), []);
      await page.close();
    });

    for (const [index, expectation] of [['broken', /profiles\[0\]\.domains\.health: unknown domain id/], ['missing', /HTTP 404/]]) {
      test(`a ${index} search index: a clear message; the profile shown is still searched`, async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, `<mgi-wheel id="w" search picker="/${index}/index.json" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>`);
        await waitReady(page, '#w');
        const got = await searchInPage(page, '#w', 'migrants');
        assert.ok(got.hits.length > 0);
        assert.ok(got.hits.every((x) => x.startsWith('azerbaijan-2023/')));
        assert.match(got.summary, /Only the profiles shown are searched/);
        const warned = (await warnings(page)).join('\n');
        assert.match(warned, expectation);
        assert.match(warned, new RegExp(`/${index}/search-index\\.json`));
        await page.close();
      });
    }
  });
}
