// What the engine tests (engines*.test.mjs) share: a server and a browser per engine, and what they
// look at on a page, the same way in every engine: the colour of each segment as a visitor sees it,
// whether a click redraws a wheel, when the page has stopped drawing. `page` is an engines.mjs page.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { decodePng, launch, pixel } from './engines.mjs';
import { DOMAIN_IDS, ROOT, SHOTS, WEB, segmentPoint, shotWhen } from './harness.mjs';

// For the tests of one describe(): engine `name` and a server of build/web answering `hooks` first
// (testRoutes), both started before the first test and stopped after the last, which prints the
// time they all took. Returns { url, engine, newPage(options), requests }, usable once the tests
// run. `headers` are sent with every answer (a CSP); `webgl: false` starts a browser without WebGL.
// `requests` lists the paths (with their query) the server was asked for, in order: a test empties
// it (requests.length = 0) and looks at what its page fetched, the same way in every engine.
export function engineSuite(name, hooks, { headers = {}, webgl = true } = {}) {
  const requests = [];
  const suite = { requests, newPage: (options) => suite.engine.newPage(options) };
  const recorded = async (req, res) => {
    requests.push(req.url);
    return hooks ? hooks(req, res) : false;
  };
  let server, started;
  before(async () => {
    started = Date.now();
    ({ server, url: suite.url } = await serve(WEB, { hooks: recorded, headers }));
    suite.engine = await launch(name, { webgl });
  });
  after(async () => {
    await suite.engine?.close();
    await new Promise((r) => server ? server.close(r) : r());
    console.log(`${name} ${suite.engine?.version}: ${((Date.now() - started) / 1000).toFixed(1)} s, launch included`);
  });
  return suite;
}

// Each domain's colour (assets/framework.json) as [r, g, b].
export const COLOURS = Object.fromEntries(JSON.parse(readFileSync(path.join(ROOT, 'assets/framework.json'), 'utf8')).domains
  .map((d) => [d.id, [1, 3, 5].map((i) => parseInt(d.colour.slice(i, i + 2), 16))]));

// Saves `png` as build/screenshots/<name>.png for a person to look at.
export function keep(png, name) {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(path.join(SHOTS, `${name}.png`), png);
}

// Waits until the page has run no animation frame for `idleMs` (the widget draws only while
// something moves: intros, turns, a focus ring's first frame; a frame may come late, as the GPU
// takes over from the CPU). Frames are counted by wrapping
// requestAnimationFrame once the page is loaded, which the widget calls anew for each frame;
// waiting in the page rather than comparing shots, which take a second each in WebKit. Not for
// pages that draw every frame themselves. `page` is an engines.mjs page or a Playwright page.
// The quiet spell is counted from the call too: right after a click, the turn's first frame may not
// have run yet, and the last frame of the previous turn is long past.
export async function quiet(page, idleMs = 250) {
  const since = await page.evaluate(() => performance.now());
  await page.waitForFunction(({ idleMs, since }) => {
    if (!window.__lastFrame) {
      window.__lastFrame = performance.now();
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => raf((t) => { window.__lastFrame = performance.now(); cb(t); });
    }
    return performance.now() - Math.max(window.__lastFrame, since) > idleMs;
  }, { idleMs, since }, { timeout: 10000 });
}

// quiet(), then a shot of the viewport, a PNG.
export async function settled(page) {
  await quiet(page);
  return page.screenshot();
}

// Resolves after the page's next `n` animation frames (a rendering update has seen what the test
// just did: a scroll, a media change).
export const frames = (page, n = 2) => page.evaluate((n) => new Promise((resolve) => {
  const next = (k) => (k ? requestAnimationFrame(() => next(k - 1)) : resolve());
  next(n);
}), n);

// Wheel `wheel`'s square in viewport CSS pixels, with a margin for the selected segment's lift.
export const wheelClip = (page, selector, wheel = 0) => page.evaluate(({ sel, wheel }) => {
  const el = document.querySelector(sel);
  const w = el.layout().wheels[wheel];
  const box = el.getBoundingClientRect();
  const r = w.r_outer + 12;
  return { x: Math.max(0, Math.floor(box.left + w.cx - r)), y: Math.max(0, Math.floor(box.top + w.cy - r)), width: Math.ceil(2 * r), height: Math.ceil(2 * r) };
}, { sel: selector, wheel });

