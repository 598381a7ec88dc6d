// The same visit in every engine (engines.mjs: Chromium, Firefox, WebKit): the demo page is ready
// with its wheel drawn, a real click on each segment selects it, the keyboard selects through the
// canvas's accessible twin, and a missing profile is named in the panel and on the console.
// Screenshots go to build/screenshots/<engine>-*.png.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { crop, decodePng, launch, pixel, selectedEngines } from './engines.mjs';
import { DOMAIN_IDS, ROOT, SHOTS, WEB, active, mount, panelText, segmentPoint, testRoutes, waitReady } from './harness.mjs';

const COLOURS = Object.fromEntries(JSON.parse(readFileSync(path.join(ROOT, 'assets/framework.json'), 'utf8')).domains
  .map((d) => [d.id, [1, 3, 5].map((i) => parseInt(d.colour.slice(i, i + 2), 16))]));
const WHEEL = '#azerbaijan-wheel';

// The wheel's square in viewport CSS pixels, with a margin for the selected segment's lift.
const wheelClip = (page, selector) => page.evaluate((sel) => {
  const el = document.querySelector(sel);
  const w = el.layout().wheels[0];
  const box = el.getBoundingClientRect();
  const r = w.r_outer + 12;
  return { x: Math.max(0, Math.floor(box.left + w.cx - r)), y: Math.max(0, Math.floor(box.top + w.cy - r)), width: Math.ceil(2 * r), height: Math.ceil(2 * r) };
}, selector);

// Waits until the page has run no animation frame for 250 ms (the widget draws only while
// something moves: intros, turns, a focus ring's first frame), then takes a shot of the viewport,
// a PNG. Frames are counted by wrapping requestAnimationFrame once the page is loaded, which the
// widget calls anew for each frame; waiting in the page rather than comparing shots, which take
// a second each in WebKit.
async function settled(page) {
  await page.waitForFunction(() => {
    if (!window.__lastFrame) {
      window.__lastFrame = performance.now();
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => raf((t) => { window.__lastFrame = performance.now(); cb(t); });
    }
    return performance.now() - window.__lastFrame > 250;
  }, null, { timeout: 10000 });
  return page.screenshot();
}

// Saves `png` as build/screenshots/<name>.png for a person to look at.
function keep(png, name) {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(path.join(SHOTS, `${name}.png`), png);
}

const domainOf = (page, selector) => page.evaluate((sel) => document.querySelector(sel).state().domain, selector);

for (const name of selectedEngines()) {
  describe(name, () => {
    let engine, server, url, started;
    before(async () => {
      started = Date.now();
      ({ server, url } = await serve(WEB, { hooks: testRoutes() }));
      engine = await launch(name);
    });
    after(async () => {
      await engine?.close();
      await new Promise((r) => server ? server.close(r) : r());
      console.log(`${name} ${engine?.version}: ${((Date.now() - started) / 1000).toFixed(1)} s, launch included`);
    });

    test('the demo page is ready, with WebGL2, each segment drawn in its colour, no console error', async () => {
      const page = await engine.newPage();
      await page.goto(url + 'index.html');
      assert.deepEqual(await waitReady(page, WHEEL), { domain: null, profile: 'azerbaijan-2023', compare: null, lang: 'en' });
      assert.ok(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2')), 'WebGL2');
      const shot = await settled(page);
      keep(shot, `${name}-demo`);
      const image = decodePng(shot);
      const dpr = image.width / await page.evaluate(() => innerWidth);
      for (const id of DOMAIN_IDS) {
        // Near the rim on the segment's middle: clear of its icon and label.
        const p = await segmentPoint(page, id, { selector: WHEEL, radiusShare: 0.9 });
        const [r, g, b] = pixel(image, p.x * dpr, p.y * dpr);
        const far = [r, g, b].some((v, i) => Math.abs(v - COLOURS[id][i]) > 6);
        assert.ok(!far, `${id} at ${p.x.toFixed(0)},${p.y.toFixed(0)} is ${[r, g, b]}, not ${COLOURS[id]}`);
      }
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('a real pointer click on each segment selects it and raises mgi-select', async () => {
      const page = await engine.newPage();
      await page.goto(url + 'index.html');
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
      const page = await engine.newPage();
      await mount(page, url, '<button id="before">before</button><mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel><button id="after">after</button>');
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
      const page = await engine.newPage();
      await mount(page, url, '<mgi-wheel profile="/missing.json"></mgi-wheel>');
      const rejected = await page.evaluate(async () => {
        await customElements.whenDefined('mgi-wheel');
        return document.querySelector('mgi-wheel').ready.then(() => null, (e) => e.message);
      });
      assert.match(rejected ?? '', /HTTP 404/);
      assert.match(await panelText(page), /The profile could not be shown[\s\S]*HTTP 404/);
      const errors = await page.consoleErrors();
      assert.ok(errors.some((e) => /HTTP 404/.test(e)), `console.error names it: ${JSON.stringify(errors)}`);
      await page.close();
    });
  });
}
