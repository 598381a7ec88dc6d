// The embed-code page (shell/embed.html, issue 19): an editor's choices show in the live widget and
// in the code; the code, copied with the keyboard and pasted into a blank page served beside
// build/web, shows the same widget (same state(), ready resolves), in both forms and with the
// static fallback; the script tag carries embed.json's integrity when the build wrote one; axe-core
// finds nothing on the page.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, WEB, screenshot, start, test } from './harness.mjs';
import { sri } from '../../scripts/release-files.mjs';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const REAL_EMBED_JSON = path.join(WEB, 'embed.json');
const REAL_FALLBACK = path.join(WEB, 'static/balti-2023.html');
// Stands in for mgi-render's fragment (SPEC section 4) when the build made none; its URLs are
// named for the site's root, as scripts/generate-static.mjs names them.
const FALLBACK_FIXTURE = '<mgi-wheel profile="balti-2023.json"><h2>Municipality of Balti</h2>' +
  '<img src="static/balti-2023.png" alt="The MGI wheel of the Municipality of Balti"><h3>Partnerships</h3><ul><li>A finding.</li></ul></mgi-wheel>';

let h, pasted = '', embedJson = null;
before(async () => {
  h = await start({
    hooks: async (req, res) => {
      const { pathname } = new URL(req.url, 'http://localhost');
      if (pathname === '/pasted.html') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
          .end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pasted</title><link rel="icon" href="data:,"></head><body>\n${pasted}</body></html>`);
        return true;
      }
      if (pathname === '/embed.json' && embedJson && !existsSync(REAL_EMBED_JSON)) {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(embedJson));
        return true;
      }
      if (pathname === '/static/balti-2023.html' && !existsSync(REAL_FALLBACK)) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(FALLBACK_FIXTURE);
        return true;
      }
      return false;
    },
  });
});
after(() => h && h.close());

const preview = (page) => page.evaluate(async () => {
  const el = document.querySelector('#preview mgi-wheel, #preview [data-mgi-wheel]');
  if (!el || !el.ready) return null;
  await el.ready;
  return el.state();
});

const optionNamed = (page, select, name) => page.evaluate(({ select, name }) =>
  [...document.querySelector(select).options].find((o) => o.textContent.includes(name)).value, { select, name });

async function openEditor() {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.url });
  const page = await context.newPage();
  page.pageErrors = [];
  page.on('pageerror', (e) => page.pageErrors.push(String(e)));
  await page.goto(h.url + 'embed.html');
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

// Copies with the keyboard (Tab to the button, Enter) and returns the clipboard's text.
async function copyWithKeyboard(page) {
  await page.focus('#snippet');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'copy');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.inputValue('#snippet'));
  return copied;
}

async function pastedState(snippet, selector) {
  pasted = snippet;
  const page = await h.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(h.url + 'pasted.html');
  await page.waitForFunction((sel) => document.querySelector(sel) && document.querySelector(sel).ready, selector);
  const state = await page.evaluate(async (sel) => { const el = document.querySelector(sel); await el.ready; return el.state(); }, selector);
  return { page, state, errors };
}

async function waitPreview(page, want) {
  await page.waitForFunction(async (want) => {
    const el = document.querySelector('#preview mgi-wheel, #preview [data-mgi-wheel]');
    if (!el || !el.ready) return false;
    const s = el.state();
    return Object.entries(want).every(([k, v]) => s[k] === v);
  }, want, { polling: 200 });
  return preview(page);
}

test('choices show live; the copied code, pasted into a blank page, shows the same widget', async () => {
  const loader = readFileSync(path.join(WEB, 'mgi-wheel.js'));
  embedJson = { version: 'test', script: { src: 'mgi-wheel.js', integrity: sri(loader), crossorigin: 'anonymous' } };
  const page = await openEditor();
  await page.selectOption('#profile', await optionNamed(page, '#profile', 'Balti'));
  await page.selectOption('#compare', await optionNamed(page, '#compare', 'Azerbaijan'));
  await page.selectOption('#lang', 'fr');
  await page.selectOption('#domain', 'partnerships');
  for (const box of ['#picker', '#search', '#deeplink']) await page.check(box);
  await page.selectOption('#theme', 'dark');
  await page.fill('#accent', '#8a2be2');
  assert.match(await page.textContent('#accent-contrast'), /^Contrast with the panel: 2\.7:1, below the 4\.5:1/);  // purple on the dark panel
  const want = { profile: 'balti-2023', compare: 'azerbaijan-2023', lang: 'fr', domain: 'partnerships' };
  const live = await waitPreview(page, want);
  assert.deepEqual(live, want);

  const snippet = await copyWithKeyboard(page);
  const real = existsSync(REAL_EMBED_JSON) ? JSON.parse(readFileSync(REAL_EMBED_JSON, 'utf8')) : embedJson;
  assert.match(snippet, new RegExp(`^<script src="[^"]+mgi-wheel[^"]*\\.js" integrity="${real.script.integrity.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous" defer></script>`));
  assert.match(snippet, /<mgi-wheel id="mgi-profile" profile="http:[^"]+\/profiles\/balti-2023\.json" compare="http:[^"]+\/profiles\/azerbaijan-2023\.json" lang="fr" domain="partnerships" theme="dark" picker search deeplink style="--mgi-accent: #8a2be2"><\/mgi-wheel>/);
  await screenshot(page, 'embed-page-copied');
  await page.evaluate(() => scrollTo(0, 0));
  await screenshot(page, 'embed-page');

  // Pasted: the same widget, with the integrity checked by the browser (a wrong one would load nothing).
  const element = await pastedState(snippet, 'mgi-wheel');
  assert.deepEqual(element.state, live);
  assert.equal(await element.page.evaluate(() => getComputedStyle(document.querySelector('mgi-wheel')).getPropertyValue('--mgi-accent').trim()), '#8a2be2');
  assert.deepEqual(element.errors, []);
  await screenshot(element.page, 'embed-pasted');
  await element.page.close();

  // The div form, with the static fallback.
  await page.check('#form-div');
  await page.waitForFunction(() => !document.getElementById('fallback').disabled);
  await page.check('#fallback');
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('<h2>'));
  const divSnippet = await copyWithKeyboard(page);
  assert.match(divSnippet, /<div id="mgi-profile" data-mgi-wheel data-profile="[^"]+balti-2023\.json" data-compare="[^"]+" data-lang="fr" data-domain="partnerships" data-theme="dark" data-picker data-search data-deeplink style="[^"]+">\n/);
  assert.ok(divSnippet.includes(`<img src="${h.url}static/balti-2023.png"`), 'the image URL made absolute, from the site root');
  const div = await pastedState(divSnippet, '[data-mgi-wheel]');
  assert.deepEqual(div.state, live);
  assert.deepEqual(div.errors, []);
  await div.page.close();
  assert.deepEqual(page.pageErrors, []);
  await page.context().close();
});

test('without embed.json: a plain script tag; the page is keyboard and screen-reader usable (axe-core: 0 violations)', async () => {
  embedJson = null;
  const page = await openEditor();
  const live = await waitPreview(page, { profile: 'azerbaijan-2023' });
  assert.equal(await page.textContent('#accent-contrast'), 'Contrast with the panel: 10.0:1.');  // the default accent on white
  const snippet = await page.inputValue('#snippet');
  if (!existsSync(REAL_EMBED_JSON)) assert.match(snippet, /^<script src="http:\/\/[^"]+\/mgi-wheel\.js" defer><\/script>\n/);
  // Every control has a name; the status is a live region.
  assert.equal(await page.getAttribute('#status', 'role'), 'status');
  for (const id of ['profile', 'compare', 'lang', 'domain', 'picker', 'search', 'deeplink', 'element-id', 'theme', 'accent', 'snippet']) {
    assert.equal(await page.evaluate((id) => document.querySelector(`label[for="${id}"]`) !== null, id), true, `a label for #${id}`);
  }
  // The keyboard reaches the profile select and changes it.
  await page.focus('#profile');
  await page.keyboard.press('ArrowDown');
  await waitPreview(page, { profile: 'balti-2023' });
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, []);
  const pastedPage = await pastedState(snippet, 'mgi-wheel');
  assert.deepEqual(pastedPage.state, live);
  await pastedPage.page.close();
  await page.context().close();
});
