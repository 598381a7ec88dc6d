// The widget end to end in every engine (engines.mjs: Chromium, Firefox, WebKit): clicks on every
// segment, the panel against the profile JSON, text from a profile written as text, errors.
// Idle frames, layout and device pixel ratios: widget-render.test.mjs. Screenshots go to
// build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { DOMAIN_IDS, mount, panelText, readProfile, segmentPoint, test, testRoutes, waitReady } from './harness.mjs';
import { shoot, warnings } from './page-kit.mjs';

const azerbaijan = readProfile('azerbaijan-2023.json');
const balti = readProfile('balti-2023.json');
const WHEEL = '#azerbaijan-wheel';

// The core's first _mgi_new_widget traps, as WebKitGTK's JavaScriptCore once did in CI. Run before
// the widget's script (testRoutes' init scripts); mgi-error is heard from the start: the failing
// widget may raise it before the test's evaluate runs.
const TRAP_FIRST_WIDGET = `(() => {
  window.__mgiErrors = {};
  document.addEventListener('mgi-error', (e) => { window.__mgiErrors[e.target.id] = e.detail.message; }, true);
  Object.defineProperty(window, 'createMgiWheelCore', {
    configurable: true,
    get() { return undefined; },
    set(factory) {
      const trapping = (options) => factory(options).then((module) => {
        const make = module._mgi_new_widget;
        let trapped = false;
        module._mgi_new_widget = (...args) => {
          if (trapped) return make(...args);
          trapped = true;
          throw new WebAssembly.RuntimeError('Out of bounds memory access');
        };
        return module;
      });
      trapping.selfContained = factory.selfContained;
      Object.defineProperty(window, 'createMgiWheelCore', { configurable: true, writable: true, value: trapping });
    },
  });
})();`;

const routes = () => testRoutes({
  '/bad/malformed.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' })
    .end('{"format": "mgi-profile/1", "id": "x",\n  "jurisdiction": {"name": "X" "level": "national"}}'),
  '/bad/wrong-type.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' })
    .end(JSON.stringify({ ...balti, domains: [{ id: 'partnerships', well_developed: [42] }] })),
  '/bad/unknown-domain.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' })
    .end(JSON.stringify({ ...balti, domains: [{ id: 'health', well_developed: [] }] })),
  '/bad/latin1.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' })
    .end(Buffer.concat([Buffer.from(JSON.stringify(balti).slice(0, 200)), Buffer.from([0xe9, 0x22])])),
  '/bad/network.json': (req) => req.socket.destroy(),
  '/hostile.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({
    ...balti, id: 'hostile',
    jurisdiction: { name: '<b>Bălți</b> & "Кишинёв"', level: 'local', country: 'Moldova' },
    domains: [{ id: 'partnerships', well_developed: ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>'] }],
  })),
}, { initScripts: { trap: TRAP_FIRST_WIDGET } });

