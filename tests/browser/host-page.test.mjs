// The widget on pages it does not control, in every engine (engines.mjs: Chromium, Firefox,
// WebKit): a CMS theme's aggressive global CSS, a scaled ancestor, a scrolled page at
// devicePixelRatio 2; and its life cycle there (mount and remove 55 times). Screenshots go to
// build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, frames, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { DOMAIN_IDS, mount, segmentPoint, test, testRoutes, waitReady } from './harness.mjs';
import { shoot } from './page-kit.mjs';

// What the host page's own elements look like: the widget must not change any of it.
const HOST_LOOK = () => {
  const look = (sel) => { const s = getComputedStyle(document.querySelector(sel));
    return [s.width, s.height, s.color, s.fontSize, s.boxSizing, s.borderTopWidth, s.textTransform, s.fontFamily].join(' '); };
  return { p: look('#host-paragraph'), canvas: look('#host-canvas'), body: look('body').split(' ').slice(2).join(' '),  // its height grows with the widget, of course
    sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length,
    styles: document.querySelectorAll('style, link[rel=stylesheet]').length };
};

// The page's one core outlives its widgets: what a removed widget leaves behind in C++ would grow
// its Wasm memory. Keeps the memories instantiated, and counts the WebGL contexts made. Run before
// the widget's script (testRoutes' init scripts).
const WATCH_CORE = `(() => {
  window.__memories = [];
  window.__glContexts = 0;
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) {
    return instantiate.apply(this, args).then((result) => {
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      for (const v of Object.values(instance.exports)) if (v instanceof WebAssembly.Memory) window.__memories.push(v);
      return result;
    });
  };
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    if (/webgl/.test(kind)) window.__glContexts++;
    return getContext.call(this, kind, ...rest);
  };
})();`;

