// The widget end to end in headless Chromium: clicks on every segment, the panel against the
// profile JSON, errors, idle frames, layout, DPR. Screenshots go to build/screenshots.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DOMAIN_IDS, FRAME_COUNTER, mount, panelText, pngRegions, readProfile, screenshot,
  segmentPoint, shotWhen, start, test, testRoutes, waitReady } from './harness.mjs';

const azerbaijan = readProfile('azerbaijan-2023.json');
const balti = readProfile('balti-2023.json');

let h;
before(async () => {
  h = await start({
    hooks: testRoutes({
      '/bad/malformed.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' })
        .end('{"format": "mgi-profile/1", "id": "x",\n  "jurisdiction": {"name": "X" "level": "national"}}'),
      '/bad/wrong-type.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ ...balti, domains: [{ id: 'partnerships', well_developed: [42] }] })),
      '/bad/unknown-domain.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ ...balti, domains: [{ id: 'health', well_developed: [] }] })),
      '/bad/latin1.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' })
        .end(Buffer.concat([Buffer.from(JSON.stringify(balti).slice(0, 200)), Buffer.from([0xe9, 0x22])])),
      '/bad/network.json': (req) => req.socket.destroy(),
      '/hostile.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({
        ...balti, id: 'hostile',
        jurisdiction: { name: '<b>Bălți</b> & "Кишинёв"', level: 'local', country: 'Moldova' },
        domains: [{ id: 'partnerships', well_developed: ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>'] }],
      })),
    }),
  });
});
after(async () => { await h?.close(); });

describe('the demo page', () => {
  test('shows Azerbaijan on the wheel with its introduction, and is ready within the first load', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    const state = await waitReady(page, '#azerbaijan-wheel');
    assert.deepEqual(state, { domain: null, profile: 'azerbaijan-2023', compare: null, lang: 'en' });
    await page.waitForTimeout(900);  // let the intro animation finish
    await screenshot(page, 'demo-intro');
    const text = await panelText(page, '#azerbaijan-wheel');
    assert.match(text, /Migration Governance Indicators Profile: Republic of Azerbaijan/);
    assert.match(text, /Published October 2023/);
    assert.match(text, /Research and analysis: Economist Impact/);
    for (const para of azerbaijan.introduction.split('\n\n')) assert.ok(text.includes(para), para);
    assert.deepEqual(page.pageErrors, []);
    assert.deepEqual(page.consoleMessages.filter((m) => m.type === 'error'), []);
  });

  test('clicking inside each segment selects it and raises mgi-select', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await waitReady(page, '#azerbaijan-wheel');
    await page.evaluate(() => {
      window.__events = [];
      document.querySelector('#azerbaijan-wheel').addEventListener('mgi-select', (e) => window.__events.push(e.detail));
    });
    for (const [i, id] of DOMAIN_IDS.entries()) {
      // Different depths into the ring, with the wheel where the previous click turned it.
      const p = await segmentPoint(page, id, { selector: '#azerbaijan-wheel', radiusShare: [0.15, 0.5, 0.85][i % 3] });
      await page.mouse.click(p.x, p.y);
      const state = await page.evaluate(() => document.querySelector('#azerbaijan-wheel').state());
      assert.equal(state.domain, id, `click at ${JSON.stringify(p)}`);
      await page.waitForTimeout(500);
      await screenshot(page, `demo-${id}`);
    }
    const events = await page.evaluate(() => window.__events);
    assert.deepEqual(events, DOMAIN_IDS.map((domain) => ({ domain, source: 'pointer' })));
  });

  test('the selected segment turns to face the panel, the hub or the same segment returns to the introduction', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await waitReady(page, '#azerbaijan-wheel');
    const p = await segmentPoint(page, 'well-being', { selector: '#azerbaijan-wheel' });
    await page.mouse.click(p.x, p.y);
    await page.waitForTimeout(700);  // the turn takes about 400 ms
    const seg = await page.evaluate(() => document.querySelector('#azerbaijan-wheel').layout().wheels[0].segments[3]);
    const mid = (((seg.start_deg + seg.end_deg) / 2) % 360 + 360) % 360;
    assert.ok(Math.abs(mid - 90) < 0.5, `well-being faces the panel on the right (mid ${mid})`);
    // Same segment again: back to the introduction.
    const again = await segmentPoint(page, 'well-being', { selector: '#azerbaijan-wheel' });
    await page.mouse.click(again.x, again.y);
    assert.equal((await page.evaluate(() => document.querySelector('#azerbaijan-wheel').state())).domain, null);
    // A segment, then the hub.
    const q = await segmentPoint(page, 'partnerships', { selector: '#azerbaijan-wheel' });
    await page.mouse.click(q.x, q.y);
    const hub = await page.evaluate(() => {
      const el = document.querySelector('#azerbaijan-wheel');
      const w = el.layout().wheels[0];
      const box = el.getBoundingClientRect();
      return { x: box.left + w.cx, y: box.top + w.cy };
    });
    await page.mouse.click(hub.x, hub.y);
    assert.equal((await page.evaluate(() => document.querySelector('#azerbaijan-wheel').state())).domain, null);
    assert.match(await panelText(page, '#azerbaijan-wheel'), /Select a domain on the wheel/);
  });

  test('hovering a segment shows a pointer cursor; elsewhere the default one', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await waitReady(page, '#azerbaijan-wheel');
    const cursor = () => page.evaluate(() => document.querySelector('#azerbaijan-wheel').shadowRoot.querySelector('canvas').style.cursor);
    const p = await segmentPoint(page, 'mobility-crises', { selector: '#azerbaijan-wheel' });
    await page.mouse.move(p.x, p.y);
    assert.equal(await cursor(), 'pointer');
    await page.waitForTimeout(300);
    await screenshot(page, 'demo-hover-mobility-crises');
    const corner = await page.evaluate(() => {
      const r = document.querySelector('#azerbaijan-wheel').shadowRoot.querySelector('canvas').getBoundingClientRect();
      return { x: r.left + 3, y: r.top + 3 };
    });
    await page.mouse.move(corner.x, corner.y);
    assert.equal(await cursor(), '');
  });
});

