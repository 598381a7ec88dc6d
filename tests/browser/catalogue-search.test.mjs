// The catalogue-wide search from the search index (issue 19): over 1,000 generated profiles, the
// widget fetches the catalogue and one search index, never a profile until a result is opened;
// its results are those of the native search over the same profile files; opening a result loads
// that profile and highlights the finding. A missing or broken index: a clear message, and the
// profiles shown are still searched.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, mount, screenshot, start, test, testRoutes, waitReady } from './harness.mjs';
import { catalogueHook, generatedCatalogue, searchInPage, watchRequests } from '../../bench/catalogue-search.mjs';

const SEARCH_PROFILES = path.join(ROOT, 'build/native/search-profiles');
const LIMIT = 50;  // web/search.js's MAX_HITS
const QUERIES = ['health insurance', 'MIGRANTS', 'bălți', 'regime', 'zzzqqqx'];

let h, catalogue;
before(async () => {
  catalogue = generatedCatalogue(1000);
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
  const generated = catalogueHook(catalogue);
  h = await start({ hooks: async (req, res) => (await generated(req, res)) || shipped(req, res) });
}, { timeout: 600000 });  // generating the catalogue and compressing its index: once, about a minute
after(() => h && h.close());

// The native search over the profile files one by one: { query -> { total, hits } }.
function nativeResults(queries) {
  const run = spawnSync(SEARCH_PROFILES, [catalogue.dir, String(LIMIT), ...queries], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(run.status, 0, run.stderr);
  return Object.fromEntries(run.stdout.trim().split('\n').map((line) => JSON.parse(line)).map((r) => [r.query, r]));
}

test('search over 1,000 generated profiles from the index: native results, one index fetched, no profile until opened', async (t) => {
  const page = await h.newPage();
  const seen = watchRequests(page, catalogue.prefix);
  // The catalogue's first profile is shown, so the widget's order (the shown profile first, then
  // the catalogue's) is the catalogue's order, as the native search gives it.
  const firstInCatalogue = JSON.parse(readFileSync(path.join(catalogue.dir, 'index.json'), 'utf8')).profiles[0].file;
  await mount(page, h.url, `<mgi-wheel id="w" picker search profile="${catalogue.prefix}${firstInCatalogue}"></mgi-wheel>`);
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
  await new Promise((r) => setTimeout(r, 300));  // response sizes come after the responses
  const paths = seen.map((s) => s.path).sort();
  assert.deepEqual(paths, [firstInCatalogue, 'index.json', 'search-index.json'].sort(), 'nothing but the shown profile, the catalogue and the index');
  const index = seen.find((s) => s.path === 'search-index.json');
  t.diagnostic(`transferred: ${seen.map((s) => `${s.path} ${s.bytes} B`).join(', ')}`);
  assert.ok(index.bytes > 0);

  // Opening a result of another profile fetches that profile, and only it, and highlights the finding.
  const hits = await searchInPage(page, '#w', 'health insurance');
  await screenshot(page, 'catalogue-search-1000');
  const target = hits.hits.findIndex((x) => !x.startsWith(firstInCatalogue.replace(/\.json$/, '') + '/'));
  const [profile, domain] = hits.hits[target].split('/');
  const text = await page.evaluate((n) => document.getElementById('w').shadowRoot.querySelectorAll('.search button.hit .text')[n].textContent, target);
  await page.locator(`#w >> .search button.hit >> nth=${target}`).click();
  await page.waitForFunction((id) => document.getElementById('w').state().profile === id, profile);
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('li.highlight'));
  assert.equal(await page.evaluate(() => document.getElementById('w').state().domain), domain);
  assert.equal(await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('li.highlight .finding').textContent), text);
  await screenshot(page, 'catalogue-search-opened');
  assert.deepEqual(seen.map((s) => s.path).filter((p) => p.startsWith('generated-')).sort(), [firstInCatalogue, `${profile}.json`].sort());
  assert.deepEqual(page.pageErrors, []);
  await page.context().close();
});

for (const [name, expectation] of [['broken', /profiles\[0\]\.domains\.health: unknown domain id/], ['missing', /HTTP 404/]]) {
  test(`a ${name} search index: a clear message; the profile shown is still searched`, async () => {
    const page = await h.newPage();
    await mount(page, h.url, `<mgi-wheel id="w" search picker="/${name}/index.json" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>`);
    await waitReady(page, '#w');
    const got = await searchInPage(page, '#w', 'migrants');
    assert.ok(got.hits.length > 0);
    assert.ok(got.hits.every((x) => x.startsWith('azerbaijan-2023/')));
    assert.match(got.summary, /Only the profiles shown are searched/);
    const warnings = page.consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text).join('\n');
    assert.match(warnings, expectation);
    assert.match(warnings, new RegExp(`/${name}/search-index\\.json`));
    await page.context().close();
  });
}
