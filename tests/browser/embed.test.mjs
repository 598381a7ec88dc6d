// Embedding forms of SPEC section 3, in every engine (engines.mjs: Chromium, Firefox, WebKit): the
// <div data-mgi-wheel> form, widgets added later, several independent widgets on one page, a strict
// CSP, themes, out of view and hidden tabs, the mouse wheel over the panel, the IOM-like host page.
// Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, frames, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { FRAME_COUNTER, mount, readProfile, segmentPoint, test, testRoutes, waitReady } from './harness.mjs';
import { shoot, visitUnderStrictCsp } from './page-kit.mjs';

const long = readProfile('azerbaijan-2023.json');
long.domains = long.domains.map((d) => ({ ...d, well_developed: [...Array(25)].map((_, i) => `${i + 1}. ${d.well_developed[0]}`) }));
const routes = () => testRoutes({
  '/long.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(long)),
}, { initScripts: { frames: FRAME_COUNTER } });
const COUNTED = 'fixtures/blank.html?init=frames';
const frameCount = (page) => page.evaluate(() => window.__frames);
const stateOf = (page, id) => page.evaluate((id) => document.getElementById(id).state(), id);
const facing = (page, index) => page.evaluate((index) => {
  const s = document.querySelector('mgi-wheel').layout().wheels[0].segments[index];
  return (((s.start_deg + s.end_deg) / 2) % 360 + 360) % 360;
}, index);
const backgrounds = (page, n) => page.evaluate((n) => [...Array(n).keys()].map((i) =>
  getComputedStyle(document.getElementById(`t${i}`).shadowRoot.querySelector('[part="panel"]')).backgroundColor), n);
