// The browser engines the tests run on, behind one small page interface, so that a test body is
// written once and run on each:
//   chromium  Debian's Chromium, headless, through playwright-core (drivers/chromium.mjs)
//   firefox   Debian's firefox-esr on a virtual display, through puppeteer-core over WebDriver BiDi
//             (drivers/firefox.mjs)
//   webkit    Debian's WebKitGTK MiniBrowser on a virtual display, through WebKitWebDriver over
//             W3C WebDriver (drivers/webkit.mjs)
// MGI_ENGINES=chromium,webkit (a comma list, or "all", the default) chooses which ones run.
//
// Use:
//   for (const name of selectedEngines()) describe(name, () => {
//     let engine;
//     before(async () => { engine = await launch(name); });
//     after(() => engine?.close());
//     test('...', async () => { const page = await engine.newPage(); await page.goto(url); ... });
//   });
//
// A page (every method async):
//   goto(url)                           navigate and wait for the load event
//   evaluate(fn, arg)                   fn(arg) in the page, awaited; fn must not close over anything,
//                                       arg and the result must be JSON-like
//   waitForFunction(fn, arg, { timeout = 10000, interval = 50 })
//                                       evaluate until fn(arg) is truthy; resolves to that value
//   wait(ms)
//   click(x, y), move(x, y)             a real mouse click / move at viewport CSS pixels
//   tap(x, y)                           a touch tap (Chromium: needs newPage({ hasTouch: true });
//                                       WebKit's WebDriver turns it into a mouse click)
//   press(key)                          one key, named as in Playwright: "Tab", "Shift+Tab", "Enter",
//                                       "Space", "Escape", "ArrowRight", "Home", "PageDown"...
//   type(text)                          one key press per character
//   screenshot({ clip, path })          the viewport, or the clip {x, y, width, height} of it in CSS
//                                       pixels, as a PNG Buffer in device pixels; also written to path
//   image({ clip })                     the same, decoded: { width, height, data (RGBA) }
//   setViewport({ width, height })
//   consoleErrors()                     console.error messages and uncaught errors so far (WebKit:
//                                       only those after the load event; see drivers/webkit.mjs)
//   consoleMessages()                   [{ type, text }] so far, types as Playwright names them
//                                       ("error", "warning", ...; WebKit: errors and warnings only,
//                                       after the load event)
//   pageErrors()                        uncaught errors and unhandled rejections so far
//   wheel(dx, dy)                       the mouse wheel, where the mouse last went (move, click)
//   url()                               the page's location.href
//   playwright                          Chromium only: Playwright's own page, for what only Chromium
//                                       can do (CDP, ARIA snapshots, media emulation)
//   close()
// newPage({ width = 1200, height = 900, deviceScaleFactor = 1, hasTouch = false, permissions = [],
// isMobile = false }); WebKit takes whole device pixel ratios only; `permissions` (Playwright's
// names, such as "clipboard-write") and `isMobile` (a phone's viewport) are Chromium's alone: the
// other engines' pages have what a desktop page has by default.
// waitForFunction's and evaluate's values must be JSON-like: a DOM node comes back as nothing from
// Firefox's driver and fails in WebKit's (use !!node).
import { existsSync, writeFileSync } from 'node:fs';
import * as chromium from './drivers/chromium.mjs';
import * as firefox from './drivers/firefox.mjs';
import { decodePng } from './drivers/png.mjs';
import * as webkit from './drivers/webkit.mjs';

export { crop, decodePng, encodePng, pixel } from './drivers/png.mjs';

const DRIVERS = { chromium, firefox, webkit };
export const ENGINES = Object.keys(DRIVERS);

// The engines named by MGI_ENGINES (default: all of them).
export function selectedEngines(value = process.env.MGI_ENGINES) {
  if (!value || value === 'all') return [...ENGINES];
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) if (!DRIVERS[n]) throw new Error(`MGI_ENGINES: unknown engine "${n}" (known: ${ENGINES.join(', ')})`);
  return names;
}

// Starts engine `name`: { name, version, newPage(options), close() }. With `webgl: false` the
// browser has no WebGL at all (each engine's own switch: Chromium --disable-3d-apis, Firefox the
// webgl.disabled preference, WebKitGTK MiniBrowser --enable-webgl=false).
export async function launch(name, { webgl = true } = {}) {
  const driver = DRIVERS[name];
  if (!driver) throw new Error(`unknown engine "${name}"`);
  if (driver.EXECUTABLE.includes('/') && !existsSync(driver.EXECUTABLE)) {
    throw new Error(`${name}: ${driver.EXECUTABLE} is missing (bash scripts/setup.sh installs it)`);
  }
  const browser = await driver.launch({ webgl });
  return {
    name,
    version: browser.version,
    async newPage({ width = 1200, height = 900, deviceScaleFactor = 1, hasTouch = false, permissions = [], isMobile = false } = {}) {
      return withHelpers(name, await browser.newPage({ width, height, deviceScaleFactor, hasTouch, permissions, isMobile }));
    },
    close: () => browser.close(),
  };
}

// The driver's page, with what is written once for all engines.
function withHelpers(engine, page) {
  const helpers = {
    engine,
    async waitForFunction(fn, arg, { timeout = 10000, interval = 50 } = {}) {
      const until = Date.now() + timeout;
      for (;;) {
        const value = await page.evaluate(fn, arg);
        if (value) return value;
        if (Date.now() > until) throw new Error(`${engine}: waitForFunction timed out after ${timeout} ms: ${fn}`);
        await helpers.wait(interval);
      }
    },
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    async screenshot({ clip, path } = {}) {
      const png = await page.screenshot(clip);
      if (path) writeFileSync(path, png);
      return png;
    },
    async image(options) { return decodePng(await helpers.screenshot(options)); },
    async consoleErrors() { return page.consoleErrors(); },
    async consoleMessages() { return page.consoleMessages(); },
    async pageErrors() { return page.pageErrors(); },
    url: () => page.evaluate(() => location.href),
  };
  return { ...page, ...helpers };
}
