// Shared by the browser tests (engines.mjs pages, in every engine) and the bench: the test server's
// routes (fixtures, init scripts, axe-core), what a test reads off the widget (ready, layout points,
// focus, the panel, pixels of a PNG), and start(), a server and Debian's Chromium through
// playwright-core for the bench (bench/run.mjs, bench/catalogue-search.mjs).
import { readFileSync } from 'node:fs';
import { test as nodeTest } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, EXECUTABLE as CHROMIUM } from './drivers/chromium.mjs';
import { crop, decodePng } from './drivers/png.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB = path.join(ROOT, 'build/web');
export const SHOTS = path.join(ROOT, 'build/screenshots');
const VALIDATE = path.join(ROOT, 'build/native/mgi-validate');
export const DOMAIN_IDS = ['migrants-rights', 'whole-of-government', 'partnerships', 'well-being',
  'mobility-crises', 'safe-orderly-migration'];

// node --test's --test-timeout bounds a whole file, not the tests in it: a test that hangs (a promise
// that never settles) would use up its file's time and name no test. Each browser test has its own
// bound, so the one that hangs is named and the tests after it still run.
export const TEST_TIMEOUT_MS = 120_000;
// WebKitGTK's web process sometimes dies on one of its own assertions (the kernel logs "trap invalid
// opcode" at one place in libwebkit2gtk, seen before the widget drew into a shown WebGL canvas too),
// and its WebDriver then deletes the session: it says "session deleted because of page crash or
// hang", or, for a command already under way, "invalid session id" (seen in CI on 7 December 2026,
// the kernel's trap logged at the same place the same minute; no test of ours ends a session while
// it runs). A test whose page died so is run once more, and says so; any other failure, or a second
// crash, fails it.
const PAGE_CRASHED = /session deleted because of page crash or hang|invalid session id/;
export function test(name, fn) {
  return nodeTest(name, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    try {
      return await fn(t);
    } catch (err) {
      if (!PAGE_CRASHED.test(String(err && err.message))) throw err;
      t.diagnostic(`the browser's page crashed (${err.message}); run once more`);
      return await fn(t);
    }
  });
}

// For the bench: starts the server and Chromium; returns { url, browser, newPage, close }.
// `serverOptions` go to staticHandler (hooks for fault injection, headers); `browserArgs` are added
// to Chromium's command line (--disable-3d-apis: a browser without WebGL).
export async function start(serverOptions = {}, { browserArgs = [] } = {}) {
  const { server, url } = await serve(WEB, serverOptions);
  // launch() runs Chromium on a fresh, temporary profile of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...browserArgs],
  });
  return {
    url,
    browser,
    // A fresh context and page; records console messages and page errors.
    // options: viewport, deviceScaleFactor, hasTouch, isMobile, reducedMotion, colorScheme...
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
      const page = await context.newPage();
      page.consoleMessages = [];
      page.pageErrors = [];
      page.on('console', (m) => page.consoleMessages.push({ type: m.type(), text: m.text() }));
      page.on('pageerror', (e) => page.pageErrors.push(String(e)));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

// The strictest policy a page could set for us: no unsafe-eval, no unsafe-inline (scripts or
// styles); only Wasm compilation is allowed (page-kit.mjs's visitUnderStrictCsp).
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:";

// How many pixels of RGBA bytes are coloured: their channels spread by more than `spread` (a grey,
// white or transparent-on-white pixel is not).
export function colouredPixels(rgba, spread) {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (Math.max(rgba[i], rgba[i + 1], rgba[i + 2]) - Math.min(rgba[i], rgba[i + 1], rgba[i + 2]) > spread) n++;
  }
  return n;
}

// The pixels of `rects` ([{x, y, w, h}], in the PNG's pixels) of a PNG, decoded by drivers/png.mjs
// (the tests' one PNG decoder): one buffer of RGBA bytes per rect.
export function pngRegions(png, rects) {
  const image = decodePng(png);
  return rects.map((r) => crop(image, { x: r.x, y: r.y, width: r.w, height: r.h }).data);
}

// Screenshots from `shoot()` every 100 ms until `done(shot, previous)` holds (a frame has been
// drawn, an animation is over), for 5 s at the most; returns the last shot. Waiting for what is on
// the screen rather than for a fixed time: the machine may be slow.
// `page` is a Playwright page or an engines.mjs page (this only waits between shots).
export async function shotWhen(page, shoot, done) {
  let previous = null, shot = await shoot();
  for (let i = 0; i < 50 && !done(shot, previous); i++) {
    await new Promise((r) => setTimeout(r, 100));
    previous = shot;
    shot = await shoot();
  }
  return shot;
}