// Mounts a widget, waits for it, selects a domain through the API, removes it, `n` times; keeps a
// weak reference to its canvas (the core holds it, so a live canvas means a live instance).
const cycle = (page, n) => page.evaluate(async (n) => {
  window.__canvases ||= [];
  for (let i = 0; i < n; i++) {
    const el = document.createElement('mgi-wheel');
    el.setAttribute('profile', i % 2 ? '/profiles/balti-2023.json' : '/profiles/azerbaijan-2023.json');
    document.getElementById('host').append(el);
    await el.ready;
    el.select('partnerships');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.__canvases.push(new WeakRef(el.shadowRoot.querySelector('canvas')));
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
  }
}, n);
const wasmBytes = (page) => page.evaluate(() => window.__memories.reduce((sum, mem) => sum + mem.buffer.byteLength, 0));

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, testRoutes({}, { initScripts: { core: WATCH_CORE } }));

    // The hostile host page at DPR 2, its look before the widget came, the widget ready and the
    // page scrolled by 520 px.
    const onHostilePage = async () => {
      const page = await browser.newPage({ deviceScaleFactor: 2, width: 1100, height: 800 });
      await page.goto(browser.url + 'fixtures/hostile.html');
      const before = await page.evaluate(HOST_LOOK);
      await page.evaluate(() => {
        document.getElementById('host').innerHTML = '<mgi-wheel id="w" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>';
      });
      await waitReady(page, '#w');
      await page.evaluate(() => window.scrollTo(0, 520));
      await frames(page);  // a rendering update has seen the scroll
      return { page, before };
    };

    describe('aggressive host CSS, a scaled ancestor, a scrolled page, DPR 2', () => {
      test('the canvas is not distorted: square, a backing store of CSS size x DPR', async () => {
        const { page } = await onHostilePage();
        // The host's width may still settle after `ready` (its layout, the page's scroll bar): the
        // backing store follows with the next frame drawn, which a loaded machine may take a while to
        // draw, so the sizes are read once it has.
        await page.waitForFunction(() => {
          const c = document.getElementById('w').shadowRoot.querySelector('canvas');
          return c.width === Math.round(c.clientWidth * 2);
        }, null, { timeout: 5000 }).catch(() => {});
        const canvas = await page.evaluate(() => {
          const c = document.getElementById('w').shadowRoot.querySelector('canvas');
          const s = getComputedStyle(c);
          return { w: c.clientWidth, h: c.clientHeight, bw: c.width, bh: c.height, border: s.borderTopWidth };
        });
        assert.equal(canvas.w, canvas.h, `square canvas (${canvas.w}x${canvas.h})`);
        assert.ok(canvas.w >= 260, 'not squeezed by canvas{height:40px !important}');
        assert.equal(canvas.border, '0px');
        assert.equal(canvas.bw, Math.round(canvas.w * 2));
        await page.close();
      });

      test('every segment is selected by a click on it, at three depths of the ring, through scale(0.8)', async () => {
        const { page } = await onHostilePage();
        for (const id of DOMAIN_IDS) {
          for (const radiusShare of [0.15, 0.5, 0.85]) {
            // Clicking the selected segment again returns to the introduction: start from there.
            await page.evaluate(() => document.getElementById('w').select(null));
            // The wheel holds still (no frame drawn, its angles as they were 100 ms before): a click
            // lands where layout() says.
            await quiet(page);
            await page.waitForFunction(() => {
              const angle = document.getElementById('w').layout().wheels[0].segments[0].start_deg;
              const still = angle === window.__lastAngle;
              window.__lastAngle = angle;
              return still;
            }, null, { interval: 100 });
            const p = await segmentPoint(page, id, { selector: '#w', radiusShare });
            await page.click(p.x, p.y);
            await page.waitForFunction((id) => document.getElementById('w').state().domain === id, id, { timeout: 2000 }).catch(() => {});
            const state = await page.evaluate(() => document.getElementById('w').state());
            assert.equal(state.domain, id, `click at ${radiusShare} of the ring of ${id}`);
          }
        }
        await quiet(page);  // the last turn is over
        await shoot(page, `${name}-hostile-host-dpr2`);
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      });

      test('the panel\'s text keeps its own size and spacing despite * { font-size: 20px; line-height: 3 }', async () => {
        const { page } = await onHostilePage();
        await page.evaluate(() => document.getElementById('w').select('safe-orderly-migration'));
        const text = await page.evaluate(() => {
          const s = getComputedStyle(document.getElementById('w').shadowRoot.querySelector('[part="panel"] p.description'));
          return { size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight), transform: s.textTransform };
        });
        assert.ok(text.size >= 14 && text.size <= 18, `panel font size ${text.size}px`);
        assert.ok(text.line <= text.size * 1.6, `panel line height ${text.line}px for ${text.size}px text`);
        assert.equal(text.transform, 'none');
        await page.close();
      });

      test('the host page\'s look is what it was', async () => {
        const { page, before } = await onHostilePage();
        await page.evaluate(() => document.getElementById('w').select('partnerships'));
        assert.deepEqual(await page.evaluate(HOST_LOOK), before);
        await page.close();
      });

      test('the host page scrolls with the pointer over the widget: the mouse wheel and the keyboard', async () => {
        const { page } = await onHostilePage();
        const centre = await segmentPoint(page, 'partnerships', { selector: '#w' });
        await page.move(centre.x, centre.y);
        const y0 = await page.evaluate(() => scrollY);
        await page.wheel(0, 300);
        await page.waitForFunction((y) => scrollY > y, y0);
        const y1 = await page.evaluate(() => scrollY);
        await page.evaluate(() => document.activeElement && document.activeElement.blur());
        await frames(page);  // the focus change rendered before the key (a11y-keyboard.test.mjs's longPanel says why)
        await page.press('PageDown');
        await page.waitForFunction((y) => scrollY > y, y1);
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      });
    });

    test('mounted and removed 55 times: one core for the page, one WebGL context, its Wasm memory does not grow', async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '', 'fixtures/blank.html?init=core');
      await cycle(page, 5);
      const base = await wasmBytes(page);
      await cycle(page, 50);
      const after = await wasmBytes(page);
      // A widget holds its profile (about 0.5 MB in the core): 50 left behind would be 25 MB.
      assert.equal((await page.evaluate(() => window.__memories.length)), 1, 'one core for the page');
      assert.ok(after - base < 2e6, `Wasm memory grew from ${base / 1e6} to ${after / 1e6} MB`);
      assert.equal(await page.evaluate(() => window.__glContexts), 1, 'one WebGL context for the page, over 55 widgets');
      assert.ok(!(await page.consoleMessages()).some((m) => /too many active webgl contexts/i.test(m.text)),
        'no GL context was left for the browser to reclaim');
      assert.deepEqual(await page.pageErrors(), []);
      await page.close();
    });

    // Chromium only: a full garbage collection on demand and the DOM's and V8's counters are CDP's
    // (HeapProfiler, Memory, Performance); the other engines' drivers have none of them.
    if (name === 'chromium') {
      test('mounted and removed 55 times: no leaked canvases, listeners, DOM nodes or JS heap', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '', 'fixtures/blank.html?init=core');
        const cdp = await page.playwright.context().newCDPSession(page.playwright);
        await cdp.send('Performance.enable');
        const counters = async () => {
          // Two full collections a moment apart: V8 frees some wrappers (and their listeners) only on a
          // second pass, and a loaded machine may not have run the first one's finalizers yet.
          await cdp.send('HeapProfiler.collectGarbage');
          await page.wait(200);  // for V8's finalizers, not for the widget
          await cdp.send('HeapProfiler.collectGarbage');
          const { metrics } = await cdp.send('Performance.getMetrics');
          const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
          const dom = await cdp.send('Memory.getDOMCounters');
          const alive = await page.evaluate(() => window.__canvases.filter((r) => r.deref()).length);
          return { listeners: dom.jsEventListeners, nodes: dom.nodes, heap: m.JSHeapUsedSize, alive, wasm: await wasmBytes(page) };
        };
        await cycle(page, 5);
        const base = await counters();
        await cycle(page, 50);
        // WeakRefs are only cleared between tasks: collect, then look.
        const after = await counters();
        assert.ok(after.alive <= 1, `canvases still alive after removal: ${after.alive} of 55`);
        assert.ok(after.listeners <= base.listeners + 5, `event listeners grew from ${base.listeners} to ${after.listeners}`);
        assert.ok(after.nodes <= base.nodes + 50, `DOM nodes grew from ${base.nodes} to ${after.nodes}`);
        // One instance holds at least 4 MB of Wasm memory and its JS glue: 50 leaked ones would be far
        // more than this.
        assert.ok(after.heap - base.heap < 4e6, `JS heap grew by ${((after.heap - base.heap) / 1e6).toFixed(1)} MB`);
        console.log(`# 50 mounts: listeners ${base.listeners}→${after.listeners}, nodes ${base.nodes}→${after.nodes}, ` +
          `JS heap ${(base.heap / 1e6).toFixed(1)}→${(after.heap / 1e6).toFixed(1)} MB, ` +
          `Wasm memory ${(base.wasm / 1e6).toFixed(1)}→${(after.wasm / 1e6).toFixed(1)} MB, live canvases ${after.alive}`);
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      });
    }
  });
}