describe('the findings panel', () => {
  for (const [file, profile] of [['azerbaijan-2023.json', azerbaijan], ['balti-2023.json', balti]]) {
    test(`shows every finding of ${profile.id} under the right heading, as text`, async () => {
      const page = await h.newPage();
      await mount(page, h.url, `<mgi-wheel profile="/profiles/${file}"></mgi-wheel>`);
      await waitReady(page);
      for (const domain of profile.domains) {
        await page.evaluate((id) => document.querySelector('mgi-wheel').select(id), domain.id);
        const panel = await page.evaluate(() => {
          const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
          const lists = [...p.querySelectorAll('ul[data-list]')].map((ul) => ({
            id: ul.dataset.list, heading: ul.previousElementSibling.textContent, items: [...ul.children].map((li) => li.querySelector('.finding').textContent),
          }));
          return { heading: p.querySelector('h2').textContent, lists, text: p.innerText };
        });
        assert.equal(panel.heading, domain.title);
        const wd = panel.lists.find((l) => l.id === 'well_developed');
        const fd = panel.lists.find((l) => l.id === 'further_development');
        assert.deepEqual(wd.items, domain.well_developed);
        assert.deepEqual(fd.items, domain.further_development);
        assert.equal(wd.heading, `Examples of well-developed areas (${domain.well_developed.length})`);
        assert.equal(fd.heading, `Areas with potential for further development (${domain.further_development.length})`);
        // National or local description, by the profile's level.
        assert.match(panel.text, profile.jurisdiction.level === 'local' ? /Indicators in this category/ : /(This|Indicators in this) domain/);
      }
    });
  }

  test('text from a profile is written as text: markup shows, nothing runs', async () => {
    const page = await h.newPage();
    await mount(page, h.url, '<mgi-wheel profile="/hostile.json" domain="partnerships"></mgi-wheel>');
    await waitReady(page);
    const out = await page.evaluate(() => {
      const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
      return { items: [...p.querySelectorAll('li .finding')].map((s) => s.textContent), imgs: p.querySelectorAll('img,script').length, pwned: window.__pwned };
    });
    assert.deepEqual(out.items, ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>']);
    assert.equal(out.imgs, 0);
    assert.equal(out.pwned, undefined);
    await page.evaluate(() => document.querySelector('mgi-wheel').select(null));
    const kicker = await page.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('.kicker').textContent);
    assert.match(kicker, /^<b>Bălți<\/b> & "Кишинёв" · /);
    await page.waitForTimeout(800);
    await screenshot(page, 'hostile-text-hub');
  });
});

