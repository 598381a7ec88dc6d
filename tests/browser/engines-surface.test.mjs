// The drawing surface (issue 16; always copied since issue 26) in every engine (engines.mjs: Chromium, Firefox, WebKit): twenty
// widgets beside fifteen WebGL contexts the host page draws every frame, a lost WebGL context and
// its restoration, and a browser with no WebGL at all. The pages are served with WATCH_SURFACES
// run before the widget's script (testRoutes' init scripts: WebKit's WebDriver has no hook of its
// own for that), so a test finds the page's contexts and counts GPU copies and CPU frames.
// Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { COLOURS, assertWheelsDrawn, clickRedraws, engineSuite, keep, readyOutcome, settled, wheelClip } from './engine-kit.mjs';
import { decodePng, launch, pixel, selectedEngines } from './engines.mjs';
import { DOMAIN_IDS, WATCH_SURFACES, busyHostContexts, colouredPixels, mount, panelText, test,
  testRoutes } from './harness.mjs';

const WATCHED = 'fixtures/blank.html?init=surfaces';
const PROFILES = ['/profiles/azerbaijan-2023.json', '/profiles/balti-2023.json'];
const widgets = (n, style) => Array.from({ length: n }, (_, i) =>
  `<mgi-wheel id="w${i}" profile="${PROFILES[i % 2]}" style="${style}"></mgi-wheel>`).join('');
const ids = (n) => Array.from({ length: n }, (_, i) => `#w${i}`);

// Waits until every widget of the page is ready, polling (a page slowed down by its host's own
// drawing on a busy machine may take longer than WebKit's 30 s script timeout); fails naming the
// widgets that are not, with their panels' states.
async function allReady(page, timeout = 60000) {
  await page.evaluate(() => {
    window.__ready = new Set();
    for (const el of document.querySelectorAll('mgi-wheel')) el.ready.then(() => window.__ready.add(el.id), () => {});
  });
  const done = () => window.__ready.size === document.querySelectorAll('mgi-wheel').length;
  if (await page.waitForFunction(done, null, { timeout, interval: 250 }).catch(() => false)) return;
  const late = await page.evaluate(() => [...document.querySelectorAll('mgi-wheel')].filter((el) => !window.__ready.has(el.id))
    .map((el) => `${el.id} (${el.shadowRoot?.querySelector('[part="panel"]')?.dataset.state})`));
  assert.fail(`not ready after ${timeout / 1000} s: ${late.join(', ')}; the console: ${JSON.stringify(await page.consoleErrors())}`);
}

// The WebGL contexts the page has made (WATCH_SURFACES), and how many of them are lost.
const contexts = (page) => page.evaluate(() => ({
  made: window.__glContexts.length, lost: window.__glContexts.filter((gl) => gl.isContextLost()).length }));
const counts = (page) => page.evaluate(() => ({ copies: window.__copies, cpuFrames: window.__cpuFrames, glDraws: window.__glDraws }));

// One state (Balti, "Partnerships" selected, 480 px wide) drawn by the GPU (`gpu`: after the
// page's context is up) or by a browser without WebGL, as the decoded pixels of its wheel's square.
async function sameState(engine, url, label, gpu) {
  const page = await engine.newPage({ width: 800, height: 800 });
  await mount(page, url, '<mgi-wheel id="same" profile="/profiles/balti-2023.json" style="display:block;width:480px"></mgi-wheel>', WATCHED);
  assert.equal(await readyOutcome(page, '#same'), null);
  if (gpu) await page.waitForFunction(() => window.__glContexts.length === 1);
  const before = await counts(page);
  await page.evaluate(() => document.querySelector('#same').select('partnerships'));
  keep(await settled(page), `${label}-same-state-${gpu ? 'gpu' : 'cpu'}`);
  const after = await counts(page);
  // Drawn on the page's one context and copied into the widget's canvas, or drawn on the CPU.
  assert.ok(gpu ? after.glDraws > before.glDraws && after.copies > before.copies && after.cpuFrames === before.cpuFrames
    : after.cpuFrames > before.cpuFrames,
    `drawn by the ${gpu ? 'GPU' : 'CPU'}: ${JSON.stringify({ before, after })}`);
  const image = await page.image({ clip: await wheelClip(page, '#same') });
  await page.close();
  return image;
}

