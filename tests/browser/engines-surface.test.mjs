// The drawing surface (issue 16) in every engine (engines.mjs: Chromium, Firefox, WebKit): twenty
// widgets beside fifteen WebGL contexts the host page draws every frame, a lost WebGL context and
// its restoration, and a browser with no WebGL at all. The pages are served with WATCH_SURFACES
// run before the widget's script (testRoutes' init scripts: WebKit's WebDriver has no hook of its
// own for that), so a test finds the page's contexts and counts GPU copies and CPU frames.
// Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { assertWheelsDrawn, clickRedraws, engineSuite, keep, readyOutcome, settled, wheelClip } from './engine-kit.mjs';
import { launch, selectedEngines } from './engines.mjs';
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
  // Alone on its page, the widget is drawn straight into the surface shown in its place: no copy.
  assert.ok(gpu ? after.glDraws > before.glDraws && after.copies === before.copies && after.cpuFrames === before.cpuFrames
    : after.cpuFrames > before.cpuFrames,
    `drawn by the ${gpu ? 'GPU' : 'CPU'}: ${JSON.stringify({ before, after })}`);
  const image = await page.image({ clip: await wheelClip(page, '#same') });
  await page.close();
  return image;
}

// Run in a page: the ids of the widgets the page's surface (the canvas of its one WebGL context)
// is shown in: it sits in a closed shadow root inside the widget's own.
function surfaceShownIn() {
  const surface = window.__glContexts[0] && window.__glContexts[0].canvas;
  if (!surface || !surface.isConnected) return [];
  return [surface.getRootNode().host.getRootNode().host.id];
}

