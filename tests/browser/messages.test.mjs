// The core's messages go one way (issue 26): a page's mgi-select handler that selects again is
// handled after the current selection, whose panel comes first; in every engine (engines.mjs).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { engineSuite, readyOutcome, settled } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { mount, test, testRoutes } from './harness.mjs';

const WIDGET = '<mgi-wheel id="w" profile="/profiles/azerbaijan-2023.json" style="display:block;width:700px"></mgi-wheel>';

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, testRoutes());

    test('an mgi-select handler that calls select(): both selections, in order, each with its panel; the last one shown', async () => {
      const page = await browser.newPage({ width: 1000, height: 800 });
      await mount(page, browser.url, WIDGET);
      assert.equal(await readyOutcome(page, '#w'), null);
      const seen = await page.evaluate(() => new Promise((resolve) => {
        const el = document.getElementById('w');
        const heading = () => el.shadowRoot.querySelector('[part="panel"] h2')?.textContent ?? null;
        const events = [];
        let depth = 0;
        el.addEventListener('mgi-select', (e) => {
          depth++;
          const event = { domain: e.detail.domain, source: e.detail.source, keys: Object.keys(e.detail).sort(),
            nested: depth > 1, panelAtEvent: heading(), stateAtEvent: el.state().domain };
          events.push(event);
          if (e.detail.domain === 'partnerships') event.answer = el.select('well-being');
          depth--;
          if (events.length === 2) setTimeout(() => resolve({ events, finalPanel: heading(), finalState: el.state().domain }), 0);
        });
        el.select('partnerships');
      }));
      assert.deepEqual(seen.events.map((e) => [e.domain, e.source, e.nested]), [['partnerships', 'api', false], ['well-being', 'api', false]]);
      assert.deepEqual(seen.events[0].keys, ['domain', 'source'], 'mgi-select\'s detail is SPEC\'s');
      assert.equal(seen.events[0].answer, true, 'select() in the handler answers as for any domain id');
      assert.equal(seen.events[0].stateAtEvent, 'partnerships');
      assert.match(seen.events[1].panelAtEvent, /partnership/i, 'the first selection\'s panel was shown before the second selection');
      assert.match(seen.finalPanel, /well-being/i, 'the panel shows the selection made last');
      assert.equal(seen.finalState, 'well-being');
      await settled(page);
      assert.deepEqual(await page.consoleErrors(), []);
      await page.close();
    });

    test('an mgi-select handler that selects an unknown id: false, the console says so, the selection stays', async () => {
      const page = await browser.newPage({ width: 1000, height: 800 });
      await mount(page, browser.url, WIDGET);
      assert.equal(await readyOutcome(page, '#w'), null);
      const seen = await page.evaluate(() => new Promise((resolve) => {
        const el = document.getElementById('w');
        el.addEventListener('mgi-select', () => {
          const answer = el.select('no-such-domain');
          setTimeout(() => resolve({ answer, state: el.state().domain }), 0);
        }, { once: true });
        el.select('partnerships');
      }));
      assert.deepEqual(seen, { answer: false, state: 'partnerships' });
      await settled(page);
      await page.close();
    });
  });
}
