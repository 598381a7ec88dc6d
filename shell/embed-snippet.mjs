// The embed code for one widget, as text: the script tag, then the widget in the element or the
// `div data-mgi-wheel` form (SPEC section 3), optionally holding the static fallback. Pure (no
// DOM), so the page (embed.mjs) and a test build the same text.
//
//   embedSnippet({ script, widget, fallback })
//     script:   { src, integrity?, crossorigin? }            (build/web/embed.json's "script")
//     widget:   { form: 'element' | 'div', id?, profile, compare?, lang?, domain?, picker?, search?,
//                 deeplink?, theme?, style? }                 (absent or empty: left out)
//     fallback: HTML for the element's children, or ''

// Text safe inside a double-quoted attribute value.
export function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function scriptTag({ src, integrity, crossorigin }) {
  const attrs = [`src="${escapeAttribute(src)}"`];
  if (integrity) attrs.push(`integrity="${escapeAttribute(integrity)}"`, `crossorigin="${escapeAttribute(crossorigin || 'anonymous')}"`);
  return `<script ${attrs.join(' ')} defer></script>`;
}

// The widget's attributes in SPEC's order, each only when it says something.
function widgetAttributes(w) {
  const prefix = w.form === 'div' ? 'data-' : '';
  const attrs = [];
  if (w.id) attrs.push(`id="${escapeAttribute(w.id)}"`);
  if (w.form === 'div') attrs.push('data-mgi-wheel');
  for (const name of ['profile', 'compare', 'lang', 'domain', 'theme']) {
    if (w[name]) attrs.push(`${prefix}${name}="${escapeAttribute(w[name])}"`);
  }
  for (const name of ['picker', 'search', 'deeplink']) if (w[name]) attrs.push(`${prefix}${name}`);
  if (w.style) attrs.push(`style="${escapeAttribute(w.style)}"`);
  return attrs.join(' ');
}

export function widgetTag(widget, fallback = '') {
  const tag = widget.form === 'div' ? 'div' : 'mgi-wheel';
  const inner = fallback ? `\n${fallback.trim()}\n` : '';
  return `<${tag} ${widgetAttributes(widget)}>${inner}</${tag}>`;
}

export function embedSnippet({ script, widget, fallback = '' }) {
  return `${scriptTag(script)}\n\n${widgetTag(widget, fallback)}\n`;
}
