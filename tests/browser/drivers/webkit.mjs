// WebKit: Debian's WebKitGTK MiniBrowser through WebKitWebDriver, spoken to over the W3C WebDriver
// protocol (HTTP and JSON, with fetch: no client library). It runs in a window on the shared
// virtual display, with Mesa's software GL.
//
// A WebKitWebDriver holds one session at a time, and a session is one browser, so each page gets a
// driver and a session of its own: pages are isolated as Chromium's contexts are, and a test may
// have several open at once.
//
// What the protocol gives less of than the others:
// - no console events (this WebKitGTK has no WebDriver BiDi): console.error and uncaught errors are
//   caught by a listener put into the page after each navigation and before each evaluation, so
//   errors raised while a page loads, before its load event, are not seen;
// - no device pixel ratio: the page's browser is started with GTK's GDK_SCALE instead, which takes
//   whole numbers only;
// - no touch: a "touch" pointer arrives as a mouse (pointerType "mouse", no touch events).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { crop, decodePng, encodePng } from './png.mjs';
import { acquireDisplay, displayEnv, releaseDisplay } from './xvfb.mjs';

export const EXECUTABLE = process.env.WEBKIT_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER = process.env.WEBKIT_WEBDRIVER || 'WebKitWebDriver';

// WebDriver's key code points (W3C WebDriver, "Keyboard actions"), under Playwright's names.
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};
const key = (name) => KEYS[name] ?? ([...name].length === 1 ? name : null) ?? (() => { throw new Error(`webkit: no key named ${name}`); })();

// Collects console.error and console.warn calls, uncaught errors and unhandled rejections into
// window.__mgiEngineErrors ({ type: "error", "warning" or "pageerror", text }), and names the
// document (window.__mgiEngineDocument) so that evaluate can tell a reload from a hiccup.
// Idempotent: it runs before every evaluation, so a page that navigated by itself gets it again. A
// test's own page may carry it first thing in its head, so that what happens as it loads is seen
// too (integrity-site.mjs).
export const LISTENER = `if (!window.__mgiEngineErrors) {
  window.__mgiEngineDocument = String(Math.random()).slice(2);
  const errors = window.__mgiEngineErrors = [];
  for (const [name, type] of [['error', 'error'], ['warn', 'warning']]) {
    const original = console[name];
    console[name] = function (...args) { errors.push({ type, text: args.map(String).join(' ') }); return original.apply(this, args); };
  }
  addEventListener('error', (e) => errors.push({ type: 'pageerror', text: String(e.error ?? e.message) }));
  addEventListener('unhandledrejection', (e) => errors.push({ type: 'pageerror', text: String(e.reason) }));
}`;

// A free port on the loopback interface for a new driver.
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Drivers still running when the process exits (a test that failed before closing its page) are
// stopped with it; each takes its browser along.
const drivers = new Set();
process.once('exit', () => { for (const proc of drivers) proc.kill(); });

