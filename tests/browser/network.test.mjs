// Unreliable networks, in every engine (engines.mjs: Chromium, Firefox, WebKit): a slow answer, a
// 500, a truncated body and a hung request. The widget shows a loading state at once, then a clear
// error with a Retry control (pointer and keyboard) that succeeds once the server answers. Nothing
// half-loaded is shown as if whole. The core held back by the server, as a slow network would:
// the profile downloads meanwhile. Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { engineSuite } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { FRAME_COUNTER, ROOT, mount, test, testRoutes } from './harness.mjs';
import { clickIn, focusIn, shoot } from './page-kit.mjs';
import { CORE_WASM } from '../../scripts/release-files.mjs';

const good = readFileSync(path.join(ROOT, 'assets/profiles/balti-2023.json'));
const served = { shared: 0 };  // requests that reached the server
const healthy = new Set();  // routes that have been told to answer properly from now on
const answer = (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(good);
// The core's Wasm held back by the server for `ms`, as a slow network would; `delivered()` runs as
// it is let through. Set by a test, for its page.
let holdBack = null;
const times = {};

// Counts the page's fetches of each URL (window.__fetches). Run before the widget's script.
const COUNT_FETCHES = `(() => {
  window.__fetches = [];
  const fetch = window.fetch;
  window.fetch = function (input, ...rest) { window.__fetches.push(String(input)); return fetch.call(this, input, ...rest); };
})();`;

// The network as the server plays it: delays, faults and cut-off answers are the subject of these
// tests, not waits for the widget.
function routes() {
  const rest = testRoutes({
    '/net/slow.json': (req, res) => { setTimeout(() => answer(res), 3000); },
    // As the demo's server answers (no-store): Chromium then queues identical requests one
    // behind the other instead of reading one cache entry.
    '/net/shared.json': (req, res) => {
      served.shared += 1;
      setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(good), 1000);
    },
    '/net/500.json': (req, res) => (healthy.has('500') ? answer(res) : res.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom')),
    '/net/truncated.json': (req, res) => {
      if (healthy.has('truncated')) return answer(res);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(good.length) });
      res.write(good.subarray(0, 200));
      setTimeout(() => res.destroy(), 50);
    },
    '/net/hung.json': () => {},  // never answers
  }, { initScripts: { frames: FRAME_COUNTER, fetches: COUNT_FETCHES } });
  return async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/profiles/balti-2023.json') times.profileRequested ??= Date.now();
    if (holdBack && pathname === `/${CORE_WASM}`) {
      const { ms, delivered = () => {} } = holdBack;
      await new Promise((r) => setTimeout(r, ms));
      delivered();
    }
    return rest(req, res);
  };
}

// Polls `condition()` in the test (the server's counters) every 20 ms, for 10 s at the most.
async function until(condition) {
  for (const end = Date.now() + 10000; !condition() && Date.now() < end;) await new Promise((r) => setTimeout(r, 20));
}

