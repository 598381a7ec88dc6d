// Embedding forms of SPEC section 3: the <div data-mgi-wheel> form, widgets added later, several
// independent widgets on one page.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { FRAME_COUNTER, mount, readProfile, screenshot, segmentPoint, start, test, testRoutes,
  visitUnderStrictCsp, waitReady } from './harness.mjs';

let h;
before(async () => { h = await start({ hooks: testRoutes() }); });
after(async () => { await h?.close(); });

test('the div form mounts, exposes the methods after mgi-ready, and follows its data- attributes', async () => {
  // Reduced motion: the wheel does not turn to the start domain, so a click lands where layout() said
  // (on a loaded machine the click came mid-turn and hit the next segment).
  const page = await h.newPage({ reducedMotion: 'reduce' });
  await mount(page, h.url, '<div id="d" data-mgi-wheel data-profile="/profiles/balti-2023.json" data-domain="partnerships"></div>');
  const state = await waitReady(page, '#d');
  assert.deepEqual(state, { domain: 'partnerships', profile: 'balti-2023', compare: null, lang: 'en' });
  const p = await segmentPoint(page, 'well-being', { selector: '#d' });
  await page.mouse.click(p.x, p.y);
  assert.equal((await page.evaluate(() => document.getElementById('d').state())).domain, 'well-being');
  await page.evaluate(() => document.getElementById('d').setAttribute('data-profile', '/profiles/azerbaijan-2023.json'));
  const next = await page.evaluate(async () => { const d = document.getElementById('d'); await d.ready; return d.state(); });
  assert.equal(next.profile, 'azerbaijan-2023');
  await page.evaluate(() => document.getElementById('d').setAttribute('data-domain', 'mobility-crises'));
  await page.waitForTimeout(100);
  assert.equal((await page.evaluate(() => document.getElementById('d').state())).domain, 'mobility-crises');
});

test('three widgets on one page are independent, including ones added later', async () => {
  const page = await h.newPage({ viewport: { width: 1200, height: 2400 } });
  await mount(page, h.url, '<mgi-wheel id="a" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
  await page.evaluate(() => {
    const host = document.getElementById('host');
    host.insertAdjacentHTML('beforeend', '<div id="b" data-mgi-wheel data-profile="/profiles/balti-2023.json"></div>');
    setTimeout(() => host.insertAdjacentHTML('beforeend', '<mgi-wheel id="c" profile="/profiles/balti-2023.json" lang="fr"></mgi-wheel>'), 200);
  });
  for (const id of ['#a', '#b', '#c']) await waitReady(page, id);
  const p = await segmentPoint(page, 'partnerships', { selector: '#b' });
  await page.mouse.click(p.x, p.y);
  const states = await page.evaluate(() => ['a', 'b', 'c'].map((id) => document.getElementById(id).state()));
  assert.deepEqual(states.map((s) => s.domain), [null, 'partnerships', null]);
  assert.deepEqual(states.map((s) => s.lang), ['en', 'en', 'fr']);
  await page.evaluate(() => document.getElementById('c').select('safe-orderly-migration'));
  await page.waitForTimeout(700);
  await screenshot(page, 'three-widgets');
  const panels = await page.evaluate(() => ['a', 'b', 'c'].map((id) => document.getElementById(id).shadowRoot.querySelector('h2').textContent));
  assert.equal(panels[1], 'Partnerships');
  assert.equal(panels[2], 'Safe, orderly and regular migration');
  assert.match(panels[0], /Republic of Azerbaijan/);
});

test('out of view it draws nothing (but still becomes ready); back in view it finishes its animation', async () => {
  const page = await h.newPage({ viewport: { width: 1200, height: 800 } });
  await page.addInitScript(FRAME_COUNTER);
  await mount(page, h.url, '<div style="height: 3000px"></div><mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel><div style="height: 3000px"></div>');
  const state = await waitReady(page);  // below the fold: ready all the same
  assert.equal(state.profile, 'balti-2023');
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => window.__frames);
  await page.evaluate(() => document.querySelector('mgi-wheel').select('partnerships'));
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => window.__frames) - before, 0, 'no frames while out of view');
  await page.evaluate(() => document.querySelector('mgi-wheel').scrollIntoView());
  await page.waitForTimeout(800);
  assert.ok(await page.evaluate(() => window.__frames) - before > 0, 'drawn once in view');
  const mid = await page.evaluate(() => {
    const s = document.querySelector('mgi-wheel').layout().wheels[0].segments[2];
    return (((s.start_deg + s.end_deg) / 2) % 360 + 360) % 360;
  });
  assert.ok(Math.abs(mid - 90) < 0.5);
});

test('works under a strict Content-Security-Policy (no unsafe-eval, no unsafe-inline)', async () => {
  // No style-src: inline styles are blocked too (the widget styles itself through CSSOM).
  const state = await visitUnderStrictCsp('fixtures/csp.html', '#azerbaijan-wheel', 'partnerships', async (page) => {
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('#azerbaijan-wheel').shadowRoot.querySelector('[part="panel"]')).borderTopStyle);
    assert.equal(styled, 'solid', 'the widget\'s own styles apply');
  });
  assert.equal(state.profile, 'azerbaijan-2023');
});