describe('errors', () => {
  const cases = [
    ['/bad/missing.json', /HTTP 404/],
    ['/bad/network.json', /could not reach \/bad\/network\.json/],
    ['/bad/malformed.json', /line 2: not valid JSON at column 38/],
    ['/bad/wrong-type.json', /domains\[0\]\.well_developed\[0\]: expected a string, got a number/],
    ['/bad/unknown-domain.json', /domains\[0\]\.id: unknown domain id "health"/],
    ['/bad/latin1.json', /invalid UTF-8 at byte 200/],
  ];
  for (const [url, pattern] of cases) {
    test(`${url}: mgi-error, a readable message in the widget and on the console, ready rejects`, async () => {
      const page = await h.newPage();
      await page.goto(h.url + 'fixtures/blank.html');
      const result = await page.evaluate(async (u) => {
        const el = document.createElement('mgi-wheel');
        const error = new Promise((resolve) => el.addEventListener('mgi-error', (e) => resolve(e.detail)));
        el.setAttribute('profile', u);
        document.getElementById('host').append(el);
        const detail = await error;
        const rejected = await el.ready.then(() => false, (e) => e.message);
        const panel = el.shadowRoot.querySelector('[part="panel"]');
        return { detail, rejected, text: panel.innerText, alert: !!panel.querySelector('[role="alert"]') };
      }, url);
      assert.equal(result.detail.url, url);
      assert.match(result.detail.message, pattern);
      assert.equal(result.rejected, result.detail.message);
      assert.match(result.text, /The profile could not be shown/);
      assert.match(result.text, pattern);
      assert.ok(result.alert);
      assert.ok(page.consoleMessages.some((m) => m.type === 'error' && pattern.test(m.text)), 'console.error names it');
      assert.deepEqual(page.pageErrors, []);
      await screenshot(page, `error-${url.split('/').pop().replace('.json', '')}`);
    });
  }

  test('a trap in the core as a widget starts: that widget says so (panel, ready, mgi-error, console); the other widget of the page starts', async () => {
    const page = await h.newPage();
    // The core's first _mgi_new_widget traps, as WebKitGTK's JavaScriptCore once did in CI.
    await page.addInitScript(() => {
      // Heard from the start: the failing widget may raise mgi-error before the test's evaluate runs.
      window.__mgiErrors = {};
      document.addEventListener('mgi-error', (e) => { window.__mgiErrors[e.target.id] = e.detail.message; }, true);
      Object.defineProperty(window, 'createMgiWheelCore', {
        configurable: true,
        get() { return undefined; },
        set(factory) {
          const trapping = (options) => factory(options).then((module) => {
            const make = module._mgi_new_widget;
            let trapped = false;
            module._mgi_new_widget = (...args) => {
              if (trapped) return make(...args);
              trapped = true;
              throw new WebAssembly.RuntimeError('Out of bounds memory access');
            };
            return module;
          });
          trapping.selfContained = factory.selfContained;
          Object.defineProperty(window, 'createMgiWheelCore', { configurable: true, writable: true, value: trapping });
        },
      });
    });
    await mount(page, h.url, '<mgi-wheel id="a" profile="/profiles/balti-2023.json"></mgi-wheel><mgi-wheel id="b" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
    const outcomes = await page.evaluate(() => Promise.all(['a', 'b'].map((id) => {
      const el = document.getElementById(id);
      return el.ready.then(() => ({ id, ready: true }), (e) => ({ id, ready: false, message: e.message, event: window.__mgiErrors[id] }));
    })));
    const failed = outcomes.filter((o) => !o.ready);
    assert.equal(failed.length, 1, JSON.stringify(outcomes));
    assert.match(failed[0].message, /^the widget core failed as the widget started: Out of bounds memory access$/);
    assert.equal(failed[0].event, failed[0].message);
    const panel = await page.evaluate((id) => {
      const p = document.getElementById(id).shadowRoot.querySelector('[part="panel"]');
      return { state: p.dataset.state, text: p.innerText };
    }, failed[0].id);
    assert.equal(panel.state, 'error');
    assert.match(panel.text, /Out of bounds memory access/);
    const errors = page.consoleMessages.filter((m) => m.type === 'error').map((m) => m.text);
    assert.ok(errors.some((t) => t.includes('mgi-wheel: the widget core failed as the widget started: Out of bounds memory access')), errors.join('\n'));
    const other = outcomes.find((o) => o.ready).id;
    assert.match(await panelText(page, `#${other}`), /Municipality of Balti|Republic of Azerbaijan/);
    await page.close();
  });

  test('select() with an unknown id changes nothing and says why', async () => {
    const page = await h.newPage();
    await mount(page, h.url, '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel>');
    await waitReady(page);
    const r = await page.evaluate(() => { const el = document.querySelector('mgi-wheel'); return [el.select('nope'), el.state().domain]; });
    assert.deepEqual(r, [false, null]);
    assert.ok(page.consoleMessages.some((m) => m.type === 'warning' && /"nope" is not a domain id/.test(m.text)));
  });

  test('an unknown id in the domain attribute, or selected before the core starts: the introduction, and the console says why', async () => {
    const page = await h.newPage();
    await mount(page, h.url, '<mgi-wheel profile="/profiles/balti-2023.json" domain="health"></mgi-wheel>');
    assert.equal((await waitReady(page)).domain, null);
    assert.ok(page.consoleMessages.some((m) => m.type === 'warning' && /"health" is not a domain id \(expected migrants-rights, /.test(m.text)),
      JSON.stringify(page.consoleMessages));
    await page.evaluate(() => {
      const host = document.getElementById('host');
      host.innerHTML = '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel>';
      host.firstChild.select('wellbeing');  // in the task that mounted it: no core yet
    });
    assert.equal((await waitReady(page)).domain, null);
    assert.ok(page.consoleMessages.some((m) => m.type === 'warning' && /"wellbeing" is not a domain id/.test(m.text)));
    assert.deepEqual(page.pageErrors, []);
  });
});

describe('rendering on demand', () => {
  test('no frames are drawn while idle; a click animates, then drawing stops again', async () => {
    const page = await h.newPage();
    await page.addInitScript(FRAME_COUNTER);
    await mount(page, h.url, '<mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel>');
    await waitReady(page);
    await page.waitForTimeout(1000);  // intro over
    const idle0 = await page.evaluate(() => window.__frames);
    await page.waitForTimeout(2000);
    assert.equal(await page.evaluate(() => window.__frames) - idle0, 0, 'frames while idle');
    const p = await segmentPoint(page, 'partnerships');
    await page.mouse.click(p.x, p.y);
    await page.waitForTimeout(700);
    const afterClick = await page.evaluate(() => window.__frames);
    assert.ok(afterClick - idle0 >= 5, `the turn drew frames (${afterClick - idle0})`);
    await page.waitForTimeout(2000);
    assert.equal(await page.evaluate(() => window.__frames) - afterClick, 0, 'frames after the animation ended');
  });
});

describe('layout', () => {
  test('narrow containers put the wheel above the panel; wide ones beside it; it follows resizes', async () => {
    const page = await h.newPage({ viewport: { width: 390, height: 844 } });
    await mount(page, h.url, '<mgi-wheel profile="/profiles/balti-2023.json" domain="well-being"></mgi-wheel>');
    await waitReady(page);
    await page.evaluate(() => { document.getElementById('host').style.width = '358px'; });
    await page.waitForTimeout(800);
    const geo = () => page.evaluate(() => {
      const root = document.querySelector('mgi-wheel').shadowRoot;
      const c = root.querySelector('canvas').getBoundingClientRect();
      const p = root.querySelector('[part="panel"]').getBoundingClientRect();
      return { layout: root.querySelector('.mgi').dataset.layout, canvas: { w: c.width, h: c.height, bottom: c.bottom, right: c.right },
        panel: { top: p.top, left: p.left }, backing: root.querySelector('canvas').width };
    });
    const narrow = await geo();
    assert.equal(narrow.layout, 'narrow');
    assert.equal(narrow.canvas.w, 358);
    assert.ok(narrow.canvas.bottom <= narrow.panel.top, 'wheel above panel');
    await screenshot(page, 'narrow-well-being');
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.evaluate(() => { document.getElementById('host').style.width = '1000px'; });
    await page.waitForTimeout(300);
    const wide = await geo();
    assert.equal(wide.layout, 'wide');
    assert.ok(wide.canvas.right <= wide.panel.left, 'wheel beside panel');
    // Well-being turned to face the panel in each layout.
    const mid = await page.evaluate(() => {
      const s = document.querySelector('mgi-wheel').layout().wheels[0].segments[3];
      return (((s.start_deg + s.end_deg) / 2) % 360 + 360) % 360;
    });
    assert.ok(Math.abs(mid - 90) < 0.5, `faces right (${mid})`);
  });

  test('at devicePixelRatio 2 and 3 the drawing buffer has device pixels, and text stays crisp', async () => {
    // Judged on what a visitor sees: a screenshot of the hub's text in device pixels. Drawn for the
    // screen, a glyph's edge is a step of about one device pixel; the same wheel drawn at DPR 1 and
    // stretched (the failure guarded against here) spreads each step over DPR pixels.
    const reference = await hubPixels(1, 'dpr1-mobility-crises');
    for (const dpr of [2, 3]) {
      const shot = await hubPixels(dpr, `dpr${dpr}-mobility-crises`);
      assert.equal(shot.backing, Math.round(shot.css * dpr));
      const crisp = edges(shot), stretched = edges(upscaled(reference, dpr));
      assert.ok(crisp.strong > 50, `the hub has text to judge by (${crisp.strong} strong edges)`);
      assert.ok(crisp.step > 1.4 * stretched.step,
        `at DPR ${dpr} the hub's edges are sharper than a stretched DPR 1 wheel's (mean step ${crisp.step.toFixed(1)} vs ${stretched.step.toFixed(1)})`);
    }
  });

  test('the page still scrolls with the mouse wheel over the canvas', async () => {
    const page = await h.newPage({ viewport: { width: 1200, height: 600 } });
    await page.goto(h.url);
    await waitReady(page, '#azerbaijan-wheel');
    const p = await segmentPoint(page, 'partnerships', { selector: '#azerbaijan-wheel' });
    await page.mouse.move(p.x, p.y);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => window.scrollY > 100, null, { timeout: 5000 }).catch(() => {});
    assert.ok(await page.evaluate(() => window.scrollY) > 100);
  });
});

// The hub of a widget showing Mobility dimensions of crises at `dpr`, as a screenshot shows it
// once the intro has settled: { data (RGBA), w, h } in device pixels, with the canvas's CSS width
// and backing store width then.
async function hubPixels(dpr, name) {
  const page = await h.newPage({ deviceScaleFactor: dpr });
  await mount(page, h.url, '<mgi-wheel profile="/profiles/balti-2023.json" domain="mobility-crises"></mgi-wheel>');
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
  await screenshot(page, name, page.locator('mgi-wheel'));
  const w = clip.width * dpr, hgt = clip.height * dpr;
  const [data] = await pngRegions(page, png, [{ x: 0, y: 0, w, h: hgt }]);
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
