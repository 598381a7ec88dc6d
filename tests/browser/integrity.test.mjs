// Integrity from the script tag to the Wasm (issue 19, SPEC section 5): the loader checks the core's
// .js and .wasm against the SHA-384 digests the build wrote into it. The site is served three
// times, under three folders: intact, with one byte of the .wasm changed, and with one byte of the
// core's .js changed. Intact loads; a changed byte is refused: nothing drawn, `ready` rejects,
// `mgi-error` says "integrity" and names the file's URL, the panel and the console say so. In every
// engine (engines.mjs: Chromium, Firefox, WebKit). Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { colouredPixels, pngRegions, test, waitReady } from './harness.mjs';
import { integritySite } from './integrity-site.mjs';
import { shoot } from './page-kit.mjs';
import { CORE_JS, CORE_WASM } from '../../scripts/release-files.mjs';

// Opens a host page whose loader is in `folder`; returns what the widget did within 20 s.
async function visit(browser, folder) {
  const page = await browser.newPage();
  await page.goto(`${browser.url}host/${folder}.html`);
  const outcome = await page.evaluate(async () => {
    await customElements.whenDefined('mgi-wheel');
    const el = document.getElementById('w');
    return Promise.race([
      el.ready.then(() => ({ ready: 'resolved' }), (e) => ({ ready: 'rejected', message: e.message })),
      new Promise((r) => setTimeout(() => r({ ready: 'pending' }), 20000)),
    ]);
  });
  return { page, outcome };
}

// Whether the wheel shows: coloured pixels in a screenshot of the widget's canvas's box (the wheel
// is in the canvas, or in the page's surface shown over it when the widget is alone).
async function drawn(page) {
  const box = await page.evaluate(() => {
    const r = document.getElementById('w').shadowRoot.querySelector('canvas[part="wheel"]').getBoundingClientRect();
    return { x: r.x, y: r.y, width: Math.floor(r.width), height: Math.floor(r.height) };
  });
  if (box.width < 1 || box.height < 1) return false;
  const shot = await page.screenshot({ clip: box });
  const dpr = shot.readUInt32BE(16) / box.width;
  const [rgba] = pngRegions(shot, [{ x: 0, y: 0, w: box.width * dpr, h: box.height * dpr }]);
  return colouredPixels(rgba, 60) > (box.width * box.height) / 10;
}

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, integritySite());

    test('intact: the checked core loads and draws', async () => {
      const { page, outcome } = await visit(browser, 'intact');
      assert.deepEqual(outcome, { ready: 'resolved' });
      assert.equal((await waitReady(page, '#w')).profile, 'balti-2023');
      await quiet(page);  // the intro is drawn
      assert.ok(await drawn(page), 'the wheel is drawn');
      assert.deepEqual(await page.evaluate(() => window.__errors), []);
      assert.deepEqual(await page.pageErrors(), []);
      assert.deepEqual((await page.consoleMessages()).filter((m) => m.type === 'error'), []);
      await page.close();
    });

    for (const [folder, file] of [['changed-wasm', CORE_WASM], ['changed-js', CORE_JS]]) {
      test(`one byte changed in ${file}: refused, nothing drawn, ready rejects, mgi-error names it`, async () => {
        const { page, outcome } = await visit(browser, folder);
        const url = `${browser.url}${folder}/${file}`;
        assert.equal(outcome.ready, 'rejected');
        assert.match(outcome.message, /integrity/);
        assert.ok(outcome.message.includes(url), outcome.message);
        const errors = await page.evaluate(() => window.__errors);
        assert.equal(errors.length, 1, JSON.stringify(errors));
        assert.match(errors[0].message, /integrity check failed for .*: expected sha384-[A-Za-z0-9+/]{64}, but its SHA-384 is sha384-[A-Za-z0-9+/]{64}/);
        assert.ok(errors[0].message.includes(url), errors[0].message);
        assert.equal(errors[0].url, url);
        assert.equal(await drawn(page), false, 'nothing drawn');
        if (file.endsWith('.js')) assert.equal(await page.evaluate(() => typeof window.createMgiWheelCore), 'undefined', 'the changed script never ran');
        const panel = await page.evaluate(() => {
          const p = document.getElementById('w').shadowRoot.querySelector('[part="panel"]');
          return { state: p.dataset.state, text: p.innerText };
        });
        assert.equal(panel.state, 'error');
        assert.match(panel.text, /integrity check failed/);
        assert.ok(panel.text.includes(url));
        const consoleErrors = (await page.consoleMessages()).filter((m) => m.type === 'error').map((m) => m.text);
        assert.ok(consoleErrors.some((t) => t.startsWith('mgi-wheel: the widget core could not start: integrity check failed for ' + url)), consoleErrors.join('\n'));
        assert.deepEqual(await page.pageErrors(), []);
        await shoot(page, `${name}-integrity-${folder}`);
        await page.close();
      });
    }
  });
}
