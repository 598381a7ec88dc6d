// The comparison's picker in every engine (engines.mjs: Chromium, Firefox, WebKit): filtering by
// name or country (accents folded), choosing with the keyboard or the pointer, swapping and
// closing; a catalogue it cannot read. Screenshots go to build/screenshots/<engine>-*.png.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, quiet } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { mount, readProfile, test, testRoutes, waitReady } from './harness.mjs';
import { clickIn, fill, shoot } from './page-kit.mjs';

const balti = readProfile('balti-2023.json');
const azerbaijan = readProfile('azerbaijan-2023.json');

// A catalogue of five, three of them made from the seeds under other names, to filter.
const variant = (base, id, name, level, country) => ({ ...base, id, jurisdiction: { name, level, country } });
const extra = {
  '/cat/chisinau-2023.json': variant(balti, 'chisinau-2023', 'Municipality of Chișinău', 'local', 'Republic of Moldova'),
  '/cat/moldova-2024.json': variant(azerbaijan, 'moldova-2024', 'Republic of Moldova', 'national', null),
  '/cat/turin-2022.json': variant(balti, 'turin-2022', 'Città di Torino', 'local', 'Italy'),
};
const catalogue = {
  format: 'mgi-catalogue/1',
  profiles: [
    { id: 'azerbaijan-2023', name: 'Republic of Azerbaijan', level: 'national', country: null, published: '2023-10', file: '../profiles/azerbaijan-2023.json' },
    { id: 'balti-2023', name: 'Municipality of Balti', level: 'local', country: 'Republic of Moldova', published: '2023-08', file: '../profiles/balti-2023.json' },
    ...Object.entries(extra).map(([path, p]) => ({ id: p.id, name: p.jurisdiction.name, level: p.jurisdiction.level,
      country: p.jurisdiction.country, published: p.published, file: path.split('/').pop() })),
  ],
};
const json = (body) => (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));


const routes = () => testRoutes({ '/cat/index.json': json(catalogue),
  ...Object.fromEntries(Object.entries(extra).map(([path, p]) => [path, json(p)])) });
const TALL = { width: 1100, height: 1300 };
const PICKER = '<mgi-wheel id="c" picker="/cat/index.json" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>';
const COMPARED = PICKER.replace('></mgi-wheel>', ' compare="/profiles/balti-2023.json"></mgi-wheel>');

const stateOf = (page) => page.evaluate(() => document.querySelector('#c').state());
const value = (page, side) => page.evaluate((side) => document.querySelector('#c').shadowRoot.querySelector(`#mgi-pick-${side}`).value, side);
const attribute = (page, side, name) => page.evaluate(({ side, name }) =>
  document.querySelector('#c').shadowRoot.querySelector(`#mgi-pick-${side}`).getAttribute(name), { side, name });
const options = (page, side) => page.evaluate((side) => [...document.querySelector('#c').shadowRoot
  .querySelectorAll(`#mgi-pick-${side}-list [role="option"]`)].map((o) => o.textContent), side);
const changes = (page) => page.evaluate(() => window.__changes);