// Waits for the element (a page may add it later) and its `ready` promise; returns its state().
// `page` is a Playwright page or an engines.mjs page (this uses only evaluate and waitForFunction).
export async function waitReady(page, selector = 'mgi-wheel') {
  await page.waitForFunction((sel) => !!document.querySelector(sel), selector);
  return page.evaluate(async (sel) => {
    const el = document.querySelector(sel);
    await customElements.whenDefined('mgi-wheel');
    await el.ready;
    return el.state();
  }, selector);
}

// Page coordinates of a point inside segment `id` of wheel `index`, from layout(). Any engine.
export async function segmentPoint(page, id, { selector = 'mgi-wheel', wheel = 0, radiusShare = 0.5, angleShare = 0 } = {}) {
  return page.evaluate(({ sel, id, wheel, radiusShare, angleShare }) => {
    const el = document.querySelector(sel);
    const w = el.layout().wheels[wheel];
    const s = w.segments.find((x) => x.id === id);
    const mid = ((s.start_deg + s.end_deg) / 2 + angleShare * (s.end_deg - s.start_deg) / 2) * Math.PI / 180;
    const r = w.r_inner + (w.r_outer - w.r_inner) * radiusShare;
    const box = el.getBoundingClientRect();
    const scale = el.offsetWidth ? box.width / el.offsetWidth : 1;
    return { x: box.left + (w.cx + r * Math.sin(mid)) * scale, y: box.top + (w.cy - r * Math.cos(mid)) * scale };
  }, { sel: selector, id, wheel, radiusShare, angleShare });
}

// What has keyboard focus: inside the widget, a twin button's domain ('' for the hub) or the part
// ("panel"); outside it, the focused element's id. Any engine.
export const active = (page) => page.evaluate(() => {
  const el = document.querySelector('mgi-wheel');
  const a = el.shadowRoot.activeElement;
  return document.activeElement === el && a ? (a.dataset.domain ?? a.getAttribute('part') ?? a.tagName) : document.activeElement.id;
});

// Text of the findings panel inside the shadow root.
export async function panelText(page, selector = 'mgi-wheel') {
  return page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('[part="panel"]').innerText, selector);
}

// Server hooks for tests: /fixtures/* from tests/browser/fixtures, /test/axe.min.js (axe-core),
// and `routes`, a map from a path to a function (req, res) => void that answers it (faults,
// generated profiles). `initScripts` maps names to scripts a page can be served with, run before
// any script of its own (the widget's included): /fixtures/blank.html?init=NAME (or NAME,OTHER),
// or any page of build/web, /index.html?init=NAME. For every engine, WebKit's WebDriver included,
// which has no hook of its own to run a script before a page's. Each is put in as a script of the
// same origin (/test/init/NAME.js), so that a strict CSP lets it run.
export function testRoutes(routes = {}, { initScripts = {} } = {}) {
  return async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const { pathname } = url;
    if (routes[pathname]) { await routes[pathname](req, res); return true; }
    const { readFile } = await import('node:fs/promises');
    if (pathname === '/test/axe.min.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js')));
      return true;
    }
    const script = pathname.match(/^\/test\/init\/([^/]+)\.js$/);
    if (script) {
      const name = decodeURIComponent(script[1]);
      if (!(name in initScripts)) { res.writeHead(404).end(); return true; }
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(initScripts[name]);
      return true;
    }
    const init = url.searchParams.get('init');
    const fixture = pathname.startsWith('/fixtures/');
    if (!fixture && init === null) return false;
    const file = fixture ? path.join(ROOT, 'tests/browser', path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''))
      : path.join(WEB, path.normalize(pathname.endsWith('/') ? pathname + 'index.html' : pathname).replace(/^(\.\.[/\\])+/, ''));
    let body = await readFile(file).catch(() => null);
    if (!body) { res.writeHead(404).end(); return true; }
    if (init !== null) {
      const names = init.split(',');
      const missing = names.find((n) => !(n in initScripts));
      if (missing !== undefined || !file.endsWith('.html')) { res.writeHead(404).end(`no init script "${missing}" for ${pathname}`); return true; }
      const tags = names.map((n) => `<script src="/test/init/${encodeURIComponent(n)}.js"></script>`).join('');
      body = String(body).replace(/<script|<\/head>/i, (first) => `${tags}${first}`);
    }
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/json';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
    return true;
  };
}