// What the canvas `part="wheel"` of the widget at `selector` holds, as a page reads it
// (toDataURL): the segments of wheel `wheel` (of `ids`) not in their colour near the rim, opaque
// (alpha 240 or more: Firefox and WebKit round it on the way through premultiplied alpha), [] when
// all are, read as offColours reads a screenshot (the middle and halfway to each edge).
async function canvasOffColours(page, selector, { wheel = 0, ids = DOMAIN_IDS, tolerance = 6 } = {}) {
  const read = await page.evaluate(({ sel, wheel }) => {
    const el = document.querySelector(sel);
    const canvas = el.shadowRoot.querySelector('canvas[part="wheel"]');
    const host = el.getBoundingClientRect(), box = canvas.getBoundingClientRect();
    return { url: canvas.toDataURL('image/png'), wheel: el.layout().wheels[wheel], left: box.left - host.left, top: box.top - host.top,
      scale: canvas.width / box.width };
  }, { sel: selector, wheel });
  const image = decodePng(Buffer.from(read.url.slice(read.url.indexOf(',') + 1), 'base64'));
  const w = read.wheel, off = [];
  for (const id of ids) {
    const s = w.segments.find((x) => x.id === id), seen = [];
    for (const angleShare of [0, -0.5, 0.5]) {
      const a = ((s.start_deg + s.end_deg) / 2 + angleShare * (s.end_deg - s.start_deg) / 2) * Math.PI / 180;
      const r = w.r_inner + (w.r_outer - w.r_inner) * 0.9;
      const x = (w.cx + r * Math.sin(a) - read.left) * read.scale, y = (w.cy - r * Math.cos(a) - read.top) * read.scale;
      const rgba = pixel(image, x, y);
      if (rgba[3] >= 240 && !rgba.slice(0, 3).some((v, i) => Math.abs(v - COLOURS[id][i]) > tolerance)) break;
      seen.push(`${rgba} at ${x.toFixed(0)},${y.toFixed(0)}`);
    }
    if (seen.length === 3) off.push(`${selector}'s canvas: ${id} is ${seen.join(', ')}, not ${COLOURS[id]}`);
  }
  return off;
}

// The widgets of `selectors` whose whole box is in the viewport.
const inView = (page, selectors) => page.evaluate((sels) => sels.filter((s) => {
  const r = document.querySelector(s).getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
}), selectors);

