// The embed code through the editors CMSs use (issue 28, item 3): each form the embed-code page
// writes (shell/embed-snippet.mjs: the element and the div, each with and without the static
// fallback, the pinned script tag first) is set into the editor, read back as the CMS would save
// it, and put into a page: does the script survive, does the widget survive, does it mount (from
// the snippet alone, and with the loader attached by the site's theme, as a Drupal library or a
// WordPress enqueue would)?
//   - CKEditor 5 (npm ckeditor5), as Drupal 10's standard profile configures it: "Full HTML"
//     (source editing, General HTML Support allowing any element, attribute, class and style: what
//     Drupal sets up for a text format without HTML restrictions) and "Basic HTML" (source editing
//     with Drupal's basic_html allowed tags only);
//   - TinyMCE (npm tinymce) with its defaults, as a WordPress classic editor or a plain TinyMCE is,
//     and with `custom_elements: 'mgi-wheel'`, the one setting the element form needs there.
// What each combination does is asserted, and README.md says it per CMS. In Chromium: these are
// editors' content models, the same in every engine, and the page they produce is what the other
// tests open in all three.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { engineSuite, readyOutcome } from './engine-kit.mjs';
import { ROOT, WEB, test, testRoutes } from './harness.mjs';
import { embedSnippet } from '../../shell/embed-snippet.mjs';