const stateOf = (page, sel) => page.evaluate((sel) => document.querySelector(sel).state(), sel);
// The middle of a wheel segment, in degrees from 12 o'clock (0 to 360).
const facing = (page, sel, index) => page.evaluate(({ sel, index }) => {
  const s = document.querySelector(sel).layout().wheels[0].segments[index];
  return (((s.start_deg + s.end_deg) / 2) % 360 + 360) % 360;
}, { sel, index });

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes());

    describe('the demo page', () => {
      test('shows Azerbaijan on the wheel with its introduction, and is ready within the first load', async () => {
        const page = await browser.newPage();
        await page.goto(browser.url);
        const state = await waitReady(page, WHEEL);
        assert.deepEqual(state, { domain: null, profile: 'azerbaijan-2023', compare: null, lang: 'en' });
        await quiet(page);  // the intro animation is over
        await shoot(page, `${name}-demo-intro`);
        const text = await panelText(page, WHEEL);
        assert.match(text, /Migration Governance Indicators Profile: Republic of Azerbaijan/);
        assert.match(text, /Published October 2023/);
        assert.match(text, /Research and analysis: Economist Impact/);
        for (const para of azerbaijan.introduction.split('\n\n')) assert.ok(text.includes(para), para);
        assert.deepEqual(await page.pageErrors(), []);
        assert.deepEqual((await page.consoleMessages()).filter((m) => m.type === 'error'), []);
        await page.close();
      });

      test('clicking inside each segment selects it and raises mgi-select', async () => {
        const page = await browser.newPage();
        await page.goto(browser.url);
        await waitReady(page, WHEEL);
        await page.evaluate((sel) => {
          window.__events = [];
          document.querySelector(sel).addEventListener('mgi-select', (e) => window.__events.push(e.detail));
        }, WHEEL);
        for (const [i, id] of DOMAIN_IDS.entries()) {
          // Different depths into the ring, with the wheel where the previous click turned it.
          const p = await segmentPoint(page, id, { selector: WHEEL, radiusShare: [0.15, 0.5, 0.85][i % 3] });
          await page.click(p.x, p.y);
          assert.equal((await stateOf(page, WHEEL)).domain, id, `click at ${JSON.stringify(p)}`);
          await quiet(page);
          await shoot(page, `${name}-demo-${id}`);
        }
        assert.deepEqual(await page.evaluate(() => window.__events), DOMAIN_IDS.map((domain) => ({ domain, source: 'pointer' })));
        await page.close();
      });

      test('the selected segment turns to face the panel', async () => {
        const page = await browser.newPage();
        await page.goto(browser.url);
        await waitReady(page, WHEEL);
        const p = await segmentPoint(page, 'well-being', { selector: WHEEL });
        await page.click(p.x, p.y);
        await quiet(page);  // the turn is over
        const mid = await facing(page, WHEEL, 3);
        assert.ok(Math.abs(mid - 90) < 0.5, `well-being faces the panel on the right (mid ${mid})`);
        await page.close();
      });

      test('clicking the selected segment again returns to the introduction', async () => {
        const page = await browser.newPage();
        await page.goto(browser.url);
        await waitReady(page, WHEEL);
        const p = await segmentPoint(page, 'well-being', { selector: WHEEL });
        await page.click(p.x, p.y);
        await quiet(page);  // the turn is over
        const again = await segmentPoint(page, 'well-being', { selector: WHEEL });
        await page.click(again.x, again.y);
        assert.equal((await stateOf(page, WHEEL)).domain, null);
        await page.close();
      });

      test('clicking the hub returns to the introduction', async () => {
        const page = await browser.newPage();
        await page.goto(browser.url);
        await waitReady(page, WHEEL);
        const q = await segmentPoint(page, 'partnerships', { selector: WHEEL });
        await page.click(q.x, q.y);
        const hub = await page.evaluate((sel) => {
          const el = document.querySelector(sel);
          const w = el.layout().wheels[0];
          const box = el.getBoundingClientRect();
          return { x: box.left + w.cx, y: box.top + w.cy };
        }, WHEEL);
        await page.click(hub.x, hub.y);
        assert.equal((await stateOf(page, WHEEL)).domain, null);
        assert.match(await panelText(page, WHEEL), /Select a domain on the wheel/);
        await page.close();
      });

      test('hovering a segment shows a pointer cursor; elsewhere the default one', async () => {
        const page = await browser.newPage();
        await page.goto(browser.url);
        await waitReady(page, WHEEL);
        const cursor = () => page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('canvas').style.cursor, WHEEL);
        const p = await segmentPoint(page, 'mobility-crises', { selector: WHEEL });
        await page.move(p.x, p.y);
        assert.equal(await cursor(), 'pointer');
        await quiet(page);
        await shoot(page, `${name}-demo-hover-mobility-crises`);
        const corner = await page.evaluate((sel) => {
          const r = document.querySelector(sel).shadowRoot.querySelector('canvas').getBoundingClientRect();
          return { x: r.left + 3, y: r.top + 3 };
        }, WHEEL);
        await page.move(corner.x, corner.y);
        assert.equal(await cursor(), '');
        await page.close();
      });
    });

    describe('the findings panel', () => {
      for (const [file, profile] of [['azerbaijan-2023.json', azerbaijan], ['balti-2023.json', balti]]) {
        test(`shows every finding of ${profile.id} under the right heading, as text`, async () => {
          const page = await browser.newPage();
          await mount(page, browser.url, `<mgi-wheel profile="/profiles/${file}"></mgi-wheel>`);
          await waitReady(page);
          for (const domain of profile.domains) {
            await page.evaluate((id) => document.querySelector('mgi-wheel').select(id), domain.id);
            const panel = await page.evaluate(() => {
              const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
              const lists = [...p.querySelectorAll('ul[data-list]')].map((ul) => ({
                id: ul.dataset.list, heading: ul.previousElementSibling.textContent, items: [...ul.children].map((li) => li.querySelector('.finding').textContent),
              }));
              return { heading: p.querySelector('h2').textContent, lists, text: p.innerText };
            });
            assert.equal(panel.heading, domain.title);
            const wd = panel.lists.find((l) => l.id === 'well_developed');
            const fd = panel.lists.find((l) => l.id === 'further_development');
            assert.deepEqual(wd.items, domain.well_developed);
            assert.deepEqual(fd.items, domain.further_development);
            assert.equal(wd.heading, `Examples of well-developed areas (${domain.well_developed.length})`);
            assert.equal(fd.heading, `Areas with potential for further development (${domain.further_development.length})`);
            // National or local description, by the profile's level.
            assert.match(panel.text, profile.jurisdiction.level === 'local' ? /Indicators in this category/ : /(This|Indicators in this) domain/);
          }
          await page.close();
        });
      }

      test('text from a profile is written as text: markup shows, nothing runs', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '<mgi-wheel profile="/hostile.json" domain="partnerships"></mgi-wheel>');
        await waitReady(page);
        const out = await page.evaluate(() => {
          const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
          return { items: [...p.querySelectorAll('li .finding')].map((s) => s.textContent), imgs: p.querySelectorAll('img,script').length, pwned: window.__pwned };
        });
        assert.deepEqual(out.items, ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>']);
        assert.equal(out.imgs, 0);
        assert.equal(out.pwned, undefined);
        await page.evaluate(() => document.querySelector('mgi-wheel').select(null));
        const kicker = await page.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('.kicker').textContent);
        assert.match(kicker, /^<b>Bălți<\/b> & "Кишинёв" · /);
        await quiet(page);
        await shoot(page, `${name}-hostile-text-hub`);
        await page.close();
      });
    });

    describe('errors', () => {
      const cases = [
        ['/bad/missing.json', /HTTP 404/],
        ['/bad/network.json', /could not reach \/bad\/network\.json/],
        ['/bad/malformed.json', /line 2: not valid JSON at column 38/],
        ['/bad/wrong-type.json', /domains\[0\]\.well_developed\[0\]: expected a string, got a number/],
        ['/bad/unknown-domain.json', /domains\[0\]\.id: unknown domain id "health"/],
        ['/bad/latin1.json', /invalid UTF-8 at byte 200/],
      ];
      for (const [url, pattern] of cases) {
        test(`${url}: mgi-error, a readable message in the widget and on the console, ready rejects`, async () => {
          const page = await browser.newPage();
          await page.goto(browser.url + 'fixtures/blank.html');
          const result = await page.evaluate(async (u) => {
            const el = document.createElement('mgi-wheel');
            const error = new Promise((resolve) => el.addEventListener('mgi-error', (e) => resolve(e.detail)));
            el.setAttribute('profile', u);
            document.getElementById('host').append(el);
            const detail = await error;
            const rejected = await el.ready.then(() => false, (e) => e.message);
            const panel = el.shadowRoot.querySelector('[part="panel"]');
            return { detail, rejected, text: panel.innerText, alert: !!panel.querySelector('[role="alert"]') };
          }, url);
          assert.equal(result.detail.url, url);
          assert.match(result.detail.message, pattern);
          assert.equal(result.rejected, result.detail.message);
          assert.match(result.text, /The profile could not be shown/);
          assert.match(result.text, pattern);
          assert.ok(result.alert);
          assert.ok((await page.consoleMessages()).some((m) => m.type === 'error' && pattern.test(m.text)), 'console.error names it');
          assert.deepEqual(await page.pageErrors(), []);
          await shoot(page, `${name}-error-${url.split('/').pop().replace('.json', '')}`);
          await page.close();
        });
      }

      test('a trap in the core as a widget starts: that widget says so (panel, ready, mgi-error, console); the other widget of the page starts', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '<mgi-wheel id="a" profile="/profiles/balti-2023.json"></mgi-wheel><mgi-wheel id="b" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>',
          'fixtures/blank.html?init=trap');
        const outcomes = await page.evaluate(() => Promise.all(['a', 'b'].map((id) => {
          const el = document.getElementById(id);
          return el.ready.then(() => ({ id, ready: true }), (e) => ({ id, ready: false, message: e.message, event: window.__mgiErrors[id] }));
        })));
        const failed = outcomes.filter((o) => !o.ready);
        assert.equal(failed.length, 1, JSON.stringify(outcomes));
        assert.match(failed[0].message, /^the widget core failed as the widget started: Out of bounds memory access$/);
        assert.equal(failed[0].event, failed[0].message);
        const panel = await page.evaluate((id) => {
          const p = document.getElementById(id).shadowRoot.querySelector('[part="panel"]');
          return { state: p.dataset.state, text: p.innerText };
        }, failed[0].id);
        assert.equal(panel.state, 'error');
        assert.match(panel.text, /Out of bounds memory access/);
        const errors = (await page.consoleMessages()).filter((m) => m.type === 'error').map((m) => m.text);
        assert.ok(errors.some((t) => t.includes('mgi-wheel: the widget core failed as the widget started: Out of bounds memory access')), errors.join('\n'));
        const other = outcomes.find((o) => o.ready).id;
        assert.match(await panelText(page, `#${other}`), /Municipality of Balti|Republic of Azerbaijan/);
        await page.close();
      });

      test('select() with an unknown id changes nothing and says why', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel>');
        await waitReady(page);
        const r = await page.evaluate(() => { const el = document.querySelector('mgi-wheel'); return [el.select('nope'), el.state().domain]; });
        assert.deepEqual(r, [false, null]);
        assert.ok((await warnings(page)).some((text) => /"nope" is not a domain id/.test(text)));
        await page.close();
      });

      test('an unknown id in the domain attribute: the introduction, and the console says why', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '<mgi-wheel profile="/profiles/balti-2023.json" domain="health"></mgi-wheel>');
        assert.equal((await waitReady(page)).domain, null);
        const said = await warnings(page);
        assert.ok(said.some((text) => /"health" is not a domain id \(expected migrants-rights, /.test(text)), JSON.stringify(said));
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      });

      test('an unknown id selected before the core starts: the introduction, and the console says why', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '');
        await page.evaluate(() => {
          const host = document.getElementById('host');
          host.innerHTML = '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel>';
          host.firstChild.select('wellbeing');  // in the task that mounted it: no core yet
        });
        assert.equal((await waitReady(page)).domain, null);
        assert.ok((await warnings(page)).some((text) => /"wellbeing" is not a domain id/.test(text)));
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      });
    });
  });
}
