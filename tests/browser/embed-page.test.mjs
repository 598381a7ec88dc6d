// The embed-code page (shell/embed.html, issue 19): an editor's choices show in the live widget and
// in the code; the code, copied with the keyboard and pasted into a blank page served beside
// build/web, shows the same widget (same state(), ready resolves), in both forms and with the
// static fallback; the script tag carries embed.json's integrity when the build wrote one; axe-core
// finds nothing on the page. In every engine (engines.mjs: Chromium, Firefox, WebKit).
// Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { engineSuite, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { WEB, test, testRoutes } from './harness.mjs';
import { axe, clipboard, shoot, watchClipboard } from './page-kit.mjs';
import { sri } from '../../scripts/release-files.mjs';

const REAL_EMBED_JSON = path.join(WEB, 'embed.json');
const REAL_FALLBACK = path.join(WEB, 'static/balti-2023.html');
// Stands in for mgi-render's fragment (SPEC section 4) when the build made none; its URLs are
// named for the site's root, as scripts/generate-static.mjs names them.
const FALLBACK_FIXTURE = '<mgi-wheel profile="balti-2023.json"><h2>Municipality of Balti</h2>' +
  '<img src="static/balti-2023.png" alt="The MGI wheel of the Municipality of Balti"><h3>Partnerships</h3><ul><li>A finding.</li></ul></mgi-wheel>';

let pasted = '', embedJson = null;
const rest = testRoutes();
async function routes(req, res) {
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
  return rest(req, res);
}

const preview = (page) => page.evaluate(async () => {
  const el = document.querySelector('#preview mgi-wheel, #preview [data-mgi-wheel]');
  if (!el || !el.ready) return null;
  await el.ready;
  return el.state();
});

const optionNamed = (page, select, name) => page.evaluate(({ select, name }) =>
  [...document.querySelector(select).options].find((o) => o.textContent.includes(name)).value, { select, name });
// As Playwright's selectOption() and fill(): the value set, then input and change.
const setValue = (page, sel, value) => page.evaluate(({ sel, value }) => {
  const el = document.querySelector(sel);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}, { sel, value });
// A real click on a checkbox or radio button of the page, which checks it (as Playwright's check()).
async function check(page, sel) {
  const b = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, checked: el.checked };
  }, sel);
  if (!b.checked) await page.click(b.x, b.y);
  await page.waitForFunction((sel) => document.querySelector(sel).checked, sel);
}
const text = (page, sel) => page.evaluate((sel) => document.querySelector(sel).textContent, sel);
const snippetOf = (page) => page.evaluate(() => document.getElementById('snippet').value);

async function waitPreview(page, want) {
  await page.waitForFunction((want) => {
    const el = document.querySelector('#preview mgi-wheel, #preview [data-mgi-wheel]');
    if (!el || !el.ready) return false;
    const s = el.state();
    return Object.entries(want).every(([k, v]) => s[k] === v);
  }, want, { interval: 200 });
  return preview(page);
}

// Copies with the keyboard (Tab to the button, Enter) and returns the clipboard's text.
async function copyWithKeyboard(page) {
  await page.evaluate(() => document.getElementById('snippet').focus());
  await page.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'copy');
  await page.press('Enter');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Copied.');
  const copied = await clipboard(page);
  assert.equal(copied, await snippetOf(page));
  return copied;
}

