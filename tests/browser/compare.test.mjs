// Comparing two jurisdictions: both wheels select together, the panel sets the two profiles'
// findings in aligned columns with their counts, the overview chart (on the canvas) and its table,
// the picker (filter, keyboard, swap, close), mixed levels, one failing profile, narrow layout.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { DOMAIN_IDS, mount, pngRegions, readProfile, screenshot, segmentPoint, start, test,
  testRoutes, waitReady } from './harness.mjs';

const balti = readProfile('balti-2023.json');
const azerbaijan = readProfile('azerbaijan-2023.json');

// A catalogue of five, three of them made from the seeds under other names, to filter.
const variant = (base, id, name, level, country) => ({ ...base, id, jurisdiction: { name, level, country } });
const extra = {
  '/cat/chisinau-2023.json': variant(balti, 'chisinau-2023', 'Municipality of Chișinău', 'local', 'Republic of Moldova'),
  '/cat/moldova-2024.json': variant(azerbaijan, 'moldova-2024', 'Republic of Moldova', 'national', null),
  '/cat/turin-2022.json': variant(balti, 'turin-2022', 'Città di Torino', 'local', 'Italy'),
};
const catalogue = {
  format: 'mgi-catalogue/1',
  profiles: [
    { id: 'azerbaijan-2023', name: 'Republic of Azerbaijan', level: 'national', country: null, published: '2023-10', file: '../profiles/azerbaijan-2023.json' },
    { id: 'balti-2023', name: 'Municipality of Balti', level: 'local', country: 'Republic of Moldova', published: '2023-08', file: '../profiles/balti-2023.json' },
    ...Object.entries(extra).map(([path, p]) => ({ id: p.id, name: p.jurisdiction.name, level: p.jurisdiction.level,
      country: p.jurisdiction.country, published: p.published, file: path.split('/').pop() })),
  ],
};
const json = (body) => (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

let h;
before(async () => {
  h = await start({ hooks: testRoutes({ '/cat/index.json': json(catalogue),
    ...Object.fromEntries(Object.entries(extra).map(([path, p]) => [path, json(p)])) }) });
});
after(async () => { await h?.close(); });

const BOTH = '<mgi-wheel id="c" profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json"></mgi-wheel>';

async function settle(page) { await page.waitForTimeout(700); }  // the turn takes 420 ms

// What the panel shows per side: name, and per list its heading count and items.
async function columns(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('#c').shadowRoot.querySelector('[part="panel"]');
    return [0, 1].map((side) => ({
      name: panel.querySelector(`.side-head[data-side="${side}"] .name`)?.textContent,
      lists: [...panel.querySelectorAll(`div[data-side="${side}"][data-list]`)].map((box) => ({
        id: box.dataset.list,
        count: box.querySelector('.count').textContent,
        items: [...box.querySelectorAll('li .finding')].map((s) => s.textContent),
        rect: box.getBoundingClientRect().toJSON(),
      })),
      description: panel.querySelector(`.description.side-${side}`)?.textContent ?? null,
      error: panel.querySelector(`.error[data-side="${side}"]`)?.textContent ?? null,
    }));
  });
}