// Watches the surface leave widget `id`'s place: window.__leftWith is then the share of that
// widget's canvas that is opaque, read in the task that takes the surface away.
function watchHandover(id) {
  const canvas = document.getElementById(id).shadowRoot.querySelector('canvas[part="wheel"]');
  const surface = window.__glContexts[0].canvas;
  window.__leftWith = null;
  new MutationObserver((records, observer) => {
    if (!records.some((r) => [...r.removedNodes].includes(surface))) return;
    observer.disconnect();
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let opaque = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] === 255) opaque++;
    window.__leftWith = opaque / (canvas.width * canvas.height);
  }).observe(surface.getRootNode(), { childList: true });
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

    test('a widget that draws alone is drawn straight into the surface shown in its place: alone on its page, and after the first frame of a click on a page of two; no frame shows a wheel empty; two drawing at once are copied; a lost context keeps the wheel drawn', async () => {
      const page = await browser.newPage({ width: 1000, height: 900 });
      await mount(page, browser.url, widgets(1, 'display:inline-block;width:420px'), WATCHED);
      await allReady(page);
      await page.waitForFunction(() => window.__glContexts.length === 1);
      const shownIn = () => page.evaluate(surfaceShownIn);
      const alone = await counts(page);
      await clickRedraws(page, '#w0', 'partnerships');
      const drawn = await counts(page);
      assert.ok(drawn.glDraws > alone.glDraws && drawn.copies === alone.copies && drawn.cpuFrames === alone.cpuFrames,
        `drawn by the GPU with no copy: ${JSON.stringify({ alone, drawn })}`);
      assert.deepEqual(await shownIn(), ['w0'], 'the surface is shown in the widget\'s place');
      await assertWheelsDrawn(page, ['#w0'], { ids: DOMAIN_IDS.filter((d) => d !== 'partnerships') });
      keep(await settled(page), `${name}-lone-widget`);
      const under = await page.evaluate(() => {
        const c = document.querySelector('#w0').shadowRoot.querySelector('canvas[part="wheel"]');
        return { size: [c.width, c.height], opaque: c.getContext('2d').getImageData(0, 0, c.width, c.height).data.filter((v, i) => i % 4 === 3 && v).length };
      });
      assert.equal(under.opaque, 0, 'the canvas under the surface is empty: no earlier picture shows through');
      assert.ok(under.size[0] > 300, `it keeps the picture's size (${under.size})`);

      // A second widget: its intro's first frame takes the surface from the first one, whose last
      // frame goes into its own canvas in that task, so no frame shows it empty; the intro's next
      // frames (it draws alone) are drawn in the second one's place.
      await page.evaluate(watchHandover, 'w0');
      await page.evaluate(() => document.getElementById('host').insertAdjacentHTML('beforeend',
        '<mgi-wheel id="w1" profile="/profiles/balti-2023.json" style="display:inline-block;width:420px"></mgi-wheel>'));
      assert.equal(await readyOutcome(page, '#w1'), null);
      await page.waitForFunction(() => window.__leftWith !== null);
      const leftWith = await page.evaluate(() => window.__leftWith);
      assert.ok(leftWith > 0.2, `the first widget's canvas holds its wheel when the surface leaves (${leftWith} of its pixels opaque)`);
      await page.waitForFunction(() => window.__glContexts[0].canvas.isConnected);
      await assertWheelsDrawn(page, ['#w0'], { ids: DOMAIN_IDS.filter((d) => d !== 'partnerships') });
      await assertWheelsDrawn(page, ['#w1']);
      keep(await settled(page), `${name}-two-widgets`);

      // Two widgets: a click's first frame is copied, its next ones drawn in place; the surface goes
      // back and forth with no frame showing either wheel empty.
      const selected = { w0: 'partnerships', w1: null };
      for (const [id, other, domain] of [['w0', 'w1', 'well-being'], ['w1', 'w0', 'mobility-crises'], ['w0', 'w1', 'partnerships']]) {
        const shownBefore = (await shownIn())[0];
        if (shownBefore) await page.evaluate(watchHandover, shownBefore);
        const before = await counts(page);
        await clickRedraws(page, `#${id}`, domain);
        await page.waitForFunction((want) => window.__glContexts[0].canvas.isConnected
          && window.__glContexts[0].canvas.getRootNode().host.getRootNode().host.id === want, id);
        const after = await counts(page);
        assert.ok(after.glDraws > before.glDraws, `${id}: drawn by the GPU`);
        if (shownBefore && shownBefore !== id) {
          assert.ok(after.copies > before.copies, `${id}: the first frame copied, as the surface was shown in ${shownBefore}`);
          await page.waitForFunction(() => window.__leftWith !== null);
          const left = await page.evaluate(() => window.__leftWith);
          assert.ok(left > 0.2, `${shownBefore}'s canvas holds its wheel when the surface leaves (${left})`);
        }
        selected[id] = domain;
        await assertWheelsDrawn(page, [`#${id}`], { ids: DOMAIN_IDS.filter((d) => d !== domain) });
        await assertWheelsDrawn(page, [`#${other}`], { ids: DOMAIN_IDS.filter((d) => d !== selected[other]) });
      }

      // Both selected in one task: in the frames where both draw, the surface is shown in neither
      // place (it would show the one drawn last in the other's place); both wheels follow.
      await page.move(990, 890);  // no hover on either wheel
      await settled(page);
      const shownAfterFrames = await page.evaluate(() => new Promise((resolve) => {
        document.getElementById('w0').select('migrants-rights');
        document.getElementById('w1').select('migrants-rights');
        const shown = [];
        // After the widgets' own callbacks of the frame, which they asked for in select().
        const record = () => {
          shown.push(window.__glContexts[0].canvas.isConnected);
          if (shown.length < 5) requestAnimationFrame(record); else resolve(shown);
        };
        requestAnimationFrame(record);
      }));
      assert.deepEqual(shownAfterFrames, [false, false, false, false, false], 'drawn in the same frames: both copied');
      keep(await settled(page), `${name}-two-widgets-together`);
      for (const id of ['#w0', '#w1']) await assertWheelsDrawn(page, [id], { ids: DOMAIN_IDS.filter((d) => d !== 'migrants-rights') });

      // The second one removed: the first is alone again, and its next frame is drawn in place.
      await page.evaluate(() => document.querySelector('#w1').remove());
      const again = await counts(page);
      await clickRedraws(page, '#w0', 'mobility-crises');
      const aloneAgain = await counts(page);
      assert.ok(aloneAgain.glDraws > again.glDraws && aloneAgain.copies === again.copies, `alone again, no copy: ${JSON.stringify({ again, aloneAgain })}`);
      assert.deepEqual(await shownIn(), ['w0']);
      await assertWheelsDrawn(page, ['#w0'], { ids: DOMAIN_IDS.filter((d) => d !== 'mobility-crises') });

      // The context lost while the surface is shown: the wheel stays drawn, on the CPU.
      await page.evaluate(() => {
        window.__loser = window.__glContexts[0].getExtension('WEBGL_lose_context');
        window.__loser.loseContext();
      });
      await page.waitForFunction(() => window.__glContexts[0].isContextLost());
      await assertWheelsDrawn(page, ['#w0'], { ids: DOMAIN_IDS.filter((d) => d !== 'mobility-crises') });
      const lost = await counts(page);
      await clickRedraws(page, '#w0', 'migrants-rights');
      assert.ok((await counts(page)).cpuFrames > lost.cpuFrames, 'the CPU drew the new selection');
      assert.deepEqual(await shownIn(), [], 'the CPU draws into the widget\'s own canvas');
      keep(await settled(page), `${name}-lone-widget-lost`);
      await page.evaluate(() => window.__loser.restoreContext());
      await page.waitForFunction(() => !window.__glContexts[0].isContextLost());
      const restored = await counts(page);
      await clickRedraws(page, '#w0', 'safe-orderly-migration');
      const now = await counts(page);
      assert.ok(now.glDraws > restored.glDraws && now.cpuFrames === restored.cpuFrames, 'restored: the GPU draws again');
      assert.deepEqual(await shownIn(), ['w0']);
      await assertWheelsDrawn(page, ['#w0'], { ids: DOMAIN_IDS.filter((d) => d !== 'safe-orderly-migration') });
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('alone and scrolled out of view when the context is lost: its own canvas gets the wheel at once, and it shows when scrolled back', async () => {
      const page = await browser.newPage({ width: 1000, height: 900 });
      await mount(page, browser.url, widgets(1, 'display:block;width:420px'), WATCHED);
      await allReady(page);
      await page.waitForFunction(() => window.__glContexts.length === 1);
      await clickRedraws(page, '#w0', 'partnerships');
      assert.deepEqual(await page.evaluate(surfaceShownIn), ['w0']);
      // Out of view, the widget draws no frame of its own.
      await page.evaluate(() => { document.body.style.minHeight = '4000px'; scrollTo(0, 3000); });
      await page.wait(500);
      const lostAt = await counts(page);
      await page.evaluate(watchHandover, 'w0');
      await page.evaluate(() => window.__glContexts[0].getExtension('WEBGL_lose_context').loseContext());
      await page.waitForFunction(() => window.__glContexts[0].isContextLost());
      await page.waitForFunction(() => window.__leftWith !== null, null, { timeout: 5000 });
      const held = await page.evaluate(() => window.__leftWith);
      assert.ok(held > 0.2, `the lost surface left the widget's place, and its canvas holds the wheel (${held} of its pixels opaque)`);
      assert.equal((await counts(page)).cpuFrames, lostAt.cpuFrames + 1, 'drawn once, on the CPU, out of view');
      await page.evaluate(() => scrollTo(0, 0));
      await assertWheelsDrawn(page, ['#w0'], { ids: DOMAIN_IDS.filter((d) => d !== 'partnerships') });
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('alone on a page that styles its canvas (a border, padding, a background): the surface covers the canvas\'s content box', async () => {
      const page = await browser.newPage({ width: 1000, height: 900 });
      await page.goto(browser.url + WATCHED);
      await page.evaluate(() => document.head.insertAdjacentHTML('beforeend',
        '<style>mgi-wheel::part(wheel) { border: 6px solid rgb(190, 190, 190); padding: 8px; background: rgb(255, 250, 230) }</style>'));
      await page.evaluate((html) => { document.getElementById('host').innerHTML = html; }, widgets(1, 'display:block;width:700.5px'));
      await allReady(page);
      await page.waitForFunction(() => window.__glContexts.length === 1);
      await page.evaluate(() => document.querySelector('#w0').select('well-being'));
      await page.waitForFunction(() => window.__glContexts[0].canvas.isConnected);
      assert.deepEqual(await page.evaluate(surfaceShownIn), ['w0']);
      const boxes = await page.evaluate(() => {
        const c = document.querySelector('#w0').shadowRoot.querySelector('canvas[part="wheel"]').getBoundingClientRect();
        const s = window.__glContexts[0].canvas.getBoundingClientRect();
        return { content: [c.left + 14, c.top + 14, c.width - 28, c.height - 28], surface: [s.left, s.top, s.width, s.height] };
      });
      for (let i = 0; i < 4; i++) assert.ok(Math.abs(boxes.content[i] - boxes.surface[i]) < 0.05, JSON.stringify(boxes));
      keep(await settled(page), `${name}-lone-widget-styled`);
      assert.deepEqual(await page.consoleErrors(), []);

      // A filter on the canvas, which the surface could not follow: the frames are copied, greyed.
      await page.goto(browser.url + WATCHED);
      await page.evaluate(() => document.head.insertAdjacentHTML('beforeend', '<style id="grey">mgi-wheel::part(wheel) { filter: grayscale(1) }</style>'));
      await page.evaluate((html) => { document.getElementById('host').innerHTML = html; }, widgets(1, 'display:block;width:420px'));
      await allReady(page);
      await page.waitForFunction(() => window.__glContexts.length === 1);
      const grey = await counts(page);
      await clickRedraws(page, '#w0', 'partnerships');
      assert.ok((await counts(page)).copies > grey.copies, 'copied');
      assert.deepEqual(await page.evaluate(surfaceShownIn), [], 'not shown over a filtered canvas');
      const { data } = await page.image({ clip: await wheelClip(page, '#w0') });
      assert.equal(colouredPixels(data, 8), 0, 'the wheel is grey, as the page asked');

      // The filter taken away, and the widget resized: shown in place again.
      await page.evaluate(() => {
        document.getElementById('grey').remove();
        document.querySelector('#w0').style.width = '430px';
      });
      // The resize's own frame is drawn in place (a frame before the widget hears of the resize
      // may still be copied), and so are the frames after it.
      await page.waitForFunction(() => window.__glContexts[0].canvas.isConnected);
      const plain = await counts(page);
      await clickRedraws(page, '#w0', 'well-being');
      const after = await counts(page);
      assert.deepEqual(await page.evaluate(surfaceShownIn), ['w0'], 'no filter: shown in place');
      assert.ok(after.glDraws > plain.glDraws && after.copies === plain.copies, `no copy: ${JSON.stringify({ plain, after })}`);
      await page.close();
    });

    test('alone on a page that greys its canvas on hover: hovered, the frame is copied and grey; left, the next frames are drawn in place', async () => {
      const page = await browser.newPage({ width: 1000, height: 900 });
      await page.goto(browser.url + WATCHED);
      await page.evaluate(() => document.head.insertAdjacentHTML('beforeend', '<style>mgi-wheel::part(wheel):hover { filter: grayscale(1) }</style>'));
      await page.evaluate((html) => { document.getElementById('host').innerHTML = html; }, widgets(1, 'display:block;width:420px'));
      await allReady(page);
      await page.waitForFunction(() => window.__glContexts.length === 1);
      await page.evaluate(() => document.querySelector('#w0').select('well-being'));
      await page.waitForFunction(() => window.__glContexts[0].canvas.isConnected);
      const canvas = await page.evaluate(() => {
        const r = document.querySelector('#w0').shadowRoot.querySelector('canvas[part="wheel"]').getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right };
      });
      // A corner of the canvas, outside the wheel: nothing there for the core to redraw on hover.
      const before = await counts(page);
      await page.move(canvas.left + 3, canvas.top + 3);
      await page.waitForFunction(() => !window.__glContexts[0].canvas.isConnected);
      assert.ok((await counts(page)).copies > before.copies, 'copied into the canvas');
      const hovered = await page.image({ clip: await wheelClip(page, '#w0') });
      assert.equal(colouredPixels(hovered.data, 8), 0, 'the wheel is grey, as the page asked on hover');
      keep(await settled(page), `${name}-lone-widget-hover-filter`);

      // The pointer gone, the next frames are drawn in place again, in colour.
      await page.move(canvas.right + 40, canvas.top + 3);
      await page.evaluate(() => document.querySelector('#w0').select('partnerships'));
      await page.waitForFunction(() => window.__glContexts[0].canvas.isConnected);
      const left = await page.image({ clip: await wheelClip(page, '#w0') });
      assert.ok(colouredPixels(left.data, 8) > 0.2 * left.width * left.height, 'the wheel has its colours again');
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('alone on a page that animates its canvas, or turns it with `rotate`: the frames are copied, for the page\'s style to apply', async () => {
      for (const style of [
        // Opacity 1 at every instant: only the running animation says that the canvas may change.
        '@keyframes mgi-still { from { opacity: 1 } to { opacity: 1 } } mgi-wheel::part(wheel) { animation: mgi-still 1s infinite }',
        'mgi-wheel::part(wheel) { rotate: 2deg }',
      ]) {
        const page = await browser.newPage({ width: 1000, height: 900 });
        await page.goto(browser.url + WATCHED);
        await page.evaluate((css) => document.head.insertAdjacentHTML('beforeend', `<style>${css}</style>`), style);
        await page.evaluate((html) => { document.getElementById('host').innerHTML = html; }, widgets(1, 'display:block;width:420px'));
        await allReady(page);
        await page.waitForFunction(() => window.__glContexts.length === 1);
        const before = await counts(page);
        await page.evaluate(() => document.querySelector('#w0').select('well-being'));
        await page.waitForFunction((n) => window.__copies > n + 1, before.copies);
        assert.deepEqual(await page.evaluate(surfaceShownIn), [], `not shown over a canvas styled with ${style}`);
        await page.close();
      }
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
