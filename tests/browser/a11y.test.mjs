// Everyone can use it: keyboard, screen readers (the canvas's accessible twin, a live region),
// axe-core over every state, reduced motion, touch, three languages, print, forced colours.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DOMAIN_IDS, FRAME_COUNTER, ROOT, active, mount, readProfile, screenshot, segmentPoint, shotWhen, start, test, testRoutes,
  waitReady } from './harness.mjs';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const azerbaijan = readProfile('azerbaijan-2023.json');
// A profile whose lists are long enough that the panel scrolls beside the wheel.
const long = {
  ...azerbaijan,
  id: 'long-2023',
  domains: azerbaijan.domains.map((d) => ({ ...d, well_developed: [...Array(30)].map((_, i) => `Finding ${i + 1}: ${d.well_developed[0]}`) })),
};

let h;
before(async () => {
  h = await start({ hooks: testRoutes({
    '/long.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(long)),
  }) });
});
after(async () => { await h?.close(); });

const twin = (page) => page.evaluate(() => [...document.querySelector('mgi-wheel').shadowRoot.querySelectorAll('.twin button')]
  .map((b) => ({ domain: b.dataset.domain, label: b.textContent, pressed: b.getAttribute('aria-pressed'), tab: b.tabIndex })));

async function axe(page, what) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  });
  assert.deepEqual(result, [], `axe-core violations in ${what}`);
}

