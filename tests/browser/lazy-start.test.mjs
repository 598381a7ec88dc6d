// A long article of thirty widgets (issue 27): only the widgets near the viewport fetch their
// profile and draw; the others keep their place and start as the visitor scrolls near them, or at
// once when a page asks for their `ready` or marks them loading="eager". In every engine
// (engines.mjs: Chromium, Firefox, WebKit). Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { mount, test, testRoutes, waitReady } from './harness.mjs';
import { shoot } from './page-kit.mjs';

const PROFILES = ['azerbaijan-2023', 'balti-2023'];
// Each widget's own URL (the query keeps them distinct downloads), so a request names its widget.
const profileOf = (i) => `/profiles/${PROFILES[i % 2]}.json?w=${i}`;
const GAP_PX = 2000;  // more than two viewports between the widgets after the first three

// Three widgets side by side at the top, then 27 more, each after a long stretch of text.
function article(count = 30) {
  const top = [0, 1, 2].map((i) => `<mgi-wheel id="w${i}" profile="${profileOf(i)}"></mgi-wheel>`).join('');
  let rest = '';
  for (let i = 3; i < count; i++) rest += `<p style="height:${GAP_PX}px;margin:0">Paragraph ${i}.</p><mgi-wheel id="w${i}" profile="${profileOf(i)}"></mgi-wheel>`;
  return `<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:8px">${top}</div>${rest}<p>The end.</p>`;
}

// The widgets whose profile the page has asked for, by index, from the server's log.
const fetchedWidgets = (requests) => requests
  .map((u) => new URL(u, 'http://x').searchParams.get('w'))
  .filter((w) => w !== null).map(Number).sort((a, b) => a - b);