// Play the browser's part in hiding and showing the tab (no driver has a tab strip to do it with).
const setHidden = (page, hidden) => page.evaluate((hidden) => {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}, hidden);

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes());
    const divForm = async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '<div id="d" data-mgi-wheel data-profile="/profiles/balti-2023.json" data-domain="partnerships"></div>');
      return { page, state: await waitReady(page, '#d') };
    };
    const outOfView = async () => {
      const page = await browser.newPage({ width: 1200, height: 800 });
      await mount(page, browser.url, '<div style="height: 3000px"></div><mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel><div style="height: 3000px"></div>', COUNTED);
      const state = await waitReady(page);  // below the fold: ready all the same
      await quiet(page, 1000);  // no frame pending (the GPU's first one may come late)
      const before = await frameCount(page);
      await page.evaluate(() => document.querySelector('mgi-wheel').select('partnerships'));
      // The subject, not a wait for the widget: 800 ms out of view draw no frame.
      await page.wait(800);
      return { page, state, before };
    };
    const hiddenTab = async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel>', COUNTED);
      await waitReady(page);
      await quiet(page, 1000);  // the intro sweep is over, and the GPU's first frame drawn: no frame is pending
      await setHidden(page, true);
      const before = await frameCount(page);
      await page.evaluate(() => document.querySelector('mgi-wheel').select('well-being'));
      // The subject, not a wait for the widget: 700 ms hidden draw no frame.
      await page.wait(700);
      return { page, before };
    };
    const iomPage = async () => {
      const page = await browser.newPage();
      await page.goto(browser.url + 'iom-country.html#mgi-profile=mobility-crises');
      const states = await page.evaluate(() => Promise.all([...document.querySelectorAll('mgi-wheel, [data-mgi-wheel]')]
        .map(async (el) => { await el.ready; return el.state(); })));
      return { page, states };
    };

    describe('the div form', () => {
      test('mounts, exposes the methods after mgi-ready, and a click selects', async () => {
        const { page, state } = await divForm();
        assert.deepEqual(state, { domain: 'partnerships', profile: 'balti-2023', compare: null, lang: 'en' });
        // The wheel holds still (its turn to the start domain is over), so a click lands where
        // layout() said (on a loaded machine the click came mid-turn and hit the next segment).
        await quiet(page);
        const p = await segmentPoint(page, 'well-being', { selector: '#d' });
        await page.click(p.x, p.y);
        assert.equal((await stateOf(page, 'd')).domain, 'well-being');
        await page.close();
      });

      test('follows its data-profile attribute', async () => {
        const { page } = await divForm();
        await page.evaluate(() => document.getElementById('d').setAttribute('data-profile', '/profiles/azerbaijan-2023.json'));
        const next = await page.evaluate(async () => { const d = document.getElementById('d'); await d.ready; return d.state(); });
        assert.equal(next.profile, 'azerbaijan-2023');
        await page.close();
      });

      test('follows its data-domain attribute', async () => {
        const { page } = await divForm();
        await page.evaluate(() => document.getElementById('d').setAttribute('data-domain', 'mobility-crises'));
        await page.waitForFunction(() => document.getElementById('d').state().domain === 'mobility-crises').catch(() => {});
        assert.equal((await stateOf(page, 'd')).domain, 'mobility-crises');
        await page.close();
      });
    });

    test('three widgets on one page are independent, including ones added later', async () => {
      const page = await browser.newPage({ width: 1200, height: name === 'webkit' ? 1200 : 2400 });  // Xvfb's screen is 1200 px high
      await mount(page, browser.url, '<mgi-wheel id="a" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
      await page.evaluate(() => {
        const host = document.getElementById('host');
        host.insertAdjacentHTML('beforeend', '<div id="b" data-mgi-wheel data-profile="/profiles/balti-2023.json"></div>');
        // Added 200 ms later: the subject (a widget added later), not a wait for the widget.
        setTimeout(() => host.insertAdjacentHTML('beforeend', '<mgi-wheel id="c" profile="/profiles/balti-2023.json" lang="fr"></mgi-wheel>'), 200);
      });
      for (const id of ['#a', '#b', '#c']) await waitReady(page, id);
      await page.evaluate(() => document.getElementById('b').scrollIntoView({ block: 'center' }));
      await quiet(page);
      const p = await segmentPoint(page, 'partnerships', { selector: '#b' });
      await page.click(p.x, p.y);
      const states = await page.evaluate(() => ['a', 'b', 'c'].map((id) => document.getElementById(id).state()));
      assert.deepEqual(states.map((s) => s.domain), [null, 'partnerships', null]);
      assert.deepEqual(states.map((s) => s.lang), ['en', 'en', 'fr']);
      await page.evaluate(() => document.getElementById('c').select('safe-orderly-migration'));
      await quiet(page);
      await shoot(page, `${name}-three-widgets`);
      const panels = await page.evaluate(() => ['a', 'b', 'c'].map((id) => document.getElementById(id).shadowRoot.querySelector('h2').textContent));
      assert.equal(panels[1], 'Partnerships');
      assert.equal(panels[2], 'Safe, orderly and regular migration');
      assert.match(panels[0], /Republic of Azerbaijan/);
      await page.close();
    });

    test('out of view it draws nothing, but still becomes ready', async () => {
      const { page, state, before } = await outOfView();
      assert.equal(state.profile, 'balti-2023');
      assert.equal(await frameCount(page) - before, 0, 'no frames while out of view');
      await page.close();
    });

    test('out of view, then back in view: it finishes its animation', async () => {
      const { page, before } = await outOfView();
      await page.evaluate(() => document.querySelector('mgi-wheel').scrollIntoView());
      await page.waitForFunction((n) => window.__frames > n, before).catch(() => {});
      await quiet(page);
      assert.ok(await frameCount(page) - before > 0, 'drawn once in view');
      assert.ok(Math.abs(await facing(page, 2) - 90) < 0.5);
      await page.close();
    });

    test('works under a strict Content-Security-Policy (no unsafe-eval, no unsafe-inline)', async () => {
      // No style-src: inline styles are blocked too (the widget styles itself through CSSOM).
      const state = await visitUnderStrictCsp(browser.engine, 'fixtures/csp.html', '#azerbaijan-wheel', 'partnerships', async (page) => {
        const styled = await page.evaluate(() => getComputedStyle(document.querySelector('#azerbaijan-wheel').shadowRoot.querySelector('[part="panel"]')).borderTopStyle);
        assert.equal(styled, 'solid', 'the widget\'s own styles apply');
      });
      assert.equal(state.profile, 'azerbaijan-2023');
    });

    test('theme: light by default, dark on request', async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, ['', 'dark', 'light'].map((t, i) =>
        `<mgi-wheel id="t${i}" ${t ? `theme="${t}"` : ''} profile="/profiles/balti-2023.json"></mgi-wheel>`).join(''));
      for (let i = 0; i < 3; i++) await waitReady(page, `#t${i}`);
      assert.deepEqual(await backgrounds(page, 3), ['rgb(255, 255, 255)', 'rgb(27, 34, 48)', 'rgb(255, 255, 255)']);
      await page.evaluate(() => document.getElementById('t1').scrollIntoView());
      await quiet(page);
      await shoot(page, `${name}-theme-dark`, '#t1');
      await page.close();
    });

    test('a hidden tab draws nothing', async () => {
      const { page, before } = await hiddenTab();
      assert.equal(await frameCount(page) - before, 0, 'no frames in a hidden tab');
      await page.close();
    });

    test('a hidden tab, visible again: it finishes its animation', async () => {
      const { page, before } = await hiddenTab();
      await setHidden(page, false);
      await page.waitForFunction((n) => window.__frames > n, before).catch(() => {});
      await quiet(page);
      assert.ok(await frameCount(page) - before > 0);
      const s = await page.evaluate(() => document.querySelector('mgi-wheel').layout().wheels[0].segments[3]);
      assert.ok(Math.abs((((s.start_deg + s.end_deg) / 2) % 360) - 90) < 0.5, 'the turn completed once visible');
      await page.close();
    });

    // Not in WebKit: there, after the panel has reached its end, the next wheel turn sent through
    // WebKitWebDriver (W3C wheel actions) still does not scroll the page, even half a second later;
    // not yet told apart: WebKit's wheel latching for synthetic events, or the widget.
    if (name !== 'webkit') test('the mouse wheel scrolls the panel only while it can scroll, then the page', async () => {
      const page = await browser.newPage({ width: 1200, height: 700 });
      await mount(page, browser.url, '<mgi-wheel profile="/long.json" domain="partnerships"></mgi-wheel><div style="height:3000px"></div>');
      await waitReady(page);
      const box = await page.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').getBoundingClientRect().toJSON());
      await page.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.wheel(0, 200);
      await page.waitForFunction(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').scrollTop > 0);
      assert.equal(await page.evaluate(() => scrollY), 0, 'the panel takes the scroll while it can');
      // Scrolled to its end, the next wheel turn goes to the page.
      await page.evaluate(() => { const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]'); p.scrollTop = p.scrollHeight; });
      await frames(page);  // a rendering update has seen the scroll
      // Not a wait for the widget: browsers latch a wheel gesture to the scroller it began on, and
      // a pause ends the gesture, so that the next turn is a new one, which goes to the page.
      await page.wait(500);
      await page.wheel(0, 200);
      await page.waitForFunction(() => scrollY > 0);
      await page.close();
    });

    test('the IOM-like host page: both widgets (element and div form) mount mid-page, and the deep link works', async () => {
      const { page, states } = await iomPage();
      assert.deepEqual(states.map((s) => [s.profile, s.compare, s.domain]),
        [['azerbaijan-2023', null, 'mobility-crises'], ['azerbaijan-2023', 'balti-2023', null]]);
      await quiet(page);
      await shoot(page, `${name}-iom-country-page`);
      assert.deepEqual(await page.pageErrors(), []);
      await page.close();
    });

    test('the IOM-like host page\'s own look is its own: its headings keep their font, its canvas rule reaches no widget', async () => {
      const { page } = await iomPage();
      const look = await page.evaluate(() => ({
        h1: getComputedStyle(document.querySelector('h1')).fontFamily,
        canvas: getComputedStyle(document.getElementById('profile').shadowRoot.querySelector('canvas')).maxWidth,
      }));
      assert.match(look.h1, /Arial/);
      assert.equal(look.canvas, 'none');
      await page.close();
    });

    // Chromium only: prefers-color-scheme: dark is Playwright's media emulation; Firefox's driver
    // (WebDriver BiDi) and WebKit's (W3C WebDriver) cannot emulate it.
    if (name !== 'chromium') return;

    test('theme: auto follows prefers-color-scheme', async () => {
      const page = await browser.newPage();
      await page.playwright.emulateMedia({ colorScheme: 'dark' });
      await mount(page, browser.url, ['', 'dark', 'auto', 'light'].map((t, i) =>
        `<mgi-wheel id="t${i}" ${t ? `theme="${t}"` : ''} profile="/profiles/balti-2023.json"></mgi-wheel>`).join(''));
      for (let i = 0; i < 4; i++) await waitReady(page, `#t${i}`);
      assert.deepEqual(await backgrounds(page, 4), ['rgb(255, 255, 255)', 'rgb(27, 34, 48)', 'rgb(27, 34, 48)', 'rgb(255, 255, 255)']);
      await page.close();
    });

    // The picker's and the search's labels stand outside the panel, on the host page's background.
    test('themes on a light page: the picker\'s and the search\'s texts keep a 4.5:1 contrast with what is behind them', async () => {
      const page = await browser.newPage();
      await page.playwright.emulateMedia({ colorScheme: 'dark' });
      await mount(page, browser.url, ['', 'dark', 'auto'].map((t, i) =>
        `<mgi-wheel id="t${i}" ${t ? `theme="${t}"` : ''} picker search profile="/profiles/balti-2023.json"></mgi-wheel>`).join(''));
      for (let i = 0; i < 3; i++) await waitReady(page, `#t${i}`);
      const low = await page.evaluate(() => {
        const rgb = (c) => c.match(/[\d.]+/g).map(Number);
        const luminance = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
        // The first opaque background behind `el`, across the shadow boundary; the canvas of the page is white.
        const behind = (el) => {
          for (let node = el; node; node = node.parentElement || node.getRootNode().host) {
            const c = rgb(getComputedStyle(node).backgroundColor);
            if (c.length < 4 || c[3] > 0) return c;
          }
          return [255, 255, 255];
        };
        const out = [];
        for (const host of document.querySelectorAll('mgi-wheel')) {
          for (const el of host.shadowRoot.querySelectorAll('.picker label, .search label, .picker button')) {
            const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(behind(el))];
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            if (ratio < 4.5) out.push(`${host.id} ${el.className || el.localName} "${el.textContent.trim()}": ${ratio.toFixed(2)}:1`);
          }
          if (!host.shadowRoot.querySelector('.picker label')) out.push(`${host.id}: no picker shown`);
        }
        return out;
      });
      assert.deepEqual(low, []);
      await page.evaluate(() => document.getElementById('t1').scrollIntoView());
      await quiet(page);
      await shoot(page, `${name}-theme-dark-picker`, '#t1');
      await page.close();
    });
  });
}