const scrollTo = (page, selector) => page.evaluate((sel) => document.querySelector(sel).scrollIntoView({ block: 'start' }), selector);

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, testRoutes({}, { initScripts: { surfaces: WATCH_SURFACES } }));

    test('20 widgets beside 15 WebGL contexts the page draws every frame: one context for the widgets, every wheel drawn, clicks redraw, no context lost', async () => {
      const page = await browser.newPage({ width: 1200, height: 900 });
      await page.goto(browser.url + WATCHED);
      await page.evaluate(busyHostContexts, 15);
      // A gallery of wheels: four to a row, the findings panels hidden by the host's own CSS.
      await page.evaluate(() => document.head.insertAdjacentHTML('beforeend', '<style>#host { width: auto } mgi-wheel::part(panel) { display: none }</style>'));
      await page.evaluate((html) => { document.getElementById('host').innerHTML = html; }, widgets(20, 'display:inline-block;vertical-align:top;width:290px'));
      await allReady(page);
      await page.waitForFunction(() => window.__glContexts.length > 15);  // made after the first frames, drawn on the CPU
      assert.deepEqual(await contexts(page), { made: 16, lost: 0 }, 'the host\'s 15 contexts and one for all the widgets, none lost');

      // Every wheel, a screenful at a time: widgets out of view draw nothing until scrolled to.
      const unseen = ids(20);
      while (unseen.length) {
        await scrollTo(page, unseen[0]);
        const shown = await inView(page, unseen);
        assert.ok(shown.length, `${unseen[0]} fits in the viewport`);
        await assertWheelsDrawn(page, shown);
        for (const s of shown) unseen.splice(unseen.indexOf(s), 1);
      }
      for (const [i, id] of [[0, 'partnerships'], [7, 'well-being'], [13, 'mobility-crises'], [19, 'migrants-rights']]) {
        await scrollTo(page, `#w${i}`);
        await clickRedraws(page, `#w${i}`, id);
      }
      await page.evaluate(() => scrollTo(0, 0));
      await page.wait(600);  // the last turn; the page itself never stops drawing
      keep(await page.screenshot(), `${name}-twenty-widgets`);
      assert.equal(await page.evaluate(() => window.__hostContexts.filter((gl) => gl.isContextLost()).length), 0, 'the host keeps all of its contexts');
      assert.deepEqual(await contexts(page), { made: 16, lost: 0 });
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('the WebGL context lost: every picture stays and a click selects and redraws on the CPU; restored: drawn by the GPU again', async () => {
      const page = await browser.newPage({ width: 1000, height: 900 });
      await mount(page, browser.url, widgets(3, 'display:inline-block;width:320px'), WATCHED);
      await allReady(page);
      await page.waitForFunction(() => window.__glContexts.length > 0);  // made after the first frames, drawn on the CPU
      assert.deepEqual(await contexts(page), { made: 1, lost: 0 });
      await assertWheelsDrawn(page, ids(3));

      await page.evaluate(() => {
        window.__loser = window.__glContexts[0].getExtension('WEBGL_lose_context');
        window.__loser.loseContext();
      });
      await page.waitForFunction(() => window.__glContexts[0].isContextLost());
      await assertWheelsDrawn(page, ids(3));
      const lost = await counts(page);
      await clickRedraws(page, '#w1', 'partnerships');
      assert.ok((await counts(page)).cpuFrames > lost.cpuFrames, 'the CPU drew the new selection');
      assert.match(await panelText(page, '#w1'), /partnership/i, 'the panel follows the selection');
      keep(await settled(page), `${name}-context-lost`);

      await page.evaluate(() => window.__loser.restoreContext());
      await page.waitForFunction(() => !window.__glContexts[0].isContextLost());
      const restored = await counts(page);
      await clickRedraws(page, '#w2', 'well-being');
      const now = await counts(page);
      assert.ok(now.glDraws > restored.glDraws, 'the restored context draws again');
      assert.equal(now.cpuFrames, restored.cpuFrames, 'no CPU frame once restored');
      await assertWheelsDrawn(page, ['#w0']);
      await assertWheelsDrawn(page, ['#w1'], { ids: DOMAIN_IDS.filter((d) => d !== 'partnerships') });
      await assertWheelsDrawn(page, ['#w2'], { ids: DOMAIN_IDS.filter((d) => d !== 'well-being') });
      keep(await settled(page), `${name}-context-restored`);
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    for (const count of [1, 3]) {
      test(`${count === 1 ? 'one widget' : 'three widgets'}: each frame the GPU draws is copied into the canvas part="wheel", which holds the wheel after a click and after its turn, as toDataURL() reads it`, async () => {
        const page = await browser.newPage({ width: 1400, height: 900 });
        await mount(page, browser.url, widgets(count, 'display:inline-block;vertical-align:top;width:320px'), WATCHED);
        await allReady(page);
        await page.waitForFunction(() => window.__glContexts.length === 1);  // the GPU draws from now on
        await settled(page);  // the intros' sweeps are over
        assert.deepEqual(await canvasOffColours(page, '#w0'), [], 'before the click');
        const selected = {};
        for (const [i, domain] of [[0, 'partnerships'], [count - 1, 'well-being']]) {
          const before = await counts(page);
          await clickRedraws(page, `#w${i}`, domain);
          selected[`w${i}`] = domain;
          // In the turn (the click's frames are still coming): the canvas holds a wheel, in colour.
          const turning = await page.evaluate((id) => {
            const canvas = document.getElementById(id).shadowRoot.querySelector('canvas[part="wheel"]');
            return canvas.toDataURL('image/png');
          }, `w${i}`);
          const mid = decodePng(Buffer.from(turning.slice(turning.indexOf(',') + 1), 'base64'));
          const share = colouredPixels(mid.data, 8) / (mid.width * mid.height);
          assert.ok(share > 0.2, `w${i}'s canvas holds the wheel during the turn (${share.toFixed(2)} of its pixels in colour)`);
          await settled(page);
          const after = await counts(page);
          assert.ok(after.glDraws > before.glDraws && after.copies > before.copies && after.cpuFrames === before.cpuFrames,
            `drawn by the GPU and copied: ${JSON.stringify({ before, after })}`);
          for (let k = 0; k < count; k++) {
            const chosen = selected[`w${k}`];
            assert.deepEqual(await canvasOffColours(page, `#w${k}`, { ids: DOMAIN_IDS.filter((d) => d !== chosen) }), [], `w${k} after the turn`);
          }
        }
        keep(await page.screenshot(), `${name}-copied-${count}`);
        assert.deepEqual(await page.consoleErrors(), []);
        await page.close();
      });
    }

    test('a page that greys its canvas (::part(wheel) { filter }): the wheel a visitor sees is grey, its canvas still holds the colours', async () => {
      const page = await browser.newPage({ width: 1000, height: 900 });
      await page.goto(browser.url + WATCHED);
      await page.evaluate(() => document.head.insertAdjacentHTML('beforeend', '<style>mgi-wheel::part(wheel) { filter: grayscale(1) }</style>'));
      await page.evaluate((html) => { document.getElementById('host').innerHTML = html; }, widgets(1, 'display:block;width:420px'));
      await allReady(page);
      await page.waitForFunction(() => window.__glContexts.length === 1);
      const grey = await counts(page);
      await clickRedraws(page, '#w0', 'partnerships');
      assert.ok((await counts(page)).copies > grey.copies, 'copied');
      await settled(page);
      const { data } = await page.image({ clip: await wheelClip(page, '#w0') });
      assert.equal(colouredPixels(data, 8), 0, 'the wheel is grey, as the page asked');
      assert.deepEqual(await canvasOffColours(page, '#w0', { ids: DOMAIN_IDS.filter((d) => d !== 'partnerships') }), []);
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('a page that greys its canvas on hover: hovered, the wheel is grey; left, in colour again', async () => {
      const page = await browser.newPage({ width: 1000, height: 900 });
      await page.goto(browser.url + WATCHED);
      await page.evaluate(() => document.head.insertAdjacentHTML('beforeend', '<style>mgi-wheel::part(wheel):hover { filter: grayscale(1) }</style>'));
      await page.evaluate((html) => { document.getElementById('host').innerHTML = html; }, widgets(1, 'display:block;width:420px'));
      await allReady(page);
      await page.waitForFunction(() => window.__glContexts.length === 1);
      await page.evaluate(() => document.querySelector('#w0').select('well-being'));
      await settled(page);
      const canvas = await page.evaluate(() => {
        const r = document.querySelector('#w0').shadowRoot.querySelector('canvas[part="wheel"]').getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right };
      });
      // A corner of the canvas, outside the wheel: nothing there for the core to redraw on hover.
      await page.move(canvas.left + 3, canvas.top + 3);
      await page.waitForFunction(() => document.querySelector('#w0').shadowRoot.querySelector('canvas[part="wheel"]:hover') !== null);
      await settled(page);
      const hovered = await page.image({ clip: await wheelClip(page, '#w0') });
      assert.equal(colouredPixels(hovered.data, 8), 0, 'the wheel is grey, as the page asked on hover');
      keep(await page.screenshot(), `${name}-hover-filter`);

      await page.move(canvas.right + 40, canvas.top + 3);
      await page.evaluate(() => document.querySelector('#w0').select('partnerships'));
      await settled(page);
      const left = await page.image({ clip: await wheelClip(page, '#w0') });
      assert.ok(colouredPixels(left.data, 8) > 0.2 * left.width * left.height, 'the wheel has its colours again');
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('the first frames are drawn on the CPU before any WebGL context is made; the GPU draws the frames after', async () => {
      const page = await browser.newPage({ width: 1000, height: 900 });
      await page.goto(browser.url + WATCHED);
      // Counted in the mgi-ready event of the first widget ready, in the page (a driver's next call,
      // or the other widget's ready on a loaded machine, may come after the context is made: 100 ms
      // after the first frame).
      const atReady = await page.evaluate(async (html) => {
        let first = null;
        document.addEventListener('mgi-ready', () => {
          first ??= { contexts: window.__glContexts.length, cpuFrames: window.__cpuFrames, copies: window.__copies };
        });
        document.getElementById('host').innerHTML = html;
        await customElements.whenDefined('mgi-wheel');
        await Promise.all([...document.querySelectorAll('mgi-wheel')].map((el) => el.ready));
        return first;
      }, widgets(2, 'display:inline-block;width:420px'));
      assert.ok(atReady.contexts === 0 && atReady.copies === 0 && atReady.cpuFrames >= 1,
        `at the first ready: CPU frames only, no context yet (${JSON.stringify(atReady)})`);
      await page.waitForFunction(() => window.__glContexts.length === 1);
      await assertWheelsDrawn(page, ids(2));
      const gpuUp = await counts(page);
      await clickRedraws(page, '#w0', 'well-being');
      const now = await counts(page);
      assert.equal(now.cpuFrames, gpuUp.cpuFrames, 'no CPU frame once the GPU is up');
      assert.ok(now.glDraws > gpuUp.glDraws, 'the GPU drew the new selection');
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('without WebGL: drawn on the CPU as the GPU draws it; a click, the keyboard and comparing all work; the findings show', async () => {
      // The GPU's picture of one state first, in this browser with WebGL, to hold the CPU's to.
      const gpu = await sameState(browser, browser.url, name, true);
      const engine = await launch(name, { webgl: false });
      try {
        const page = await engine.newPage({ width: 1100, height: 900 });
        await mount(page, browser.url, '<mgi-wheel id="one" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>', WATCHED);
        assert.equal(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2')), false, 'this browser has no WebGL2');
        const outcome = await readyOutcome(page, '#one');
        assert.equal(outcome, null, `${outcome}; the panel says "${await panelText(page, '#one')}"; the console: ${JSON.stringify(await page.consoleErrors())}`);
        assert.deepEqual(await contexts(page), { made: 0, lost: 0 });
        await assertWheelsDrawn(page, ['#one']);
        assert.ok((await counts(page)).cpuFrames > 0, 'drawn on the CPU');
        await clickRedraws(page, '#one', 'mobility-crises');
        const panel = await panelText(page, '#one');
        assert.match(panel, /Mobility dimension/);
        assert.ok(panel.length > 400, 'the findings are shown');
        keep(await settled(page), `${name}-cpu`);

        // The keyboard, through the accessible twin.
        await page.evaluate(() => document.querySelector('#one').shadowRoot.querySelector('.twin button[data-domain="well-being"]').focus());
        await page.press('Enter');
        await page.waitForFunction(() => document.querySelector('#one').state().domain === 'well-being');

        // Comparing: a click on the second wheel selects on both, both redrawn on the CPU.
        await mount(page, browser.url, '<mgi-wheel id="c" profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json"></mgi-wheel>', WATCHED);
        assert.equal(await readyOutcome(page, '#c'), null);
        await assertWheelsDrawn(page, ['#c']);
        await clickRedraws(page, '#c', 'partnerships', { wheel: 1, redrawn: [0, 1] });
        keep(await settled(page), `${name}-cpu-compare`);
        assert.deepEqual(await page.consoleErrors(), []);
        await page.close();

        // The CPU's picture of the same state as the GPU's above: nearly identical.
        const cpu = await sameState(engine, browser.url, name, false);
        assert.equal(cpu.data.length, gpu.data.length);
        let sum = 0, off = 0;
        for (let i = 0; i < gpu.data.length; i++) {
          const d = Math.abs(gpu.data[i] - cpu.data[i]);
          sum += d;
          if (d > 32) off++;
        }
        const mean = sum / gpu.data.length;
        console.log(`# ${name}: CPU vs GPU frame: mean difference ${mean.toFixed(3)} per channel, ${(100 * off / gpu.data.length).toFixed(3)}% of channels off by more than 32`);
        assert.ok(mean < 1.5, `mean difference ${mean.toFixed(2)} per channel`);
        assert.ok(off / gpu.data.length < 0.005, `${(100 * off / gpu.data.length).toFixed(2)}% of channels differ by more than 32`);
      } finally {
        await engine.close();
      }
    });
  });
}
