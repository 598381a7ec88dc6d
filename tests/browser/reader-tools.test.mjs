// Beyond the portal: deep links to a domain and to a finding (reopened in a fresh page), copy
// citation, PNG / CSV / Markdown downloads, and search across the loaded profile and the catalogue.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { colouredPixels, mount, pngRegions, readProfile, screenshot, start, test, testRoutes,
  waitReady } from './harness.mjs';

const azerbaijan = readProfile('azerbaijan-2023.json');
const balti = readProfile('balti-2023.json');

// A host page of our own with two widgets, one opting in to deep links.
const HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>deep links</title><script src="/mgi-wheel.js"></script></head><body><main><h1>Deep links</h1>
<mgi-wheel id="linked" deeplink profile="/profiles/azerbaijan-2023.json" style="width:1000px"></mgi-wheel>
<mgi-wheel id="plain" profile="/profiles/balti-2023.json" style="width:1000px"></mgi-wheel></main></body></html>`;
let profileFetches = [];

let h;
before(async () => {
  h = await start({ hooks: testRoutes({
    '/host.html': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HOST),
  }) });
});
after(async () => { await h?.close(); });

async function newPage() {
  const page = await h.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  profileFetches = [];
  page.on('request', (r) => { if (/\.json($|\?)/.test(r.url())) profileFetches.push(new URL(r.url()).pathname); });
  return page;
}
const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const highlighted = (page, sel) => page.evaluate((sel) => {
  const li = document.querySelector(sel).shadowRoot.querySelector('li.highlight');
  if (!li) return null;
  const r = li.getBoundingClientRect();
  return { text: li.querySelector('.finding').textContent, visible: r.top >= 0 && r.bottom <= innerHeight, focused: li.getRootNode().activeElement === li };
}, sel);

test('deep links: the selection is in the fragment, restored on load, only for elements that opt in', async () => {
  const page = await newPage();
  await page.goto(h.url + 'host.html');
  await waitReady(page, '#linked');
  await waitReady(page, '#plain');
  await page.evaluate(() => document.getElementById('linked').select('well-being'));
  assert.equal(new URL(page.url()).hash, '#mgi-linked=well-being');
  await page.evaluate(() => document.getElementById('plain').select('partnerships'));
  assert.equal(new URL(page.url()).hash, '#mgi-linked=well-being', 'an element without deeplink leaves the URL alone');
  await page.evaluate(() => document.getElementById('linked').select(null));
  assert.equal(new URL(page.url()).hash, '');

  // A fresh page opened on the link.
  const fresh = await newPage();
  await fresh.goto(h.url + 'host.html#mgi-linked=mobility-crises');
  assert.equal((await waitReady(fresh, '#linked')).domain, 'mobility-crises');
  assert.equal((await waitReady(fresh, '#plain')).domain, null);
  // Changing the fragment later selects too; a fragment for another element is ignored.
  await fresh.evaluate(() => { location.hash = '#mgi-linked=partnerships'; });
  await fresh.waitForFunction(() => document.getElementById('linked').state().domain === 'partnerships');
  await fresh.evaluate(() => { location.hash = '#mgi-plain=well-being'; });
  await fresh.waitForTimeout(200);
  assert.equal(await fresh.evaluate(() => document.getElementById('plain').state().domain), null);

  // Hostile fragments: nothing is selected, nothing is fetched.
  for (const hash of ['#mgi-linked=../../profiles/balti-2023.json', '#mgi-linked=javascript:alert(1)',
    '#mgi-linked=https://evil.example/x.json', '#mgi-linked=well-being/%2e%2e', '#mgi-linked=WELL-BEING',
    `#mgi-linked=well-being/${'a'.repeat(200)}`]) {
    const p = await newPage();
    await p.goto(h.url + 'host.html' + hash);
    assert.equal((await waitReady(p, '#linked')).domain, null, hash);
    assert.deepEqual(profileFetches.sort(), ['/profiles/azerbaijan-2023.json', '/profiles/balti-2023.json'], hash);
    assert.deepEqual(p.pageErrors, []);
    await p.close();
  }
  await fresh.close();
  await page.close();
});

