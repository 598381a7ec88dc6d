// Comparing two jurisdictions in every engine (engines.mjs: Chromium, Firefox, WebKit): both wheels
// select together, the panel sets the two profiles' findings in aligned columns with their counts,
// the overview chart (on the canvas) and its table, mixed levels, one failing profile, narrow
// layout. The picker: compare-picker.test.mjs. Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { DOMAIN_IDS, mount, pngRegions, readProfile, segmentPoint, test, testRoutes, waitReady } from './harness.mjs';
import { shoot } from './page-kit.mjs';

const balti = readProfile('balti-2023.json');
const azerbaijan = readProfile('azerbaijan-2023.json');


const BOTH = '<mgi-wheel id="c" profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json"></mgi-wheel>';
const TALL = { width: 1100, height: 1300 };
const stateOf = (page) => page.evaluate(() => document.querySelector('#c').state());
const layoutOf = (page) => page.evaluate(() => document.querySelector('#c').layout());

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

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, testRoutes());

    test('both wheels are drawn side by side and named', async () => {
      const page = await browser.newPage(TALL);
      await mount(page, browser.url, BOTH);
      const state = await waitReady(page, '#c');
      assert.deepEqual(state, { domain: null, profile: 'balti-2023', compare: 'azerbaijan-2023', lang: 'en' });
      const layout = await layoutOf(page);
      assert.deepEqual(layout.wheels.map((w) => w.profile), ['balti-2023', 'azerbaijan-2023']);
      assert.ok(layout.wheels[1].cx - layout.wheels[0].cx > layout.wheels[0].r_outer * 2, 'side by side, apart');
      await quiet(page);
      await shoot(page, `${name}-compare-overview`);
      await page.close();
    });

    test('selecting on either wheel selects both, turning together', async () => {
      const page = await browser.newPage(TALL);
      await mount(page, browser.url, BOTH);
      await waitReady(page, '#c');
      await page.evaluate(() => {
        window.__events = [];
        document.querySelector('#c').addEventListener('mgi-select', (e) => window.__events.push(e.detail));
      });
      for (const [wheel, id] of [[0, 'partnerships'], [1, 'well-being'], [1, 'migrants-rights'], [0, 'safe-orderly-migration']]) {
        const p = await segmentPoint(page, id, { selector: '#c', wheel });
        await page.click(p.x, p.y);
        await quiet(page);  // the turn is over
        const s = await stateOf(page);
        assert.equal(s.domain, id, `click on wheel ${wheel}`);
        const l = await layoutOf(page);
        // The same turn on both: each wheel's segments at the same angles, the selection facing down.
        assert.deepEqual(l.wheels[0].segments, l.wheels[1].segments);
        const seg = l.wheels[0].segments.find((x) => x.id === id);
        assert.ok(Math.abs(((seg.start_deg + seg.end_deg) / 2) % 360 - 180) < 0.5, 'turned to face the panel below');
      }
      const events = await page.evaluate(() => window.__events);
      assert.deepEqual(events.map((e) => [e.domain, e.source]), [['partnerships', 'pointer'], ['well-being', 'pointer'],
        ['migrants-rights', 'pointer'], ['safe-orderly-migration', 'pointer']]);
      assert.deepEqual(await page.pageErrors(), []);
      await page.close();
    });

    test('the panel aligns the two profiles\' lists with their counts; each side its own description', async () => {
      const page = await browser.newPage(TALL);
      await mount(page, browser.url, BOTH);
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
        if (d === 2) { await quiet(page); await shoot(page, `${name}-compare-partnerships`); }
      }
      const note = await page.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('.levels').textContent);
      assert.match(note, /local level/);
      assert.match(note, /national level/);
      await page.close();
    });

    test('with no domain selected: the overview table, and "not a ranking"', async () => {
      const page = await browser.newPage(TALL);
      await mount(page, browser.url, BOTH);
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
      await page.close();
    });

    test('with no domain selected: the overview chart is drawn on the canvas, a row of ink per domain', async () => {
      const page = await browser.newPage(TALL);
      await mount(page, browser.url, BOTH);
      await waitReady(page, '#c');
      const layout = await layoutOf(page);
      assert.equal(layout.chart.rows.length, 6);
      // WebGL's buffer is gone once composited: read the pixels from a screenshot of the page.
      await quiet(page);
      const box0 = await page.evaluate(() => document.querySelector('#c').getBoundingClientRect().toJSON());
      const regions = pngRegions(await page.screenshot(), layout.chart.rows.map((r) => ({ ...r, x: box0.x + r.x, y: box0.y + r.y })));
      const inked = regions.map((data) => {
        const colours = new Set();
        for (let i = 0; i < data.length; i += 4) colours.add(`${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`);
        return colours.size;
      });
      for (const n of inked) assert.ok(n > 3, `each chart row is drawn (${inked})`);
      await page.close();
    });

    test('with no domain selected: a click on a row of the overview chart selects its domain', async () => {
      const page = await browser.newPage(TALL);
      await mount(page, browser.url, BOTH);
      await waitReady(page, '#c');
      const row = (await layoutOf(page)).chart.rows[3];
      const box = await page.evaluate(() => document.querySelector('#c').getBoundingClientRect().toJSON());
      await page.click(box.x + row.x + row.w * 0.7, box.y + row.y + row.h / 2);
      assert.equal((await stateOf(page)).domain, 'well-being');
      await page.close();
    });

    test('one profile fails: the other still shows, with the error beside it and a Retry', async () => {
      const page = await browser.newPage(TALL);
      await mount(page, browser.url, '');
      await page.evaluate(() => {
        window.__errors = [];
        document.getElementById('host').addEventListener('mgi-error', (e) => window.__errors.push(e.detail));
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
      const errors = await page.evaluate(() => window.__errors);
      assert.equal(errors.length, 1);
      assert.equal(errors[0].side, 'compare');
      assert.match(errors[0].url, /no-such-profile/);
      const s = await stateOf(page);
      assert.equal(s.profile, 'balti-2023');
      assert.equal(s.compare, null);
      assert.ok(await page.evaluate(() => !!document.querySelector('#c').shadowRoot.querySelector('.error[data-side="1"] button.retry')));
      await quiet(page);
      await shoot(page, `${name}-compare-one-failed`);
      await page.close();
    });

    test('narrow: the wheels stack, the columns stack, nothing overlaps', async () => {
      const page = await browser.newPage({ width: name === 'webkit' ? 460 : 400, height: 900 });  // MiniBrowser: 447 px at the least
      await mount(page, browser.url, BOTH.replace('<mgi-wheel', '<mgi-wheel style="width:380px"'));
      await waitReady(page, '#c');
      const layout = await layoutOf(page);
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
      await quiet(page);
      await shoot(page, `${name}-compare-narrow`);
      await page.close();
    });
  });
}
