// The widget's drawing in every engine (engines.mjs: Chromium, Firefox, WebKit): no frames while
// idle, layout by the container's width, device pixel ratios, the page's scrolling over the canvas.
// Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { FRAME_COUNTER, mount, pngRegions, segmentPoint, shotWhen, test, testRoutes, waitReady } from './harness.mjs';
import { shoot } from './page-kit.mjs';

const COUNTED = 'fixtures/blank.html?init=frames';
const frameCount = (page) => page.evaluate(() => window.__frames);
const geo = (page) => page.evaluate(() => {
  const root = document.querySelector('mgi-wheel').shadowRoot;
  const c = root.querySelector('canvas').getBoundingClientRect();
  const p = root.querySelector('[part="panel"]').getBoundingClientRect();
  return { layout: root.querySelector('.mgi').dataset.layout, canvas: { w: c.width, h: c.height, bottom: c.bottom, right: c.right },
    panel: { top: p.top, left: p.left }, backing: root.querySelector('canvas').width };
});
// MiniBrowser's window has a viewport 447 px wide at the least: the phone is a little wider there
// (the container, 358 px, is what is narrow).
const phone = (engine) => ({ width: engine === 'webkit' ? 460 : 390, height: 844 });
const layoutIs = (page, want) => page.waitForFunction((want) =>
  document.querySelector('mgi-wheel').shadowRoot.querySelector('.mgi').dataset.layout === want, want).catch(() => {});

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, testRoutes({}, { initScripts: { frames: FRAME_COUNTER } }));

    describe('rendering on demand', () => {
      test('no frames are drawn while idle', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '<mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel>', COUNTED);
        await waitReady(page);
        await quiet(page, 1000);  // the intro is over, and the GPU's first frame drawn
        const idle0 = await frameCount(page);
        // The subject, not a wait for the widget: two seconds of idling draw no frame.
        await page.wait(2000);
        assert.equal(await frameCount(page) - idle0, 0, 'frames while idle');
        await page.close();
      });

      test('a click animates, then drawing stops again', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '<mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel>', COUNTED);
        await waitReady(page);
        await quiet(page);  // the intro is over
        const idle0 = await frameCount(page);
        const p = await segmentPoint(page, 'partnerships');
        await page.click(p.x, p.y);
        await quiet(page);  // the turn is over
        const afterClick = await frameCount(page);
        assert.ok(afterClick - idle0 >= 5, `the turn drew frames (${afterClick - idle0})`);
        // The subject, not a wait for the widget: two seconds after the turn draw no frame.
        await page.wait(2000);
        assert.equal(await frameCount(page) - afterClick, 0, 'frames after the animation ended');
        await page.close();
      });
    });

    describe('layout', () => {
      test('a narrow container puts the wheel above the panel', async () => {
        const page = await browser.newPage(phone(name));
        await mount(page, browser.url, '<mgi-wheel profile="/profiles/balti-2023.json" domain="well-being"></mgi-wheel>');
        await waitReady(page);
        await page.evaluate(() => { document.getElementById('host').style.width = '358px'; });
        await layoutIs(page, 'narrow');
        await quiet(page);
        const narrow = await geo(page);
        assert.equal(narrow.layout, 'narrow');
        assert.equal(narrow.canvas.w, 358);
        assert.ok(narrow.canvas.bottom <= narrow.panel.top, 'wheel above panel');
        await shoot(page, `${name}-narrow-well-being`);
        await page.close();
      });

      test('it follows a resize to a wide container: the wheel beside the panel, still facing it', async () => {
        const page = await browser.newPage(phone(name));
        await mount(page, browser.url, '<mgi-wheel profile="/profiles/balti-2023.json" domain="well-being"></mgi-wheel>');
        await waitReady(page);
        await page.evaluate(() => { document.getElementById('host').style.width = '358px'; });
        await layoutIs(page, 'narrow');
        await quiet(page);
        await page.setViewport({ width: 1200, height: 900 });
        await page.evaluate(() => { document.getElementById('host').style.width = '1000px'; });
        await layoutIs(page, 'wide');
        await quiet(page);
        const wide = await geo(page);
        assert.equal(wide.layout, 'wide');
        assert.ok(wide.canvas.right <= wide.panel.left, 'wheel beside panel');
        // Well-being turned to face the panel in each layout.
        const mid = await page.evaluate(() => {
          const s = document.querySelector('mgi-wheel').layout().wheels[0].segments[3];
          return (((s.start_deg + s.end_deg) / 2) % 360 + 360) % 360;
        });
        assert.ok(Math.abs(mid - 90) < 0.5, `faces right (${mid})`);
        await page.close();
      });

      // Judged on what a visitor sees: a screenshot of the hub's text in device pixels. Drawn for the
      // screen, a glyph's edge is a step of about one device pixel; the same wheel drawn at DPR 1 and
      // stretched (the failure guarded against here) spreads each step over DPR pixels.
      let reference;
      for (const dpr of [2, 3]) {
        test(`at devicePixelRatio ${dpr} the drawing buffer has device pixels, and text stays crisp`, async () => {
          reference ??= await hubPixels(browser, 1, `${name}-dpr1-mobility-crises`);
          const shot = await hubPixels(browser, dpr, `${name}-dpr${dpr}-mobility-crises`);
          assert.equal(shot.backing, Math.round(shot.css * dpr));
          const crisp = edges(shot), stretched = edges(upscaled(reference, dpr));
          assert.ok(crisp.strong > 50, `the hub has text to judge by (${crisp.strong} strong edges)`);
          assert.ok(crisp.step > 1.4 * stretched.step,
            `at DPR ${dpr} the hub's edges are sharper than a stretched DPR 1 wheel's (mean step ${crisp.step.toFixed(1)} vs ${stretched.step.toFixed(1)})`);
        });
      }

      test('the page still scrolls with the mouse wheel over the canvas', async () => {
        const page = await browser.newPage({ width: 1200, height: 600 });
        await page.goto(browser.url);
        await waitReady(page, '#azerbaijan-wheel');
        const p = await segmentPoint(page, 'partnerships', { selector: '#azerbaijan-wheel' });
        await page.move(p.x, p.y);
        await page.wheel(0, 300);
        await page.waitForFunction(() => window.scrollY > 100, null, { timeout: 5000 }).catch(() => {});
        assert.ok(await page.evaluate(() => window.scrollY) > 100);
        await page.close();
      });
    });
  });
}

