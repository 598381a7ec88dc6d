// The wheel's text is drawn in the widget's font stack (`--mgi-font`), with glyphs from the
// browser. A web font that arrives after the first frame must not leave the wheel in the fallback
// face: when the page's fonts finish loading, the glyphs are drawn again.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mount, screenshot, start, test, testRoutes, waitReady } from './harness.mjs';

// Debian's fonts-dejavu-core (scripts/setup.sh): a serif, unlike the sans-serif fallback.
const FONT = readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf');
let releaseFont;
const fontHeld = new Promise((resolve) => { releaseFont = resolve; });

let h;
before(async () => {
  h = await start({
    hooks: testRoutes({
      '/fonts/late-serif.ttf': async (req, res) => {
        await fontHeld;
        res.writeHead(200, { 'Content-Type': 'font/ttf', 'Cache-Control': 'no-store' }).end(FONT);
      },
    }),
  });
});
after(async () => { releaseFont(); await h?.close(); });

test('a web font that arrives after the first frame is used for the wheel once loaded', async () => {
  const page = await h.newPage();
  await mount(page, h.url, `<style>@font-face { font-family: "Late Serif"; src: url(/fonts/late-serif.ttf); }</style>
    <mgi-wheel profile="/profiles/azerbaijan-2023.json" style="--mgi-font: 'Late Serif', sans-serif"></mgi-wheel>`);
  await waitReady(page);
  await page.waitForTimeout(1500);  // past the intro animation
  // Through CDP: Playwright's own screenshots wait for pending fonts, the very state under test.
  const cdp = await page.context().newCDPSession(page);
  const box = await page.locator('mgi-wheel canvas').boundingBox();
  const shoot = async () => (await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...box, scale: 1 } })).data;
  const fallback = await shoot();
  assert.equal(await shoot(), fallback, 'the wheel is still before the font arrives');
  assert.equal(await page.evaluate(() => document.fonts.check('16px "Late Serif"')), false);

  releaseFont();
  await page.waitForFunction(() => document.fonts.check('16px "Late Serif"'));
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  assert.notEqual(await shoot(), fallback, 'the wheel was drawn again in the web font');
  await screenshot(page, 'webfont-loaded');
  assert.deepEqual(page.pageErrors, []);
});