const embed = JSON.parse(readFileSync(path.join(WEB, 'embed.json'), 'utf8'));
const SCRIPT = { ...embed.script, src: '/mgi-wheel.js' };
// The fallback's children, as the embed-code page puts them in (shell/embed.mjs): mgi-render's
// fragment without its <mgi-wheel> wrapper, the image's URL from the site's root.
const STATIC_FALLBACK = readFileSync(path.join(WEB, 'static/balti-2023.html'), 'utf8')
  .replace(/^<mgi-wheel[^>]*>\n/, '').replace(/<\/mgi-wheel>\n?$/, '').replace(/src="static\//g, 'src="/static/').trim();
const FORMS = {
  element: { form: 'element', profile: '/profiles/balti-2023.json' },
  'element with fallback': { form: 'element', profile: '/profiles/balti-2023.json', fallback: true },
  div: { form: 'div', profile: '/profiles/balti-2023.json' },
  'div with fallback': { form: 'div', profile: '/profiles/balti-2023.json', fallback: true },
};
const snippetOf = (form) => embedSnippet({ script: SCRIPT, widget: FORMS[form], fallback: FORMS[form].fallback ? STATIC_FALLBACK : '' });

const vendor = (file) => path.join(ROOT, 'node_modules', file);
const TYPES = { '.js': 'text/javascript', '.css': 'text/css' };
const saved = new Map();  // page name -> the HTML an editor gave back
const routes = testRoutes({
  '/cms/editor.html': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(EDITOR_PAGE),
});
async function hooks(req, res) {
  const { pathname, searchParams } = new URL(req.url, 'http://localhost');
  const v = pathname.match(/^\/vendor\/(.+)$/);
  if (v) {
    const file = vendor(path.normalize(v[1]).replace(/^(\.\.[/\\])+/, ''));
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' }).end(readFileSync(file));
    return true;
  }
  const out = pathname.match(/^\/cms\/saved\/(.+)\.html$/);
  if (out) {
    // The theme's script: the site attaches the loader to every page, whatever the editor kept.
    const theme = searchParams.has('theme') ? `<script src="/mgi-wheel.js" defer></script>` : '';
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>saved</title>${theme}</head><body><main>${saved.get(decodeURIComponent(out[1]))}</main></body></html>`);
    return true;
  }
  return routes(req, res);
}

// The editors, each set up as the CMS would, behind one function in the page: roundTrip(editor, html).
const EDITOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>editors</title>
<link rel="stylesheet" href="/vendor/ckeditor5/dist/browser/ckeditor5.css">
<script src="/vendor/ckeditor5/dist/browser/ckeditor5.umd.js"></script>
<script src="/vendor/tinymce/tinymce.min.js"></script></head>
<body><div id="ck"></div><div id="mce"></div>
<script>
const C = window.CKEDITOR;
const drupalCommon = [C.Essentials, C.Paragraph, C.Bold, C.Italic, C.Link, C.List, C.BlockQuote, C.Heading, C.SourceEditing, C.GeneralHtmlSupport];
const CK_CONFIGS = {
  // Drupal 10, full_html: no HTML restrictions, so Drupal's ckeditor5_arbitraryHtmlSupport turns on
  // General HTML Support for every element, attribute, class and style.
  'ckeditor5 full html': {
    plugins: [...drupalCommon, C.Code, C.CodeBlock, C.Table, C.HorizontalLine, C.Strikethrough, C.Subscript, C.Superscript, C.RemoveFormat, C.HtmlComment],
    htmlSupport: { allow: [{ name: /.*/, attributes: true, classes: true, styles: true }] },
  },
  // Drupal 10, basic_html: the tags its source editing adds to what its plugins make.
  'ckeditor5 basic html': {
    plugins: [...drupalCommon, C.Code],
    htmlSupport: { allow: [
      { name: 'cite' }, { name: 'dl' }, { name: 'dt' }, { name: 'dd' },
      { name: 'a', attributes: ['hreflang'] }, { name: 'blockquote', attributes: ['cite'] },
      { name: 'ul', attributes: ['type'] }, { name: 'ol', attributes: ['type'] },
      { name: /^h[2-6]$/, attributes: ['id'] },
    ] },
  },
};
window.roundTrip = async (editor, html) => {
  if (editor.startsWith('ckeditor5')) {
    const host = document.getElementById('ck');
    host.replaceChildren(document.createElement('div'));
    const e = await C.ClassicEditor.create(host.firstChild, { licenseKey: 'GPL', ...CK_CONFIGS[editor] });
    e.setData(html);
    const out = e.getData();
    await e.destroy();
    return out;
  }
  const area = document.createElement('textarea');
  document.getElementById('mce').replaceChildren(area);
  const options = { target: area, license_key: 'gpl', promotion: false, menubar: false };
  if (editor === 'tinymce allowing the snippet') {
    options.custom_elements = 'mgi-wheel';
    options.extended_valid_elements = 'mgi-wheel[id|class|style|profile|compare|lang|domain|picker|search|deeplink|theme|loading],'
      + 'script[src|integrity|crossorigin|defer|async]';
    options.convert_urls = false;
  }
  const [e] = await tinymce.init(options);
  e.setContent(html);
  const out = e.getContent();
  e.remove();
  return out;
};
</script></body></html>`;

// What each editor does to each form, as README.md says it ("Embedding in a CMS"): whether the
// script tag survives, whether the widget's markup does (with its profile), whether the page mounts
// it from the snippet alone and with the theme's script, whether a fallback keeps its image's URL
// and its styles (null: the form has no fallback).
const ALL = { script: true, widget: true, alone: true, withTheme: true };
const NOTHING = { script: false, widget: false, alone: false, withTheme: false };
const DIV_ONLY = { script: false, widget: true, alone: false, withTheme: true };
const fallbackKept = (image, styles) => ({ image, styles });
const EXPECTED = {
  'ckeditor5 full html': {
    element: { ...ALL, fallback: null }, 'element with fallback': { ...ALL, fallback: fallbackKept(true, false) },
    div: { ...ALL, fallback: null }, 'div with fallback': { ...ALL, fallback: fallbackKept(true, true) },
  },
  'ckeditor5 basic html': {
    element: { ...NOTHING, fallback: null }, 'element with fallback': { ...NOTHING, fallback: fallbackKept(false, false) },
    div: { ...NOTHING, fallback: null }, 'div with fallback': { ...NOTHING, fallback: fallbackKept(false, false) },
  },
  'tinymce defaults': {
    element: { ...NOTHING, fallback: null }, 'element with fallback': { ...NOTHING, fallback: fallbackKept(false, false) },
    div: { ...DIV_ONLY, fallback: null }, 'div with fallback': { ...DIV_ONLY, fallback: fallbackKept(false, false) },
  },
  'tinymce allowing the snippet': {
    element: { ...ALL, fallback: null }, 'element with fallback': { ...ALL, fallback: fallbackKept(true, false) },
    div: { ...ALL, fallback: null }, 'div with fallback': { ...ALL, fallback: fallbackKept(true, false) },
  },
};
const EDITORS = (process.env.MGI_EDITORS ? process.env.MGI_EDITORS.split(',') : Object.keys(EXPECTED));

describe('chromium', () => {
  const browser = engineSuite('chromium', hooks);
  let editorPage;
  before(async () => {
    editorPage = await browser.newPage();
    await editorPage.goto(browser.url + 'cms/editor.html');
    await editorPage.waitForFunction(() => !!window.CKEDITOR && !!window.tinymce);
  });
  after(() => editorPage?.close());

  // What happened to `form` in `editor`: { script, widget, alone, withTheme }, each true or false.
  async function outcome(editor, form) {
    const html = await editorPage.evaluate(({ editor, html }) => window.roundTrip(editor, html), { editor, html: snippetOf(form) });
    const name = `${editor}-${form}`.replace(/\W+/g, '-');
    saved.set(name, html);
    const fallback = FORMS[form].fallback
      ? fallbackKept(html.includes('<img src="/static/balti-2023.png"'), html.includes('<style>@scope{')) : null;
    const result = { fallback, script: /<script[^>]+src="\/mgi-wheel\.js"[^>]*integrity=/.test(html),
      widget: /<mgi-wheel[^>]+profile="\/profiles\/balti-2023\.json"|<div[^>]+data-mgi-wheel[^>]*data-profile="\/profiles\/balti-2023\.json"|<div[^>]+data-profile="\/profiles\/balti-2023\.json"[^>]*data-mgi-wheel/.test(html) };
    for (const [key, query] of [['alone', ''], ['withTheme', '?theme']]) {
      const page = await browser.newPage();
      await page.goto(`${browser.url}cms/saved/${name}.html${query}`);
      // After the load event a deferred loader has run: no element defined, no widget.
      result[key] = await page.evaluate(() => !!document.querySelector('mgi-wheel, [data-mgi-wheel]') && !!customElements.get('mgi-wheel'))
        && (await readyOutcome(page, 'mgi-wheel, [data-mgi-wheel]', 10000)) === null;
      await page.close();
    }
    return { ...result, html };
  }

  const table = {};
  after(() => console.log(`# what each editor kept and what mounted:\n${JSON.stringify(table, null, 1)}`));

  for (const editor of EDITORS) {
    test(`${editor}: what each form of the embed code becomes`, async () => {
      const seen = {};
      for (const form of Object.keys(FORMS)) {
        const { html, ...r } = await outcome(editor, form);
        table[`${editor} / ${form}`] = seen[form] = r;
        if (JSON.stringify(r) !== JSON.stringify(EXPECTED[editor][form])) console.log(`# ${editor} / ${form} gave back:\n# ${html.replace(/\n/g, ' ').slice(0, 600)}`);
      }
      assert.deepEqual(seen, EXPECTED[editor]);
    });
  }
});
