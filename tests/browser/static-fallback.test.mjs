// The static fallback (issue 18, SPEC section 4) in Chromium: mgi-render's PNG against the widget's
// own canvas in the same state; the fragment read with JavaScript off (every finding, the image),
// and taken over with it on (ready, no layout shift, axe-core clean, each finding once in the
// accessibility tree); printing, with and without a selection, with and without JavaScript.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMAIN_IDS, ROOT, WEB, readProfile, screenshot, start, test, testRoutes, waitReady } from './harness.mjs';

const RENDER = path.join(ROOT, 'build/native/mgi-render');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const azerbaijan = readProfile('azerbaijan-2023.json');
const findingsOf = (profile, id) => {
  const d = profile.domains.find((x) => x.id === id);
  return d ? [...d.well_developed, ...d.further_development] : [];
};
const allFindings = (profile) => DOMAIN_IDS.flatMap((id) => findingsOf(profile, id));

// A host page around a fragment of build/web/static, with text below it that a jump would move.
function hostPage(stem, width) {
  const fragment = readFileSync(path.join(WEB, 'static', `${stem}.html`), 'utf8');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page with a static fallback</title>
<link rel="icon" href="data:,"><script src="/mgi-wheel.js" defer></script>
<style>body { margin: 0; padding: 16px; font-family: sans-serif; } main { width: ${width}px; }</style></head>
<body><main><h1>Migration governance</h1>${fragment}<p id="after">Text that follows the widget.</p></main></body></html>`;
}

let h;
let slowCore = 0;  // ms the core's files are held back, to see the page before the widget is ready
before(async () => {
  const routes = testRoutes({
    '/static-host.html': (req, res) => {
      const url = new URL(req.url, 'http://localhost');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(hostPage(url.searchParams.get('stem'), Number(url.searchParams.get('width') || 900)));
    },
  });
  h = await start({ hooks: async (req, res) => {
    if (slowCore && req.url.startsWith('/mgi-wheel-core')) await new Promise((r) => setTimeout(r, slowCore));
    return routes(req, res);
  } });
});
after(async () => { await h?.close(); });

async function axe(page, what) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  });
  assert.deepEqual(result, [], `axe-core violations in ${what}`);
}

// How often `text` is in an ARIA snapshot (YAML: quotes may be escaped and white space is
// collapsed, so the longest quote-free run, up to 60 characters, with single spaces).
function occurrences(snapshot, text) {
  const slice = text.replace(/\s+/g, ' ').split(/["'’“”\\]/).sort((a, b) => b.length - a.length)[0].slice(0, 60);
  return snapshot.replace(/\s+/g, ' ').split(slice).length - 1;
}

test('native PNG and the widget\'s canvas in the same state: nearly identical', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mgi-render-'));
  const png = path.join(dir, 'partnerships.png');
  execFileSync(RENDER, [path.join(ROOT, 'assets/profiles/azerbaijan-2023.json'), '--domain', 'partnerships', '--png', png]);
  const page = await h.newPage({ deviceScaleFactor: 2, reducedMotion: 'reduce' });
  await page.goto(h.url + 'fixtures/blank.html');
  await page.evaluate(() => {
    document.getElementById('host').style.width = '480px';  // mgi-render's default --width
    document.getElementById('host').innerHTML = '<mgi-wheel profile="/profiles/azerbaijan-2023.json" domain="partnerships"></mgi-wheel>';
  });
  await waitReady(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shot = await page.locator('mgi-wheel canvas').screenshot();
  await screenshot(page, 'static-widget-canvas', page.locator('mgi-wheel canvas'));
  const result = await page.evaluate(async ({ nativePng, widgetPng }) => {
    const pixels = async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return { w: img.width, h: img.height, data: ctx.getImageData(0, 0, img.width, img.height).data };
    };
    const n = await pixels(nativePng), w = await pixels(widgetPng);
    // The canvas sits centred under a 56 CSS px title band (core/png_layout.cpp) at scale 2.
    const x0 = Math.round((n.w - w.w) / 2), y0 = 112;
    let best = null;
    for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) {
      let sum = 0, far = 0;
      for (let y = 0; y < w.h; y++) for (let x = 0; x < w.w; x++) {
        const a = (y * w.w + x) * 4, b = ((y + y0 + dy) * n.w + (x + x0 + dx)) * 4;
        let worst = 0;
        for (let c = 0; c < 3; c++) { const d = Math.abs(w.data[a + c] - n.data[b + c]); sum += d; worst = Math.max(worst, d); }
        if (worst > 64) far++;
      }
      const score = { dx, dy, mean: sum / (w.w * w.h * 3), farShare: far / (w.w * w.h) };
      if (!best || score.mean < best.mean) best = score;
    }
    return { ...best, native: [n.w, n.h], widget: [w.w, w.h] };
  }, { nativePng: readFileSync(png).toString('base64'), widgetPng: shot.toString('base64') });
  console.log(`native PNG vs widget canvas: ${JSON.stringify(result)}`);
  assert.equal(result.widget[0], 960, 'the widget\'s canvas is 480 CSS px at DPR 2');
  assert.deepEqual([result.dx, result.dy], [0, 0], 'the canvas is where the picture\'s layout puts it');
  assert.ok(result.mean < 2, `mean difference per channel ${result.mean.toFixed(3)} (threshold 2 of 255)`);
  assert.ok(result.farShare < 0.01, `${(result.farShare * 100).toFixed(2)}% of pixels differ by more than 64 (threshold 1%)`);
  await page.close();
});

test('JavaScript off: the fragment shows the image and every finding; printed, all of it', async () => {
  const page = await h.newPage({ javaScriptEnabled: false });
  await page.goto(h.url + 'static-host.html?stem=azerbaijan-2023');
  const seen = await page.evaluate(async () => {
    const img = document.querySelector('mgi-wheel img');
    await img.decode();
    const box = img.getBoundingClientRect();
    return { text: document.querySelector('mgi-wheel').innerText, width: img.naturalWidth, shown: box.width > 200 && box.height > 200,
      alt: img.alt, defined: !!customElements.get('mgi-wheel') };
  });
  assert.equal(seen.defined, false, 'no script ran');
  assert.ok(seen.shown && seen.width > 400, 'the wheel image is shown');
  assert.match(seen.alt, /^Migration governance wheel of Republic of Azerbaijan\. Migrants’ rights: \d+ well-developed areas?, \d+ areas? with potential/);
  for (const f of allFindings(azerbaijan)) assert.ok(seen.text.includes(f), `shown: ${f.slice(0, 60)}`);
  await screenshot(page, 'static-no-js');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => document.querySelector('mgi-wheel').innerText);
  for (const f of allFindings(azerbaijan)) assert.ok(printed.includes(f), `printed: ${f.slice(0, 60)}`);
  await page.close();
});

test('JavaScript on: the widget takes over with no layout shift, axe-clean, each finding once', async () => {
  const page = await h.newPage({ viewport: { width: 1000, height: 1400 } });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push({ value: e.value, input: e.hadRecentInput }); })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(h.url + 'static-host.html?stem=azerbaijan-2023&width=900');
  const state = await waitReady(page);
  assert.equal(state.profile, 'azerbaijan-2023');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  const shifts = await page.evaluate(() => window.__shifts);
  console.log(`layout shifts from load to 500 ms after ready: ${JSON.stringify(shifts)}`);
  assert.equal(shifts.reduce((s, e) => s + e.value, 0), 0, 'cumulative layout shift 0');
  await screenshot(page, 'static-taken-over');
  await axe(page, 'the fragment taken over');
  // The fallback's text is out of the tree: the panel alone carries the findings, each once.
  for (const id of DOMAIN_IDS) {
    await page.evaluate((d) => document.querySelector('mgi-wheel').select(d), id);
    const snapshot = await page.locator('body').ariaSnapshot();
    for (const f of allFindings(azerbaijan)) {
      const want = findingsOf(azerbaijan, id).includes(f) ? 1 : 0;
      assert.equal(occurrences(snapshot, f), want, `${id}: "${f.slice(0, 50)}..." ${want} time(s) in the ARIA snapshot`);
    }
  }
  await axe(page, 'the fragment taken over, a domain selected');
  // A new width is a new layout: the widget takes its own height again.
  const reserved = () => page.evaluate(() => 'reserved' in document.querySelector('mgi-wheel').shadowRoot.querySelector('.mgi').dataset);
  assert.equal(await reserved(), true);
  await page.evaluate(() => { document.querySelector('main').style.width = '700px'; });
  await page.waitForFunction(() => !('reserved' in document.querySelector('mgi-wheel').shadowRoot.querySelector('.mgi').dataset));
  await page.close();
});

test('while the core loads, the fallback stays on the page and the widget\'s parts are unseen', async () => {
  slowCore = 1500;
  try {
    const page = await h.newPage();
    // Not waiting for `load`: the core's script, held back, delays it.
    await page.goto(h.url + 'static-host.html?stem=azerbaijan-2023', { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => !!document.querySelector('mgi-wheel').shadowRoot);
    const before = await page.evaluate(() => {
      const el = document.querySelector('mgi-wheel');
      return { fallback: el.querySelector('.mgi-fallback-text').checkVisibility(), slot: !!el.shadowRoot.querySelector('slot'),
        panel: el.shadowRoot.querySelector('[part="panel"]').checkVisibility({ visibilityProperty: true }) };
    });
    assert.deepEqual(before, { fallback: true, slot: true, panel: false });
    assert.ok(occurrences(await page.locator('body').ariaSnapshot(), findingsOf(azerbaijan, 'partnerships')[0]) === 1,
      'the fallback\'s findings are read meanwhile, once');
    await waitReady(page);
    const after = await page.evaluate(() => {
      const el = document.querySelector('mgi-wheel');
      return { fallback: el.querySelector('.mgi-fallback-text').checkVisibility(), slot: !!el.shadowRoot.querySelector('slot'),
        panel: el.shadowRoot.querySelector('[part="panel"]').checkVisibility({ visibilityProperty: true }) };
    });
    assert.deepEqual(after, { fallback: false, slot: false, panel: true });
    await page.close();
  } finally {
    slowCore = 0;
  }
});

test('print with JavaScript: the wheel and the selected domain\'s findings, or every domain\'s', async () => {
  const page = await h.newPage();
  await page.goto(h.url + 'static-host.html?stem=azerbaijan-2023');
  await waitReady(page);
  // The print view is built as the print media query starts to match: wait for it to be there.
  const printed = async (panels) => {
    await page.evaluate(() => { document.querySelector('mgi-wheel').shadowRoot.querySelector('.print-image').src = ''; });
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction((n) => {
      const root = document.querySelector('mgi-wheel').shadowRoot;
      return root.querySelector('.print-image').src.startsWith('data:image/png') && root.querySelector('.print-all').childElementCount === n;
    }, panels);
    const r = await page.evaluate(() => {
      const root = document.querySelector('mgi-wheel').shadowRoot;
      return { image: getComputedStyle(root.querySelector('.print-image')).display,
        shown: [...root.querySelectorAll('[part="panel"], .print-all')].map((n) => n.innerText).join('\n') };
    });
    await page.emulateMedia({ media: 'screen' });
    // Media queries are evaluated at a rendering update: let one see "screen" before the next print.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return r;
  };
  const none = await printed(6);
  assert.equal(none.image, 'block');
  for (const f of allFindings(azerbaijan)) assert.ok(none.shown.includes(f), `printed with none selected: ${f.slice(0, 60)}`);
  await page.evaluate(() => document.querySelector('mgi-wheel').select('partnerships'));
  const one = await printed(0);
  for (const f of allFindings(azerbaijan)) {
    assert.equal(one.shown.includes(f), findingsOf(azerbaijan, 'partnerships').includes(f), `printed with Partnerships selected: ${f.slice(0, 60)}`);
  }
  await page.close();
});
