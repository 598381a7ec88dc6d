// Integrity in every engine (engines.mjs: Chromium, Firefox, WebKit): the core's .js and .wasm are
// checked against the digests written into the loader (issue 19, SPEC section 5). Intact, the
// widget becomes ready; one byte changed in either file, it is refused: `ready` rejects and
// `mgi-error` says "integrity" and names the file's URL. The details in Chromium: integrity.test.mjs.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, keep } from './engine-kit.mjs';
import { test } from './harness.mjs';
import { selectedEngines } from './engines.mjs';
import { integritySite } from './integrity-site.mjs';
import { CORE_JS, CORE_WASM } from '../../scripts/release-files.mjs';

// What the widget of /host/<folder>.html did: its ready's outcome and its mgi-error details.
async function outcome(page, url) {
  await page.goto(url);
  return page.evaluate(async () => {
    await customElements.whenDefined('mgi-wheel');
    const el = document.getElementById('w');
    const ready = await Promise.race([
      el.ready.then(() => 'resolved', (e) => `rejected: ${e.message}`),
      new Promise((r) => setTimeout(() => r('pending after 20 s'), 20000)),
    ]);
    return { ready, errors: window.__errors };
  });
}

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, integritySite());

    test('intact: ready; one byte changed in the core\'s .wasm or .js: refused, naming integrity and the file', async () => {
      const page = await browser.newPage({ width: 1000, height: 800 });
      assert.deepEqual(await outcome(page, `${browser.url}host/intact.html`), { ready: 'resolved', errors: [] });
      for (const [folder, file] of [['changed-wasm', CORE_WASM], ['changed-js', CORE_JS]]) {
        const url = `${browser.url}${folder}/${file}`;
        const seen = await outcome(page, `${browser.url}host/${folder}.html`);
        assert.match(seen.ready, /^rejected: .*integrity/, `${file}: ${seen.ready}`);
        assert.ok(seen.ready.includes(url), `${file}: ${seen.ready}`);
        assert.equal(seen.errors.length, 1, JSON.stringify(seen.errors));
        assert.match(seen.errors[0].message, /integrity/);
        assert.equal(seen.errors[0].url, url);
        keep(await page.screenshot(), `${name}-integrity-${folder}`);
      }
      await page.close();
    });
  });
}
