// Everyone can use it, in every engine (engines.mjs: Chromium, Firefox, WebKit): the keyboard (the
// canvas's accessible twin, the panel's scrolling) and screen readers (names, pressed states, a
// live region). axe-core and languages: a11y.test.mjs; motion, touch, print and forced colours:
// a11y-media.test.mjs. Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, frames, keep, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { DOMAIN_IDS, active, longProfileRoute, mount, readProfile, shotWhen, test, testRoutes, waitReady } from './harness.mjs';
import { focusIn } from './page-kit.mjs';

const azerbaijan = readProfile('azerbaijan-2023.json');
const routes = () => testRoutes(longProfileRoute());

const twin = (page) => page.evaluate(() => [...document.querySelector('mgi-wheel').shadowRoot.querySelectorAll('.twin button')]
  .map((b) => ({ domain: b.dataset.domain, label: b.textContent, pressed: b.getAttribute('aria-pressed'), tab: b.tabIndex })));
const domainOf = async (page) => (await page.evaluate(() => document.querySelector('mgi-wheel').state())).domain;
const BETWEEN = '<button id="before">before</button><mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel><button id="after">after</button>';
// The panel's scroll position once it has come to rest (Page Down scrolls smoothly), not mid-way.
const atRest = (page) => page.evaluate(() => new Promise((resolve) => {
  const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
  let last = p.scrollTop, still = 0;
  const tick = () => { still = p.scrollTop === last ? still + 1 : 0; last = p.scrollTop; if (still >= 10) resolve(last); else requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
}));

// Page Down on the focused panel, until it has scrolled past 100 px. In CI under full load Chromium
// three times left a Page Down unscrolled even after a rendering update (never on this machine in
// 60 loaded runs). What the panel did is recorded: a scroll that was undone is the widget's fault
// and fails; a key that scrolled nothing at all is pressed once more, as a visitor would, and said.
async function pageDownScrolls(page) {
  await page.evaluate(() => {
    const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
    window.__panelSeen = { maxTop: 0, renders: 0 };
    p.addEventListener('scroll', () => { window.__panelSeen.maxTop = Math.max(window.__panelSeen.maxTop, p.scrollTop); });
    new MutationObserver(() => { window.__panelSeen.renders++; }).observe(p, { childList: true });
  });
  const scrolled = (timeout) => page.waitForFunction(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').scrollTop > 100, undefined, { timeout })
    .then(() => true, () => false);
  const seen = () => page.evaluate(() => {
    const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
    return { focus: document.activeElement?.localName, inner: document.activeElement?.shadowRoot?.activeElement?.getAttribute('part'),
      hasFocus: document.hasFocus(), scrollTop: p.scrollTop, scrollHeight: p.scrollHeight, clientHeight: p.clientHeight, state: p.dataset.state,
      ...window.__panelSeen };
  });
  await page.press('PageDown');
  if (await scrolled(5000)) return;
  const first = await seen();
  assert.equal(first.maxTop, 0, `the panel scrolled and was put back: ${JSON.stringify(first)}`);
  assert.equal(first.renders, 0, `the panel was rendered again after Page Down: ${JSON.stringify(first)}`);
  console.error(`# Page Down scrolled nothing, pressed once more: ${JSON.stringify(first)}`);
  await page.press('PageDown');
  if (!(await scrolled(10000))) throw new Error(`Page Down did not scroll the panel: ${JSON.stringify(await seen())}`);
}

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes());
    // The wheel between two buttons, the first focused; mgi-select details in window.__events.
    const between = async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, BETWEEN);
      await waitReady(page);
      await page.evaluate(() => {
        window.__events = [];
        document.querySelector('mgi-wheel').addEventListener('mgi-select', (e) => window.__events.push(e.detail));
        document.getElementById('before').focus();
      });
      return page;
    };
    const longPanel = async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '<mgi-wheel profile="/long.json" domain="partnerships"></mgi-wheel>');
      await waitReady(page);
      assert.ok(await page.evaluate(() => { const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]'); return p.scrollHeight > p.clientHeight + 100; }),
        'the panel is a scroll box');
      await focusIn(page, 'mgi-wheel', '[part="panel"]');
      // A rendering update after the focus moved, before any key: Chromium let a Page Down sent in
      // the same frame as the focus go unscrolled (1 in 8 pages on a loaded machine; 0 in 10 after
      // one update), as no visitor's key ever comes that fast.
      await frames(page);
      return page;
    };

    describe('keyboard', () => {
      test('Tab reaches the wheel, the arrows move in wheel order, and a focus ring is drawn', async () => {
        const page = await between();
        const box = await page.evaluate(() => document.querySelector('mgi-wheel').getBoundingClientRect().toJSON());
        const wheelShot = () => page.screenshot({ clip: { x: box.x, y: box.y, width: 460, height: 460 } });
        await quiet(page);
        const unfocused = await wheelShot();
        await page.press('Tab');
        assert.equal(await active(page), '', 'Tab lands on the hub (introduction) button');
        await page.press('ArrowRight');
        assert.equal(await active(page), 'migrants-rights');
        const ringed = await shotWhen(page, wheelShot, (shot) => !shot.equals(unfocused));
        assert.notDeepEqual(ringed, unfocused, 'a focus ring is drawn on the wheel');
        await quiet(page);
        keep(await page.screenshot(), `${name}-keyboard-focus-ring`);
        await page.close();
      });

      test('Enter and Space select, Escape returns to the introduction', async () => {
        const page = await between();
        await page.press('Tab');
        await page.press('ArrowRight');
        await page.press('Enter');
        assert.equal(await domainOf(page), 'migrants-rights');
        await page.press('ArrowRight');
        await page.press('ArrowRight');
        assert.equal(await active(page), 'partnerships');
        await page.press('Space');
        assert.equal(await domainOf(page), 'partnerships');
        await page.press('Escape');
        assert.equal(await domainOf(page), null);
        assert.deepEqual((await page.evaluate(() => window.__events)).map((e) => [e.domain, e.source]),
          [['migrants-rights', 'keyboard'], ['partnerships', 'keyboard'], [null, 'keyboard']]);
        await page.close();
      });

      test('wheel order wraps around: left from the hub is the last segment', async () => {
        const page = await between();
        await page.press('Tab');
        await page.press('ArrowRight');
        await page.press('Home');
        await page.press('ArrowLeft');
        assert.equal(await active(page), 'safe-orderly-migration');
        await page.close();
      });

      test('one tab stop for the wheel, then the panel, then the panel\'s own buttons, then out; no trap backwards', async () => {
        const page = await between();
        await page.press('Tab');
        await page.press('Tab');
        assert.equal(await active(page), 'panel');
        let presses = 0;
        while ((await active(page)) !== 'after' && presses < 40) { await page.press('Tab'); presses++; }
        assert.equal(await active(page), 'after', 'Tab leaves the widget');
        for (let i = 0; i < presses; i++) await page.press('Shift+Tab');
        assert.equal(await active(page), 'panel');
        await page.press('Shift+Tab');
        assert.equal(await active(page), '', 'Shift+Tab comes back to the wheel');
        await page.press('Shift+Tab');
        assert.equal(await active(page), 'before');
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      });

      test('the panel scrolls with Page Down when it has focus', async () => {
        const page = await longPanel();
        await pageDownScrolls(page);
        const top = await atRest(page);
        assert.ok(top < await page.evaluate(() => { const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]'); return p.scrollHeight - p.clientHeight; }),
          'Page Down left room to scroll further');
        await page.close();
      });

      test('the panel scrolls further with the arrow keys', async () => {
        const page = await longPanel();
        await pageDownScrolls(page);
        const top = await atRest(page);
        await page.press('ArrowDown');
        await page.waitForFunction((t) => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').scrollTop > t, top);
        assert.ok(await atRest(page) > top);
        await page.close();
      });

      test('another domain is read from its beginning, not from where the last one was left', async () => {
        const page = await longPanel();
        await pageDownScrolls(page);
        await atRest(page);
        await page.evaluate(() => document.querySelector('mgi-wheel').select('well-being'));
        assert.equal(await page.evaluate(() => { const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]'); return [p.querySelector('h2').textContent, p.scrollTop].join(' @ '); }),
          'Well-being of migrants @ 0');
        await page.close();
      });
    });

    describe('screen readers', () => {
      const open = async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '<mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
        await waitReady(page);
        return page;
      };

      test('the canvas is hidden from them', async () => {
        const page = await open();
        const canvas = await page.evaluate(() => {
          const c = document.querySelector('mgi-wheel').shadowRoot.querySelector('canvas');
          return { hidden: c.getAttribute('aria-hidden'), tabindex: c.getAttribute('tabindex'), display: getComputedStyle(c).display };
        });
        assert.deepEqual(canvas, { hidden: 'true', tabindex: null, display: 'block' });
        await page.close();
      });

      test('its twin buttons are named and pressed, in a group that is visually hidden but in the accessibility tree', async () => {
        const page = await open();
        const buttons = await twin(page);
        assert.deepEqual(buttons.map((b) => b.domain), ['', ...DOMAIN_IDS]);
        assert.deepEqual(buttons.map((b) => b.label), ['Introduction', ...azerbaijan.domains.map((d) => d.title)]);
        assert.deepEqual(buttons.map((b) => b.pressed), ['true', 'false', 'false', 'false', 'false', 'false', 'false']);
        // Visually hidden, not display:none: in the accessibility tree.
        const group = await page.evaluate(() => {
          const g = document.querySelector('mgi-wheel').shadowRoot.querySelector('.twin');
          return { display: getComputedStyle(g).display, label: g.getAttribute('aria-label'), role: g.getAttribute('role'), w: g.getBoundingClientRect().width };
        });
        assert.notEqual(group.display, 'none');
        assert.equal(group.role, 'group');
        assert.equal(group.label, 'Migration governance wheel of Republic of Azerbaijan');
        assert.ok(group.w <= 1);
        await page.close();
      });

      // Chromium only: the accessibility tree as Playwright's ARIA snapshot reads it; the other
      // drivers have no view of the accessibility tree.
      if (name === 'chromium') {
        test('the accessibility tree has the named group and buttons, no image or canvas', async () => {
          const page = await open();
          const snapshot = await page.playwright.locator('mgi-wheel').ariaSnapshot();
          assert.match(snapshot, /group "Migration governance wheel of Republic of Azerbaijan"/);
          assert.match(snapshot, /button "Introduction" \[pressed\]/);
          assert.match(snapshot, /button "Partnerships"\n/);
          assert.doesNotMatch(snapshot, /img|canvas/i);
          await page.close();
        });
      }

      test('a twin button activated as a screen reader does: pressed, and the change announced', async () => {
        const page = await open();
        await page.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('.twin button[data-domain="partnerships"]').click());
        const buttons = await twin(page);
        assert.equal(buttons.find((b) => b.domain === 'partnerships').pressed, 'true');
        assert.equal(buttons[0].pressed, 'false');
        const live = await page.evaluate(() => {
          const l = document.querySelector('mgi-wheel').shadowRoot.querySelector('[aria-live="polite"]');
          return { text: l.textContent, atomic: l.getAttribute('aria-atomic') };
        });
        const partnerships = azerbaijan.domains[2];
        const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
        assert.equal(live.text, `${partnerships.title}: ${n(partnerships.well_developed.length, 'well-developed area', 'well-developed areas')}, ` +
          n(partnerships.further_development.length, 'area with potential for further development', 'areas with potential for further development'));
        const panel = await page.evaluate(() => {
          const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
          return { dir: p.getAttribute('dir'), lang: p.lang, listLang: p.querySelector('ul').lang };
        });
        assert.deepEqual(panel, { dir: 'auto', lang: 'en', listLang: azerbaijan.language });
        await page.close();
      });
    });
  });
}