test('both wheels are drawn and named; selecting on either selects both, turning together', async () => {
  const page = await h.newPage({ viewport: { width: 1100, height: 1300 } });
  await mount(page, h.url, BOTH);
  const state = await waitReady(page, '#c');
  assert.deepEqual(state, { domain: null, profile: 'balti-2023', compare: 'azerbaijan-2023', lang: 'en' });
  const layout = await page.evaluate(() => document.querySelector('#c').layout());
  assert.deepEqual(layout.wheels.map((w) => w.profile), ['balti-2023', 'azerbaijan-2023']);
  assert.ok(layout.wheels[1].cx - layout.wheels[0].cx > layout.wheels[0].r_outer * 2, 'side by side, apart');
  await screenshot(page, 'compare-overview');

  const events = [];
  await page.exposeFunction('__sel', (d) => events.push(d));
  await page.evaluate(() => document.querySelector('#c').addEventListener('mgi-select', (e) => window.__sel(e.detail)));
  for (const [wheel, id] of [[0, 'partnerships'], [1, 'well-being'], [1, 'migrants-rights'], [0, 'safe-orderly-migration']]) {
    const p = await segmentPoint(page, id, { selector: '#c', wheel });
    await page.mouse.click(p.x, p.y);
    await settle(page);
    const s = await page.evaluate(() => document.querySelector('#c').state());
    assert.equal(s.domain, id, `click on wheel ${wheel}`);
    const l = await page.evaluate(() => document.querySelector('#c').layout());
    // The same turn on both: each wheel's segments at the same angles, the selection facing down.
    assert.deepEqual(l.wheels[0].segments, l.wheels[1].segments);
    const seg = l.wheels[0].segments.find((x) => x.id === id);
    assert.ok(Math.abs(((seg.start_deg + seg.end_deg) / 2) % 360 - 180) < 0.5, 'turned to face the panel below');
  }
  assert.deepEqual(events.map((e) => [e.domain, e.source]), [['partnerships', 'pointer'], ['well-being', 'pointer'],
    ['migrants-rights', 'pointer'], ['safe-orderly-migration', 'pointer']]);
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test('the panel aligns the two profiles\' lists with their counts; each side its own description', async () => {
  const page = await h.newPage({ viewport: { width: 1100, height: 1300 } });
  await mount(page, h.url, BOTH);
  await waitReady(page, '#c');
  for (const [d, id] of DOMAIN_IDS.entries()) {
    await page.evaluate((id) => document.querySelector('#c').select(id), id);
    const cols = await columns(page);
    for (const [side, profile] of [[0, balti], [1, azerbaijan]]) {
      const domain = profile.domains.find((x) => x.id === id);
      assert.equal(cols[side].name, profile.jurisdiction.name);
      assert.deepEqual(cols[side].lists.map((l) => l.id), ['well_developed', 'further_development']);
      assert.equal(cols[side].lists[0].count, `(${domain.well_developed.length})`);
      assert.equal(cols[side].lists[1].count, `(${domain.further_development.length})`);
      assert.deepEqual(cols[side].lists[0].items, domain.well_developed);
      assert.deepEqual(cols[side].lists[1].items, domain.further_development);
      assert.ok(cols[side].description.length > 40, `${id}: side ${side} has its own description`);
    }
    // Twins side by side: same row (top), left and right columns.
    for (let l = 0; l < 2; l++) {
      assert.equal(Math.round(cols[0].lists[l].rect.top), Math.round(cols[1].lists[l].rect.top), `${id}: list ${l} rows align`);
      assert.ok(cols[0].lists[l].rect.right <= cols[1].lists[l].rect.left);
    }
    // A local profile beside a national one: each side's own variant of the description, and a note.
    assert.notEqual(cols[0].description, cols[1].description);
    if (d === 2) { await settle(page); await screenshot(page, 'compare-partnerships'); }
  }
  const note = await page.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('.levels').textContent);
  assert.match(note, /local level/);
  assert.match(note, /national level/);
  await page.close();
});

test('with no domain selected: the overview chart on the canvas, its table, and "not a ranking"', async () => {
  const page = await h.newPage({ viewport: { width: 1100, height: 1300 } });
  await mount(page, h.url, BOTH);
  await waitReady(page, '#c');
  const table = await page.evaluate(() => {
    const panel = document.querySelector('#c').shadowRoot.querySelector('[part="panel"]');
    return {
      rows: [...panel.querySelectorAll('table.overview tbody tr')].map((tr) => ({
        domain: tr.dataset.domain, cells: [...tr.querySelectorAll('td')].map((td) => td.textContent) })),
      ranking: panel.querySelector('.not-ranking').textContent,
    };
  });
  assert.match(table.ranking, /not a ranking/);
  assert.equal(table.rows.length, 6);
  for (const row of table.rows) {
    const a = balti.domains.find((x) => x.id === row.domain), b = azerbaijan.domains.find((x) => x.id === row.domain);
    assert.deepEqual(row.cells, [a.well_developed.length, a.further_development.length,
      b.well_developed.length, b.further_development.length].map(String), row.domain);
  }
  // The chart is drawn on the canvas: its rows have ink, and clicking one selects its domain.
  const layout = await page.evaluate(() => document.querySelector('#c').layout());
  assert.equal(layout.chart.rows.length, 6);
  // WebGL's buffer is gone once composited: read the pixels from a screenshot of the page, decoded
  // by the browser itself.
  const box0 = await page.evaluate(() => document.querySelector('#c').getBoundingClientRect().toJSON());
  const regions = await pngRegions(page, await page.screenshot(), layout.chart.rows.map((r) => ({ ...r, x: box0.x + r.x, y: box0.y + r.y })));
  const inked = regions.map((data) => {
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) colours.add(`${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`);
    return colours.size;
  });
  for (const n of inked) assert.ok(n > 3, `each chart row is drawn (${inked})`);
  const row = layout.chart.rows[3];
  const box = await page.evaluate(() => document.querySelector('#c').getBoundingClientRect().toJSON());
  await page.mouse.click(box.x + row.x + row.w * 0.7, box.y + row.y + row.h / 2);
  assert.equal((await page.evaluate(() => document.querySelector('#c').state())).domain, 'well-being');
  await page.close();
});