// Opens the blank host page (or `hostPage`, e.g. 'fixtures/blank.html?init=surfaces') and mounts
// `html` (one or more widgets) in #host.
export async function mount(page, baseUrl, html, hostPage = 'fixtures/blank.html') {
  await page.goto(baseUrl + hostPage);
  await page.evaluate((h) => { document.getElementById('host').innerHTML = h; }, html);
}

// Records the WebGL contexts a page makes (window.__glContexts), and counts the pictures widgets are
// given: copies from the GPU surface (__copies, drawImage), CPU frames (__cpuFrames, putImageData),
// and the GPU's draw calls (__glDraws, drawElements).
// An init script: it must run before the widget's.
export const WATCH_SURFACES = `(() => {
  window.__glContexts = [];
  window.__copies = 0;
  window.__cpuFrames = 0;
  window.__glDraws = 0;
  if (typeof WebGL2RenderingContext !== 'undefined') {
    const drawElements = WebGL2RenderingContext.prototype.drawElements;
    WebGL2RenderingContext.prototype.drawElements = function (...args) { window.__glDraws++; return drawElements.apply(this, args); };
  }
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    const ctx = getContext.call(this, kind, ...rest);
    if (ctx && /webgl/.test(kind) && !window.__glContexts.includes(ctx)) window.__glContexts.push(ctx);
    return ctx;
  };
  const drawImage = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (...args) { window.__copies++; return drawImage.apply(this, args); };
  const putImageData = CanvasRenderingContext2D.prototype.putImageData;
  CanvasRenderingContext2D.prototype.putImageData = function (...args) { window.__cpuFrames++; return putImageData.apply(this, args); };
})();`;

// Run in a page (evaluate(busyHostContexts, n)): the host's own maps and viewers, `n` small WebGL
// canvases at the top of the body, each drawing every frame; their contexts in window.__hostContexts.
export function busyHostContexts(n) {
  window.__hostContexts = [];
  for (let i = 0; i < n; i++) {
    const c = document.createElement('canvas');
    c.width = c.height = 32;
    document.body.prepend(c);
    const gl = c.getContext('webgl2') || c.getContext('webgl');
    window.__hostContexts.push(gl);
    const spin = (t) => { gl.clearColor((t / 1000 + i / n) % 1, 0.5, 0.5, 1); gl.clear(gl.COLOR_BUFFER_BIT); requestAnimationFrame(spin); };
    requestAnimationFrame(spin);
  }
}

// Counts animation frames the page runs (our widget is the only user of rAF on test pages).
export const FRAME_COUNTER = `(() => {
  window.__frames = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { window.__frames++; cb(t); });
})();`;

// The first error the validator prints for a file ("FILE: path: message" lines, then a verdict).
export function validatorErrors(file) {
  const r = spawnSync(VALIDATE, [file], { encoding: 'utf8' });
  const lines = r.stdout.split('\n').filter((l) => l.startsWith(file + ': ')).map((l) => l.slice(file.length + 2));
  return { status: r.status, messages: lines.filter((l) => !/^(valid|invalid \(\d+ errors?\))$/.test(l)) };
}

// Mounts a widget on `url` in #host (emptied first), waits for mgi-ready or mgi-error; returns what
// the visitor sees. Any engine.
export async function loadOutcome(page, url) {
  return page.evaluate(async (u) => {
    const host = document.getElementById('host');
    host.replaceChildren();
    const el = document.createElement('mgi-wheel');
    el.setAttribute('profile', u);
    const outcome = new Promise((resolve) => {
      el.addEventListener('mgi-ready', () => resolve({ event: 'ready' }), { once: true });
      el.addEventListener('mgi-error', (e) => resolve({ event: 'error', message: e.detail.message }), { once: true });
    });
    host.append(el);
    const result = await outcome;
    const panel = el.shadowRoot.querySelector('[part="panel"]');
    return { ...result, state: panel.dataset.state, text: panel.textContent, alert: !!panel.querySelector('[role="alert"]') };
  }, url);
}

export function readProfile(name) {
  return JSON.parse(readFileSync(path.join(ROOT, 'assets/profiles', name), 'utf8'));
}

// A profile whose lists are long enough that the panel scrolls beside the wheel (Azerbaijan's, each
// domain's first finding thirty times), as testRoutes' route '/long.json'.
export function longProfileRoute() {
  const azerbaijan = readProfile('azerbaijan-2023.json');
  const long = {
    ...azerbaijan,
    id: 'long-2023',
    domains: azerbaijan.domains.map((d) => ({ ...d, well_developed: [...Array(30)].map((_, i) => `Finding ${i + 1}: ${d.well_developed[0]}`) })),
  };
  return { '/long.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(long)) };
}
