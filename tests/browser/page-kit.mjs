// What the browser tests do on a page the same way in every engine (engines.mjs pages): act on the
// widget's shadow DOM as a visitor would (real clicks on its controls, typing into its inputs),
// read what it put on the clipboard or offered as a download, run axe-core, and save screenshots.
import assert from 'node:assert/strict';
import { keep } from './engine-kit.mjs';

// The box of the `nth` element matching `inner` in the shadow root of `host` (or of `host` itself
// when `inner` is null), scrolled into view first: { x, y, width, height, cx, cy } in viewport CSS
// pixels.
export const boxOf = (page, host, inner = null, nth = 0) => page.evaluate(({ host, inner, nth }) => {
  const h = document.querySelector(host);
  const el = inner === null ? h : h.shadowRoot.querySelectorAll(inner)[nth];
  if (!el) throw new Error(`no ${inner} (#${nth}) in ${host}`);
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height, cx: r.x + r.width / 2, cy: r.y + r.height / 2 };
}, { host, inner, nth });

// A real mouse click in the middle of that element, once it is there and enabled (as Playwright's
// locator.click() waits for it).
export async function clickIn(page, host, inner, nth = 0) {
  await page.waitForFunction(({ host, inner, nth }) => {
    const el = document.querySelector(host)?.shadowRoot?.querySelectorAll(inner)[nth];
    return el && !el.disabled;
  }, { host, inner, nth });
  const b = await boxOf(page, host, inner, nth);
  await page.click(b.cx, b.cy);
}

// The finding the widget `sel` highlights (a deep link's or a search result's): its text, whether
// it is inside the viewport, and whether it has the focus; null when none is.
export const highlighted = (page, sel) => page.evaluate((sel) => {
  const li = document.querySelector(sel).shadowRoot.querySelector('li.highlight');
  if (!li) return null;
  const r = li.getBoundingClientRect();
  return { text: li.querySelector('.finding').textContent, visible: r.top >= 0 && r.bottom <= innerHeight, focused: li.getRootNode().activeElement === li };
}, sel);

// Focuses that element (as a script or a screen reader would; Tab order is tested with real keys).
export const focusIn = (page, host, inner, nth = 0) => page.evaluate(({ host, inner, nth }) => {
  const h = document.querySelector(host);
  (inner === null ? h : h.shadowRoot.querySelectorAll(inner)[nth]).focus();
}, { host, inner, nth });

// Fills a text input as Playwright's fill() does: focus, the whole value replaced, one input event.
export const fill = (page, host, inner, text) => page.evaluate(({ host, inner, text }) => {
  const h = document.querySelector(host);
  const input = inner === null ? h : h.shadowRoot.querySelector(inner);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}, { host, inner, text });

// From now on, what the page writes to the clipboard (navigator.clipboard.writeText) is kept once
// the browser has taken it. Reading the clipboard back needs a permission only Chromium's driver
// can grant (Firefox and WebKit ask the person at the screen), so the text is read on its way in.
export const watchClipboard = (page) => page.evaluate(() => {
  if (window.__clipboard) return;
  window.__clipboard = [];
  window.__clipboardRead = 0;
  const write = navigator.clipboard.writeText.bind(navigator.clipboard);
  navigator.clipboard.writeText = (text) => write(text).then(() => { window.__clipboard.push(String(text)); });
});

// The next text written to the clipboard since the last call (waits for it).
export async function clipboard(page) {
  await page.waitForFunction(() => window.__clipboard.length > window.__clipboardRead);
  return page.evaluate(() => window.__clipboard[window.__clipboardRead++]);
}

// Runs `act()` (a click on a download button) and returns the file it offered: { name, body }.
// Chromium: the browser's own download (Playwright's download event). Firefox and WebKit, whose
// drivers have no download events: the widget's download link (an <a download> with a blob: URL,
// which it clicks) is caught in the page as it is clicked, and its blob read.
export async function download(page, act) {
  if (page.playwright) {
    const [file] = await Promise.all([page.playwright.waitForEvent('download'), act()]);
    const { readFileSync } = await import('node:fs');
    return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
  }
  await page.evaluate(() => {
    if (window.__downloads) return;
    window.__downloads = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (!this.hasAttribute('download') || !this.href.startsWith('blob:')) return click.call(this);
      const entry = { name: this.download, body: null };
      window.__downloads.push(entry);
      fetch(this.href).then((r) => r.arrayBuffer()).then((buffer) => {
        let binary = '';
        const bytes = new Uint8Array(buffer);
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        entry.body = btoa(binary);
      });
    };
  });
  const before = await page.evaluate(() => window.__downloads.length);
  await act();
  const file = await page.waitForFunction((n) => window.__downloads.length > n && window.__downloads[n].body !== null && window.__downloads[n], before);
  return { name: file.name, body: Buffer.from(file.body, 'base64') };
}

// axe-core over the whole page (served by testRoutes): no violation, or the test fails naming them.
export async function axe(page, what) {
  await page.evaluate(() => (window.axe ? null : new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/test/axe.min.js';
    s.onload = () => resolve(null);
    s.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(s);
  })));
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  });
  assert.deepEqual(result, [], `axe-core violations in ${what}`);
}

// The box of `selector` in viewport CSS pixels, whole pixels, cut to the viewport.
export const elementClip = (page, selector) => page.evaluate((sel) => {
  const r = document.querySelector(sel).getBoundingClientRect();
  const x = Math.max(0, Math.floor(r.x)), y = Math.max(0, Math.floor(r.y));
  return { x, y, width: Math.min(innerWidth - x, Math.ceil(r.width)), height: Math.min(innerHeight - y, Math.ceil(r.height)) };
}, selector);

// Saves a screenshot of the viewport (or of the element `selector`) as build/screenshots/<name>.png.
export async function shoot(page, name, selector = null) {
  const png = await page.screenshot(selector ? { clip: await elementClip(page, selector) } : {});
  keep(png, name);
  return png;
}

// The widget's console warnings so far: their texts.
export const warnings = async (page) => (await page.consoleMessages()).filter((m) => m.type === 'warning').map((m) => m.text);

// Opens `pagePath` from a server of its own that sends STRICT_CSP, in `engine` (a launch()ed one),
// waits for the widget at `selector`, clicks its `domain` segment and checks it is selected, with no
// CSP violation and no page error. `check(page)` runs before the page closes, for what else the
// caller wants to see. Returns the widget's state() when it was ready.
export async function visitUnderStrictCsp(engine, pagePath, selector, domain, check = async () => {}) {
  const { serve } = await import('../../scripts/serve.mjs');
  const { STRICT_CSP, WEB, segmentPoint, testRoutes, waitReady } = await import('./harness.mjs');
  // Heard from the start: a script of the page's origin, which the policy lets run.
  const violations = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(\`\${e.violatedDirective} \${e.blockedURI}\`));`;
  const { server, url } = await serve(WEB, { headers: { 'Content-Security-Policy': STRICT_CSP },
    hooks: testRoutes({}, { initScripts: { violations } }) });
  const page = await engine.newPage();
  try {
    await page.goto(`${url}${pagePath}?init=violations`);
    const state = await waitReady(page, selector);
    const p = await segmentPoint(page, domain, { selector });
    await page.click(p.x, p.y);
    assert.equal((await page.evaluate((sel) => document.querySelector(sel).state(), selector)).domain, domain);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await check(page);
    assert.deepEqual(await page.pageErrors(), []);
    return state;
  } finally {
    await page.close();
    await new Promise((r) => server.close(r));
  }
}
