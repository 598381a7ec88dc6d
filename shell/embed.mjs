// The embed-code page (embed.html): an editor picks profiles, language, start domain, reader tools
// and look from the catalogue beside the page (profiles/index.json), sees the widget live, and
// copies the code. The script tag comes from embed.json when the build wrote one (the loader's URL
// with its Subresource Integrity), else a plain one; the fallback from static/<profile>.html when
// the build rendered one (mgi-render --html). URLs in the code are absolute, so it works pasted
// into a page anywhere.
import { embedSnippet, widgetTag } from './embed-snippet.mjs';

// SPEC section 1, in wheel order, with the framework's English names.
const DOMAINS = [
  ['migrants-rights', 'Migrants’ rights'], ['whole-of-government', 'Whole-of-government approach'],
  ['partnerships', 'Partnerships'], ['well-being', 'Well-being of migrants'],
  ['mobility-crises', 'Mobility dimensions of crises'], ['safe-orderly-migration', 'Safe, orderly and regular migration'],
];
const DEFAULT_ACCENT = '#0b3d91';
// The panel's background in each theme (web/styles.css), which accent-coloured text sits on.
const PANEL_BACKGROUNDS = { '': ['#ffffff'], dark: ['#1b2230'], auto: ['#ffffff', '#1b2230'] };

// WCAG 2 contrast ratio of two #rrggbb colours.
function contrast(a, b) {
  const luminance = (hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Says how the chosen accent reads on the panel: links and buttons are text in that colour.
function describeAccent(accent, theme) {
  const ratio = Math.min(...PANEL_BACKGROUNDS[theme].map((bg) => contrast(accent, bg)));
  const shown = `${ratio.toFixed(1)}:1`;
  $('accent-contrast').textContent = ratio >= 4.5
    ? `Contrast with the panel: ${shown}.`
    : `Contrast with the panel: ${shown}, below the 4.5:1 that text needs (WCAG AA): links and buttons would be hard to read.`;
}
const ELEMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const $ = (id) => document.getElementById(id);
const absolute = (url, base = document.baseURI) => new URL(url, base).href;

async function fetchText(url) {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res.text();
}

// embed.json's script (src relative to embed.json), else the loader beside this page.
async function loaderScript() {
  const url = absolute('embed.json');
  let text;
  try { text = await fetchText(url); } catch { return { src: absolute('mgi-wheel.js') }; }
  try {
    const { script } = JSON.parse(text);
    if (!script || typeof script.src !== 'string') throw new Error('no "script.src"');
    return { src: absolute(script.src, url), integrity: script.integrity, crossorigin: script.crossorigin };
  } catch (err) {
    console.warn(`embed.json is not usable (${err.message}): the code has a plain script tag`);
    return { src: absolute('mgi-wheel.js') };
  }
}

// The static fallback's children for a profile (the fragment is an <mgi-wheel> holding them),
// with relative URLs made absolute; '' when there is none. scripts/generate-static.mjs names them
// for the site's root (static/<stem>.png), where this page is, so they resolve against the page.
const fallbacks = new Map();
function fallbackFor(profileUrl) {
  if (!fallbacks.has(profileUrl)) {
    const stem = new URL(profileUrl).pathname.split('/').pop().replace(/\.json$/, '');
    const url = absolute(`static/${stem}.html`);
    fallbacks.set(profileUrl, fetchText(url).then((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      const holder = template.content.querySelector('mgi-wheel, [data-mgi-wheel]') || template.content;
      for (const el of holder.querySelectorAll('[src], [href]')) {
        for (const name of ['src', 'href']) if (el.hasAttribute(name)) el.setAttribute(name, absolute(el.getAttribute(name)));
      }
      const box = document.createElement('div');
      box.append(...[...holder.childNodes].map((n) => n.cloneNode(true)));
      return box.innerHTML.trim();
    }).catch(() => ''));
  }
  return fallbacks.get(profileUrl);
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

// The widget as the form describes it.
function widgetOptions() {
  const form = $('options');
  const id = $('element-id').value.trim();
  const idOk = ELEMENT_ID.test(id);
  $('element-id').setAttribute('aria-invalid', String(!!id && !idOk));
  const accent = $('accent').value.toLowerCase();
  describeAccent(accent, $('theme').value);
  return {
    form: form.elements.form.value,
    id: idOk ? id : '',
    profile: $('profile').value,
    compare: $('compare').value,
    lang: $('lang').value,
    domain: $('domain').value,
    picker: $('picker').checked,
    search: $('search').checked,
    deeplink: $('deeplink').checked && idOk,
    theme: $('theme').value,
    style: accent !== DEFAULT_ACCENT ? `--mgi-accent: ${accent}` : '',
  };
}

let script = null;
let shown = null;  // the widget markup in the preview
let seq = 0;
async function update() {
  if (!script || !$('profile').value) return;
  const widget = widgetOptions();
  const mine = ++seq;
  const fallbackHtml = await fallbackFor(widget.profile);
  if (mine !== seq) return;
  $('fallback').disabled = !fallbackHtml;
  if (!fallbackHtml) $('fallback').checked = false;
  const fallback = $('fallback').checked ? fallbackHtml : '';
  $('snippet').value = embedSnippet({ script, widget, fallback });
  const markup = widgetTag(widget, fallback);
  if (markup !== shown) {
    shown = markup;
    // A previous preview's link (deeplink) would select its domain in the new one, not the form's.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    $('preview').dataset.theme = widget.theme;  // a dark widget is shown on a dark page
    $('preview').innerHTML = markup;  // the code's own widget: what is seen is what is pasted
  }
}

async function copy() {
  const text = $('snippet').value;
  const status = $('status');
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    $('snippet').select();
    copied = document.execCommand('copy');
  }
  status.textContent = '';  // so that a second copy is announced again
  setTimeout(() => {
    status.className = copied ? '' : 'failed';
    status.textContent = copied ? 'Copied.' : 'Could not copy: select the code and press Ctrl+C.';
  }, 50);
}

async function start() {
  for (const [id, name] of [['', 'The introduction (no domain)'], ...DOMAINS]) $('domain').append(option(id, name));
  const catalogueUrl = absolute('profiles/index.json');
  try {
    const catalogue = JSON.parse(await fetchText(catalogueUrl));
    if (catalogue.format !== 'mgi-catalogue/1' || !Array.isArray(catalogue.profiles)) throw new Error(`${catalogueUrl} is not a list of profiles (mgi-catalogue/1)`);
    for (const p of catalogue.profiles) {
      const where = p.level === 'local' && p.country ? `local, ${p.country}` : p.level;
      const url = absolute(p.file, catalogueUrl);
      $('profile').append(option(url, `${p.name} (${where}, ${p.published})`));
      $('compare').append(option(url, `${p.name} (${where}, ${p.published})`));
    }
  } catch (err) {
    $('catalogue-problem').hidden = false;
    $('catalogue-problem').textContent = `The list of profiles could not be read: ${err.message}`;
    return;
  }
  script = await loaderScript();
  $('options').addEventListener('input', update);
  $('options').addEventListener('change', update);
  $('options').addEventListener('submit', (e) => e.preventDefault());
  $('copy').addEventListener('click', copy);
  await update();
  document.body.dataset.ready = 'true';  // for tests: the first code is written
}

start();