async function panelState(page) {
  return page.evaluate(() => {
    const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
    return { state: p.dataset.state, text: p.innerText, retry: !!p.querySelector('button.retry') };
  });
}
const ready = (page, sel = 'mgi-wheel') => page.evaluate((sel) => document.querySelector(sel).ready.then(() => null), sel);
const profileOf = (page) => page.evaluate(() => document.querySelector('mgi-wheel').state().profile);
// The core's loading panel: data-state "loading" with its status line (before the core starts, the
// panel is "loading" and empty).
const loading = (page, timeout) => page.waitForFunction(() => {
  const panel = document.querySelector('mgi-wheel').shadowRoot?.querySelector('[part="panel"]');
  return panel?.dataset.state === 'loading' && !!panel.querySelector('.status');
}, null, { timeout }).catch(() => {});

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes());

    async function watch(url) {
      const page = await browser.newPage();
      await mount(page, browser.url, '');
      await page.evaluate((u) => {
        window.__errors = [];
        const el = document.createElement('mgi-wheel');
        el.addEventListener('mgi-error', (e) => window.__errors.push(e.detail.message));
        el.setAttribute('profile', u);
        document.getElementById('host').append(el);
      }, url);
      return page;
    }

    test('a slow answer shows the loading state at once, then the profile', async () => {
      const page = await watch('/net/slow.json');
      await loading(page, 2500);  // before the answer, 3 s away
      const shown = await panelState(page);
      assert.equal(shown.state, 'loading');
      assert.match(shown.text, /Loading profile/);
      assert.equal(await profileOf(page), null);
      await shoot(page, `${name}-network-loading`);
      await ready(page);
      assert.equal((await panelState(page)).state, 'intro');
      await page.close();
    });

    test('HTTP 500: an error with Retry; Retry by pointer succeeds once the server answers', async () => {
      healthy.delete('500');
      const page = await watch('/net/500.json');
      await page.waitForFunction(() => window.__errors.length === 1);
      const failed = await panelState(page);
      assert.equal(failed.state, 'error');
      assert.match(failed.text, /HTTP 500/);
      assert.ok(failed.retry);
      await shoot(page, `${name}-network-500`);
      healthy.add('500');
      await clickIn(page, 'mgi-wheel', 'button.retry');
      await ready(page);
      assert.equal((await panelState(page)).state, 'intro');
      assert.equal(await profileOf(page), 'balti-2023');
      await page.close();
    });

    test('a truncated body is an error, not a half profile; Retry by keyboard', async () => {
      healthy.delete('truncated');
      const page = await watch('/net/truncated.json');
      await page.waitForFunction(() => window.__errors.length === 1);
      const failed = await panelState(page);
      assert.equal(failed.state, 'error');
      assert.match(failed.text, /cut off|not valid JSON/);
      assert.equal(await profileOf(page), null);
      healthy.add('truncated');
      await focusIn(page, 'mgi-wheel', 'button.retry');
      await page.press('Enter');
      await ready(page);
      assert.equal(await profileOf(page), 'balti-2023');
      await page.close();
    });

    test('a hung request times out after 15 s with a clear message', async () => {
      const page = await watch('/net/hung.json');
      await loading(page, 5000);
      assert.equal((await panelState(page)).state, 'loading');
      await page.waitForFunction(() => window.__errors.length === 1, null, { timeout: 20000 });
      const failed = await panelState(page);
      assert.match(failed.text, /no answer from \/net\/hung\.json within 15 s/);
      assert.ok(failed.retry);
      await page.close();
    });

    test('the profile downloads while the core is still loading, not after it', async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '');
      delete times.profileRequested;
      holdBack = { ms: 1000, delivered: () => { times.wasmDelivered = Date.now(); } };
      try {
        await page.evaluate(() => { document.getElementById('host').innerHTML = '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel>'; });
        const state = await page.evaluate(async () => { const el = document.querySelector('mgi-wheel'); await el.ready; return el.state(); });
        assert.equal(state.profile, 'balti-2023');
        assert.ok(times.profileRequested < times.wasmDelivered - 500,
          `profile requested ${times.wasmDelivered - times.profileRequested} ms before the core arrived`);
      } finally {
        holdBack = null;
      }
      await page.close();
    });

    // Profiles that have arrived by the time the core starts reach it in the same task as its creation,
    // so the browser draws no loading wheel first: one frame, with both profiles when comparing.
    for (const [what, attrs] of [
      ['one profile', 'profile="/profiles/balti-2023.json"'],
      ['two profiles, compared', 'profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json"'],
    ]) {
      test(`downloads done before the core starts: the first frame drawn has the data (${what})`, async () => {
        const page = await browser.newPage();
        holdBack = { ms: 800 };
        try {
          await mount(page, browser.url, `<mgi-wheel ${attrs}></mgi-wheel>`, 'fixtures/blank.html?init=frames');
          const seen = await page.evaluate(async () => {
            const el = document.querySelector('mgi-wheel');
            await el.ready;
            return { frames: window.__frames, state: el.state() };
          });
          assert.equal(seen.state.profile, 'balti-2023');
          assert.equal(seen.state.compare, attrs.includes('compare') ? 'azerbaijan-2023' : null);
          assert.equal(seen.frames, 1, `${seen.frames} frames drawn before ready`);
        } finally {
          holdBack = null;
        }
        await page.close();
      });
    }

    // Widgets of one page that want the same file at the same time share one download: browsers may
    // queue identical requests one behind the other (Chromium's cache lock, seen with 10 plain fetches
    // of a no-store URL: 10 requests, one after another). One widget giving up does not stop the rest.
    const tenWidgets = async () => {
      const page = await browser.newPage();
      served.shared = 0;
      await mount(page, browser.url, Array(10).fill('<mgi-wheel profile="/net/shared.json"></mgi-wheel>').join(''), 'fixtures/blank.html?init=fetches');
      return page;
    };
    const states = (page) => page.evaluate(() => Promise.all([...document.querySelectorAll('mgi-wheel')]
      .map(async (el) => { await el.ready; return el.state().profile; })));
    const fetches = (page) => page.evaluate(() => window.__fetches.filter((u) => u.endsWith('/net/shared.json')).length);

    test('ten widgets of one profile: one fetch', async () => {
      const page = await tenWidgets();
      assert.deepEqual(await states(page), Array(10).fill('balti-2023'));
      assert.equal(await fetches(page), 1, 'fetches of one file by ten widgets');
      assert.equal(served.shared, 1);
      await page.close();
    });

    test('a widget removed mid-download does not cancel it for the rest', async () => {
      const page = await tenWidgets();
      await until(() => served.shared === 1);  // the download has started (its answer takes 1 s)
      await page.evaluate(() => document.querySelector('mgi-wheel').remove());  // gives up mid-download
      assert.deepEqual(await states(page), Array(9).fill('balti-2023'));
      assert.equal(await fetches(page), 1, 'fetches of one file by ten widgets');
      assert.equal(served.shared, 1);
      await page.close();
    });

    test('settled downloads are not kept: a widget added later fetches afresh (a changed file is seen)', async () => {
      const page = await tenWidgets();
      await states(page);
      await page.evaluate(() => { const el = document.createElement('mgi-wheel'); el.id = 'late'; document.getElementById('host').append(el); });
      await page.evaluate(() => { const el = document.getElementById('late'); el.setAttribute('profile', '/net/shared.json'); return el.ready.then(() => null); });
      assert.equal(await fetches(page), 2);
      assert.equal(served.shared, 2);
      await page.close();
    });
  });
}