// The picker of `html`, its mgi-change details collected in window.__changes.
async function openPicker(browser, html) {
  const page = await browser.newPage(TALL);
  await mount(page, browser.url, html);
  await waitReady(page, '#c');
  // The picker is built once the catalogue has been read.
  await page.waitForFunction(() => !!document.querySelector('#c').shadowRoot.querySelector('.picker button.swap'));
  await page.evaluate(() => {
    window.__changes = [];
    document.querySelector('#c').addEventListener('mgi-change', (e) => window.__changes.push(e.detail));
  });
  return page;
}

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, routes());

    test('the picker filters by name or country, accents folded', async () => {
      const page = await openPicker(browser, PICKER);
      assert.equal(await value(page, 0), 'Republic of Azerbaijan');
      await fill(page, '#c', '#mgi-pick-1', 'moldova');
      assert.deepEqual(await options(page, 1), ['Municipality of Baltilocal · Republic of Moldova',
        'Municipality of Chișinăulocal · Republic of Moldova', 'Republic of Moldovanational']);
      await fill(page, '#c', '#mgi-pick-1', 'chisinau');  // no accents typed
      assert.deepEqual(await options(page, 1), ['Municipality of Chișinăulocal · Republic of Moldova']);
      await fill(page, '#c', '#mgi-pick-1', 'zzz');
      assert.deepEqual(await options(page, 1), ['No profile matches']);
      assert.equal(await attribute(page, 1, 'aria-expanded'), 'true');
      await page.close();
    });

    test('the picker chooses with the keyboard: type, arrow down, Enter', async () => {
      const page = await openPicker(browser, PICKER);
      await fill(page, '#c', '#mgi-pick-1', 'bal');
      await page.press('ArrowDown');
      const active = await attribute(page, 1, 'aria-activedescendant');
      assert.ok(active, 'an option is active');
      await page.press('Enter');
      await page.waitForFunction(() => document.querySelector('#c').state().compare === 'balti-2023');
      await page.evaluate(() => document.querySelector('#c').ready.then(() => null));
      assert.match(await page.evaluate(() => document.querySelector('#c').getAttribute('compare')), /balti-2023\.json$/);
      assert.equal((await page.evaluate(() => document.querySelector('#c').layout())).wheels.length, 2);
      const changed = await changes(page);
      assert.equal(changed.length, 1);
      assert.match(changed[0].compare, /balti-2023\.json$/);
      await page.close();
    });

    test('the picker swaps the two profiles', async () => {
      const page = await openPicker(browser, COMPARED);
      await clickIn(page, '#c', 'button.swap');
      await page.waitForFunction(() => document.querySelector('#c').state().profile === 'balti-2023');
      await page.waitForFunction(() => document.querySelector('#c').state().compare === 'azerbaijan-2023');
      assert.equal(await value(page, 0), 'Municipality of Balti');
      assert.equal(await value(page, 1), 'Republic of Azerbaijan');
      assert.equal((await changes(page)).length, 1);
      await page.close();
    });

    test('the picker chooses by pointer: the catalogue\'s own profile with an accented name', async () => {
      const page = await openPicker(browser, COMPARED);
      await fill(page, '#c', '#mgi-pick-0', 'chis');
      await clickIn(page, '#c', '#mgi-pick-0-list [role="option"]', 0);
      await page.waitForFunction(() => document.querySelector('#c').state().profile === 'chisinau-2023');
      assert.equal((await changes(page)).length, 1);
      await shoot(page, `${name}-compare-picker`);
      await page.close();
    });

    test('the picker closes the comparison', async () => {
      const page = await openPicker(browser, COMPARED);
      await clickIn(page, '#c', 'button.close');
      await page.waitForFunction(() => document.querySelector('#c').state().compare === null);
      assert.equal(await page.evaluate(() => document.querySelector('#c').hasAttribute('compare')), false);
      assert.equal((await page.evaluate(() => document.querySelector('#c').layout())).wheels.length, 1);
      assert.equal((await changes(page)).length, 1);
      assert.deepEqual(await page.pageErrors(), []);
      await page.close();
    });

    test('the picker names a catalogue it cannot read, in the interface language', async () => {
      const page = await browser.newPage(TALL);
      await mount(page, browser.url, `<mgi-wheel id="a" picker="/cat/missing.json" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>
        <mgi-wheel id="b" lang="fr" picker="/profiles/balti-2023.json" profile="/profiles/azerbaijan-2023.json"></mgi-wheel>`);
      const alert = (id) => page.waitForFunction((id) => {
        const a = document.getElementById(id).shadowRoot.querySelector('.picker [role="alert"]');
        return a && a.textContent;
      }, id);
      assert.equal(await alert('a'), `The profile list could not be read: HTTP 404 Not Found for ${browser.url}cat/missing.json`);
      assert.equal(await alert('b'), `La liste des profils n’a pas pu être lue : ${browser.url}profiles/balti-2023.json n’est pas une liste de profils (mgi-catalogue/1)`);
      await page.close();
    });
  });
}