export const domainOf = (page, selector) => page.evaluate((sel) => document.querySelector(sel).state().domain, selector);

// The segments of the widget at `selector` (its wheel `wheel`) that `shot`, a PNG of the viewport,
// does not show in their colour near the rim: [] when every one is drawn right, else one line each
// saying what is there instead. Read on the segment's middle and halfway to each of its edges: a
// long label may reach the rim on the middle at some turns of the wheel (Azerbaijan's "Safe,
// orderly and dignified migration" low on the right), never at all three.
// `tolerance` per channel: the engines' GPU and CPU paths round differently.
export async function offColours(page, shot, selector, { wheel = 0, ids = DOMAIN_IDS, tolerance = 6 } = {}) {
  const image = decodePng(shot);
  const dpr = image.width / await page.evaluate(() => innerWidth);
  const off = [];
  for (const id of ids) {
    const seen = [];
    for (const angleShare of [0, -0.5, 0.5]) {
      const p = await segmentPoint(page, id, { selector, wheel, radiusShare: 0.9, angleShare });
      const rgb = pixel(image, p.x * dpr, p.y * dpr).slice(0, 3);
      if (!rgb.some((v, i) => Math.abs(v - COLOURS[id][i]) > tolerance)) break;
      seen.push(`${rgb} at ${p.x.toFixed(0)},${p.y.toFixed(0)}`);
    }
    if (seen.length === 3) off.push(`${selector} wheel ${wheel} ${id} is ${seen.join(', ')}, not ${COLOURS[id]}`);
  }
  return off;
}

// Takes shots until every segment of every widget of `selectors` shows its colour (5 s at the most:
// an intro may still sweep, a widget scrolled into view draws on its next frame); asserts it. For
// pages that never settle (a host that draws every frame). `options` as for offColours.
export async function assertWheelsDrawn(page, selectors, options) {
  let off;
  for (let i = 0; i < 25; i++) {
    const shot = await page.screenshot();
    off = [];
    for (const selector of selectors) off.push(...await offColours(page, shot, selector, options));
    if (!off.length) return shot;
    await page.wait(200);
  }
  assert.fail(off.join('\n'));
}

// The `ready` of the widget at `selector`: null once resolved, the message it was rejected with,
// or "not ready after N s" (rather than waiting for ever on a widget that never settles it).
export const readyOutcome = (page, selector = 'mgi-wheel', within = 10000) => page.evaluate(async ({ sel, within }) => {
  await customElements.whenDefined('mgi-wheel');
  const late = new Promise((resolve) => setTimeout(() => resolve(`not ready after ${within / 1000} s`), within));
  return Promise.race([document.querySelector(sel).ready.then(() => null, (e) => e.message), late]);
}, { sel: selector, within });

// A real click on segment `domain` of wheel `wheel`: it must select that domain and redraw every
// wheel of `redrawn` (indices; the clicked one by default), as screenshots show.
export async function clickRedraws(page, selector, domain, { wheel = 0, redrawn = [wheel] } = {}) {
  const clips = await Promise.all(redrawn.map((w) => wheelClip(page, selector, w)));
  const before = await Promise.all(clips.map((clip) => page.screenshot({ clip })));
  const p = await segmentPoint(page, domain, { selector, wheel, radiusShare: 0.6 });
  await page.click(p.x, p.y);
  await page.waitForFunction(({ sel, domain }) => document.querySelector(sel).state().domain === domain, { sel: selector, domain });
  for (const [i, clip] of clips.entries()) {
    const after = await shotWhen(page, () => page.screenshot({ clip }), (shot) => !shot.equals(before[i]));
    assert.ok(!after.equals(before[i]), `${selector}: selecting ${domain} on wheel ${wheel} did not redraw wheel ${redrawn[i]}`);
  }
}
