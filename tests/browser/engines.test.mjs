// The same visit in every engine (engines.mjs: Chromium, Firefox, WebKit): the demo page is ready
// with its wheel drawn, a real click on each segment selects it, the keyboard selects through the
// canvas's accessible twin, a click on either of two compared wheels selects on both, a missing
// profile, a server error (with Try again) and profiles of the wrong types are named in the panel
// and on the console, and a deep link selects and is written. The drawing surface (many widgets,
// a lost context, no WebGL): engines-surface.test.mjs. Screenshots go to
// build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clickRedraws, domainOf, engineSuite, keep, offColours, readyOutcome, settled, wheelClip } from './engine-kit.mjs';
import { crop, decodePng, selectedEngines } from './engines.mjs';
import { DOMAIN_IDS, ROOT, active, loadOutcome, mount, panelText, segmentPoint, test, testRoutes,
  validatorErrors, waitReady } from './harness.mjs';

const WHEEL = '#azerbaijan-wheel';
const BALTI = readFileSync(path.join(ROOT, 'assets/profiles/balti-2023.json'));
// Profiles with a value of the wrong type, each somewhere else in the file.
const INVALID = path.join(ROOT, 'tests/data/invalid');
const WRONG_TYPES = ['country-a-number.json', 'domain-title-a-number.json', 'well-developed-a-string.json'];

// The widget's panel: its state, its text and its Try again button's centre (viewport CSS pixels).
const panelState = (page) => page.evaluate(() => {
  const panel = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
  const retry = panel.querySelector('button.retry')?.getBoundingClientRect();
  return { state: panel.dataset.state, text: panel.innerText, retry: retry && { x: retry.x + retry.width / 2, y: retry.y + retry.height / 2 } };
});

