// In every engine (engines.mjs: Chromium, Firefox, WebKit), the widget, the command-line validator
// and the JSON Schema agree: every file of tests/data/invalid
// is refused by the widget with the validator's own first message (path and all), shown in the
// widget and on the console; every file of tests/data/valid is drawn. And the largest profile the
// format allows loads and shows all of its findings (its load time is printed for the README; the
// figure is not asserted).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { engineSuite, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { DOMAIN_IDS, ROOT, loadOutcome, mount, test, testRoutes, validatorErrors } from './harness.mjs';
import { shoot, warnings } from './page-kit.mjs';

const DATA = path.join(ROOT, 'tests/data');

// The largest profile SPEC section 2 allows: six domains, two lists of 100 findings of 4,000
// characters each ("é" is two bytes: about 9.6 MB).
function largestProfile() {
  const finding = (d, l, i) => `${d}/${l}/${i} ` + 'é'.repeat(4000 - `${d}/${l}/${i} `.length);
  return JSON.stringify({
    format: 'mgi-profile/1', id: 'largest', language: 'en', published: '2023-10',
    jurisdiction: { name: 'Largest Allowed', level: 'national', country: null }, partner: null,
    title: 'Migration Governance Profile: Largest Allowed',
    introduction: 'x'.repeat(4000),
    domains: DOMAIN_IDS.map((id, d) => ({
      id, title: `Domain ${d}`,
      well_developed: Array.from({ length: 100 }, (_, i) => finding(d, 'w', i)),
      further_development: Array.from({ length: 100 }, (_, i) => finding(d, 'f', i)),
    })),
  });
}
const LARGEST = Buffer.from(largestProfile());

// A valid profile carrying, under a key the format does not know, arrays nested a million deep
// (2 MB, under the 24 MB limit): a parser or destructor that recursed would overflow the Wasm's
// 256 KB stack on it.
const DEEP_LEVELS = 1_000_000;
const DEEP = Buffer.from(readFileSync(path.join(ROOT, 'assets/profiles/balti-2023.json'), 'utf8')
  .replace(/^\{/, `{"x-nested": ${'['.repeat(DEEP_LEVELS)}${']'.repeat(DEEP_LEVELS)},`));

// The server: the two generated profiles, and tests/data/{valid,invalid}/* as they are, byte for byte.
function routes() {
  const rest = testRoutes({
    '/largest.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(LARGEST),
    '/deep.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(DEEP),
  });
  return async (req, res) => {
    const [, kind, file] = decodeURIComponent(new URL(req.url, 'http://localhost').pathname).match(/^\/data\/(valid|invalid)\/([^/]+)$/) || [];
    if (!kind) return rest(req, res);
    const body = await import('node:fs/promises').then((fs) => fs.readFile(path.join(DATA, kind, file))).catch(() => null);
    if (body) res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(body);
    else res.writeHead(404).end();
    return true;
  };
}

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes());
    const dataUrl = (kind, file) => `${browser.url}data/${kind}/${encodeURIComponent(file)}`;

    test('every invalid file is refused by the widget with the validator\'s message', async () => {
      const files = readdirSync(path.join(DATA, 'invalid')).filter((f) => f.endsWith('.json')).sort();
      assert.ok(files.length >= 30, `at least 30 invalid files (found ${files.length})`);
      const page = await browser.newPage();
      await mount(page, browser.url, '');
      for (const f of files) {
        const cli = validatorErrors(path.join(DATA, 'invalid', f));
        assert.equal(cli.status, 1, `${f}: mgi-validate exit status`);
        const seen = await loadOutcome(page, dataUrl('invalid', f));
        assert.equal(seen.event, 'error', `${f}: the widget must refuse it`);
        assert.equal(seen.state, 'error', `${f}: panel state`);
        assert.ok(seen.alert, `${f}: the message is an alert`);
        // The widget's message is the validator's first error, word for word.
        assert.equal(seen.message, cli.messages[0], `${f}: widget and validator disagree`);
        assert.ok(seen.text.includes(cli.messages[0]), `${f}: the message is shown in the widget`);
      }
      const errors = (await page.consoleMessages()).filter((m) => m.type === 'error');
      assert.ok(errors.length >= files.length, 'each refusal is on the console too');
      assert.deepEqual(await page.pageErrors(), []);
      await page.close();
    });

    test('every valid file is drawn by the widget', async () => {
      const files = readdirSync(path.join(DATA, 'valid')).filter((f) => f.endsWith('.json')).sort();
      const page = await browser.newPage();
      await mount(page, browser.url, '');
      for (const f of files) {
        assert.equal(validatorErrors(path.join(DATA, 'valid', f)).status, 0, `${f}: mgi-validate`);
        const seen = await loadOutcome(page, dataUrl('valid', f));
        assert.equal(seen.event, 'ready', `${f}: ${seen.message ?? ''}`);
        assert.notEqual(seen.state, 'error', f);
      }
      assert.deepEqual(await page.pageErrors(), []);
      await page.close();
    });

    test('the largest profile the format allows loads and shows every finding', async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '');
      const timing = await page.evaluate(async () => {
        const el = document.createElement('mgi-wheel');
        el.id = 'largest';
        el.setAttribute('profile', '/largest.json');
        const t0 = performance.now();
        document.getElementById('host').append(el);
        await el.ready;
        const loaded = performance.now() - t0;
        const t1 = performance.now();
        el.select('well-being');
        const items = el.shadowRoot.querySelectorAll('[part="panel"] li').length;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return { loaded, selectMs: performance.now() - t1, items, state: el.state() };
      });
      assert.equal(timing.state.domain, 'well-being');
      assert.equal(timing.items, 200, 'both lists of 100 findings are in the panel');
      const text = await page.evaluate(() => document.querySelector('#largest').shadowRoot.querySelector('[part="panel"]').textContent);
      assert.ok(text.includes('3/w/99 éé') && text.includes('3/f/0 éé'), 'first and last findings shown');
      await quiet(page);
      await shoot(page, `${name}-largest-profile`);
      console.log(`# largest profile (${(LARGEST.length / 1e6).toFixed(1)} MB): ready after ${timing.loaded.toFixed(0)} ms, ` +
        `selecting a domain of 200 findings to the next frame ${timing.selectMs.toFixed(0)} ms`);
      assert.deepEqual(await page.pageErrors(), []);
      await page.close();
    });

    test('arrays nested a million deep under an unknown key: a warning, and the profile is drawn', async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, '');
      const seen = await loadOutcome(page, '/deep.json');
      assert.equal(seen.event, 'ready');
      assert.equal(seen.state, 'intro');
      assert.match(seen.text, /Balti/);
      assert.ok((await warnings(page)).some((text) => /x-nested: unknown key, ignored/.test(text)),
        'the unknown key is reported on the console');
      assert.deepEqual(await page.pageErrors(), []);
      await page.close();
    });
  });
}
