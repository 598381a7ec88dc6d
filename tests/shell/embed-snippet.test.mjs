// The embed-code page's text (shell/embed-snippet.mjs): attributes in SPEC's order, only those that
// say something, the data- prefix in the div form, and values escaped so that no choice (a URL with
// a quote, an id) can break out of its attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedSnippet, escapeAttribute, scriptTag, widgetTag } from '../../shell/embed-snippet.mjs';

test('the script tag: integrity and crossorigin only with a digest', () => {
  assert.equal(scriptTag({ src: 'https://cdn.example/mgi/mgi-wheel.js' }), '<script src="https://cdn.example/mgi/mgi-wheel.js" defer></script>');
  assert.equal(scriptTag({ src: 'mgi-wheel.js', integrity: 'sha384-abc+/=' }),
    '<script src="mgi-wheel.js" integrity="sha384-abc+/=" crossorigin="anonymous" defer></script>');
});

test('the element and the div form', () => {
  const widget = { id: 'w1', profile: 'p.json', compare: '', lang: 'fr', domain: 'partnerships', picker: true, search: false,
    deeplink: true, theme: '', style: '' };
  assert.equal(widgetTag({ ...widget, form: 'element' }), '<mgi-wheel id="w1" profile="p.json" lang="fr" domain="partnerships" picker deeplink></mgi-wheel>');
  assert.equal(widgetTag({ ...widget, form: 'div' }),
    '<div id="w1" data-mgi-wheel data-profile="p.json" data-lang="fr" data-domain="partnerships" data-picker data-deeplink></div>');
  assert.equal(widgetTag({ form: 'element', profile: 'p.json' }, ' <h2>Balti</h2> '), '<mgi-wheel profile="p.json">\n<h2>Balti</h2>\n</mgi-wheel>');
  assert.equal(embedSnippet({ script: { src: 's.js' }, widget: { form: 'element', profile: 'p.json' } }),
    '<script src="s.js" defer></script>\n\n<mgi-wheel profile="p.json"></mgi-wheel>\n');
});

test('values cannot leave their attribute', () => {
  assert.equal(escapeAttribute('a"b<c>&d'), 'a&quot;b&lt;c&gt;&amp;d');
  const tag = widgetTag({ form: 'element', profile: 'x.json" onload="alert(1)', style: '--mgi-accent: red"><script>' });
  assert.equal(tag, '<mgi-wheel profile="x.json&quot; onload=&quot;alert(1)" style="--mgi-accent: red&quot;&gt;&lt;script&gt;"></mgi-wheel>');
});