const CHOSEN = { profile: 'balti-2023', compare: 'azerbaijan-2023', lang: 'fr', domain: 'partnerships' };

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes);

    async function openEditor() {
      const page = await browser.newPage({ width: 1280, height: 1000, permissions: ['clipboard-read', 'clipboard-write'] });
      await page.goto(browser.url + 'embed.html');
      await page.waitForFunction(() => document.body.dataset.ready === 'true');
      await watchClipboard(page);
      return page;
    }
    // The editor with every choice made (CHOSEN, picker, search, deep links, dark, a purple accent).
    async function chosen() {
      const loader = readFileSync(path.join(WEB, 'mgi-wheel.js'));
      embedJson = { version: 'test', script: { src: 'mgi-wheel.js', integrity: sri(loader), crossorigin: 'anonymous' } };
      const page = await openEditor();
      await setValue(page, '#profile', await optionNamed(page, '#profile', 'Balti'));
      await setValue(page, '#compare', await optionNamed(page, '#compare', 'Azerbaijan'));
      await setValue(page, '#lang', 'fr');
      await setValue(page, '#domain', 'partnerships');
      for (const box of ['#picker', '#search', '#deeplink']) await check(page, box);
      await setValue(page, '#theme', 'dark');
      await setValue(page, '#accent', '#8a2be2');
      return { page, live: await waitPreview(page, CHOSEN) };
    }
    async function pastedState(snippet, selector) {
      pasted = snippet;
      const page = await browser.newPage();
      await page.goto(browser.url + 'pasted.html');
      await page.waitForFunction((sel) => !!(document.querySelector(sel) && document.querySelector(sel).ready), selector);
      const state = await page.evaluate(async (sel) => { const el = document.querySelector(sel); await el.ready; return el.state(); }, selector);
      return { page, state, errors: await page.pageErrors() };
    }

    describe('every choice made', () => {
      test('the choices show live, and the accent\'s contrast is told', async () => {
        const { page, live } = await chosen();
        assert.match(await text(page, '#accent-contrast'), /^Contrast with the panel: 2\.7:1, below the 4\.5:1/);  // purple on the dark panel
        assert.deepEqual(live, CHOSEN);
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      });

      test('the code copied with the keyboard carries them, and the script tag embed.json\'s integrity', async () => {
        const { page } = await chosen();
        const snippet = await copyWithKeyboard(page);
        const real = existsSync(REAL_EMBED_JSON) ? JSON.parse(readFileSync(REAL_EMBED_JSON, 'utf8')) : embedJson;
        assert.match(snippet, new RegExp(`^<script src="[^"]+mgi-wheel[^"]*\\.js" integrity="${real.script.integrity.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous" defer></script>`));
        assert.match(snippet, /<mgi-wheel id="mgi-profile" profile="http:[^"]+\/profiles\/balti-2023\.json" compare="http:[^"]+\/profiles\/azerbaijan-2023\.json" lang="fr" domain="partnerships" theme="dark" picker search deeplink style="--mgi-accent: #8a2be2"><\/mgi-wheel>/);
        await shoot(page, `${name}-embed-page-copied`);
        await page.evaluate(() => scrollTo(0, 0));
        await quiet(page);
        await shoot(page, `${name}-embed-page`);
        await page.close();
      });

      test('pasted into a blank page, the code shows the same widget, with the integrity checked by the browser', async () => {
        const { page, live } = await chosen();
        const snippet = await copyWithKeyboard(page);
        // A wrong integrity would load nothing.
        const element = await pastedState(snippet, 'mgi-wheel');
        assert.deepEqual(element.state, live);
        assert.equal(await element.page.evaluate(() => getComputedStyle(document.querySelector('mgi-wheel')).getPropertyValue('--mgi-accent').trim()), '#8a2be2');
        assert.deepEqual(element.errors, []);
        await quiet(element.page);
        await shoot(element.page, `${name}-embed-pasted`);
        await element.page.close();
        await page.close();
      });

      test('the div form with the static fallback, pasted: the same widget', async () => {
        const { page, live } = await chosen();
        await check(page, '#form-div');
        await page.waitForFunction(() => !document.getElementById('fallback').disabled);
        await check(page, '#fallback');
        await page.waitForFunction(() => document.getElementById('snippet').value.includes('<h2>'));
        const divSnippet = await copyWithKeyboard(page);
        assert.match(divSnippet, /<div id="mgi-profile" data-mgi-wheel data-profile="[^"]+balti-2023\.json" data-compare="[^"]+" data-lang="fr" data-domain="partnerships" data-theme="dark" data-picker data-search data-deeplink style="[^"]+">\n/);
        assert.ok(divSnippet.includes(`<img src="${browser.url}static/balti-2023.png"`), 'the image URL made absolute, from the site root');
        const div = await pastedState(divSnippet, '[data-mgi-wheel]');
        assert.deepEqual(div.state, live);
        assert.deepEqual(div.errors, []);
        await div.page.close();
        assert.deepEqual(await page.pageErrors(), []);
        await page.close();
      });
    });

    describe('without embed.json', () => {
      const plain = async () => {
        embedJson = null;
        const page = await openEditor();
        return { page, live: await waitPreview(page, { profile: 'azerbaijan-2023' }) };
      };

      test('a plain script tag; the default accent\'s contrast on white', async () => {
        const { page } = await plain();
        assert.equal(await text(page, '#accent-contrast'), 'Contrast with the panel: 10.0:1.');  // the default accent on white
        const snippet = await snippetOf(page);
        if (!existsSync(REAL_EMBED_JSON)) assert.match(snippet, /^<script src="http:\/\/[^"]+\/mgi-wheel\.js" defer><\/script>\n/);
        await page.close();
      });

      test('every control has a name; the status is a live region', async () => {
        const { page } = await plain();
        assert.equal(await page.evaluate(() => document.getElementById('status').getAttribute('role')), 'status');
        for (const id of ['profile', 'compare', 'lang', 'domain', 'picker', 'search', 'deeplink', 'element-id', 'theme', 'accent', 'snippet']) {
          assert.equal(await page.evaluate((id) => document.querySelector(`label[for="${id}"]`) !== null, id), true, `a label for #${id}`);
        }
        await page.close();
      });

      test('the keyboard reaches the profile select and changes it', async () => {
        const { page } = await plain();
        await page.evaluate(() => document.getElementById('profile').focus());
        await page.press('ArrowDown');
        await waitPreview(page, { profile: 'balti-2023' });
        await page.close();
      });

      test('axe-core: 0 violations', async () => {
        const { page } = await plain();
        await axe(page, 'the embed-code page');
        await page.close();
      });

      test('the code, pasted into a blank page, shows the same widget', async () => {
        const { page, live } = await plain();
        const pastedPage = await pastedState(await snippetOf(page), 'mgi-wheel');
        assert.deepEqual(pastedPage.state, live);
        await pastedPage.page.close();
        await page.close();
      });
    });
  });
}
