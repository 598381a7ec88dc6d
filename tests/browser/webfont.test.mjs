// The wheel's text is drawn in the widget's font stack (`--mgi-font`), with glyphs from the
// browser. A web font that arrives after the first frame must not leave the wheel in the fallback
// face: when the page's fonts finish loading, the glyphs are drawn again. In every engine
// (engines.mjs: Chromium, Firefox, WebKit). Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { engineSuite, frames, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { mount, test, testRoutes, waitReady } from './harness.mjs';
import { elementClip, shoot } from './page-kit.mjs';

// Debian's fonts-dejavu-core (scripts/setup.sh): a serif, unlike the sans-serif fallback.
const FONT = readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf');
// The font is held back by the server until the test lets it go (a new hold for each test).
let releaseFont = () => {};
let fontHeld = Promise.resolve();
const holdFont = () => { fontHeld = new Promise((resolve) => { releaseFont = resolve; }); };

const routes = () => async (req, res) => {
  if (new URL(req.url, 'http://localhost').pathname.startsWith('/fonts/late-serif')) {
    await fontHeld;
    res.writeHead(200, { 'Content-Type': 'font/ttf', 'Cache-Control': 'no-store' }).end(FONT);
    return true;
  }
  return testRoutes()(req, res);
};

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes());

    test('a web font that arrives after the first frame is used for the wheel once loaded', async () => {
      holdFont();
      try {
        const page = await browser.newPage();
        await mount(page, browser.url, `<style>@font-face { font-family: "Late Serif"; src: url(/fonts/late-serif-${name}.ttf); }</style>
          <mgi-wheel profile="/profiles/azerbaijan-2023.json" style="--mgi-font: 'Late Serif', sans-serif"></mgi-wheel>`);
        await waitReady(page);
        await quiet(page);  // the intro animation is over
        const box = await elementClip(page, 'mgi-wheel');
        const canvas = await page.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('canvas').getBoundingClientRect().toJSON());
        const clip = { x: Math.floor(canvas.x), y: Math.floor(canvas.y), width: Math.floor(Math.min(canvas.width, box.width)), height: Math.floor(canvas.height) };
        // Chromium through CDP: Playwright's own screenshots wait for pending fonts, the very state
        // under test. The other drivers' screenshots do not wait.
        const cdp = page.playwright && await page.playwright.context().newCDPSession(page.playwright);
        const shot = async () => (cdp ? (await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...clip, scale: 1 } })).data
          : (await page.screenshot({ clip })).toString('base64'));
        const fallback = await shot();
        assert.equal(await shot(), fallback, 'the wheel is still before the font arrives');
        assert.equal(await page.evaluate(() => document.fonts.check('16px "Late Serif"')), false);

        releaseFont();
        await page.waitForFunction(() => document.fonts.check('16px "Late Serif"'));
        await page.evaluate(() => document.fonts.ready.then(() => null));
        // The redraw in the web font: shots until one differs, 5 s at the most.
        for (const end = Date.now() + 5000; await shot() === fallback && Date.now() < end;) await frames(page);
        await quiet(page);
        assert.notEqual(await shot(), fallback, 'the wheel was drawn again in the web font');
        await shoot(page, `${name}-webfont-loaded`);
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      } finally {
        releaseFont();
      }
    });
  });
}