test('keyboard: Tab reaches the wheel, arrows in wheel order, Enter/Space select, Escape returns, no trap', async () => {
  const page = await h.newPage();
  await mount(page, h.url, '<button id="before">before</button><mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel><button id="after">after</button>');
  await waitReady(page);
  const events = [];
  await page.exposeFunction('__sel', (d) => events.push(d));
  await page.evaluate(() => document.querySelector('mgi-wheel').addEventListener('mgi-select', (e) => window.__sel(e.detail)));
  const box = await page.evaluate(() => document.querySelector('mgi-wheel').getBoundingClientRect().toJSON());
  const wheelShot = () => page.screenshot({ clip: { x: box.x, y: box.y, width: 460, height: 460 } });

  await page.focus('#before');
  const unfocused = await wheelShot();
  await page.keyboard.press('Tab');
  assert.equal(await active(page), '', 'Tab lands on the hub (introduction) button');
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(page), 'migrants-rights');
  const ringed = await shotWhen(page, wheelShot, (shot) => !shot.equals(unfocused));
  assert.notDeepEqual(ringed, unfocused, 'a focus ring is drawn on the wheel');
  await screenshot(page, 'keyboard-focus-ring');
  await page.keyboard.press('Enter');
  assert.equal((await page.evaluate(() => document.querySelector('mgi-wheel').state())).domain, 'migrants-rights');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(page), 'partnerships');
  await page.keyboard.press('Space');
  assert.equal((await page.evaluate(() => document.querySelector('mgi-wheel').state())).domain, 'partnerships');
  // Wheel order wraps around: left from the hub is the last segment.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await active(page), 'safe-orderly-migration');
  await page.keyboard.press('Escape');
  assert.equal((await page.evaluate(() => document.querySelector('mgi-wheel').state())).domain, null);
  assert.deepEqual(events.map((e) => [e.domain, e.source]),
    [['migrants-rights', 'keyboard'], ['partnerships', 'keyboard'], [null, 'keyboard']]);
  // One tab stop for the wheel, then the panel, then the panel's own buttons, then out.
  await page.keyboard.press('Tab');
  assert.equal(await active(page), 'panel');
  let presses = 0;
  while ((await active(page)) !== 'after' && presses < 40) { await page.keyboard.press('Tab'); presses++; }
  assert.equal(await active(page), 'after', 'Tab leaves the widget');
  for (let i = 0; i < presses; i++) await page.keyboard.press("Shift+Tab");
  assert.equal(await active(page), 'panel');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await active(page), '', 'Shift+Tab comes back to the wheel');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await active(page), 'before');
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test('the panel scrolls with Page Down and the arrow keys when it has focus', async () => {
  const page = await h.newPage();
  await mount(page, h.url, '<mgi-wheel profile="/long.json" domain="partnerships"></mgi-wheel>');
  await waitReady(page);
  const panel = page.locator('mgi-wheel >> [part="panel"]');
  assert.ok(await panel.evaluate((p) => p.scrollHeight > p.clientHeight + 100), 'the panel is a scroll box');
  await panel.focus();
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').scrollTop > 100);
  // Page Down scrolls smoothly: read the position once it has come to rest, not mid-way.
  const atRest = () => panel.evaluate((p) => new Promise((resolve) => {
    let last = p.scrollTop, still = 0;
    const tick = () => { still = p.scrollTop === last ? still + 1 : 0; last = p.scrollTop; if (still >= 10) resolve(last); else requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  }));
  const top = await atRest();
  assert.ok(top < await panel.evaluate((p) => p.scrollHeight - p.clientHeight), 'Page Down left room to scroll further');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((t) => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').scrollTop > t, top);
  // Another domain is read from its beginning, not from where the last one was left.
  assert.ok(await atRest() > top);
  await page.evaluate(() => document.querySelector('mgi-wheel').select('well-being'));
  assert.equal(await panel.evaluate((p) => [p.querySelector('h2').textContent, p.scrollTop].join(' @ ')), 'Well-being of migrants @ 0');
  await page.close();
});

test('screen readers: the canvas is hidden, its twin buttons are named and pressed, changes are announced', async () => {
  const page = await h.newPage();
  await mount(page, h.url, '<mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
  await waitReady(page);
  const canvas = await page.evaluate(() => {
    const c = document.querySelector('mgi-wheel').shadowRoot.querySelector('canvas');
    return { hidden: c.getAttribute('aria-hidden'), tabindex: c.getAttribute('tabindex'), display: getComputedStyle(c).display };
  });
  assert.deepEqual(canvas, { hidden: 'true', tabindex: null, display: 'block' });
  let buttons = await twin(page);
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
  const snapshot = await page.locator('mgi-wheel').ariaSnapshot();
  assert.match(snapshot, /group "Migration governance wheel of Republic of Azerbaijan"/);
  assert.match(snapshot, /button "Introduction" \[pressed\]/);
  assert.match(snapshot, /button "Partnerships"\n/);
  assert.doesNotMatch(snapshot, /img|canvas/i);

  await page.locator('mgi-wheel >> .twin button[data-domain="partnerships"]').evaluate((b) => b.click());  // as a screen reader activates it
  buttons = await twin(page);
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

test('axe-core finds no violations in any state of the demo and comparison pages', async () => {
  const page = await h.newPage();
  await page.goto(h.url);
  await page.evaluate(() => Promise.all([...document.querySelectorAll('mgi-wheel, [data-mgi-wheel]')].map((e) => e.ready)));
  await axe(page, 'the demo page');
  for (const id of ['migrants-rights', 'mobility-crises']) {
    await page.evaluate((id) => { for (const e of document.querySelectorAll('mgi-wheel, [data-mgi-wheel]')) e.select(id); }, id);
    await page.waitForTimeout(500);
    await axe(page, `the demo page, ${id} selected`);
  }
  await page.goto(h.url + 'iom-country.html');
  await page.evaluate(() => Promise.all([...document.querySelectorAll('mgi-wheel, [data-mgi-wheel]')].map((e) => e.ready)));
  await axe(page, 'the IOM-like host page');
  await mount(page, h.url, '<mgi-wheel picker search profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json"></mgi-wheel>');
  await waitReady(page);
  await axe(page, 'the comparison overview');
  await page.evaluate(() => document.querySelector('mgi-wheel').select('well-being'));
  await axe(page, 'the comparison of one domain');
  await page.locator('mgi-wheel >> #mgi-pick-1').fill('a');
  await axe(page, 'the picker open');
  await page.locator('mgi-wheel >> #mgi-search').fill('labour');
  await page.waitForFunction(() => document.querySelector('mgi-wheel').shadowRoot.querySelectorAll('.search button.hit').length > 0);
  await axe(page, 'search results');
  await mount(page, h.url, '<mgi-wheel profile="/no-such.json"></mgi-wheel><mgi-wheel profile="/profiles/balti-2023.json" compare="/nope.json"></mgi-wheel>');
  await page.waitForFunction(() => [...document.querySelectorAll('mgi-wheel')].every((e) => e.shadowRoot.querySelector('.error')));
  await axe(page, 'error states');
  await page.setViewportSize({ width: 360, height: 800 });
  await mount(page, h.url, '<mgi-wheel profile="/profiles/balti-2023.json" domain="partnerships"></mgi-wheel>');
  await waitReady(page);
  await axe(page, 'a narrow widget');
  await page.close();
});

test('prefers-reduced-motion: changes are instant, no turning, no intro', async () => {
  const page = await h.newPage({ reducedMotion: 'reduce' });
  await page.addInitScript(FRAME_COUNTER);
  await mount(page, h.url, '<mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
  await waitReady(page);
  // Idle before counting: no frame between two looks 100 ms apart.
  await page.waitForFunction(() => {
    const idle = window.__frames === window.__framesSeen;
    window.__framesSeen = window.__frames;
    return idle;
  }, null, { polling: 100, timeout: 5000 });
  const result = await page.evaluate(async () => {
    const el = document.querySelector('mgi-wheel');
    const f0 = window.__frames;
    el.select('well-being');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const first = el.layout().wheels[0].segments[3];
    await new Promise((r) => setTimeout(r, 600));
    return { first, later: el.layout().wheels[0].segments[3], frames: window.__frames - f0 };
  });
  assert.deepEqual(result.first, result.later, 'the turn is done on the first frame');
  const mid = (result.first.start_deg + result.first.end_deg) / 2;
  assert.ok(Math.abs(mid % 360 - 90) < 0.5, 'facing the panel');
  assert.ok(result.frames <= 4, `${result.frames} frames for an instant change`);
  await page.close();
});

// Real touch events through the DevTools protocol: a one-finger drag, or a two-finger pinch.
async function touchDrag(page, from, dy, fingers = 1) {
  const cdp = await page.context().newCDPSession(page);
  const points = (k) => (fingers === 1 ? [{ x: from.x, y: from.y - k * dy / 20, id: 0 }]
    : [{ x: from.x - 20 - k * 6, y: from.y, id: 0 }, { x: from.x + 20 + k * 6, y: from.y, id: 1 }]);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let k = 1; k <= 20; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(k) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('touch: tap selects, a drag from the wheel scrolls the page, pinch zooms, targets are at least 24 px', async () => {
  const page = await h.newPage({ viewport: { width: 390, height: 700 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  await mount(page, h.url, '');
  await page.evaluate(() => {
    const host = document.getElementById('host');
    host.style.width = 'auto';
    host.innerHTML = '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel><div style="height:2000px"></div>';
  });
  await waitReady(page);
  const p = await segmentPoint(page, 'well-being');
  await page.touchscreen.tap(p.x, p.y);
  await page.waitForFunction(() => document.querySelector('mgi-wheel').state().domain === 'well-being');
  // A drag that starts on the wheel scrolls the page (and is not a tap).
  await touchDrag(page, await segmentPoint(page, 'partnerships'), 300);
  await page.waitForFunction(() => visualViewport.pageTop > 100);
  assert.equal((await page.evaluate(() => document.querySelector('mgi-wheel').state())).domain, 'well-being', 'a drag is not a tap');
  // Two fingers on the wheel zoom the page.
  await page.evaluate(() => scrollTo(0, 0));
  await touchDrag(page, await segmentPoint(page, 'migrants-rights', { radiusShare: 0.1 }), 0, 2);
  await page.waitForFunction(() => visualViewport.scale > 1.2);
  // Targets: the ring is the segments' depth, the hub its own; both far above 24 px.
  const sizes = await page.evaluate(() => {
    const w = document.querySelector('mgi-wheel').layout().wheels[0];
    return { ring: w.r_outer - w.r_inner, hub: w.r_inner * 2 };
  });
  assert.ok(sizes.ring >= 24 && sizes.hub >= 24, JSON.stringify(sizes));
  await page.close();

  // Wide, on a tablet: the panel beside the wheel is scrolled by a drag on it; controls are 24 px+.
  const tablet = await h.newPage({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });
  await mount(tablet, h.url, '<mgi-wheel profile="/long.json" domain="partnerships" picker="/profiles/index.json"></mgi-wheel>');
  await waitReady(tablet);
  const panelBox = await tablet.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').getBoundingClientRect().toJSON());
  await touchDrag(tablet, { x: panelBox.x + panelBox.width / 2, y: panelBox.y + panelBox.height - 40 }, 250);
  await tablet.waitForFunction(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').scrollTop > 50);
  await tablet.waitForFunction(() => document.querySelector('mgi-wheel').shadowRoot.querySelectorAll('.picker input').length === 2);
  const controls = await tablet.evaluate(() => [...document.querySelector('mgi-wheel').shadowRoot.querySelectorAll('.picker input, .picker button')]
    .map((c) => { const r = c.getBoundingClientRect(); return [c.className || c.id, r.width, r.height]; }));
  assert.equal(controls.length, 4);
  for (const [name, w, hgt] of controls) assert.ok(w >= 24 && hgt >= 24, `${name}: ${w}x${hgt}`);
  await tablet.close();
});

test('languages: the default from <html lang>, switched at run time without refetching; findings stay as written', async () => {
  const page = await h.newPage();
  let fetches = 0;
  page.on('request', (r) => { if (r.url().endsWith('/profiles/azerbaijan-2023.json')) fetches++; });
  await mount(page, h.url, '');
  await page.evaluate(() => { document.documentElement.lang = 'fr'; });
  await page.evaluate(() => { document.getElementById('host').innerHTML = '<mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel>'; });
  const s = await waitReady(page);
  assert.equal(s.lang, 'fr');
  const text = () => page.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').innerText);
  assert.match(await text(), /Publié en octobre 2023|octobre 2023/);
  assert.equal((await twin(page))[0].label, 'Introduction');
  await page.evaluate(() => document.querySelector('mgi-wheel').setAttribute('lang', 'es'));
  await page.waitForFunction(() => document.querySelector('mgi-wheel').state().lang === 'es');
  assert.match(await text(), /octubre de 2023/);
  const es = await twin(page);
  assert.equal(es[0].label, 'Introducción');
  // The profile is in English: its own domain titles are not the interface's, so the framework's
  // Spanish names label the wheel.
  assert.equal(es[1].label, 'Derechos de los migrantes');
  await page.evaluate(() => document.querySelector('mgi-wheel').select('partnerships'));
  const panel = await page.evaluate(() => {
    const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
    return { lang: p.lang, list: p.querySelector('ul').lang, first: p.querySelector('li .finding').textContent, h3: p.querySelector('h3').textContent };
  });
  assert.equal(panel.lang, 'es');
  assert.equal(panel.list, 'en');
  assert.equal(panel.first, azerbaijan.domains[2].well_developed[0]);
  assert.match(panel.h3, /^Ejemplos/);
  assert.equal(fetches, 1, 'switching the language does not reload the profile');
  await page.close();
});

test('languages: the widget\'s lang, else the page\'s, by primary subtag; the answer before the core starts is the core\'s', async () => {
  const page = await h.newPage();
  await mount(page, h.url, '');
  // [the widget's lang, the page's <html lang>, the language chosen]
  const cases = [['fr-CA', 'es', 'fr'], ['', 'es-419', 'es'], ['ES_mx', 'fr', 'es'], ['frr', 'es', 'es'], ['de', 'pt-BR', 'en'], ['', '', 'en']];
  for (const [own, pageLang, expected] of cases) {
    const before = await page.evaluate(([own, pageLang]) => {
      document.documentElement.lang = pageLang;
      const host = document.getElementById('host');
      host.innerHTML = '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel>';
      if (own) host.firstChild.setAttribute('lang', own);
      return host.firstChild.state().lang;  // in the task that mounted it: no core yet
    }, [own, pageLang]);
    const after = (await waitReady(page)).lang;
    assert.deepEqual([before, after], [expected, expected], `lang="${own}" on a page of lang="${pageLang}"`);
  }
  await page.close();
});

test('print: the wheel prints as an image of itself, with the panel\'s text', async () => {
  const page = await h.newPage();
  await mount(page, h.url, '<mgi-wheel profile="/profiles/azerbaijan-2023.json" domain="partnerships"></mgi-wheel>');
  await waitReady(page);
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('.print-image').src.startsWith('data:image/png'));
  const printed = await page.evaluate(async () => {
    const root = document.querySelector('mgi-wheel').shadowRoot;
    const img = root.querySelector('.print-image');
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 64) if (data[i + 3] > 0) colours.add(`${data[i] >> 3},${data[i + 1] >> 3},${data[i + 2] >> 3}`);
    return { colours: colours.size, img: getComputedStyle(img).display, canvas: getComputedStyle(root.querySelector('canvas')).display,
      alt: img.alt, panel: root.querySelector('[part="panel"]').innerText };
  });
  assert.equal(printed.canvas, 'none');
  assert.equal(printed.img, 'block');
  assert.ok(printed.colours > 20, `the printed wheel has its colours (${printed.colours})`);
  assert.match(printed.alt, /Republic of Azerbaijan/);
  assert.match(printed.panel, /Examples of well-developed areas/);
  const pdf = await page.pdf();
  assert.ok(pdf.length > 20000, 'a PDF with the wheel in it');
  await screenshot(page, 'print-media');
  await page.close();
});

test('forced colours: segments, focus and text stay visible', async () => {
  const page = await h.newPage({ forcedColors: 'active' });
  await mount(page, h.url, '<mgi-wheel profile="/profiles/azerbaijan-2023.json" domain="well-being"></mgi-wheel>');
  await waitReady(page);
  await page.waitForTimeout(600);
  const box = await page.evaluate(() => document.querySelector('mgi-wheel').getBoundingClientRect().toJSON());
  const before = await page.screenshot({ clip: { x: box.x, y: box.y, width: 460, height: 460 } });
  await page.locator('mgi-wheel >> .twin button[data-domain="well-being"]').focus();
  await page.keyboard.press('ArrowRight');
  const focused = await shotWhen(page, () => page.screenshot({ clip: { x: box.x, y: box.y, width: 460, height: 460 } }),
    (shot) => !shot.equals(before));
  assert.notDeepEqual(focused, before, 'the focus ring shows in forced colours');
  const look = await page.evaluate(() => {
    const root = document.querySelector('mgi-wheel').shadowRoot;
    const p = root.querySelector('[part="panel"]');
    const s = getComputedStyle(p);
    return { text: s.color, background: s.backgroundColor, canvas: getComputedStyle(root.querySelector('canvas')).display };
  });
  assert.notEqual(look.text, look.background);
  assert.equal(look.canvas, 'block');
  await screenshot(page, 'forced-colors');
  await page.close();
});
