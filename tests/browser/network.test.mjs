// Unreliable networks: a slow answer, a 500, a truncated body and a hung request. The widget shows
// a loading state at once, then a clear error with a Retry control (pointer and keyboard) that
// succeeds once the server answers. Nothing half-loaded is shown as if whole.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FRAME_COUNTER, ROOT, mount, screenshot, start, test, testRoutes } from './harness.mjs';
import { CORE_WASM } from '../../scripts/release-files.mjs';

const good = readFileSync(path.join(ROOT, 'assets/profiles/balti-2023.json'));
const served = { shared: 0 };  // requests that reached the server
const healthy = new Set();  // routes that have been told to answer properly from now on
const answer = (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(good);

let h;
before(async () => {
  h = await start({
    hooks: testRoutes({
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
    }),
  });
});
after(async () => { await h?.close(); });

async function panelState(page) {
  return page.evaluate(() => {
    const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
    return { state: p.dataset.state, text: p.innerText, retry: !!p.querySelector('button.retry') };
  });
}

async function watch(page, url) {
  await mount(page, h.url, '');
  await page.evaluate((u) => {
    window.__errors = [];
    const el = document.createElement('mgi-wheel');
    el.addEventListener('mgi-error', (e) => window.__errors.push(e.detail.message));
    el.setAttribute('profile', u);
    document.getElementById('host').append(el);
  }, url);
}

test('a slow answer shows the loading state at once, then the profile', async () => {
  const page = await h.newPage();
  await watch(page, '/net/slow.json');
  await page.waitForTimeout(600);
  const loading = await panelState(page);
  assert.equal(loading.state, 'loading');
  assert.match(loading.text, /Loading profile/);
  assert.equal(await page.evaluate(() => document.querySelector('mgi-wheel').state().profile), null);
  await screenshot(page, 'network-loading');
  await page.evaluate(() => document.querySelector('mgi-wheel').ready);
  assert.equal((await panelState(page)).state, 'intro');
});

test('HTTP 500: an error with Retry; Retry by pointer succeeds once the server answers', async () => {
  const page = await h.newPage();
  await watch(page, '/net/500.json');
  await page.waitForFunction(() => window.__errors.length === 1);
  const failed = await panelState(page);
  assert.equal(failed.state, 'error');
  assert.match(failed.text, /HTTP 500/);
  assert.ok(failed.retry);
  await screenshot(page, 'network-500');
  healthy.add('500');
  await page.locator('mgi-wheel button.retry').click();
  await page.evaluate(() => document.querySelector('mgi-wheel').ready);
  assert.equal((await panelState(page)).state, 'intro');
  assert.equal(await page.evaluate(() => document.querySelector('mgi-wheel').state().profile), 'balti-2023');
});

test('a truncated body is an error, not a half profile; Retry by keyboard', async () => {
  const page = await h.newPage();
  await watch(page, '/net/truncated.json');
  await page.waitForFunction(() => window.__errors.length === 1);
  const failed = await panelState(page);
  assert.equal(failed.state, 'error');
  assert.match(failed.text, /cut off|not valid JSON/);
  assert.equal(await page.evaluate(() => document.querySelector('mgi-wheel').state().profile), null);
  healthy.add('truncated');
  await page.locator('mgi-wheel button.retry').focus();
  await page.keyboard.press('Enter');
  await page.evaluate(() => document.querySelector('mgi-wheel').ready);
  assert.equal(await page.evaluate(() => document.querySelector('mgi-wheel').state().profile), 'balti-2023');
});

test('a hung request times out after 15 s with a clear message', async () => {
  const page = await h.newPage();
  await watch(page, '/net/hung.json');
  await page.waitForTimeout(1000);
  assert.equal((await panelState(page)).state, 'loading');
  await page.waitForFunction(() => window.__errors.length === 1, null, { timeout: 20000 });
  const failed = await panelState(page);
  assert.match(failed.text, /no answer from \/net\/hung\.json within 15 s/);
  assert.ok(failed.retry);
});

// Holds the Wasm back for `ms`, as a slow network would; `delivered()` runs as it is let through.
async function holdBackCore(page, ms, delivered = () => {}) {
  await page.route(`**/${CORE_WASM}`, async (route) => {
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, ms));
    delivered();
    await route.fulfill({ response });
  });
}

