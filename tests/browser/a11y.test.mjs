// Everyone can use it, in every engine (engines.mjs: Chromium, Firefox, WebKit): axe-core over
// every state of the demo and comparison pages, and three languages. The keyboard and screen
// readers: a11y-keyboard.test.mjs; motion, touch, print and forced colours: a11y-media.test.mjs.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { mount, readProfile, test, testRoutes, waitReady } from './harness.mjs';
import { axe, fill } from './page-kit.mjs';

const azerbaijan = readProfile('azerbaijan-2023.json');
const twin = (page) => page.evaluate(() => [...document.querySelector('mgi-wheel').shadowRoot.querySelectorAll('.twin button')]
  .map((b) => ({ domain: b.dataset.domain, label: b.textContent, pressed: b.getAttribute('aria-pressed'), tab: b.tabIndex })));
const allReady = (page) => page.evaluate(() => Promise.all([...document.querySelectorAll('mgi-wheel, [data-mgi-wheel]')].map((e) => e.ready)).then(() => null));
const COMPARING = '<mgi-wheel picker search profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json"></mgi-wheel>';

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, testRoutes());
    const comparing = async () => {
      const page = await browser.newPage();
      await mount(page, browser.url, COMPARING);
      await waitReady(page);
      return page;
    };

    describe('axe-core finds no violations', () => {
      test('on the demo page', async () => {
        const page = await browser.newPage();
        await page.goto(browser.url);
        await allReady(page);
        await axe(page, 'the demo page');
        await page.close();
      });

      test('on the demo page with a domain selected', async () => {
        const page = await browser.newPage();
        await page.goto(browser.url);
        await allReady(page);
        for (const id of ['migrants-rights', 'mobility-crises']) {
          await page.evaluate((id) => { for (const e of document.querySelectorAll('mgi-wheel, [data-mgi-wheel]')) e.select(id); }, id);
          await quiet(page);  // the turn is over
          await axe(page, `the demo page, ${id} selected`);
        }
        await page.close();
      });

      test('on the IOM-like host page', async () => {
        const page = await browser.newPage();
        await page.goto(browser.url + 'iom-country.html');
        await allReady(page);
        await axe(page, 'the IOM-like host page');
        await page.close();
      });

      test('in a comparison: the overview and one domain', async () => {
        const page = await comparing();
        await axe(page, 'the comparison overview');
        await page.evaluate(() => document.querySelector('mgi-wheel').select('well-being'));
        await axe(page, 'the comparison of one domain');
        await page.close();
      });

      test('with the picker open', async () => {
        const page = await comparing();
        await page.waitForFunction(() => !!document.querySelector('mgi-wheel').shadowRoot.querySelector('#mgi-pick-1'));
        await fill(page, 'mgi-wheel', '#mgi-pick-1', 'a');
        await axe(page, 'the picker open');
        await page.close();
      });

      test('with search results', async () => {
        const page = await comparing();
        await fill(page, 'mgi-wheel', '#mgi-search', 'labour');
        await page.waitForFunction(() => document.querySelector('mgi-wheel').shadowRoot.querySelectorAll('.search button.hit').length > 0);
        await axe(page, 'search results');
        await page.close();
      });

      test('in error states', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '<mgi-wheel profile="/no-such.json"></mgi-wheel><mgi-wheel profile="/profiles/balti-2023.json" compare="/nope.json"></mgi-wheel>');
        await page.waitForFunction(() => [...document.querySelectorAll('mgi-wheel')].every((e) => e.shadowRoot.querySelector('.error')));
        await axe(page, 'error states');
        await page.close();
      });

      test('in a narrow widget', async () => {
        const page = await browser.newPage({ width: name === 'webkit' ? 460 : 360, height: 800 });  // MiniBrowser: 447 px at the least
        await mount(page, browser.url, '<mgi-wheel profile="/profiles/balti-2023.json" domain="partnerships"></mgi-wheel>');
        await waitReady(page);
        await axe(page, 'a narrow widget');
        await page.close();
      });
    });

    describe('languages', () => {
      const french = async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '');
        await page.evaluate(() => { document.documentElement.lang = 'fr'; });
        browser.requests.length = 0;
        await page.evaluate(() => { document.getElementById('host').innerHTML = '<mgi-wheel profile="/profiles/azerbaijan-2023.json"></mgi-wheel>'; });
        return { page, state: await waitReady(page) };
      };
      const text = (page) => page.evaluate(() => document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]').innerText);

      test('the default from <html lang>', async () => {
        const { page, state } = await french();
        assert.equal(state.lang, 'fr');
        assert.match(await text(page), /Publié en octobre 2023|octobre 2023/);
        assert.equal((await twin(page))[0].label, 'Introduction');
        await page.close();
      });

      test('switched at run time without refetching; findings stay as written', async () => {
        const { page } = await french();
        await page.evaluate(() => document.querySelector('mgi-wheel').setAttribute('lang', 'es'));
        await page.waitForFunction(() => document.querySelector('mgi-wheel').state().lang === 'es');
        assert.match(await text(page), /octubre de 2023/);
        const es = await twin(page);
        assert.equal(es[0].label, 'Introducción');
        // The profile is in English: its own domain titles are not the interface's, so the framework's
        // Spanish names label the wheel.
        assert.equal(es[1].label, 'Derechos de los migrantes');
        await page.evaluate(() => document.querySelector('mgi-wheel').select('partnerships'));
        const panel = await page.evaluate(() => {
          const p = document.querySelector('mgi-wheel').shadowRoot.querySelector('[part="panel"]');
          return { lang: p.lang, list: p.querySelector('ul').lang, first: p.querySelector('li .finding').textContent, h3: p.querySelector('h3').textContent };
        });
        assert.equal(panel.lang, 'es');
        assert.equal(panel.list, 'en');
        assert.equal(panel.first, azerbaijan.domains[2].well_developed[0]);
        assert.match(panel.h3, /^Ejemplos/);
        const fetches = browser.requests.filter((u) => u.endsWith('/profiles/azerbaijan-2023.json')).length;
        assert.equal(fetches, 1, 'switching the language does not reload the profile');
        await page.close();
      });

      test('the widget\'s lang, else the page\'s, by primary subtag; the answer before the core starts is the core\'s', async () => {
        const page = await browser.newPage();
        await mount(page, browser.url, '');
        // [the widget's lang, the page's <html lang>, the language chosen]
        const cases = [['fr-CA', 'es', 'fr'], ['', 'es-419', 'es'], ['ES_mx', 'fr', 'es'], ['frr', 'es', 'es'], ['de', 'pt-BR', 'en'], ['', '', 'en']];
        for (const [own, pageLang, expected] of cases) {
          const before = await page.evaluate(([own, pageLang]) => {
            document.documentElement.lang = pageLang;
            const host = document.getElementById('host');
            host.innerHTML = '<mgi-wheel profile="/profiles/balti-2023.json"></mgi-wheel>';
            if (own) host.firstChild.setAttribute('lang', own);
            return host.firstChild.state().lang;  // in the task that mounted it: no core yet
          }, [own, pageLang]);
          const after = (await waitReady(page)).lang;
          assert.deepEqual([before, after], [expected, expected], `lang="${own}" on a page of lang="${pageLang}"`);
        }
        await page.close();
      });
    });
  });
}
