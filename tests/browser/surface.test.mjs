// The wheel never goes blank (issue 16): one drawing surface for the whole page however many
// widgets it holds and whatever WebGL contexts the host page keeps; a lost context keeps every
// picture and comes back when restored; without WebGL the CPU draws the same pictures.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMAIN_IDS, WATCH_SURFACES, busyHostContexts, mount, panelText, pngRegions, screenshot, segmentPoint, start, testRoutes, waitReady } from './harness.mjs';

const PROFILES = ['/profiles/azerbaijan-2023.json', '/profiles/balti-2023.json'];
const widgets = (n, attrs = '') => Array.from({ length: n }, (_, i) =>
  `<mgi-wheel id="w${i}" profile="${PROFILES[i % 2]}" ${attrs}></mgi-wheel>`).join('');

let h, noGl;
before(async () => {
  h = await start({ hooks: testRoutes() });
  noGl = await start({ hooks: testRoutes() }, { browserArgs: ['--disable-3d-apis'] });
});
after(async () => { await h?.close(); await noGl?.close(); });

async function newPage(harness, options = {}) {
  const page = await harness.newPage({ reducedMotion: 'reduce', ...options });
  await page.addInitScript(WATCH_SURFACES);
  return page;
}

async function allReady(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('mgi-wheel').length === n, n);
  return page.evaluate(() => Promise.all([...document.querySelectorAll('mgi-wheel')].map((el) => el.ready.then(() => el.id))));
}

// The wheel's square on the page (viewport coordinates), from layout().
function wheelBox(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const w = el.layout().wheels[0];
    const box = el.getBoundingClientRect();
    return { x: box.left + w.cx - w.r_outer, y: box.top + w.cy - w.r_outer, width: 2 * w.r_outer, height: 2 * w.r_outer };
  }, selector);
}

// The mean colour near the outer edge of each segment (clear of its icon and label), from a
// screenshot: what a visitor sees.
async function segmentColours(page, selector) {
  const points = [];
  for (const id of DOMAIN_IDS) points.push(await segmentPoint(page, id, { selector, radiusShare: 0.9 }));
  const shot = await page.screenshot();
  const regions = await pngRegions(page, shot, points.map((p) => ({ x: p.x - 2, y: p.y - 2, w: 5, h: 5 })));
  return regions.map((px) => {
    const mean = [0, 0, 0];
    for (let i = 0; i < px.length; i += 4) for (let c = 0; c < 3; c++) mean[c] += px[i + c] / (px.length / 4);
    return mean.map(Math.round);
  });
}

// Drawn: every segment shows a colour of its own, none of them the white page behind.
function assertDrawn(colours, what, minInk = 40) {
  for (const c of colours) assert.ok(Math.max(...c.map((v) => 255 - v)) > minInk, `${what}: a segment shows the page behind it (${c})`);
  const distinct = new Set(colours.map((c) => c.map((v) => v >> 4).join()));
  assert.ok(distinct.size >= 5, `${what}: the six segments are not six colours (${JSON.stringify(colours)})`);
}

// Scrolls widget `selector` into view, clicks its `domain` segment with the mouse and checks that
// it is selected and that its picture changed.
async function clickAndSeeRedraw(page, selector, domain) {
  await page.evaluate((sel) => document.querySelector(sel).scrollIntoView({ block: 'start' }), selector);
  const box = await wheelBox(page, selector);
  const before = await page.screenshot({ clip: box });
  const p = await segmentPoint(page, domain, { selector });
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction(({ sel, domain }) => document.querySelector(sel).state().domain === domain, { sel: selector, domain });
  let shot = before;
  for (let i = 0; i < 50 && shot.equals(before); i++) {
    await page.waitForTimeout(100);
    shot = await page.screenshot({ clip: box });
  }
  assert.ok(!shot.equals(before), `${selector}: selecting ${domain} did not redraw the wheel`);
}