test('the picker: filter by name or country (accents folded), keyboard, swap and close', async () => {
  const page = await h.newPage({ viewport: { width: 1100, height: 1300 } });
  await mount(page, h.url, '<mgi-wheel id="c" picker="/cat/index.json" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
  await waitReady(page, '#c');
  const changes = [];
  await page.exposeFunction('__chg', (d) => changes.push(d));
  await page.evaluate(() => document.querySelector('#c').addEventListener('mgi-change', (e) => window.__chg(e.detail)));
  const input = (side) => page.locator(`#c >> #mgi-pick-${side}`);
  const options = (side) => page.evaluate((side) => [...document.querySelector('#c').shadowRoot
    .querySelectorAll(`#mgi-pick-${side}-list [role="option"]`)].map((o) => o.textContent), side);

  assert.equal(await input(0).inputValue(), 'Republic of Azerbaijan');
  await input(1).fill('moldova');
  assert.deepEqual(await options(1), ['Municipality of Baltilocal · Republic of Moldova',
    'Municipality of Chișinăulocal · Republic of Moldova', 'Republic of Moldovanational']);
  await input(1).fill('chisinau');  // no accents typed
  assert.deepEqual(await options(1), ['Municipality of Chișinăulocal · Republic of Moldova']);
  await input(1).fill('zzz');
  assert.deepEqual(await options(1), ['No profile matches']);
  assert.equal(await input(1).getAttribute('aria-expanded'), 'true');

  // Keyboard: type, arrow down, Enter.
  await input(1).fill('bal');
  await input(1).press('ArrowDown');
  const active = await input(1).getAttribute('aria-activedescendant');
  assert.ok(active, 'an option is active');
  await input(1).press('Enter');
  await page.waitForFunction(() => document.querySelector('#c').state().compare === 'balti-2023');
  await page.evaluate(() => document.querySelector('#c').ready);
  assert.match(await page.evaluate(() => document.querySelector('#c').getAttribute('compare')), /balti-2023\.json$/);
  assert.equal((await page.evaluate(() => document.querySelector('#c').layout())).wheels.length, 2);
  assert.equal(changes.length, 1);
  assert.match(changes[0].compare, /balti-2023\.json$/);

  // Swap.
  await page.locator('#c >> button.swap').click();
  await page.waitForFunction(() => document.querySelector('#c').state().profile === 'balti-2023');
  await page.waitForFunction(() => document.querySelector('#c').state().compare === 'azerbaijan-2023');
  assert.equal(await input(0).inputValue(), 'Municipality of Balti');
  assert.equal(await input(1).inputValue(), 'Republic of Azerbaijan');

  // Choose the first side by pointer: the catalogue's own profile with an accented name.
  await input(0).fill('chis');
  await page.locator('#c >> #mgi-pick-0-list [role="option"]').first().click();
  await page.waitForFunction(() => document.querySelector('#c').state().profile === 'chisinau-2023');
  await screenshot(page, 'compare-picker');

  // Close the comparison.
  await page.locator('#c >> button.close').click();
  await page.waitForFunction(() => document.querySelector('#c').state().compare === null);
  assert.equal(await page.evaluate(() => document.querySelector('#c').hasAttribute('compare')), false);
  assert.equal((await page.evaluate(() => document.querySelector('#c').layout())).wheels.length, 1);
  assert.equal(changes.length, 4);
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test('the picker names a catalogue it cannot read, in the interface language', async () => {
  const page = await h.newPage({ viewport: { width: 1100, height: 1300 } });
  await mount(page, h.url, `<mgi-wheel id="a" picker="/cat/missing.json" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>
    <mgi-wheel id="b" lang="fr" picker="/profiles/balti-2023.json" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>`);
  const alert = (id) => page.waitForFunction((id) => {
    const a = document.getElementById(id).shadowRoot.querySelector('.picker [role="alert"]');
    return a && a.textContent;
  }, id).then((handle) => handle.jsonValue());
  assert.equal(await alert('a'), `The profile list could not be read: HTTP 404 Not Found for ${h.url}cat/missing.json`);
  assert.equal(await alert('b'), `La liste des profils n’a pas pu être lue : ${h.url}profiles/balti-2023.json n’est pas une liste de profils (mgi-catalogue/1)`);
  await page.close();
});

test('one profile fails: the other still shows, with the error beside it and a Retry', async () => {
  const page = await h.newPage({ viewport: { width: 1100, height: 1300 } });
  const errors = [];
  await mount(page, h.url, '');
  await page.exposeFunction('__err', (d) => errors.push(d));
  await page.evaluate(() => {
    document.getElementById('host').addEventListener('mgi-error', (e) => window.__err(e.detail));
    document.getElementById('host').innerHTML = '<mgi-wheel id="c" profile="/profiles/balti-2023.json" compare="/no-such-profile.json"></mgi-wheel>';
  });
  // Both sides settled: the good one loaded, the other failed.
  await page.waitForFunction(() => document.querySelector('#c')?.shadowRoot?.querySelector('.error[data-side="1"]') &&
    document.querySelector('#c').state().profile === 'balti-2023');
  await page.evaluate(() => document.querySelector('#c').select('partnerships'));
  const cols = await columns(page);
  assert.equal(cols[0].lists.length, 2, 'the good side shows its lists');
  assert.deepEqual(cols[0].lists[0].items, balti.domains[2].well_developed);
  assert.match(cols[1].error, /HTTP 404/);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].side, 'compare');
  assert.match(errors[0].url, /no-such-profile/);
  const s = await page.evaluate(() => document.querySelector('#c').state());
  assert.equal(s.profile, 'balti-2023');
  assert.equal(s.compare, null);
  assert.ok(await page.evaluate(() => !!document.querySelector('#c').shadowRoot.querySelector('.error[data-side="1"] button.retry')));
  await screenshot(page, 'compare-one-failed');
  await page.close();
});

test('narrow: the wheels stack, the columns stack, nothing overlaps', async () => {
  const page = await h.newPage({ viewport: { width: 400, height: 900 } });
  await mount(page, h.url, BOTH.replace('<mgi-wheel', '<mgi-wheel style="width:380px"'));
  await waitReady(page, '#c');
  const layout = await page.evaluate(() => document.querySelector('#c').layout());
  const [a, b] = layout.wheels;
  assert.ok(b.cy - a.cy >= a.r_outer + b.r_outer, 'one above the other');
  assert.ok(Math.abs(a.cx - b.cx) < 1);
  assert.ok(a.cx + a.r_outer <= 380 && a.cx - a.r_outer >= 0);
  await page.evaluate(() => document.querySelector('#c').select('migrants-rights'));
  const cols = await columns(page);
  const boxes = [...cols[0].lists, ...cols[1].lists].map((l) => l.rect);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i], q = boxes[j];
      assert.ok(p.bottom <= q.top + 0.5 || q.bottom <= p.top + 0.5, `list boxes ${i} and ${j} overlap`);
    }
  }
  // All of side 0 comes before side 1.
  assert.ok(cols[0].lists[1].rect.bottom <= cols[1].lists[0].rect.top);
  await screenshot(page, 'compare-narrow', page);
  await page.close();
});