// The hub of a widget showing Mobility dimensions of crises at `dpr`, as a screenshot shows it
// once the intro has settled: { data (RGBA), w, h } in device pixels, with the canvas's CSS width
// and backing store width then.
async function hubPixels(browser, dpr, name) {
  const page = await browser.newPage({ deviceScaleFactor: dpr });
  await mount(page, browser.url, '<mgi-wheel profile="/profiles/balti-2023.json" domain="mobility-crises"></mgi-wheel>');
  await waitReady(page);
  const { clip, css } = await page.evaluate(() => {
    const el = document.querySelector('mgi-wheel');
    const c = el.shadowRoot.querySelector('canvas');
    const w = el.layout().wheels[0];
    const box = el.getBoundingClientRect();
    const half = Math.floor(w.r_inner * 0.65);
    const clip = { x: Math.round(box.left + w.cx) - half, y: Math.round(box.top + w.cy) - half, width: 2 * half, height: 2 * half };
    return { clip, css: c.getBoundingClientRect().width };
  });
  // Two shots in a row alike: the intro sweep is over.
  const png = await shotWhen(page, () => page.screenshot({ clip }), (shot, previous) => previous && shot.equals(previous));
  // Read once settled: frames in motion drawn on the CPU have fewer pixels (1.5 per CSS pixel at
  // most), the frame the wheel settles on has the screen's.
  const backing = await page.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('canvas').width);
  await shoot(page, name, 'mgi-wheel');
  const w = clip.width * dpr, hgt = clip.height * dpr;
  const [data] = pngRegions(png, [{ x: 0, y: 0, w, h: hgt }]);
  await page.close();
  return { data, w, h: hgt, css, backing };
}

// `img` scaled by `k` with bilinear filtering, as a browser stretches a canvas.
function upscaled(img, k) {
  const w = img.w * k, hgt = img.h * k, data = new Array(w * hgt * 4);
  const at = (x, y, c) => img.data[(Math.min(img.h - 1, Math.max(0, y)) * img.w + Math.min(img.w - 1, Math.max(0, x))) * 4 + c];
  for (let y = 0; y < hgt; y++) {
    const sy = (y + 0.5) / k - 0.5, y0 = Math.floor(sy), fy = sy - y0;
    for (let x = 0; x < w; x++) {
      const sx = (x + 0.5) / k - 0.5, x0 = Math.floor(sx), fx = sx - x0;
      for (let c = 0; c < 4; c++) {
        data[(y * w + x) * 4 + c] = (at(x0, y0, c) * (1 - fx) + at(x0 + 1, y0, c) * fx) * (1 - fy)
          + (at(x0, y0 + 1, c) * (1 - fx) + at(x0 + 1, y0 + 1, c) * fx) * fy;
      }
    }
  }
  return { data, w, h: hgt };
}

// Luminance steps between neighbouring pixels: `step`, their mean weighted by size (the same ink
// drawn with sharper edges takes fewer, larger steps), and `strong`, how many exceed a third of
// the range.
function edges({ data, w, h: hgt }) {
  const lum = (i) => 0.299 * data[i * 4] + 0.587 * data[i * 4 + 1] + 0.114 * data[i * 4 + 2];
  let sum = 0, squares = 0, strong = 0;
  for (let y = 0; y < hgt; y++) {
    for (let x = 0; x < w; x++) {
      const here = lum(y * w + x);
      for (const next of [x + 1 < w ? y * w + x + 1 : -1, y + 1 < hgt ? (y + 1) * w + x : -1]) {
        if (next < 0) continue;
        const d = Math.abs(here - lum(next));
        sum += d;
        squares += d * d;
        if (d > 85) strong++;
      }
    }
  }
  return { step: sum ? squares / sum : 0, strong };
}