test('the profile downloads while the core is still loading, not after it', async () => {
  const page = await h.newPage();
  const times = {};
  await holdBackCore(page, 1000, () => { times.wasmDelivered = Date.now(); });
  page.on('request', (r) => { if (r.url().endsWith('/profiles/balti-2023.json')) times.profileRequested ??= Date.now(); });
  await mount(page, h.url, '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel>');
  const state = await page.evaluate(async () => { const el = document.querySelector('mgi-wheel'); await el.ready; return el.state(); });
  assert.equal(state.profile, 'balti-2023');
  assert.ok(times.profileRequested < times.wasmDelivered - 500,
    `profile requested ${times.wasmDelivered - times.profileRequested} ms before the core arrived`);
  await page.close();
});

// Profiles that have arrived by the time the core starts reach it in the same task as its creation,
// so the browser draws no loading wheel first: one frame, with both profiles when comparing.
for (const [name, attrs] of [
  ['one profile', 'profile="/profiles/balti-2023.json"'],
  ['two profiles, compared', 'profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json"'],
]) {
  test(`downloads done before the core starts: the first frame drawn has the data (${name})`, async () => {
    const page = await h.newPage();
    await page.addInitScript(FRAME_COUNTER);
    await holdBackCore(page, 800);
    await mount(page, h.url, `<mgi-wheel ${attrs}></mgi-wheel>`);
    const seen = await page.evaluate(async () => {
      const el = document.querySelector('mgi-wheel');
      await el.ready;
      return { frames: window.__frames, state: el.state() };
    });
    assert.equal(seen.state.profile, 'balti-2023');
    assert.equal(seen.state.compare, attrs.includes('compare') ? 'azerbaijan-2023' : null);
    assert.equal(seen.frames, 1, `${seen.frames} frames drawn before ready`);
    await page.close();
  });
}

// Widgets of one page that want the same file at the same time share one download: browsers may
// queue identical requests one behind the other (Chromium's cache lock, seen with 10 plain fetches
// of a no-store URL: 10 requests, one after another). One widget giving up does not stop the rest.
test('ten widgets of one profile: one fetch; a widget removed mid-download does not cancel it for the rest', async () => {
  const page = await h.newPage();
  await page.addInitScript(() => {
    window.__fetches = [];
    const fetch = window.fetch;
    window.fetch = function (input, ...rest) { window.__fetches.push(String(input)); return fetch.call(this, input, ...rest); };
  });
  served.shared = 0;
  await mount(page, h.url, Array(10).fill('<mgi-wheel profile="/net/shared.json"></mgi-wheel>').join(''));
  await page.waitForTimeout(500);
  await page.evaluate(() => document.querySelector('mgi-wheel').remove());  // gives up mid-download
  const states = await page.evaluate(() => Promise.all([...document.querySelectorAll('mgi-wheel')]
    .map(async (el) => { await el.ready; return el.state().profile; })));
  assert.deepEqual(states, Array(9).fill('balti-2023'));
  const fetches = () => page.evaluate(() => window.__fetches.filter((u) => u.endsWith('/net/shared.json')).length);
  assert.equal(await fetches(), 1, 'fetches of one file by ten widgets');
  assert.equal(served.shared, 1);
  // Settled downloads are not kept: a widget added now fetches afresh (a changed file is seen).
  await page.evaluate(() => { const el = document.createElement('mgi-wheel'); el.id = 'late'; document.getElementById('host').append(el); });
  await page.evaluate(() => { const el = document.getElementById('late'); el.setAttribute('profile', '/net/shared.json'); return el.ready; });
  assert.equal(await fetches(), 2);
  assert.equal(served.shared, 2);
  await page.close();
});
