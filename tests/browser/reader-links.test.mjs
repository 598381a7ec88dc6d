// Beyond the portal, in every engine (engines.mjs: Chromium, Firefox, WebKit): deep links to a
// domain and to a finding (reopened in a fresh page), and citations copied to the clipboard.
// Downloads and search: reader-tools.test.mjs. Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, frames, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { readProfile, test, testRoutes, waitReady } from './harness.mjs';
import { clickIn, clipboard, highlighted, shoot, watchClipboard } from './page-kit.mjs';

const azerbaijan = readProfile('azerbaijan-2023.json');

// A host page of our own with two widgets, one opting in to deep links.
const HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>deep links</title><script src="/mgi-wheel.js"></script></head><body><main><h1>Deep links</h1>
<mgi-wheel id="linked" deeplink profile="/profiles/azerbaijan-2023.json" style="width:1000px"></mgi-wheel>
<mgi-wheel id="plain" profile="/profiles/balti-2023.json" style="width:1000px"></mgi-wheel></main></body></html>`;

// Azerbaijan's profile as the server gives it: the shipped file, or a test's variant of it.
let azerbaijanServed = null;
const routes = () => {
  const rest = testRoutes({ '/host.html': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HOST) });
  return async (req, res) => {
    if (azerbaijanServed && new URL(req.url, 'http://localhost').pathname === '/profiles/azerbaijan-2023.json') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(azerbaijanServed));
      return true;
    }
    return rest(req, res);
  };
};

const hashOf = async (page) => new URL(await page.url()).hash;
// The last finding of Well-being in #linked: its key and text.
const lastFinding = (page) => page.evaluate(() => {
  const items = document.getElementById('linked').shadowRoot.querySelectorAll('li[data-key]');
  const li = items[items.length - 1];
  return { key: li.dataset.key, text: li.querySelector('.finding').textContent, index: items.length - 1 };
});
const profileFetches = (browser) => browser.requests.map((u) => new URL(u, 'http://localhost').pathname).filter((p) => /\.json$/.test(p));

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes());
    // A page whose clipboard writes are seen (page-kit's watchClipboard).
    const newPage = async (options) => {
      const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'], ...options });
      return page;
    };
    const openHost = async (hash = '') => {
      const page = await newPage();
      await page.goto(browser.url + 'host.html' + hash);
      await waitReady(page, '#linked');
      await watchClipboard(page);
      return page;
    };
    // The link a copy button of the last Well-being finding gives (asserted in the first test below).
    const findingLink = async () => {
      const page = await openHost();
      await page.evaluate(() => document.getElementById('linked').select('well-being'));
      const target = await lastFinding(page);
      await page.close();
      return { target, link: `${browser.url}host.html#mgi-linked=well-being/${target.key}` };
    };

    describe('deep links', () => {
      test('the selection is in the fragment, only for elements that opt in', async () => {
        const page = await openHost();
        await waitReady(page, '#plain');
        await page.evaluate(() => document.getElementById('linked').select('well-being'));
        assert.equal(await hashOf(page), '#mgi-linked=well-being');
        await page.evaluate(() => document.getElementById('plain').select('partnerships'));
        assert.equal(await hashOf(page), '#mgi-linked=well-being', 'an element without deeplink leaves the URL alone');
        await page.evaluate(() => document.getElementById('linked').select(null));
        assert.equal(await hashOf(page), '');
        await page.close();
      });

      test('a fresh page opened on the link is restored to it', async () => {
        const fresh = await openHost('#mgi-linked=mobility-crises');
        assert.equal((await waitReady(fresh, '#linked')).domain, 'mobility-crises');
        assert.equal((await waitReady(fresh, '#plain')).domain, null);
        await fresh.close();
      });

      test('changing the fragment later selects too; a fragment for another element is ignored', async () => {
        const fresh = await openHost('#mgi-linked=mobility-crises');
        await waitReady(fresh, '#plain');
        await fresh.evaluate(() => { location.hash = '#mgi-linked=partnerships'; });
        await fresh.waitForFunction(() => document.getElementById('linked').state().domain === 'partnerships');
        // Once the page's hashchange listeners (the widgets' among them) have run, and a frame after.
        await fresh.evaluate(() => new Promise((resolve) => {
          addEventListener('hashchange', () => requestAnimationFrame(() => requestAnimationFrame(resolve)), { once: true });
          location.hash = '#mgi-plain=well-being';
        }));
        assert.equal(await fresh.evaluate(() => document.getElementById('plain').state().domain), null);
        await fresh.close();
      });

      test('hostile fragments: nothing is selected, nothing is fetched', async () => {
        for (const hash of ['#mgi-linked=../../profiles/balti-2023.json', '#mgi-linked=javascript:alert(1)',
          '#mgi-linked=https://evil.example/x.json', '#mgi-linked=well-being/%2e%2e', '#mgi-linked=WELL-BEING',
          `#mgi-linked=well-being/${'a'.repeat(200)}`]) {
          const p = await newPage();
          browser.requests.length = 0;
          await p.goto(browser.url + 'host.html' + hash);
          assert.equal((await waitReady(p, '#linked')).domain, null, hash);
          await waitReady(p, '#plain');
          assert.deepEqual(profileFetches(browser).sort(), ['/profiles/azerbaijan-2023.json', '/profiles/balti-2023.json'], hash);
          assert.deepEqual(await p.pageErrors(), []);
          await p.close();
        }
      });
    });

    describe('a link to one finding', () => {
      test('its copy button puts the finding\'s link on the clipboard', async () => {
        const page = await openHost();
        await page.evaluate(() => document.getElementById('linked').select('well-being'));
        const target = await lastFinding(page);
        await clickIn(page, '#linked', 'li[data-key] button.copy-link', target.index);
        const link = await clipboard(page);
        assert.equal(link, `${browser.url}host.html#mgi-linked=well-being/${target.key}`);
        assert.match(target.key, /^[0-9a-z]{8}(-\d+)?$/);
        await page.close();
      });

      test('a widget without deeplink has no link controls, but does cite', async () => {
        const page = await openHost();
        await waitReady(page, '#plain');
        await page.evaluate(() => document.getElementById('plain').select('well-being'));
        const count = (sel) => page.evaluate((sel) => document.getElementById('plain').shadowRoot.querySelectorAll(sel).length, sel);
        assert.equal(await count('button.copy-link'), 0);
        assert.ok(await count('button.cite') > 0);
        await page.close();
      });

      test('an id off the link grammar (the core\'s) makes no links, even with deeplink', async () => {
        const page = await openHost();
        await page.evaluate(() => {
          const w = Object.assign(document.createElement('mgi-wheel'), { id: 'off=grammar' });
          w.setAttribute('deeplink', '');
          w.setAttribute('profile', '/profiles/balti-2023.json');
          w.setAttribute('domain', 'well-being');
          document.querySelector('main').append(w);
          return w.ready.then(() => null);
        });
        await page.waitForFunction(() => document.getElementById('off=grammar').shadowRoot.querySelectorAll('button.cite').length > 0);
        assert.equal(await page.evaluate(() => document.getElementById('off=grammar').shadowRoot.querySelectorAll('button.copy-link').length), 0);
        await page.close();
      });

      test('reopened in a fresh page: scrolled to the finding and highlighted', async () => {
        const { target, link } = await findingLink();
        const fresh = await newPage({ width: 1100, height: 500 });
        await fresh.goto(link);
        assert.equal((await waitReady(fresh, '#linked')).domain, 'well-being');
        await fresh.waitForFunction(() => !!document.getElementById('linked').shadowRoot.querySelector('li.highlight'));
        const seen = await highlighted(fresh, '#linked');
        assert.equal(seen.text, target.text);
        assert.ok(seen.visible, 'scrolled into view');
        await quiet(fresh);
        await shoot(fresh, `${name}-finding-link-highlighted`);
        await fresh.close();
      });

      // Reordering the other findings keeps the link; an edited finding degrades to its domain.
      for (const change of ['reordered', 'edited']) {
        test(`the findings ${change} since: ${change === 'reordered' ? 'the link still finds it' : 'the link degrades to its domain'}`, async () => {
          const { target, link } = await findingLink();
          const variant = structuredClone(azerbaijan);
          const wb = variant.domains.find((d) => d.id === 'well-being');
          for (const list of [wb.well_developed, wb.further_development]) {
            if (change === 'reordered') list.reverse();
            const i = list.indexOf(target.text);
            if (change === 'edited' && i >= 0) list[i] = `${target.text} (revised)`;
          }
          const expect = change === 'reordered' ? target.text : null;
          azerbaijanServed = variant;
          try {
            const p = await newPage();
            await p.goto(link);
            assert.equal((await waitReady(p, '#linked')).domain, 'well-being');
            await p.waitForFunction((want) => !want || !!document.getElementById('linked').shadowRoot.querySelector('li.highlight'), expect).catch(() => {});
            await frames(p);
            const hl = await highlighted(p, '#linked');
            assert.equal(hl ? hl.text : null, expect);
            await p.close();
          } finally {
            azerbaijanServed = null;
          }
        });
      }
    });

    describe('citations', () => {
      test('of the profile', async () => {
        const page = await openHost();
        const today = await page.evaluate(() => { const d = new Date(); return [d.getDate(), d.getMonth() + 1, d.getFullYear()]; });
        const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
        await clickIn(page, '#linked', 'button.cite-profile');
        const whole = await clipboard(page);
        assert.equal(whole, `International Organization for Migration (IOM). (October 2023). ${azerbaijan.title}. ` +
          `${browser.url}host.html (accessed ${today[0]} ${months[today[1] - 1]} ${today[2]}).`);
        await page.close();
      });

      test('of one finding', async () => {
        const page = await openHost();
        await page.evaluate(() => document.getElementById('linked').select('partnerships'));
        const key = await page.evaluate(() => document.getElementById('linked').shadowRoot.querySelector('li[data-key]').dataset.key);
        await clickIn(page, '#linked', 'li[data-key] button.cite', 0);
        const one = await clipboard(page);
        assert.ok(one.startsWith('International Organization for Migration (IOM). (October 2023). '), one);
        assert.ok(one.includes('“Partnerships” domain'), one);
        assert.ok(one.includes(azerbaijan.domains[2].well_developed[0].replace(/\.$/, '')), one);
        assert.ok(one.includes(`#mgi-linked=partnerships/${key}`), one);
        await page.close();
      });

      test('in the widget\'s language', async () => {
        const page = await openHost();
        await page.evaluate(() => document.getElementById('linked').setAttribute('lang', 'fr'));
        await page.waitForFunction(() => document.getElementById('linked').state().lang === 'fr');
        await clickIn(page, '#linked', 'button.cite-profile');
        assert.match(await clipboard(page), /^Organisation internationale pour les migrations \(OIM\)\. \(octobre 2023\)\..*\(consulté le /);
        const live = () => page.evaluate(() => document.getElementById('linked').shadowRoot.querySelector('[aria-live="polite"]').textContent);
        await page.waitForFunction(() => document.getElementById('linked').shadowRoot.querySelector('[aria-live="polite"]').textContent !== '').catch(() => {});
        assert.equal(await live(), 'Citation copiée.');
        await page.close();
      });
    });
  });
}