// A WebKitWebDriver process and the commands of one session on it; `args` go to the MiniBrowser.
async function startSession(env, args) {
  const port = await freePort();
  const proc = spawn(DRIVER, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  drivers.add(proc);
  let log = '';
  proc.stderr.on('data', (d) => { log = (log + d).slice(-2000); });
  const exited = new Promise((resolve) => proc.once('exit', () => { drivers.delete(proc); resolve(); }));
  proc.once('error', () => {});  // reported through `exited` and the failed requests below
  const base = `http://127.0.0.1:${port}`;
  async function request(method, path, body) {
    const response = await fetch(base + path, {
      method, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`webkit: ${method} ${path}: ${value.error}: ${value.message}`);
    return value;
  }
  const stop = async () => { proc.kill(); await exited; };
  try {
    // The driver listens a moment after it starts.
    for (let i = 0; ; i++) {
      try { await request('GET', '/status'); break; } catch (e) {
        if (i >= 200 || proc.exitCode !== null) throw new Error(`${DRIVER} did not start: ${e.message} ${log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const session = await request('POST', '/session', { capabilities: { alwaysMatch: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: EXECUTABLE, args: ['--automation', ...args] },
    } } });
    const prefix = `/session/${session.sessionId}`;
    return {
      capabilities: session.capabilities,
      command: (method, path, body) => request(method, prefix + path, body),
      async end() {
        try { await request('DELETE', prefix); } finally { await stop(); }
      },
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

// `webgl: false`: a browser with no WebGL at all (MiniBrowser's --enable-webgl=false).
export async function launch({ webgl }) {
  const display = await acquireDisplay();
  const env = displayEnv(display);
  const args = webgl ? [] : ['--enable-webgl=false'];
  const pages = new Set();
  let version;
  try {
    // The version is the session's; a first one also checks that the browser starts at all.
    const probe = await startSession(env, args);
    version = probe.capabilities.browserVersion;
    await probe.end();
  } catch (e) {
    releaseDisplay();
    throw e;
  }
  return {
    version,
    async newPage({ width, height, deviceScaleFactor }) {
      if (!Number.isInteger(deviceScaleFactor)) throw new Error(`webkit: device pixel ratio ${deviceScaleFactor}: GDK_SCALE takes whole numbers only`);
      const session = await startSession({ ...env, GDK_SCALE: String(deviceScaleFactor) }, args);
      const { command } = session;
      const errors = [];
      let lastDocument;  // the token of the document the last evaluation ran in
      // Runs `fn(arg)` in the page and resolves to its (awaited) value. The value comes back as one
      // JSON string, which WebKit's own serialiser passes through untouched.
      //
      // Now and then, under load, WebKitWebDriver answers an asynchronous script with "Could not parse
      // script result" although the page is alive and still on the same document (CI saw it once in
      // about 150 runs, and never again in 30 runs here). The evaluation is then run once more, but
      // only when the page's document is the one the last evaluation saw (LISTENER's token; any, just
      // after a navigation): a page that reloaded or crashed is reported, not retried.
      async function evaluate(fn, arg) {
        const run = () => command('POST', '/execute/async', { args: [arg ?? null], script: `${LISTENER}
          const done = arguments[arguments.length - 1];
          const send = (outcome) => { try { done(JSON.stringify(outcome)); } catch (e) { done(JSON.stringify({ error: 'the result is not JSON: ' + e })); } };
          Promise.resolve().then(() => (${fn})(arguments[0])).then(
            (value) => send(value === undefined ? { undefined: true, document: window.__mgiEngineDocument } : { value, document: window.__mgiEngineDocument }),
            (e) => send({ error: String(e && e.stack ? e + '\\n' + e.stack : e) }));` });
        let reply;
        try {
          reply = await run();
        } catch (e) {
          if (!/Could not parse script result/.test(e.message)) throw e;
          const now = await command('POST', '/execute/sync', { args: [], script: 'return window.__mgiEngineDocument ?? null' }).catch((f) => `unreachable (${f.message})`);
          if (now === null || (lastDocument !== undefined && now !== lastDocument)) throw new Error(`${e.message}; the page's document has changed since (it reloaded or crashed): ${now}`);
          reply = await run();
        }
        const result = JSON.parse(reply);
        if (result.error !== undefined) throw new Error(`webkit: evaluate: ${result.error}`);
        lastDocument = result.document;
        return result.undefined ? undefined : result.value;
      }
      async function drainErrors() {
        errors.push(...await evaluate(() => window.__mgiEngineErrors.splice(0)));
      }
      let lastMove = { x: 0, y: 0 };  // where the mouse is, for the wheel
      const pointer = (...actions) => command('POST', '/actions', { actions: [
        { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions },
      ] });
      const keys = (...actions) => command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
      // The window is sized so that the viewport (window less the browser's toolbar) is width × height.
      // The X server may apply a new window size after /window/rect has answered: the viewport is read
      // until it holds still before the toolbar's share is worked out.
      async function settledViewport() {
        let last = await evaluate(() => [innerWidth, innerHeight]);
        for (let i = 0; i < 20; i++) {
          await new Promise((r) => setTimeout(r, 50));
          const now = await evaluate(() => [innerWidth, innerHeight]);
          if (now[0] === last[0] && now[1] === last[1]) return now;
          last = now;
        }
        return last;
      }
      async function setViewport({ width, height }) {
        let w = width, h = height, inner;
        for (let i = 0; i < 4; i++) {
          await command('POST', '/window/rect', { width: w, height: h });
          inner = await settledViewport();
          if (inner[0] === width && inner[1] === height) return;
          w += width - inner[0];
          h += height - inner[1];
        }
        throw new Error(`webkit: could not size the viewport to ${width} × ${height} (it is ${inner[0]} × ${inner[1]})`);
      }
      const page = {
        async goto(url) {
          await drainErrors().catch(() => {});  // the page left behind may be gone already
          await command('POST', '/url', { url });
          lastDocument = undefined;
          await evaluate(() => null);  // puts the listener in
        },
        evaluate,
        click: (x, y) => (lastMove = { x: Math.round(x), y: Math.round(y) }) && pointer(
          { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }),
        move: (x, y) => (lastMove = { x: Math.round(x), y: Math.round(y) }) && pointer({ type: 'pointerMove', duration: 0, origin: 'viewport', ...lastMove }),
        // The mouse wheel where the mouse is (W3C WebDriver's wheel input source).
        wheel: (dx, dy) => command('POST', '/actions', { actions: [{ type: 'wheel', id: 'wheel', actions: [
          { type: 'scroll', duration: 0, origin: 'viewport', ...lastMove, deltaX: Math.round(dx), deltaY: Math.round(dy) }] }] }),
        tap: (x, y) => command('POST', '/actions', { actions: [{ type: 'pointer', id: 'finger', parameters: { pointerType: 'touch' }, actions: [
          { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }] }),
        async press(name) {
          const parts = name.split(/\+(?!$)/).map(key);
          await keys(...parts.map((value) => ({ type: 'keyDown', value })), ...parts.reverse().map((value) => ({ type: 'keyUp', value })));
        },
        async type(text) {
          for (const ch of text) await keys({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
        },
        // Take Screenshot gives the viewport in device pixels; a clip is cut out of it here.
        async screenshot(clip) {
          const png = Buffer.from(await command('GET', '/screenshot'), 'base64');
          if (!clip) return png;
          const image = decodePng(png);
          const scale = image.width / await evaluate(() => innerWidth);
          return encodePng(crop(image, { x: clip.x * scale, y: clip.y * scale, width: clip.width * scale, height: clip.height * scale }));
        },
        setViewport,
        async consoleErrors() {
          await drainErrors();
          return errors.filter((e) => e.type !== 'warning').map((e) => e.text);
        },
        async consoleMessages() {
          await drainErrors();
          return errors.filter((e) => e.type !== 'pageerror').map((e) => ({ ...e }));
        },
        async pageErrors() {
          await drainErrors();
          return errors.filter((e) => e.type === 'pageerror').map((e) => e.text);
        },
        async close() {
          pages.delete(page);
          await session.end();
        },
      };
      pages.add(page);
      try {
        await setViewport({ width, height });
      } catch (e) {
        await page.close();
        throw e;
      }
      return page;
    },
    async close() {
      try {
        await Promise.allSettled([...pages].map((p) => p.close()));
      } finally {
        releaseDisplay();
      }
    },
  };
}