test('a link to one finding: copied, reopened in a fresh page scrolled to it and highlighted', async () => {
  const page = await newPage();
  await page.goto(h.url + 'host.html');
  await waitReady(page, '#linked');
  await page.evaluate(() => document.getElementById('linked').select('well-being'));
  const items = page.locator('#linked >> li[data-key]');
  const last = (await items.count()) - 1;
  const target = await items.nth(last).evaluate((li) => ({ key: li.dataset.key, text: li.querySelector('.finding').textContent }));
  await items.nth(last).locator('button.copy-link').click();
  const link = await clipboard(page);
  assert.equal(link, `${h.url}host.html#mgi-linked=well-being/${target.key}`);
  assert.match(target.key, /^[0-9a-z]{8}(-\d+)?$/);
  // The plain widget (no deeplink) has no link controls, but does cite.
  await page.evaluate(() => document.getElementById('plain').select('well-being'));
  assert.equal(await page.locator('#plain >> button.copy-link').count(), 0);
  assert.ok(await page.locator('#plain >> button.cite').count() > 0);
  // An id off the link grammar (the core's) makes no links, even with deeplink.
  await page.evaluate(() => {
    const w = Object.assign(document.createElement('mgi-wheel'), { id: 'off=grammar' });
    w.setAttribute('deeplink', '');
    w.setAttribute('profile', '/profiles/balti-2023.json');
    w.setAttribute('domain', 'well-being');
    document.querySelector('main').append(w);
    return w.ready;
  });
  await page.waitForFunction(() => document.getElementById('off=grammar').shadowRoot.querySelectorAll('button.cite').length > 0);
  assert.equal(await page.locator('[id="off=grammar"] >> button.copy-link').count(), 0);

  const fresh = await newPage();
  await fresh.setViewportSize({ width: 1100, height: 500 });
  await fresh.goto(link);
  assert.equal((await waitReady(fresh, '#linked')).domain, 'well-being');
  await fresh.waitForFunction(() => document.getElementById('linked').shadowRoot.querySelector('li.highlight'));
  const seen = await highlighted(fresh, '#linked');
  assert.equal(seen.text, target.text);
  assert.ok(seen.visible, 'scrolled into view');
  await screenshot(fresh, 'finding-link-highlighted');

  // Reordering the other findings keeps the link; an edited finding degrades to its domain.
  const reordered = structuredClone(azerbaijan);
  const wb = reordered.domains.find((d) => d.id === 'well-being');
  wb.well_developed.reverse();
  wb.further_development.reverse();
  const edited = structuredClone(azerbaijan);
  const wbEdited = edited.domains.find((d) => d.id === 'well-being');
  for (const list of [wbEdited.well_developed, wbEdited.further_development]) {
    const i = list.indexOf(target.text);
    if (i >= 0) list[i] = `${target.text} (revised)`;
  }
  for (const [variant, expect] of [[reordered, target.text], [edited, null]]) {
    const p = await newPage();
    await p.route('**/profiles/azerbaijan-2023.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(variant) }));
    await p.goto(link);
    assert.equal((await waitReady(p, '#linked')).domain, 'well-being');
    await p.waitForTimeout(200);
    const hl = await highlighted(p, '#linked');
    assert.equal(hl ? hl.text : null, expect);
    await p.close();
  }
  await fresh.close();
  await page.close();
});

test('citations: of the profile and of one finding, in the widget\'s language', async () => {
  const page = await newPage();
  await page.goto(h.url + 'host.html');
  await waitReady(page, '#linked');
  const today = await page.evaluate(() => { const d = new Date(); return [d.getDate(), d.getMonth() + 1, d.getFullYear()]; });
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  await page.locator('#linked >> button.cite-profile').click();
  const whole = await clipboard(page);
  assert.equal(whole, `International Organization for Migration (IOM). (October 2023). ${azerbaijan.title}. ` +
    `${h.url}host.html (accessed ${today[0]} ${months[today[1] - 1]} ${today[2]}).`);
  await page.evaluate(() => document.getElementById('linked').select('partnerships'));
  const first = page.locator('#linked >> li[data-key]').first();
  const key = await first.getAttribute('data-key');
  await first.locator('button.cite').click();
  const one = await clipboard(page);
  assert.ok(one.startsWith('International Organization for Migration (IOM). (October 2023). '), one);
  assert.ok(one.includes('“Partnerships” domain'), one);
  assert.ok(one.includes(azerbaijan.domains[2].well_developed[0].replace(/\.$/, '')), one);
  assert.ok(one.includes(`#mgi-linked=partnerships/${key}`), one);
  await page.evaluate(() => document.getElementById('linked').setAttribute('lang', 'fr'));
  await page.locator('#linked >> button.cite-profile').click();
  assert.match(await clipboard(page), /^Organisation internationale pour les migrations \(OIM\)\. \(octobre 2023\)\..*\(consulté le /);
  const live = await page.evaluate(() => document.getElementById('linked').shadowRoot.querySelector('[aria-live="polite"]').textContent);
  assert.equal(live, 'Citation copiée.');
  await page.close();
});

test('downloads: CSV and Markdown of the current view, a PNG at 2x with name and legend, both profiles in one CSV', async () => {
  const page = await newPage();
  await mount(page, h.url, '<mgi-wheel id="w" profile="/profiles/balti-2023.json" domain="partnerships"></mgi-wheel>');
  await waitReady(page, '#w');
  const grab = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#w >> button.${button}`).click()]);
    return { name: download.suggestedFilename(), body: readFileSync(await download.path()) };
  };
  const csv = await grab('download-csv');
  assert.equal(csv.name, 'balti-2023-partnerships.csv');
  const rows = csv.body.toString('utf8').trimEnd().split('\r\n');
  const d = balti.domains[2];
  assert.equal(rows.length, 1 + d.well_developed.length + d.further_development.length);
  assert.equal(rows[0], 'profile,jurisdiction,level,published,domain,domain_name,list,position,key,finding');
  assert.ok(rows[1].startsWith('balti-2023,Municipality of Balti,local,2023-08,partnerships,Partnerships,well_developed,1,'));
  assert.ok(rows.slice(1).every((r, i) => r.endsWith(i < d.well_developed.length ? csvField(d.well_developed[i])
    : csvField(d.further_development[i - d.well_developed.length]))));

  const md = await grab('download-md');
  assert.equal(md.name, 'balti-2023-partnerships.md');
  const text = md.body.toString('utf8');
  assert.ok(text.startsWith(`# ${balti.title}\n`));
  for (const f of [...d.well_developed, ...d.further_development]) assert.ok(text.includes(`\n- ${f}\n`), f);

  const png = await grab('download-png');
  assert.equal(png.name, 'balti-2023-partnerships-wheel.png');
  assert.deepEqual([...png.body.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
  const { width, height } = { width: png.body.readUInt32BE(16), height: png.body.readUInt32BE(20) };
  const css = await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('canvas').clientWidth);
  assert.ok(width >= css * 2, `PNG ${width}px wide for a ${css}px wheel`);
  assert.ok(height > width, 'room for the name above and the legend below');
  // Look at it: draw it into the page and check the name's row and the legend have ink.
  const dark = (data) => { let n = 0; for (let i = 0; i < data.length; i += 4) if (data[i] < 100) n++; return n; };
  const [title, legend] = await pngRegions(page, png.body, [{ x: 0, y: 0, w: width, h: 100 }, { x: 0, y: height - 150, w: width, h: 150 }]);
  // And the wheel between them has its colours (drawn by the GPU, the page's surface is read in
  // the task that drew it; a cleared buffer would leave it blank).
  const [wheel] = await pngRegions(page, png.body, [{ x: 0, y: 100, w: width, h: height - 250 }]);
  const ink = { title: dark(title), legend: dark(legend), wheel: colouredPixels(wheel, 60) / (width * width) };
  assert.ok(ink.title > 200 && ink.legend > 200 && ink.wheel > 0.2, JSON.stringify(ink));
  await page.evaluate((b64) => { const i = new Image(); i.src = `data:image/png;base64,${b64}`; i.style.width = '600px'; document.body.replaceChildren(i); }, png.body.toString('base64'));
  await screenshot(page, 'exported-png');

  // Comparing: both profiles side by side in one CSV.
  await mount(page, h.url, '<mgi-wheel id="w" profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json" domain="well-being"></mgi-wheel>');
  await waitReady(page, '#w');
  const both = await grab('download-csv');
  assert.equal(both.name, 'balti-2023_azerbaijan-2023-well-being.csv');
  const lines = both.body.toString('utf8').trimEnd().split('\r\n').slice(1);
  const count = (p) => p.domains[3].well_developed.length + p.domains[3].further_development.length;
  assert.equal(lines.filter((l) => l.startsWith('balti-2023,')).length, count(balti));
  assert.equal(lines.filter((l) => l.startsWith('azerbaijan-2023,')).length, count(azerbaijan));
  await page.close();
});

function csvField(v) { return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v; }

test('search: accents and case folded, matches marked, results open the finding, across the catalogue', async () => {
  const page = await newPage();
  await mount(page, h.url, '<mgi-wheel id="w" search profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
  await waitReady(page, '#w');
  const input = page.locator('#w >> #mgi-search');
  const results = () => page.evaluate(() => ({
    summary: document.getElementById('w').shadowRoot.querySelector('.search .summary').textContent,
    hits: [...document.getElementById('w').shadowRoot.querySelectorAll('.search button.hit')].map((b) => ({
      profile: b.dataset.profile, domain: b.dataset.domain, key: b.dataset.key,
      marks: [...b.querySelectorAll('.text mark')].map((m) => m.textContent), text: b.querySelector('.text').textContent })),
  }));
  // The profiles' findings carry no accents; the query does, and is folded the same way ("balti"
  // finding "Bălți" is covered by the unit tests of text_fold).
  await input.fill('LÁBOUR');
  let r = await results();
  const expected = azerbaijan.domains.flatMap((d) => [...d.well_developed, ...d.further_development]).filter((f) => /labour/i.test(f));
  assert.ok(expected.length > 0);
  assert.deepEqual(r.hits.map((x) => x.text), expected);
  for (const hit of r.hits) assert.ok(hit.marks.every((m) => /^labour$/i.test(m)) && hit.marks.length > 0, hit.marks.join('|'));
  assert.match(r.summary, /match/);
  await screenshot(page, 'search-results');
  // Choosing a result opens its domain with the finding highlighted.
  const hit = r.hits[r.hits.length - 1];
  await page.locator(`#w >> .search button.hit >> nth=${r.hits.length - 1}`).click();
  await page.waitForFunction((d) => document.getElementById('w').state().domain === d, hit.domain);
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('li.highlight'));
  assert.equal((await highlighted(page, '#w')).text, hit.text);
  await input.fill('zzzzqq');
  r = await results();
  assert.equal(r.hits.length, 0);
  assert.equal(r.summary, 'No finding matches.');

  // With a picker: the whole catalogue. "balti" finds the local profile; choosing one of its findings opens it.
  await mount(page, h.url, '<mgi-wheel id="w" search picker profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
  await waitReady(page, '#w');
  await page.locator('#w >> #mgi-search').fill('balti diaspora');
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelectorAll('.search button.hit').length > 0);
  r = await results();
  assert.ok(r.hits.every((x) => x.profile === 'balti-2023'));
  const want = balti.domains.flatMap((d) => [...d.well_developed, ...d.further_development]).filter((f) => /diaspora/i.test(f));
  assert.deepEqual(r.hits.map((x) => x.text), want);
  await page.locator('#w >> .search button.hit >> nth=0').click();
  await page.waitForFunction(() => document.getElementById('w').state().profile === 'balti-2023');
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('li.highlight'));
  assert.equal((await highlighted(page, '#w')).text, want[0]);
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});
