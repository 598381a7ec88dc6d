// One cold load of one benchmark page, measured through the Chrome DevTools Protocol and the page's
// own Resource Timing entries. Every subject goes through exactly these steps; the pages differ
// only in what `window.benchApi` (bench/site.mjs) does.
//
// Main-thread CPU is the renderer's TaskDuration (CDP Performance.getMetrics): every task on the
// page's main thread, script, style, layout, paint and GC alike. Rasterisation and WebGL execution
// happen in other processes and are not in it, for any subject.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'probe.js');
export const DOMAIN_IDS = ['migrants-rights', 'whole-of-government', 'partnerships', 'well-being',
  'mobility-crises', 'safe-orderly-migration'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

const frames = (page) => page.evaluate(() => window.__benchProbe.frames);
const frameMs = (page) => page.evaluate(() => window.__benchProbe.frameMs);
const copies = (page) => page.evaluate(() => window.__benchProbe.copies);

// Waits until no frame has run for `quietMs`, or `capMs` at most (a continuously drawing page
// never goes quiet). Polls before measuring, never during.
async function settle(page, { quietMs = 300, capMs }) {
  const until = Date.now() + capMs;
  let last = await frames(page), quietSince = Date.now();
  while (Date.now() < until) {
    await sleep(100);
    const now = await frames(page);
    if (now !== last) { last = now; quietSince = Date.now(); } else if (Date.now() - quietSince >= quietMs) return;
  }
}

// Bytes of every response the page received after its own HTML, by kind, as compressed on the wire
// (encodedBodySize: the body without headers).
function resourceBytes() {
  const kinds = { wasm: 0, js: 0, font: 0, data: 0, other: 0 };
  const files = [];
  for (const e of performance.getEntriesByType('resource')) {
    const ext = new URL(e.name).pathname.split('.').pop();
    const kind = ext === 'wasm' ? 'wasm' : ext === 'js' ? 'js' : ext === 'json' ? 'data'
      : ['ttf', 'otf', 'woff', 'woff2'].includes(ext) ? 'font' : 'other';
    kinds[kind] += e.encodedBodySize;
    files.push({ url: e.name, kind, bytes: e.encodedBodySize, decoded: e.decodedBodySize });
  }
  return { total: Object.values(kinds).reduce((a, b) => a + b, 0), ...kinds, files };
}

// options: url, viewport, settleMs, idleMs, selections (clicks on widget 0), selectionMs, firstSegment.
export async function coldLoad(h, options) {
  const { url, viewport, settleMs, idleMs, selections, selectionMs } = options;
  const page = await h.newPage({ viewport, deviceScaleFactor: options.deviceScaleFactor || 1 });  // a new browser context: empty cache, new process
  try {
    await page.addInitScript({ path: PROBE });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    const firstFrameMs = await page.evaluate(() => window.benchApi.ready);
    const bytes = await page.evaluate(resourceBytes);
    if (page.pageErrors.length) throw new Error(`${url}: ${page.pageErrors.join('; ')}`);

    await settle(page, { capMs: settleMs });
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasmBytes = await page.evaluate(() => window.__benchProbe.wasmBytes());

    const idleTask0 = await taskSeconds(cdp), idleFrames0 = await frames(page), idleFrameMs0 = await frameMs(page);
    const idleCopies0 = await copies(page);
    await sleep(idleMs);
    const idleCpuMs = (await taskSeconds(cdp) - idleTask0) * 1000, idleFrames = await frames(page) - idleFrames0;
    const idleCopies = await copies(page) - idleCopies0;
    const idleFrameMs = await frameMs(page) - idleFrameMs0;

    const interactions = [];
    for (let k = 0; k < selections; k++) {
      const segment = (options.firstSegment + k) % DOMAIN_IDS.length;
      const point = await page.evaluate(([w, s]) => window.benchApi.point(w, s), [0, segment]);
      if (!point) break;  // a subject without segments to click
      const task0 = await taskSeconds(cdp), frames0 = await frames(page), frameMs0 = await frameMs(page);
      await page.mouse.click(point.x, point.y);
      // The selection window, longer only for an animation still running at its end (Chart.js's
      // second long with ten charts on a slow machine): one check per extra half second. "Still
      // running" is a frame in the last 300 ms: on a loaded machine frames come 100-200 ms apart.
      let waited = selectionMs;
      await sleep(selectionMs);
      while (waited < 8 * selectionMs && await page.evaluate(() => performance.now() - window.__benchProbe.lastFrameStart < 300)) {
        await sleep(500);
        waited += 500;
      }
      const cpuMs = (await taskSeconds(cdp) - task0) * 1000;
      const drawn = await frames(page) - frames0;
      const inFramesMs = await frameMs(page) - frameMs0;
      const shown = await page.evaluate(() => window.benchApi.selected(0));
      if (shown !== DOMAIN_IDS[segment]) throw new Error(`${url}: clicked ${DOMAIN_IDS[segment]}, ${shown} is selected`);
      const { lastFrameStart, lastPointerDown } = await page.evaluate(() => window.__benchProbe);
      const animationMs = drawn ? Math.max(0, lastFrameStart - lastPointerDown) : 0;
      // An animation still running when the window closed (a busy spell of the shared machine) was
      // not measured whole: kept aside and counted, not mixed into the medians.
      const overran = animationMs > waited - 100;
      if (overran) process.stderr.write(`bench: ${url}: the selection still animated after ${waited} ms; left out\n`);
      interactions.push({ cpuMs, frames: drawn, frameMs: inFramesMs, animationMs, overran });
      await page.mouse.move(0, 0);  // off the widget, so the next click starts from no hover
      await settle(page, { capMs: settleMs });
    }
    return { bytes, firstFrameMs, jsHeapBytes: usedSize, wasmBytes, idleCpuMs, idleFrames, idleFrameMs, idleCopies, interactions };
  } finally {
    await page.context().close();
  }
}