test('30 widgets on one page: one WebGL context, every wheel drawn, every one selects and redraws', async () => {
  const page = await newPage(h, { viewport: { width: 900, height: 700 } });
  await mount(page, h.url, widgets(30, 'style="display:block;width:420px"'));
  await allReady(page, 30);
  // The first frames are drawn on the CPU; the page's one context is made right after them.
  await page.waitForFunction(() => window.__glContexts.length > 0);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__glContexts.length), 1, 'one WebGL context for the page');
  for (let i = 0; i < 30; i++) {
    await page.evaluate((i) => document.querySelector(`#w${i}`).scrollIntoView({ block: 'start' }), i);
    assertDrawn(await segmentColours(page, `#w${i}`), `widget ${i}`);
    await clickAndSeeRedraw(page, `#w${i}`, DOMAIN_IDS[i % 6]);
  }
  assert.ok(!page.consoleMessages.some((m) => /too many active webgl contexts/i.test(m.text)));
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test('20 widgets on a page that keeps 15 WebGL contexts of its own busy: every wheel drawn and selectable', async () => {
  const page = await newPage(h, { viewport: { width: 900, height: 700 } });
  await page.goto(h.url + 'fixtures/blank.html');
  await page.evaluate(busyHostContexts, 15);
  await page.evaluate(() => { document.getElementById('host').innerHTML = ''; });
  await page.evaluate((html) => { document.getElementById('host').innerHTML = html; }, widgets(20, 'style="display:block;width:420px"'));
  await allReady(page, 20);
  const lost = await page.evaluate(() => window.__hostContexts.filter((gl) => gl.isContextLost()).length);
  assert.equal(lost, 0, 'the host page keeps all of its own contexts');
  for (let i = 0; i < 20; i++) {
    await page.evaluate((i) => document.querySelector(`#w${i}`).scrollIntoView({ block: 'start' }), i);
    assertDrawn(await segmentColours(page, `#w${i}`), `widget ${i}`);
    await clickAndSeeRedraw(page, `#w${i}`, DOMAIN_IDS[(i + 3) % 6]);
  }
  await screenshot(page, 'twenty-widgets-busy-host');
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

// Making a WebGL context and compiling its shaders holds the main thread up; the first frames do
// not wait for it: they are drawn on the CPU, and the GPU draws from then on.
test('the first frames are drawn on the CPU before any WebGL context is made; the GPU draws the frames after', async () => {
  const page = await newPage(h, { viewport: { width: 1000, height: 900 } });
  await mount(page, h.url, widgets(2, 'style="display:inline-block;width:420px"'));
  const atReady = await page.evaluate(async () => {
    await Promise.all([...document.querySelectorAll('mgi-wheel')].map((el) => el.ready));
    return { contexts: window.__glContexts.length, cpuFrames: window.__cpuFrames, copies: window.__copies };
  });
  assert.deepEqual(atReady, { contexts: 0, cpuFrames: 2, copies: 0 }, 'at ready: two CPU frames, no context yet');
  await page.waitForFunction(() => window.__glContexts.length === 1);
  assertDrawn(await segmentColours(page, '#w0'), 'the CPU\'s first frame, still up');
  const cpuFrames = await page.evaluate(() => window.__cpuFrames);
  await clickAndSeeRedraw(page, '#w0', 'well-being');
  assert.equal(await page.evaluate(() => window.__cpuFrames), cpuFrames, 'no CPU frame once the GPU is up');
  assert.ok(await page.evaluate(() => window.__copies) > 0, 'the GPU drew the new selection');
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

// Loses the page's WebGL context (as a GPU reset would); returns its WEBGL_lose_context.
const LOSE = () => {
  const gl = window.__glContexts[0];
  window.__loser = gl.getExtension('WEBGL_lose_context');
  window.__loser.loseContext();
};

test('the context lost: every picture stays and selects on the CPU; restored: back on the GPU', async () => {
  const page = await newPage(h, { viewport: { width: 1000, height: 900 } });
  await mount(page, h.url, widgets(3, 'style="display:inline-block;width:320px"'));
  await allReady(page, 3);
  await page.waitForFunction(() => window.__glContexts.length > 0);  // after the first frames (CPU)
  const before = await Promise.all(['#w0', '#w1', '#w2'].map((s) => segmentColours(page, s)));
  await page.evaluate(LOSE);
  await page.waitForFunction(() => window.__glContexts[0].isContextLost());
  await page.waitForTimeout(300);
  for (const [i, s] of ['#w0', '#w1', '#w2'].entries()) {
    const now = await segmentColours(page, s);
    assertDrawn(now, `${s} while lost`);
    // Redrawn on the CPU: the same picture, give or take rounding.
    const off = Math.max(...now.flatMap((c, k) => c.map((v, j) => Math.abs(v - before[i][k][j]))));
    assert.ok(off <= 4, `${s}: the picture stays while the context is lost (${JSON.stringify(before[i])} → ${JSON.stringify(now)})`);
  }
  const cpuBefore = await page.evaluate(() => window.__cpuFrames);
  await clickAndSeeRedraw(page, '#w1', 'partnerships');
  assert.ok(await page.evaluate((n) => window.__cpuFrames > n, cpuBefore), 'the CPU drew the new selection');
  assert.match(await panelText(page, '#w1'), /partnership/i, 'the panel follows the selection');
  await screenshot(page, 'context-lost-cpu');

  await page.evaluate(() => window.__loser.restoreContext());
  await page.waitForFunction(() => !window.__glContexts[0].isContextLost());
  await page.waitForTimeout(300);
  const copiesBefore = await page.evaluate(() => window.__copies);
  await clickAndSeeRedraw(page, '#w2', 'well-being');
  assert.ok(await page.evaluate((n) => window.__copies > n, copiesBefore), 'the restored context draws again');
  await screenshot(page, 'context-restored');
  for (const s of ['#w0', '#w1', '#w2']) assertDrawn(await segmentColours(page, s), `${s} after restore`);
  assert.ok(page.consoleMessages.some((m) => /context was lost/.test(m.text)), 'the console says what happened');
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test('without WebGL (--disable-3d-apis): drawn on the CPU; pointer, findings, keyboard and compare all work', async () => {
  const page = await newPage(noGl, { viewport: { width: 1100, height: 1100 } });
  await mount(page, noGl.url, '<mgi-wheel id="one" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
  const state = await waitReady(page, '#one');
  assert.equal(state.profile, 'azerbaijan-2023');
  assert.equal(await page.evaluate(() => window.__glContexts.length), 0, 'this browser has no WebGL');
  assertDrawn(await segmentColours(page, '#one'), 'the CPU wheel');
  assert.ok(await page.evaluate(() => window.__cpuFrames) > 0);
  await clickAndSeeRedraw(page, '#one', 'mobility-crises');
  const panel = await panelText(page, '#one');
  assert.match(panel, /crises/i);
  assert.ok(panel.length > 400, 'the findings are shown');
  assert.doesNotMatch(panel, /cannot draw/i);
  await screenshot(page, 'no-webgl-cpu');

  // Keyboard, through the accessible twin.
  await page.locator('#one >> .twin button[data-domain="well-being"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#one').state().domain === 'well-being');

  // Compare: a click on either wheel selects both.
  await mount(page, noGl.url, '<mgi-wheel id="c" profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json"></mgi-wheel>');
  await waitReady(page, '#c');
  const p = await segmentPoint(page, 'partnerships', { selector: '#c', wheel: 1 });
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction(() => document.querySelector('#c').state().domain === 'partnerships');
  await screenshot(page, 'no-webgl-compare');
  assertDrawn(await segmentColours(page, '#c'), 'the first compared wheel on the CPU');
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test('a CPU frame and a GPU frame of the same state are nearly identical', async () => {
  const shots = [];
  for (const harness of [h, noGl]) {
    const page = await newPage(harness, { viewport: { width: 800, height: 800 } });
    await mount(page, harness.url, '<mgi-wheel id="one" profile="/profiles/balti-2023.json" domain="partnerships" style="display:block;width:480px"></mgi-wheel>');
    await waitReady(page, '#one');
    await page.waitForTimeout(500);
    const box = await wheelBox(page, '#one');
    const png = await page.screenshot({ clip: box });
    const [px] = await pngRegions(page, png, [{ x: 0, y: 0, w: Math.floor(box.width), h: Math.floor(box.height) }]);
    shots.push(px);
    await screenshot(page, harness === h ? 'same-state-gpu' : 'same-state-cpu');
    await page.close();
  }
  const [gpu, cpu] = shots;
  assert.equal(gpu.length, cpu.length);
  let sum = 0, off = 0;
  for (let i = 0; i < gpu.length; i++) {
    const d = Math.abs(gpu[i] - cpu[i]);
    sum += d;
    if (d > 32) off++;
  }
  const mean = sum / gpu.length;
  console.log(`# CPU vs GPU frame: mean difference ${mean.toFixed(3)} per channel, ${(100 * off / gpu.length).toFixed(3)}% of channels off by more than 32`);
  assert.ok(mean < 1.5, `mean difference ${mean.toFixed(2)} per channel`);
  assert.ok(off / gpu.length < 0.005, `${(100 * off / gpu.length).toFixed(2)}% of channels differ by more than 32`);
});
