// Beyond the portal, in every engine (engines.mjs: Chromium, Firefox, WebKit): PNG / CSV / Markdown
// downloads, and search across the loaded profile and the catalogue. Deep links and citations:
// reader-links.test.mjs. Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { colouredPixels, mount, pngRegions, readProfile, test, testRoutes, waitReady } from './harness.mjs';
import { clickIn, download, fill, highlighted, shoot } from './page-kit.mjs';

const azerbaijan = readProfile('azerbaijan-2023.json');
const balti = readProfile('balti-2023.json');

function csvField(v) { return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v; }

const results = (page) => page.evaluate(() => ({
  summary: document.getElementById('w').shadowRoot.querySelector('.search .summary').textContent,
  hits: [...document.getElementById('w').shadowRoot.querySelectorAll('.search button.hit')].map((b) => ({
    profile: b.dataset.profile, domain: b.dataset.domain, key: b.dataset.key,
    marks: [...b.querySelectorAll('.text mark')].map((m) => m.textContent), text: b.querySelector('.text').textContent })),
}));
const labour = azerbaijan.domains.flatMap((d) => [...d.well_developed, ...d.further_development]).filter((f) => /labour/i.test(f));

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, testRoutes());
    const grab = (page, button) => download(page, () => clickIn(page, '#w', `button.${button}`));
    const openBalti = async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '<mgi-wheel id="w" profile="/profiles/balti-2023.json" domain="partnerships"></mgi-wheel>');
      await waitReady(page, '#w');
      return page;
    };
    const openSearch = async (attrs = '') => {
      const page = await browser.newPage();
      await mount(page, browser.url, `<mgi-wheel id="w" search ${attrs}profile="/profiles/azerbaijan-2023.json"></mgi-wheel>`);
      await waitReady(page, '#w');
      return page;
    };

    describe('downloads', () => {
      test('CSV of the current view', async () => {
        const page = await openBalti();
        const csv = await grab(page, 'download-csv');
        assert.equal(csv.name, 'balti-2023-partnerships.csv');
        const rows = csv.body.toString('utf8').trimEnd().split('\r\n');
        const d = balti.domains[2];
        assert.equal(rows.length, 1 + d.well_developed.length + d.further_development.length);
        assert.equal(rows[0], 'profile,jurisdiction,level,published,domain,domain_name,list,position,key,finding');
        assert.ok(rows[1].startsWith('balti-2023,Municipality of Balti,local,2023-08,partnerships,Partnerships,well_developed,1,'));
        assert.ok(rows.slice(1).every((r, i) => r.endsWith(i < d.well_developed.length ? csvField(d.well_developed[i])
          : csvField(d.further_development[i - d.well_developed.length]))));
        await page.close();
      });

      test('Markdown of the current view', async () => {
        const page = await openBalti();
        const md = await grab(page, 'download-md');
        assert.equal(md.name, 'balti-2023-partnerships.md');
        const text = md.body.toString('utf8');
        const d = balti.domains[2];
        assert.ok(text.startsWith(`# ${balti.title}\n`));
        for (const f of [...d.well_developed, ...d.further_development]) assert.ok(text.includes(`\n- ${f}\n`), f);
        await page.close();
      });

      test('a PNG at 2x with the name and the legend', async () => {
        const page = await openBalti();
        const png = await grab(page, 'download-png');
        assert.equal(png.name, 'balti-2023-partnerships-wheel.png');
        assert.deepEqual([...png.body.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
        const { width, height } = { width: png.body.readUInt32BE(16), height: png.body.readUInt32BE(20) };
        const css = await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('canvas').clientWidth);
        assert.ok(width >= css * 2, `PNG ${width}px wide for a ${css}px wheel`);
        assert.ok(height > width, 'room for the name above and the legend below');
        // Look at it: the name's row and the legend have ink.
        const dark = (data) => { let n = 0; for (let i = 0; i < data.length; i += 4) if (data[i] < 100) n++; return n; };
        const [title, legend] = pngRegions(png.body, [{ x: 0, y: 0, w: width, h: 100 }, { x: 0, y: height - 150, w: width, h: 150 }]);
        // And the wheel between them has its colours (drawn by the GPU, the page's surface is read in
        // the task that drew it; a cleared buffer would leave it blank).
        const [wheel] = pngRegions(png.body, [{ x: 0, y: 100, w: width, h: height - 250 }]);
        const ink = { title: dark(title), legend: dark(legend), wheel: colouredPixels(wheel, 60) / (width * width) };
        assert.ok(ink.title > 200 && ink.legend > 200 && ink.wheel > 0.2, JSON.stringify(ink));
        await page.evaluate((b64) => new Promise((resolve) => {
          const i = new Image();
          i.onload = resolve;
          i.src = `data:image/png;base64,${b64}`;
          i.style.width = '600px';
          document.body.replaceChildren(i);
        }), png.body.toString('base64'));
        await shoot(page, `${name}-exported-png`);
        await page.close();
      });

      test('comparing: both profiles side by side in one CSV', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '<mgi-wheel id="w" profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json" domain="well-being"></mgi-wheel>');
        await waitReady(page, '#w');
        const both = await grab(page, 'download-csv');
        assert.equal(both.name, 'balti-2023_azerbaijan-2023-well-being.csv');
        const lines = both.body.toString('utf8').trimEnd().split('\r\n').slice(1);
        const count = (p) => p.domains[3].well_developed.length + p.domains[3].further_development.length;
        assert.equal(lines.filter((l) => l.startsWith('balti-2023,')).length, count(balti));
        assert.equal(lines.filter((l) => l.startsWith('azerbaijan-2023,')).length, count(azerbaijan));
        await page.close();
      });
    });

    describe('search', () => {
      // The profiles' findings carry no accents; the query does, and is folded the same way ("balti"
      // finding "Bălți" is covered by the unit tests of text_fold).
      test('accents and case folded, matches marked', async () => {
        const page = await openSearch();
        await fill(page, '#w', '#mgi-search', 'LÁBOUR');
        const r = await results(page);
        assert.ok(labour.length > 0);
        assert.deepEqual(r.hits.map((x) => x.text), labour);
        for (const hit of r.hits) assert.ok(hit.marks.every((m) => /^labour$/i.test(m)) && hit.marks.length > 0, hit.marks.join('|'));
        assert.match(r.summary, /match/);
        await shoot(page, `${name}-search-results`);
        await page.close();
      });

      test('choosing a result opens its domain with the finding highlighted', async () => {
        const page = await openSearch();
        await fill(page, '#w', '#mgi-search', 'LÁBOUR');
        const r = await results(page);
        const hit = r.hits[r.hits.length - 1];
        await clickIn(page, '#w', '.search button.hit', r.hits.length - 1);
        await page.waitForFunction((d) => document.getElementById('w').state().domain === d, hit.domain);
        await page.waitForFunction(() => !!document.getElementById('w').shadowRoot.querySelector('li.highlight'));
        assert.equal((await highlighted(page, '#w')).text, hit.text);
        await page.close();
      });

      test('no match: no result, and the summary says so', async () => {
        const page = await openSearch();
        await fill(page, '#w', '#mgi-search', 'zzzzqq');
        const r = await results(page);
        assert.equal(r.hits.length, 0);
        assert.equal(r.summary, 'No finding matches.');
        await page.close();
      });

      test('with a picker, across the catalogue: "balti" finds the local profile; choosing one of its findings opens it', async () => {
        const page = await openSearch('picker ');
        await fill(page, '#w', '#mgi-search', 'balti diaspora');
        await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelectorAll('.search button.hit').length > 0);
        const r = await results(page);
        assert.ok(r.hits.every((x) => x.profile === 'balti-2023'));
        const want = balti.domains.flatMap((d) => [...d.well_developed, ...d.further_development]).filter((f) => /diaspora/i.test(f));
        assert.deepEqual(r.hits.map((x) => x.text), want);
        await clickIn(page, '#w', '.search button.hit', 0);
        await page.waitForFunction(() => document.getElementById('w').state().profile === 'balti-2023');
        await page.waitForFunction(() => !!document.getElementById('w').shadowRoot.querySelector('li.highlight'));
        assert.equal((await highlighted(page, '#w')).text, want[0]);
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      });
    });
  });
}