// In the page: resolves once element `id` has raised mgi-ready (without asking for its `ready`,
// which would start it), with the element's height before it started and after.
const readyEventOf = (page, id) => page.evaluate((id) => {
  const el = document.getElementById(id);
  window.__readyEvents = window.__readyEvents || {};
  const before = el.getBoundingClientRect().height;
  const seen = () => ({ before, after: el.getBoundingClientRect().height });
  window.__readyEvents[id] = el.state().profile ? Promise.resolve(seen())  // an eager one may be ready already
    : new Promise((resolve) => el.addEventListener('mgi-ready', () => resolve(seen()), { once: true }));
}, id);
const awaitReadyEvent = (page, id) => page.evaluate((id) => window.__readyEvents[id], id);

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, testRoutes());

    test('a long article: the three widgets in view start, the 27 far below fetch nothing', async () => {
      const page = await browser.newPage({ width: 1000, height: 800 });
      browser.requests.length = 0;
      await mount(page, browser.url, article());
      for (const id of ['w0', 'w1', 'w2']) await waitReady(page, `#${id}`);
      // The far widgets had every chance to start: the page has drawn since and is idle.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const requests = [...browser.requests];
      assert.deepEqual(fetchedWidgets(requests), [0, 1, 2], `profiles fetched: ${requests.filter((u) => u.includes('/profiles/')).join(', ')}`);
      assert.equal(requests.filter((u) => /mgi-wheel-core[^/]*\.wasm/.test(u)).length, 1, 'the core once for all');
      const far = await page.evaluate(() => {
        const el = document.getElementById('w10');
        return { state: el.state(), drawn: el.layout().wheels.length, height: el.getBoundingClientRect().height };
      });
      assert.equal(far.state.profile, null, 'a far widget has loaded no profile');
      assert.equal(far.drawn, 0, 'and drawn no wheel');
      assert.ok(far.height >= 260, `but keeps its place (${far.height} px)`);
      await shoot(page, `${name}-lazy-article-top`);
      await page.close();
    });

    test('scrolling near a far widget starts it, in the place it kept; the others stay asleep', async () => {
      const page = await browser.newPage({ width: 1000, height: 800 });
      await mount(page, browser.url, article());
      for (const id of ['w0', 'w1', 'w2']) await waitReady(page, `#${id}`);
      await readyEventOf(page, 'w10');
      browser.requests.length = 0;
      await page.evaluate(() => document.getElementById('w10').scrollIntoView({ block: 'center' }));
      const { before, after } = await awaitReadyEvent(page, 'w10');
      assert.equal(after, before, 'its height is the one it kept before it started');
      assert.deepEqual(fetchedWidgets(browser.requests), [10], 'only the widget scrolled to');
      const shown = await page.evaluate(() => document.getElementById('w10').state().profile);
      assert.equal(shown, 'azerbaijan-2023');
      await shoot(page, `${name}-lazy-article-w10`);
      await page.close();
    });

    test('a far widget whose ready is asked for starts at once', async () => {
      const page = await browser.newPage({ width: 1000, height: 800 });
      await mount(page, browser.url, article(12));
      const state = await waitReady(page, '#w11');
      assert.equal(state.profile, 'balti-2023');
      assert.ok(fetchedWidgets(browser.requests).includes(11));
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'without scrolling to it');
      await page.close();
    });

    test('loading="eager" starts a far widget with the page, the div form too', async () => {
      const page = await browser.newPage({ width: 1000, height: 800 });
      browser.requests.length = 0;
      await mount(page, browser.url, `<p style="height:${GAP_PX}px">Text.</p>
        <mgi-wheel id="eager" loading="eager" profile="${profileOf(1)}"></mgi-wheel>
        <div id="eager-div" data-mgi-wheel data-loading="eager" data-profile="${profileOf(3)}"></div>
        <mgi-wheel id="lazy" profile="${profileOf(5)}"></mgi-wheel>`);
      await readyEventOf(page, 'eager');
      await readyEventOf(page, 'eager-div');
      await awaitReadyEvent(page, 'eager');
      await awaitReadyEvent(page, 'eager-div');
      assert.deepEqual(fetchedWidgets(browser.requests), [1, 3], 'the eager ones, not the lazy one');
      await page.close();
    });

    // Chromium only: layout-shift entries are a Chromium API.
    if (name === 'chromium') test('scrolling the article to its end: every widget starts on the way, and nothing shifts', async () => {
      const page = await browser.newPage({ width: 1000, height: 800 });
      await mount(page, browser.url, article());
      for (const id of ['w0', 'w1', 'w2']) await waitReady(page, `#${id}`);
      const result = await page.evaluate(async () => {
        const shifts = [];
        new PerformanceObserver((list) => { for (const e of list.getEntries()) shifts.push(e.value); }).observe({ type: 'layout-shift' });
        const widgets = [...document.querySelectorAll('mgi-wheel')];
        const started = widgets.map((el) => new Promise((resolve) => {
          if (el.state().profile) resolve(); else el.addEventListener('mgi-ready', () => resolve(), { once: true });
        }));
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 1) { window.scrollBy(0, 600); await frame(); }
        await Promise.all(started);
        await frame();
        return { shifts, count: widgets.length };
      });
      assert.equal(result.count, 30);
      assert.equal(result.shifts.reduce((a, b) => a + b, 0), 0, `layout shifts while scrolling: ${JSON.stringify(result.shifts)}`);
      await page.close();
    });

    test('the place a widget keeps before it starts is the size the core then gives its canvas', async () => {
      const page = await browser.newPage({ width: 1500, height: 800 });
      const widths = [300, 420, 639, 640, 900, 1400];
      const html = widths.flatMap((w) => [
        `<mgi-wheel id="p${w}" style="width:${w}px" profile="${profileOf(0)}"></mgi-wheel>`,
        `<mgi-wheel id="c${w}" style="width:${w}px" profile="${profileOf(0)}" compare="${profileOf(1)}"></mgi-wheel>`,
      ]).join('');
      await mount(page, browser.url, `<p style="height:${GAP_PX}px">Text.</p>${html}`);
      const canvasSizes = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('mgi-wheel')].map((el) => {
        const c = el.shadowRoot.querySelector('canvas');
        // To a hundredth of a pixel: the core plans in 32-bit floats (281.600006 for 281.6).
        return [el.id, `${parseFloat(c.style.width).toFixed(2)} x ${parseFloat(c.style.height).toFixed(2)}`];
      })));
      await page.waitForFunction(() => [...document.querySelectorAll('mgi-wheel')].every((el) => el.shadowRoot.querySelector('canvas').style.height));
      const before = await canvasSizes();
      assert.equal(await page.evaluate(() => document.querySelector('mgi-wheel').state().profile), null, 'not started yet');
      await page.evaluate(() => Promise.all([...document.querySelectorAll('mgi-wheel')].map((el) => el.ready)).then(() => null));
      assert.deepEqual(await canvasSizes(), before);
      await page.close();
    });
  });
}