// Server routes: a profile whose first request fails with HTTP 500 (then it is served), and the
// WRONG_TYPES files as they are, byte for byte.
function routes() {
  let failed = false;
  return testRoutes({
    '/net/500-once.json': (req, res) => {
      if (failed) return res.writeHead(200, { 'Content-Type': 'application/json' }).end(BALTI);
      failed = true;
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom');
    },
    ...Object.fromEntries(WRONG_TYPES.map((f) => [`/data/invalid/${f}`,
      (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(path.join(INVALID, f)))])),
  });
}

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes());

    test('the demo page is ready, with WebGL2, each segment drawn in its colour, no console error', async () => {
      const page = await browser.newPage();
      await page.goto(browser.url + 'index.html');
      assert.deepEqual(await waitReady(page, WHEEL), { domain: null, profile: 'azerbaijan-2023', compare: null, lang: 'en' });
      assert.ok(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2')), 'WebGL2');
      const shot = await settled(page);
      keep(shot, `${name}-demo`);
      assert.deepEqual(await offColours(page, shot, WHEEL), []);
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('a real pointer click on each segment selects it and raises mgi-select', async () => {
      const page = await browser.newPage();
      await page.goto(browser.url + 'index.html');
      await waitReady(page, WHEEL);
      await page.evaluate((sel) => {
        window.__events = [];
        document.querySelector(sel).addEventListener('mgi-select', (e) => window.__events.push(e.detail));
      }, WHEEL);
      await settled(page);
      for (const [i, id] of DOMAIN_IDS.entries()) {
        // Different depths into the ring, with the wheel where the previous click turned it.
        const p = await segmentPoint(page, id, { selector: WHEEL, radiusShare: [0.15, 0.5, 0.85][i % 3] });
        await page.click(p.x, p.y);
        assert.equal(await domainOf(page, WHEEL), id, `click at ${p.x.toFixed(1)},${p.y.toFixed(1)}`);
        keep(await settled(page), `${name}-${id}`);
      }
      assert.deepEqual(await page.evaluate(() => window.__events), DOMAIN_IDS.map((domain) => ({ domain, source: 'pointer' })));
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('the keyboard selects through the accessible twin, and the focus ring is drawn', async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '<button id="before">before</button><mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel><button id="after">after</button>');
      await waitReady(page);
      await page.evaluate(() => {
        window.__events = [];
        document.querySelector('mgi-wheel').addEventListener('mgi-select', (e) => window.__events.push([e.detail.domain, e.detail.source]));
        document.getElementById('before').focus();
      });
      const clip = await wheelClip(page, 'mgi-wheel');
      const wheel = async (png) => {
        const image = decodePng(png), dpr = image.width / await page.evaluate(() => innerWidth);
        return crop(image, { x: clip.x * dpr, y: clip.y * dpr, width: clip.width * dpr, height: clip.height * dpr }).data;
      };
      const unfocused = await wheel(await settled(page));
      await page.press('Tab');
      assert.equal(await active(page), '', 'Tab lands on the hub (introduction) button');
      await page.press('ArrowRight');
      assert.equal(await active(page), 'migrants-rights');
      const shot = await settled(page);
      keep(shot, `${name}-focus-ring`);
      assert.ok(!(await wheel(shot)).equals(unfocused), 'a focus ring is drawn on the wheel');
      await page.press('Enter');
      assert.equal(await domainOf(page, 'mgi-wheel'), 'migrants-rights');
      await page.press('ArrowRight');
      await page.press('ArrowRight');
      assert.equal(await active(page), 'partnerships');
      await page.press('Space');
      assert.equal(await domainOf(page, 'mgi-wheel'), 'partnerships');
      await page.press('Escape');
      assert.equal(await domainOf(page, 'mgi-wheel'), null);
      await page.press('Shift+Tab');
      assert.equal(await active(page), 'before', 'Shift+Tab leaves the wheel backwards');
      assert.deepEqual(await page.evaluate(() => window.__events),
        [['migrants-rights', 'keyboard'], ['partnerships', 'keyboard'], [null, 'keyboard']]);
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('a profile that is not there: ready rejects, the panel and the console say why', async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '<mgi-wheel profile="/missing.json"></mgi-wheel>');
      assert.match(await readyOutcome(page) ?? '', /HTTP 404/);
      assert.match(await panelText(page), /The profile could not be shown[\s\S]*HTTP 404/);
      const errors = await page.consoleErrors();
      assert.ok(errors.some((e) => /HTTP 404/.test(e)), `console.error names it: ${JSON.stringify(errors)}`);
      await page.close();
    });

    test('HTTP 500: the panel says so with Try again; a real click on it loads the profile', async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '<mgi-wheel profile="/net/500-once.json"></mgi-wheel>');
      assert.match(await readyOutcome(page) ?? '', /HTTP 500/);
      const failed = await panelState(page);
      assert.equal(failed.state, 'error');
      assert.match(failed.text, /The profile could not be shown[\s\S]*HTTP 500/);
      assert.ok(failed.retry, 'a Try again button');
      const errors = await page.consoleErrors();
      assert.ok(errors.some((e) => /HTTP 500/.test(e)), `console.error names it: ${JSON.stringify(errors)}`);
      await page.click(failed.retry.x, failed.retry.y);
      assert.deepEqual(await waitReady(page), { domain: null, profile: 'balti-2023', compare: null, lang: 'en' });
      assert.equal((await panelState(page)).state, 'intro');
      assert.deepEqual(await offColours(page, await settled(page), 'mgi-wheel'), [], 'the wheel is drawn after Try again');
      await page.close();
    });

    test('profiles with values of the wrong type: the panel and the console name what and where, as the validator does', async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '');
      const expected = [];
      for (const f of WRONG_TYPES) {
        const [message] = validatorErrors(path.join(INVALID, f)).messages;
        expected.push(message);
        const seen = await loadOutcome(page, `/data/invalid/${f}`);
        assert.equal(seen.event, 'error', `${f}: refused`);
        assert.equal(seen.message, message, `${f}: the widget's words are the validator's`);
        assert.equal(seen.state, 'error', f);
        assert.ok(seen.alert, `${f}: the message is an alert`);
        assert.ok(seen.text.includes(message), `${f}: the panel shows "${message}": ${seen.text}`);
      }
      const errors = await page.consoleErrors();
      for (const message of expected) assert.ok(errors.some((e) => e.includes(message)), `on the console: ${message} (${JSON.stringify(errors)})`);
      await page.close();
    });

    test('compare: a real click on either wheel selects the domain on both, and both are redrawn', async () => {
      const page = await browser.newPage({ width: 1100, height: 900 });
      await mount(page, browser.url, '<mgi-wheel id="c" profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json"></mgi-wheel>');
      assert.deepEqual(await waitReady(page, '#c'), { domain: null, profile: 'balti-2023', compare: 'azerbaijan-2023', lang: 'en' });
      const shot = await settled(page);
      for (const wheel of [0, 1]) assert.deepEqual(await offColours(page, shot, '#c', { wheel }), []);
      for (const [wheel, id] of [[0, 'partnerships'], [1, 'well-being'], [1, 'migrants-rights']]) {
        await clickRedraws(page, '#c', id, { wheel, redrawn: [0, 1] });
        await settled(page);
        const { wheels } = await page.evaluate(() => document.querySelector('#c').layout());
        assert.deepEqual(wheels[0].segments, wheels[1].segments, `${id}: both wheels turned alike`);
      }
      keep(await page.screenshot(), `${name}-compare`);
      assert.match(await panelText(page, '#c'), /Municipality of Balti[\s\S]*Republic of Azerbaijan/);
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('deep links: a page opened on a fragment selects its domain; a click writes the fragment', async () => {
      const page = await browser.newPage();
      await page.goto(browser.url + 'fixtures/deep-link.html#mgi-linked=mobility-crises');
      assert.equal((await waitReady(page, '#linked')).domain, 'mobility-crises');
      await settled(page);
      await clickRedraws(page, '#linked', 'partnerships');
      assert.equal(await page.evaluate(() => location.hash), '#mgi-linked=partnerships');
      await page.evaluate(() => { location.hash = '#mgi-linked=well-being'; });
      await page.waitForFunction(() => document.getElementById('linked').state().domain === 'well-being');
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });
  });
}
