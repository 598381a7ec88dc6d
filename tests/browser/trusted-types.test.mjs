// Trusted Types (issue 28, item 5): under `require-trusted-types-for 'script'`, as security-minded
// sites send it, on top of the strict policy (no unsafe-eval, no unsafe-inline), the widget starts,
// a click selects, it compares, it searches and it exports, with no violation reported. The loader
// makes one policy, "mgi-wheel" (web/trusted-urls.js): a page that allows no policy of that name
// gets a widget that says what is wrong, not a blank box. The page is served, not written by a
// test (innerHTML from the test would itself be a violation). In every engine: Chromium enforces
// Trusted Types, and the test asserts so; in an engine without them it is the strict policy alone.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { clickRedraws, engineSuite, readyOutcome } from './engine-kit.mjs';
import { selectedEngines } from './engines.mjs';
import { STRICT_CSP, test, testRoutes } from './harness.mjs';
import { clickIn, download, fill, warnings } from './page-kit.mjs';

const VIOLATIONS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(\`\${e.violatedDirective} \${e.blockedURI} \${e.sample}\`));`;
const page = (title) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
<script src="/test/init/violations.js"></script><script src="/mgi-wheel.js" defer></script></head>
<body><h1>${title}</h1>
<mgi-wheel id="w" search profile="/profiles/azerbaijan-2023.json"></mgi-wheel>
<mgi-wheel id="c" profile="/profiles/balti-2023.json" compare="/profiles/azerbaijan-2023.json"></mgi-wheel>
</body></html>`;
const html = (csp, title) => (req, res) => res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': csp }).end(page(title));
// connect-src blob: for the test alone: in Firefox and WebKit page-kit's download() reads the
// widget's blob: link with fetch() in the page (the widget itself fetches no blob).
const REQUIRE = `${STRICT_CSP}; connect-src 'self' blob:; require-trusted-types-for 'script'`;

for (const name of selectedEngines()) {
  describe(name, () => {
    const browser = engineSuite(name, testRoutes({
      '/tt/allowed.html': html(`${REQUIRE}; trusted-types mgi-wheel`, 'Trusted Types, the mgi-wheel policy allowed'),
      '/tt/any.html': html(REQUIRE, 'Trusted Types, any policy'),
      '/tt/none.html': html(`${REQUIRE}; trusted-types 'none'`, 'Trusted Types, no policy allowed'),
    }, { initScripts: { violations: VIOLATIONS } }));

    for (const [what, file] of [['the mgi-wheel policy named in trusted-types', 'allowed'], ['no trusted-types list', 'any']]) {
      test(`require-trusted-types-for 'script', ${what}: ready, a click, compare, search, export, and no violation`, async () => {
        const p = await browser.newPage();
        await p.goto(`${browser.url}tt/${file}.html`);
        const enforced = await p.evaluate(() => !!window.trustedTypes);
        if (name === 'chromium') assert.ok(enforced, 'Chromium enforces Trusted Types');
        assert.equal(await readyOutcome(p, '#w'), null);
        assert.equal(await readyOutcome(p, '#c'), null);
        await clickRedraws(p, '#w', 'partnerships');
        await p.evaluate(() => document.getElementById('c').scrollIntoView());
        await clickRedraws(p, '#c', 'well-being', { redrawn: [0, 1] });
        await fill(p, '#w', '#mgi-search', 'labour');
        await p.waitForFunction(() => document.getElementById('w').shadowRoot.querySelectorAll('.search button.hit').length > 0);
        const csv = await download(p, () => clickIn(p, '#c', 'button.download-csv'));
        assert.match(csv.name, /\.csv$/);
        const png = await download(p, () => clickIn(p, '#w', 'button.download-png'));
        assert.equal(png.body.subarray(1, 4).toString('latin1'), 'PNG');
        assert.deepEqual(await p.evaluate(() => window.__violations), []);
        assert.deepEqual(await p.pageErrors(), []);
        await p.close();
      });
    }

    test('trusted-types \'none\': the widget says it could not load its core, and the console says which policy to allow', async (t) => {
      const p = await browser.newPage();
      await p.goto(`${browser.url}tt/none.html`);
      if (!await p.evaluate(() => !!window.trustedTypes)) {
        await p.close();
        return t.skip(`${name} has no Trusted Types: nothing to refuse`);
      }
      const refused = /could not load \S+mgi-wheel-core-[\d.]+\.js: the page's Content-Security-Policy allows no Trusted Types policy named "mgi-wheel"/;
      assert.match(await readyOutcome(p, '#w'), refused);
      const panel = await p.evaluate(() => document.getElementById('w').shadowRoot.querySelector('[part="panel"]').textContent);
      assert.match(panel, refused);
      // WebKit's driver hears the console from the load event on (drivers/webkit.mjs); the warning comes before.
      if (name !== 'webkit') assert.ok((await warnings(p)).some((w) => /Trusted Types policy named "mgi-wheel"/.test(w)), (await warnings(p)).join('\n'));
      await p.close();
    });
  });
}