test('theme: light by default, dark on request, auto follows prefers-color-scheme', async () => {
  const page = await h.newPage({ colorScheme: 'dark' });
  await mount(page, h.url, ['', 'dark', 'auto', 'light'].map((t, i) =>
    `<mgi-wheel id="t${i}" ${t ? `theme="${t}"` : ''} profile="/profiles/balti-2023.json"></mgi-wheel>`).join(''));
  for (let i = 0; i < 4; i++) await waitReady(page, `#t${i}`);
  const backgrounds = await page.evaluate(() => [0, 1, 2, 3].map((i) =>
    getComputedStyle(document.getElementById(`t${i}`).shadowRoot.querySelector('[part="panel"]')).backgroundColor));
  assert.deepEqual(backgrounds, ['rgb(255, 255, 255)', 'rgb(27, 34, 48)', 'rgb(27, 34, 48)', 'rgb(255, 255, 255)']);
  await page.evaluate(() => document.getElementById('t1').scrollIntoView());
  await screenshot(page, 'theme-dark', page.locator('#t1'));
  await page.close();
});

// The picker's and the search's labels stand outside the panel, on the host page's background.
test('themes on a light page: the picker\'s and the search\'s texts keep a 4.5:1 contrast with what is behind them', async () => {
  const page = await h.newPage({ colorScheme: 'dark' });
  await mount(page, h.url, ['', 'dark', 'auto'].map((t, i) =>
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
  await screenshot(page, 'theme-dark-picker', page.locator('#t1'));
  await page.close();
});

test('a hidden tab draws nothing; visible again, it finishes its animation', async () => {
  const page = await h.newPage();
  await page.addInitScript(FRAME_COUNTER);
  await mount(page, h.url, '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel>');
  await waitReady(page);
  await page.waitForTimeout(1000);  // the intro sweep is over: no frame is pending
  // Headless Chromium has no tab strip: play the browser's part in hiding and showing the tab.
  const setHidden = (hidden) => page.evaluate((hidden) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
  await setHidden(true);
  const before = await page.evaluate(() => window.__frames);
  await page.evaluate(() => document.querySelector('mgi-wheel').select('well-being'));
  await page.waitForTimeout(700);
  assert.equal(await page.evaluate(() => window.__frames) - before, 0, 'no frames in a hidden tab');
  await setHidden(false);
  await page.waitForTimeout(700);
  assert.ok(await page.evaluate(() => window.__frames) - before > 0);
  const s = await page.evaluate(() => document.querySelector('mgi-wheel').layout().wheels[0].segments[3]);
  assert.ok(Math.abs((((s.start_deg + s.end_deg) / 2) % 360) - 90) < 0.5, 'the turn completed once visible');
  await page.close();
});

test('the mouse wheel scrolls the panel only while it can scroll, then the page', async () => {
  const page = await h.newPage({ viewport: { width: 1200, height: 700 } });
  const long = readProfile('azerbaijan-2023.json');
  long.domains = long.domains.map((d) => ({ ...d, well_developed: [...Array(25)].map((_, i) => `${i + 1}. ${d.well_developed[0]}`) }));
  await page.route('**/long.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(long) }));
  await mount(page, h.url, '<mgi-wheel profile="/long.json" domain="partnerships"></mgi-wheel><div style="height:3000px"></div>');
  await waitReady(page);
  const box = await page.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').getBoundingClientRect().toJSON());
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 200);
  await page.waitForFunction(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').scrollTop > 0);
  assert.equal(await page.evaluate(() => scrollY), 0, 'the panel takes the scroll while it can');
  // Scrolled to its end, the next wheel turn goes to the page.
  await page.evaluate(() => { const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]'); p.scrollTop = p.scrollHeight; });
  await page.waitForTimeout(100);
  await page.mouse.wheel(0, 200);
  await page.waitForFunction(() => scrollY > 0);
  await page.close();
});

test('the IOM-like host page: both widgets (element and div form) mount mid-page, and the deep link works', async () => {
  const page = await h.newPage();
  await page.goto(h.url + 'iom-country.html#mgi-profile=mobility-crises');
  const states = await page.evaluate(() => Promise.all([...document.querySelectorAll('mgi-wheel, [data-mgi-wheel]')]
    .map(async (el) => { await el.ready; return el.state(); })));
  assert.deepEqual(states.map((s) => [s.profile, s.compare, s.domain]),
    [['azerbaijan-2023', null, 'mobility-crises'], ['azerbaijan-2023', 'balti-2023', null]]);
  // The page's own look is its own: its headings keep their font, its canvas rule reaches no widget.
  const look = await page.evaluate(() => ({
    h1: getComputedStyle(document.querySelector('h1')).fontFamily,
    canvas: getComputedStyle(document.getElementById('profile').shadowRoot.querySelector('canvas')).maxWidth,
  }));
  assert.match(look.h1, /Arial/);
  assert.equal(look.canvas, 'none');
  await page.waitForTimeout(600);
  await screenshot(page, 'iom-country-page', page);
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});
