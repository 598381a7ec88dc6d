/*
 * mgi-wheel.js: the one file a page includes to show IOM Migration Governance Indicators profiles.
 *
 *   <script src="mgi-wheel.js" defer></script>
 *   <mgi-wheel profile="profiles/azerbaijan-2023.json"></mgi-wheel>
 *
 * What this file does, and all it does: it loads the Wasm core (mgi-wheel-core.js/.wasm, found
 * next to this script), gives each widget its own instance and canvas inside an open shadow root,
 * fetches profile files, wires DOM events, and writes the view models the core computes into the
 * DOM with textContent. The C++ core owns all state and decides what is shown.
 * The contract (attributes, methods, events) is SPEC section 3, documented in README.md.
 */
(() => {
  'use strict';
  if (window.customElements && customElements.get('mgi-wheel')) return;  // included twice

  const DOMAIN_IDS = ['migrants-rights', 'whole-of-government', 'partnerships', 'well-being',
    'mobility-crises', 'safe-orderly-migration'];
  const LANGS = ['en', 'fr', 'es'];
  const FETCH_TIMEOUT_MS = 15000;
  const EARLY_PROFILE_WAIT_MS = 100;
  const MAX_PROFILE_BYTES = 24 * 1024 * 1024;  // the largest valid profile is about 19 MB
  const SOURCES = { pointer: 0, keyboard: 1, api: 2 };

  // ---- Where the core lives: next to this script, wherever that is served from.
  const scriptUrl = (document.currentScript && document.currentScript.src) || new URL('mgi-wheel.js', document.baseURI).href;
  const baseUrl = new URL('.', scriptUrl).href;
  let corePromise = null;

  // Loads the Emscripten factory once and compiles the Wasm once; every widget instantiates its
  // own instance from the same compiled module.
  function loadCore() {
    if (corePromise) return corePromise;
    // The one-file build (mgi-wheel.one.js) puts an -sSINGLE_FILE core before this script: the Wasm
    // travels inside it, so there is nothing to fetch and each instance compiles its own.
    if (window.createMgiWheelCore && window.createMgiWheelCore.selfContained) {
      corePromise = Promise.resolve([window.createMgiWheelCore, null]);
      return corePromise;
    }
    const factory = window.createMgiWheelCore ? Promise.resolve(window.createMgiWheelCore) : new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = new URL('mgi-wheel-core.js', baseUrl).href;
      s.async = true;
      s.onload = () => window.createMgiWheelCore ? resolve(window.createMgiWheelCore)
        : reject(new Error(`${s.src} did not define the widget core`));
      s.onerror = () => reject(new Error(`could not load ${s.src}`));
      document.head.appendChild(s);
    });
    const wasmUrl = new URL('mgi-wheel-core.wasm', baseUrl).href;
    const compiled = fetch(wasmUrl, { credentials: 'same-origin' }).then((res) => {
      if (!res.ok) throw new Error(`could not load ${wasmUrl} (HTTP ${res.status})`);
      // Streaming compilation needs the application/wasm type; fall back when a server lacks it.
      const type = res.headers.get('Content-Type') || '';
      return type.startsWith('application/wasm') && WebAssembly.compileStreaming
        ? WebAssembly.compileStreaming(res) : res.arrayBuffer().then((b) => WebAssembly.compile(b));
    });
    corePromise = Promise.all([factory, compiled]);
    corePromise.catch(() => { corePromise = null; });  // a later widget may try again
    return corePromise;
  }

  // ---- Shadow DOM: styles and skeleton.
  const STYLE = `
    :host { display: block; position: relative; color: var(--mgi-text, #1a202c);
            font-family: var(--mgi-font, system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif);
            font-size: 16px; line-height: 1.5; text-align: start; }
    :host([hidden]) { display: none; }
    :host([theme="dark"]), :host([data-theme="dark"]) {
      --mgi-text: #e6e9ef; --mgi-muted: #b4bccb; --mgi-background: #1b2230; --mgi-border: #3a4456; --mgi-accent: #8ab4f8; --mgi-error: #ff8a80; }
    @media (prefers-color-scheme: dark) {
      :host([theme="auto"]), :host([data-theme="auto"]) {
        --mgi-text: #e6e9ef; --mgi-muted: #b4bccb; --mgi-background: #1b2230; --mgi-border: #3a4456; --mgi-accent: #8ab4f8; --mgi-error: #ff8a80; }
    }
    *, *::before, *::after { box-sizing: border-box; }
    /* Inherited properties cross the shadow boundary, and host-page rules on the element itself beat
       :host: reset them here, where no host rule reaches. */
    .mgi { display: flex; flex-direction: column; gap: 16px; align-items: stretch;
           font-size: var(--mgi-font-size, 16px); line-height: 1.5; font-style: normal; font-weight: 400;
           letter-spacing: normal; word-spacing: normal; text-transform: none; text-indent: 0;
           text-align: start; white-space: normal; text-shadow: none; color: var(--mgi-text, #1a202c); }
    .mgi[data-layout="wide"] { flex-direction: row; align-items: flex-start; }
    .wheel { flex: none; align-self: center; }
    .mgi[data-layout="wide"] .wheel { align-self: flex-start; }
    canvas { display: block; width: 100%; height: auto; max-width: none !important; margin: 0;
             outline: none; touch-action: manipulation; -webkit-tap-highlight-color: transparent; }
    .panel:focus-visible { outline: 3px solid var(--mgi-accent, #0b3d91); outline-offset: 2px; }
    .print-image { display: none; }
    @media print {
      canvas { display: none !important; }
      .print-image { display: block; max-width: 100%; height: auto; }
      .mgi[data-layout="wide"] .panel { max-height: none; overflow: visible; }
      .picker, .twin, .retry { display: none !important; }
    }
    @media (forced-colors: active) {
      .marker { forced-color-adjust: none; color: CanvasText; }
      .panel:focus-visible, .picker input:focus-visible, .picker button:focus-visible { outline-color: Highlight; }
    }
    .panel { flex: 1 1 0; min-width: 0; margin: 0; padding: 16px 20px;
             background: var(--mgi-background, #ffffff); color: inherit;
             border: 1px solid var(--mgi-border, #d5dae1); border-radius: var(--mgi-radius, 8px);
             overflow-wrap: anywhere; }
    .mgi[data-layout="wide"] .panel { max-height: var(--mgi-wheel-height, 480px); overflow-y: auto;
             overscroll-behavior: auto; }
    .kicker { margin: 0 0 4px; font-size: 0.8125em; font-weight: 600; letter-spacing: 0.02em;
              color: var(--mgi-muted, #4a5568); text-transform: uppercase; }
    h2 { margin: 0 0 8px; font-size: 1.25em; line-height: 1.3; }
    .has-colour h2::before { content: ""; display: inline-block; width: 0.7em; height: 0.7em; margin-inline-end: 0.4em;
                 border-radius: 50%; background: var(--mgi-domain-colour, transparent); vertical-align: 0.05em; }
    h3 { margin: 16px 0 6px; font-size: 1em; line-height: 1.35; }
    p, ul { margin: 0 0 10px; }
    ul { padding-inline-start: 1.25em; }
    li { margin: 0 0 6px; }
    .meta { color: var(--mgi-muted, #4a5568); font-size: 0.875em; }
    .description { color: var(--mgi-muted, #4a5568); }
    .count { font-weight: 400; color: var(--mgi-muted, #4a5568); }
    .note { font-style: italic; color: var(--mgi-muted, #4a5568); }
    /* Comparing: the canvas spans the width, the panel follows below; the two profiles' findings
       sit in aligned columns (twin headings on one grid row) and scroll with the page, together. */
    .mgi[data-layout="compare"] .wheel, .mgi[data-layout="compare-narrow"] .wheel { align-self: stretch; }
    .compare-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: 24px; }
    .mgi[data-layout="compare-narrow"] .compare-grid { grid-template-columns: minmax(0, 1fr); }
    .mgi[data-layout="compare-narrow"] .compare-grid > .side-1 { order: 1; }
    .side-head { display: flex; flex-wrap: wrap; gap: 0 8px; align-items: baseline; margin: 12px 0 4px; font-weight: 600; }
    .side-head .level { font-weight: 400; color: var(--mgi-muted, #4a5568); font-size: 0.875em; }
    .marker { flex: none; display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px;
              border: 2px solid currentColor; }
    .marker.filled { background: currentColor; }
    .compare-grid h3 { margin-top: 12px; }
    .levels, .not-ranking { font-size: 0.9375em; }
    .not-ranking { font-weight: 600; }
    table.overview { border-collapse: collapse; width: 100%; margin: 4px 0 12px; font-size: 0.9375em; }
    table.overview caption { text-align: start; font-weight: 600; margin-bottom: 6px; }
    table.overview th, table.overview td { padding: 4px 8px; border-bottom: 1px solid var(--mgi-border, #d5dae1);
              text-align: end; }
    table.overview th[scope="row"], table.overview thead th:first-child { text-align: start; font-weight: 400; }
    table.overview thead th { font-weight: 600; vertical-align: bottom; }
    .picker[hidden], .search[hidden] { display: none; }
    .finding-tools { white-space: nowrap; }
    .finding-tools button, .toolbar button, .search button.hit { font: inherit; cursor: pointer; color: var(--mgi-accent, #0b3d91);
              background: none; border: 1px solid transparent; border-radius: 4px; }
    .finding-tools button { font-size: 0.8125em; padding: 2px 6px; min-height: 24px; min-width: 24px; }
    .finding-tools button:hover, .toolbar button:hover { border-color: currentColor; }
    .finding-tools button:focus-visible, .toolbar button:focus-visible, .search button.hit:focus-visible, .search input:focus-visible {
              outline: 3px solid var(--mgi-accent, #0b3d91); outline-offset: 1px; }
    li.highlight { background: color-mix(in srgb, var(--mgi-accent, #0b3d91) 12%, transparent);
              outline: 2px solid var(--mgi-accent, #0b3d91); outline-offset: 2px; border-radius: 2px; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 4px 8px; margin-top: 16px; padding-top: 12px;
              border-top: 1px solid var(--mgi-border, #d5dae1); }
    .toolbar button { font-size: 0.875em; padding: 4px 10px; min-height: 32px; border-color: var(--mgi-border, #d5dae1); }
    .search { margin: 0 0 12px; }
    .search label { display: block; font-size: 0.875em; font-weight: 600; margin-bottom: 2px; }
    .search input { width: 100%; font: inherit; padding: 6px 8px; min-height: 36px; color: inherit;
              background: var(--mgi-background, #ffffff); border: 1px solid var(--mgi-muted, #4a5568); border-radius: 4px; }
    .search .summary { font-size: 0.875em; color: var(--mgi-muted, #4a5568); margin: 6px 0; }
    .search ul { list-style: none; margin: 0; padding: 0; max-height: 360px; overflow-y: auto; }
    .search li { margin: 0 0 4px; }
    .search button.hit { display: block; width: 100%; text-align: start; color: inherit; padding: 6px 8px;
              border-color: var(--mgi-border, #d5dae1); }
    .search .where { display: block; font-size: 0.8125em; color: var(--mgi-muted, #4a5568); }
    .search mark { background: #fff3b0; color: #1a202c; }
    .picker { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-end; }
    .combo { position: relative; flex: 1 1 220px; min-width: 0; }
    .combo label { display: block; font-size: 0.875em; font-weight: 600; margin-bottom: 2px; }
    .combo input { width: 100%; font: inherit; padding: 6px 8px; min-height: 36px; color: inherit;
              background: var(--mgi-background, #ffffff); border: 1px solid var(--mgi-muted, #4a5568);
              border-radius: 4px; }
    .combo [role="listbox"] { position: absolute; z-index: 2; inset-inline: 0; top: 100%; margin: 2px 0 0;
              padding: 4px 0; list-style: none; max-height: 260px; overflow-y: auto;
              background: var(--mgi-background, #ffffff); border: 1px solid var(--mgi-border, #d5dae1);
              border-radius: 4px; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.15); }
    .combo [role="option"] { margin: 0; padding: 6px 10px; cursor: pointer; min-height: 28px; }
    .combo [role="option"][aria-selected="true"], .combo [role="option"]:hover {
              background: color-mix(in srgb, var(--mgi-accent, #0b3d91) 14%, transparent); }
    .combo .tag { font-size: 0.8125em; color: var(--mgi-muted, #4a5568); margin-inline-start: 6px; }
    .picker button { font: inherit; min-height: 36px; padding: 6px 12px; border-radius: 4px; cursor: pointer;
              color: inherit; background: var(--mgi-background, #ffffff); border: 1px solid var(--mgi-muted, #4a5568); }
    .picker input:focus-visible, .picker button:focus-visible {
              outline: 3px solid var(--mgi-accent, #0b3d91); outline-offset: 1px; }
    .error { border-inline-start: 4px solid var(--mgi-error, #b42318); padding-inline-start: 12px; }
    .error .details { font-family: ui-monospace, monospace; font-size: 0.8125em; overflow-wrap: anywhere; }
    .status { color: var(--mgi-muted, #4a5568); }
    .retry { font: inherit; min-height: 32px; padding: 4px 16px; border-radius: var(--mgi-radius, 8px);
             border: 1px solid var(--mgi-accent, #0b3d91); background: var(--mgi-background, #fff);
             color: var(--mgi-accent, #0b3d91); cursor: pointer; font-weight: 600; }
    .retry:focus-visible { outline: 3px solid var(--mgi-accent, #0b3d91); outline-offset: 2px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
                       overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
  `;

  // Constructable stylesheets are CSSOM, which a strict CSP (no style-src 'unsafe-inline') allows;
  // a <style> element is the fallback for browsers without them.
  let sheet = null;
  function adoptStyles(root) {
    try {
      if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(STYLE); }
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = STYLE;
      root.append(style);
    }
  }

  function el(tag, props, text) {
    const node = document.createElement(tag);
    if (props) for (const [k, v] of Object.entries(props)) {
      if (k === 'class') node.className = v; else node.setAttribute(k, v);
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // ---- `ready`: one promise per load, made before the element is even in the page.
  class ReadySignal {
    constructor() { this.settled = true; this.renew(); }
    renew() {
      if (!this.settled) return;  // the current load has not finished: keep its promise
      this.settled = false;
      this.promise = new Promise((resolve, reject) => { this.resolveFn = resolve; this.rejectFn = reject; });
      this.promise.catch(() => {});  // mgi-error reports it; an unawaited ready must not be "uncaught"
    }
    resolve(value) { if (!this.settled) { this.settled = true; this.resolveFn(value); } }
    reject(err) { if (!this.settled) { this.settled = true; this.rejectFn(err); } }
  }

  // ---- The comparison picker (`picker` attribute): two comboboxes over the catalogue (the
  // attribute's URL, else index.json beside the profile), Swap and Close. HTML, not ImGui: the
  // browser's text input brings IMEs, mobile keyboards and screen readers. Choosing sets the
  // `profile`/`compare` attributes, which load as any attribute change does, and raises mgi-change.
  const fold = (text) => String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

  class Picker {
    constructor(widget) {
      this.widget = widget;
      this.root = el('div', { class: 'picker', role: 'group' });
      this.root.hidden = true;
      this.ui = null;
      this.catalogue = null;     // [{ id, name, level, country, published, url }]
      this.catalogueUrl = null;
      this.problem = null;       // why the catalogue could not be read
      this.combos = [];
      this.seq = 0;
    }
    enabled() { return this.widget.attr('picker') !== null; }
    indexUrl() {
      const own = this.widget.attr('picker');
      if (own) return new URL(own, document.baseURI).href;
      return new URL('index.json', new URL(this.widget.attr('profile') || '.', document.baseURI)).href;
    }
    setStrings(ui) {
      if (!ui) return;
      const changed = JSON.stringify(ui) !== JSON.stringify(this.ui);
      this.ui = ui;
      if (changed) this.refresh(); else this.sync();
    }
    async refresh() {
      if (!this.enabled() || !this.ui) { this.root.hidden = true; this.root.replaceChildren(); this.combos = []; return; }
      this.root.hidden = false;
      const url = this.indexUrl();
      if (url !== this.catalogueUrl) {
        this.catalogueUrl = url;
        this.catalogue = null;
        this.problem = null;
        const seq = ++this.seq;
        try {
          const entries = await this.readCatalogue();
          if (seq !== this.seq) return;
          this.catalogue = entries;
        } catch (err) {
          if (seq !== this.seq) return;
          this.problem = `the profile list could not be read: ${err.message}`;
          console.error(`mgi-wheel: ${this.problem}`);
        }
      }
      this.build();
    }
    // The catalogue's entries, each with its file's absolute `url`: fetched once per catalogue URL
    // and shared by the picker and the search.
    readCatalogue() {
      const url = this.indexUrl();
      if (this.reading && this.reading.url === url) return this.reading.entries;
      const entries = (async () => {
        const res = await fetch(url, { credentials: 'same-origin' });
        if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
        const data = await res.json();
        if (!data || data.format !== 'mgi-catalogue/1' || !Array.isArray(data.profiles)) {
          throw new Error(`${url} is not an mgi-catalogue/1 file`);
        }
        return data.profiles
          .filter((p) => p && typeof p.name === 'string' && typeof p.file === 'string')
          .map((p) => ({ ...p, url: new URL(p.file, url).href }));
      })();
      entries.catch(() => { if (this.reading && this.reading.entries === entries) this.reading = null; });  // retried next time
      this.reading = { url, entries };
      return entries;
    }
    build() {
      const ui = this.ui;
      this.root.replaceChildren();
      this.root.setAttribute('aria-label', ui.picker_group);
      if (this.problem) { this.root.append(el('p', { class: 'error', role: 'alert' }, this.problem)); return; }
      if (!this.catalogue) return;
      this.combos = [0, 1].map((side) => this.combo(side));
      const swap = el('button', { type: 'button', class: 'swap' }, ui.picker_swap);
      swap.addEventListener('click', () => this.swap());
      const close = el('button', { type: 'button', class: 'close' }, ui.picker_close);
      close.addEventListener('click', () => this.choose(1, null));
      this.swapButton = swap;
      this.closeButton = close;
      this.root.append(this.combos[0].box, swap, this.combos[1].box, close);
      this.sync();
    }
    combo(side) {
      const ui = this.ui;
      const id = `mgi-pick-${side}`;
      const box = el('div', { class: 'combo' });
      const label = el('label', { for: id }, side === 0 ? ui.picker_profile : ui.picker_compare);
      const input = el('input', { id, type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
        'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`, placeholder: ui.picker_placeholder });
      const list = el('ul', { id: `${id}-list`, role: 'listbox', 'aria-label': label.textContent });
      list.hidden = true;
      box.append(label, input, list);
      const combo = { side, box, input, list, options: [], active: -1 };
      input.addEventListener('input', () => this.open(combo, input.value));
      input.addEventListener('focus', () => input.select());
      input.addEventListener('blur', () => setTimeout(() => { this.close(combo); this.sync(); }, 150));
      input.addEventListener('keydown', (e) => this.onKey(combo, e));
      return combo;
    }
    open(combo, query) {
      const q = fold(query.trim());
      combo.options = this.catalogue.filter((p) => !q || fold(`${p.name} ${p.country || ''} ${p.id}`).includes(q));
      combo.list.replaceChildren();
      combo.options.forEach((p, i) => {
        const li = el('li', { id: `${combo.input.id}-opt-${i}`, role: 'option', 'aria-selected': 'false' }, p.name);
        const level = p.level === 'local' ? this.ui.picker_local : this.ui.picker_national;
        li.append(el('span', { class: 'tag' }, p.country ? `${level} · ${p.country}` : level));
        li.addEventListener('mousedown', (e) => e.preventDefault());  // keep focus in the input
        li.addEventListener('click', () => this.choose(combo.side, p));
        combo.list.append(li);
      });
      if (combo.options.length === 0) {
        combo.list.append(el('li', { role: 'option', 'aria-disabled': 'true', class: 'none' }, this.ui.picker_none));
      }
      combo.active = -1;
      combo.list.hidden = false;
      combo.input.setAttribute('aria-expanded', 'true');
      combo.input.removeAttribute('aria-activedescendant');
    }
    close(combo) {
      combo.list.hidden = true;
      combo.input.setAttribute('aria-expanded', 'false');
      combo.input.removeAttribute('aria-activedescendant');
    }
    onKey(combo, e) {
      const n = combo.options.length;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (combo.list.hidden) this.open(combo, '');
        if (!combo.options.length) return;
        combo.active = e.key === 'ArrowDown' ? (combo.active + 1) % combo.options.length
          : (combo.active <= 0 ? combo.options.length : combo.active) - 1;
        [...combo.list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === combo.active)));
        const li = combo.list.children[combo.active];
        combo.input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
      } else if (e.key === 'Enter' && !combo.list.hidden) {
        e.preventDefault();
        const pick = combo.active >= 0 ? combo.options[combo.active] : n === 1 ? combo.options[0] : null;
        if (pick) this.choose(combo.side, pick);
      } else if (e.key === 'Escape' && !combo.list.hidden) {
        e.preventDefault();
        this.close(combo);
        this.sync(true);
      }
    }
    // Shows the current choices in the inputs (not while someone types in one).
    sync(force = false) {
      if (!this.combos.length) return;
      const comparing = !!this.widget.attr('compare');
      for (const combo of this.combos) {
        const url = this.widget.attr(combo.side === 0 ? 'profile' : 'compare');
        const href = url ? new URL(url, document.baseURI).href : null;
        const entry = href && this.catalogue.find((p) => p.url === href);
        if (force || this.widget.shadowActive() !== combo.input) combo.input.value = entry ? entry.name : (url || '');
      }
      this.swapButton.disabled = !comparing;
      this.closeButton.disabled = !comparing;
    }
    choose(side, entry) {
      const combo = this.combos[side];
      if (combo) this.close(combo);
      this.widget.setAttr(side === 0 ? 'profile' : 'compare', entry ? entry.url : null);
      this.sync(true);
      this.widget.changed('picker');
    }
    swap() {
      const a = this.widget.attr('profile'), b = this.widget.attr('compare');
      if (!b) return;
      this.widget.setAttr('profile', b);
      this.widget.setAttr('compare', a);
      this.sync(true);
      this.widget.changed('picker');
    }
    destroy() { this.seq++; }
  }

  // ---- Search (`search` attribute): finds words in the loaded profile(s) and, with `picker`, in
  // every profile of the catalogue. The core folds accents and case and marks the matches; this
  // only fetches the catalogue's files and writes the results as text and <mark>.
  class Search {
    constructor(widget) {
      this.widget = widget;
      this.root = el('div', { class: 'search', role: 'search' });
      this.root.hidden = true;
      this.ui = null;
      this.indexed = null;  // the catalogue URL whose profiles are in the core's index
      this.pending = null;  // a result in a profile being loaded: opened once it is ready
    }
    enabled() { return this.widget.attr('search') !== null; }
    setStrings(ui) {
      if (!ui || JSON.stringify(ui) === JSON.stringify(this.ui)) return;
      this.ui = ui;
      this.refresh();
    }
    refresh() {
      if (!this.enabled() || !this.ui) { this.root.hidden = true; this.root.replaceChildren(); return; }
      this.root.hidden = false;
      const all = this.widget.attr('picker') !== null;
      const query = this.input ? this.input.value : '';
      this.input = el('input', { id: 'mgi-search', type: 'search', autocomplete: 'off', placeholder: this.ui.search_placeholder,
        'aria-controls': 'mgi-search-results', 'aria-describedby': 'mgi-search-summary' });
      this.input.value = query;
      this.summary = el('p', { id: 'mgi-search-summary', class: 'summary', 'aria-live': 'polite' });
      this.list = el('ul', { id: 'mgi-search-results' });
      this.input.addEventListener('input', () => this.run());
      this.root.replaceChildren(el('label', { for: 'mgi-search' }, all ? this.ui.search_label_all : this.ui.search_label),
        this.input, this.summary, this.list);
      if (query) this.run();
    }
    async indexCatalogue() {
      if (this.widget.attr('picker') === null) return;
      const url = this.widget.picker.indexUrl();
      if (this.indexed === url) return;
      this.indexed = url;
      try {
        const entries = await this.widget.picker.readCatalogue();
        this.urls = new Map(entries.map((p) => [p.id, p.url]));
        await Promise.all(entries.map(async (p) => {
          const bytes = await this.widget.fetchProfile(p.url).bytes;
          if (!this.widget.core) return;
          const ok = this.widget.withBytes(bytes, (text) => this.widget.withStrings([p.id],
            (id) => this.widget.core._mgi_search_add(id.ptr, id.len, text.ptr, text.len)));
          if (!ok) console.warn(`mgi-wheel: ${p.file} is not a valid profile; it is left out of the search`);
        }));
      } catch (err) {
        console.error(`mgi-wheel: the catalogue could not be searched: ${err.message}`);
      }
    }
    async run() {
      const query = this.input.value;
      const seq = (this.seq = (this.seq || 0) + 1);
      if (query.trim() && this.widget.attr('picker') !== null) await this.indexCatalogue();
      if (seq !== this.seq || !this.widget.core) return;
      const out = JSON.parse(this.widget.withStrings([query], (q) => this.widget.core.UTF8ToString(this.widget.core._mgi_search(q.ptr, q.len, 50))));
      this.summary.textContent = out.summary;
      this.list.replaceChildren(...out.hits.map((hit) => {
        const b = el('button', { type: 'button', class: 'hit', 'data-profile': hit.profile, 'data-domain': hit.domain, 'data-key': hit.key });
        const where = el('span', { class: 'where' });
        for (const [text, marked] of hit.jurisdiction_parts) where.append(marked ? el('mark', null, text) : text);
        where.append(` · ${hit.domain_name} · ${hit.list_name}`);
        const text = el('span', { class: 'text' });
        for (const [part, marked] of hit.parts) text.append(marked ? el('mark', null, part) : part);
        b.append(where, text);
        b.addEventListener('click', () => this.open(hit));
        const li = el('li');
        li.append(b);
        return li;
      }));
    }
    // Opens a result: its domain in the profile that holds it, the finding highlighted.
    open(hit) {
      const s = this.widget.state();
      const side = s.profile === hit.profile ? 0 : s.compare === hit.profile ? 1 : -1;
      if (side >= 0) {
        this.widget.pendingHighlight = hit.key;
        this.widget.pendingSide = side;
        if (s.domain === hit.domain) this.widget.afterRender(); else this.widget.select(hit.domain, SOURCES.api);
        return;
      }
      const url = this.urls && this.urls.get(hit.profile);
      if (!url) return;
      this.pending = hit;
      this.widget.setAttr('profile', url);
      this.widget.changed('search');
    }
    // Called when a profile is ready: finishes opening a result from another profile.
    opened() {
      const hit = this.pending;
      if (!hit || this.widget.state().profile !== hit.profile) return;
      this.pending = null;
      this.open(hit);
    }
  }

  // ---- One widget. `attr(name)` reads the host's attributes; `ready` is the host's ReadySignal.
  class WidgetController {
    constructor(host, attr, ready) {
      this.host = host;
      this.attr = attr;
      this.ready = ready;
      this.core = null;
      this.destroyed = false;
      this.pendingDomain = undefined;
      this.sides = [{ seq: 0, abort: null, url: null }, { seq: 0, abort: null, url: null }];
      this.ready.renew();
      // The downloads first: the core and the profile travel while the shadow DOM is built.
      this.prefetch();
      loadCore().catch(() => {});  // start() reports a failure

      const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
      root.replaceChildren();
      this.frame = el('div', { class: 'mgi', 'data-layout': 'narrow' });
      this.wheelBox = el('div', { class: 'wheel' });
      // The canvas is a picture to assistive technology: hidden from it, and never focused. Its
      // accessible twin, a group of real buttons, takes the focus and the keys; the wheel draws the
      // focus ring where the focused button's segment is.
      this.canvas = el('canvas', { part: 'wheel', 'aria-hidden': 'true' });
      this.twin = el('div', { class: 'visually-hidden twin', role: 'group' });
      this.twinButtons = [];
      this.twinKey = '';
      this.twin.addEventListener('keydown', (e) => this.onTwinKey(e));
      this.twin.addEventListener('focusout', (e) => {
        if (!this.twin.contains(e.relatedTarget) && this.core) this.core._mgi_set_focus(-2);
      });
      this.live = el('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
      this.lastAnnounce = '';
      this.printImage = el('img', { class: 'print-image', part: 'print-image', alt: '' });
      // Names the panel's region together with its heading, so that several widgets showing the same
      // domain are still distinct landmarks.
      this.owner = el('span', { id: 'mgi-owner', class: 'visually-hidden' });
      this.panel = el('section', { part: 'panel', class: 'panel', dir: 'auto', tabindex: '0' });
      // Known from scroll events, so a new panel goes back to its top without a forced layout: writing
      // scrollTop on every render made the browser lay out the page there and then, three times at start.
      this.panelScrolled = false;
      this.panel.addEventListener('scroll', () => { this.panelScrolled = this.panel.scrollTop > 0; }, { passive: true });
      this.wheelBox.append(this.twin, this.canvas, this.printImage, this.live, this.owner);
      this.frame.append(this.wheelBox, this.panel);
      this.picker = new Picker(this);
      this.search = new Search(this);
      adoptStyles(root);
      root.append(this.picker.root, this.search.root, this.frame);
      this.renderStatus('Loading…');

      this.resizeObserver = new ResizeObserver(() => this.resize());
      this.resizeObserver.observe(host);
      // Out of view or in a hidden tab: no frames at all.
      this.intersecting = true;
      this.intersectionObserver = new IntersectionObserver((entries) => {
        this.intersecting = entries[entries.length - 1].isIntersecting;
        this.updateVisible();
      });
      this.intersectionObserver.observe(host);
      this.onVisibility = () => this.updateVisible();
      document.addEventListener('visibilitychange', this.onVisibility);
      this.motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
      this.onMotion = () => this.core && this.core._mgi_set_reduced_motion(this.motionQuery.matches ? 1 : 0);
      this.motionQuery.addEventListener('change', this.onMotion);
      // A web font that arrives after the first frame: the wheel's glyphs were a fallback's.
      this.onFonts = () => this.core && this.core._mgi_fonts_changed();
      if (document.fonts) document.fonts.addEventListener('loadingdone', this.onFonts);
      this.onHash = () => this.readFragment();
      window.addEventListener('hashchange', this.onHash);
      // Printing: a WebGL canvas prints blank, so the wheel goes to paper as an image of itself.
      this.onPrint = () => this.snapshotForPrint();
      window.addEventListener('beforeprint', this.onPrint);
      this.printQuery = matchMedia('print');
      this.printQuery.addEventListener('change', this.onPrint);
      this.watchDpr();
      this.start();
    }

    // ---- Life cycle
    async start() {
      let createCore, wasmModule;
      try {
        [createCore, wasmModule] = await loadCore();
      } catch (err) {
        return this.failWithoutCore(err.message);
      }
      if (this.destroyed) return;
      const host = this;
      try {
        const options = {
          canvas: this.canvas,
          mgiHost: { emit: (kind, json) => host.onCoreEvent(kind, json) },
          print: (t) => console.log('mgi-wheel:', t),
          printErr: (t) => console.warn('mgi-wheel:', t),
        };
        if (wasmModule) {
          options.instantiateWasm = (imports, done) => {
            WebAssembly.instantiate(wasmModule, imports).then((instance) => done(instance, wasmModule));
            return {};
          };
        }
        // Profiles already on their way (one, or two when comparing) get a moment to arrive while the
        // instance starts: their bytes then reach the core in the same task as create, and the first
        // frame drawn is the one with data. Otherwise the browser draws the loading wheel first,
        // because a download's promise settles in a task that comes after that frame.
        const early = this.sides.filter((s) => s.prefetch).map((s) => s.prefetch.bytes.catch(() => {}));
        const arrival = early.length ? Promise.race([Promise.all(early), new Promise((r) => setTimeout(r, EARLY_PROFILE_WAIT_MS))]) : null;
        [this.core] = await Promise.all([createCore(options), arrival]);
      } catch (err) {
        return this.failWithoutCore(`the widget core could not start: ${err && err.message || err}`);
      }
      if (this.destroyed) { this.core = null; return; }
      const ok = this.withStrings([this.lang()], (lang) => this.core._mgi_create(lang.ptr, lang.len,
        this.motionQuery.matches ? 1 : 0, this.hostWidth(), window.devicePixelRatio || 1));
      if (!ok) return;
      this.updateVisible();  // the size came with create; later changes come from the ResizeObserver
      if (this.pendingDomain !== undefined) this.selectNow(this.pendingDomain, SOURCES.api);
      else if (this.attr('domain')) this.selectNow(this.attr('domain'), SOURCES.api);
      this.load(0);
      if (this.attr('compare')) this.load(1);
    }

    destroy() {
      if (this.destroyed) return;
      this.destroyed = true;
      this.resizeObserver.disconnect();
      this.intersectionObserver.disconnect();
      document.removeEventListener('visibilitychange', this.onVisibility);
      this.motionQuery.removeEventListener('change', this.onMotion);
      window.removeEventListener('beforeprint', this.onPrint);
      window.removeEventListener('hashchange', this.onHash);
      if (document.fonts) document.fonts.removeEventListener('loadingdone', this.onFonts);
      this.printQuery.removeEventListener('change', this.onPrint);
      if (this.dprQuery) this.dprQuery.removeEventListener('change', this.onDpr);
      for (const slot of this.sides) if (slot.abort) slot.abort.abort();
      this.picker.destroy();
      if (this.core) {
        this.core._mgi_destroy();
        this.core = null;
      }
      // Let the browser drop the GL context now rather than at garbage collection.
      const gl = this.canvas.getContext('webgl2');
      const lose = gl && gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
    }

    // ---- Loading profiles. Side 0 is the `profile` attribute, side 1 the `compare` attribute.
    async load(side = 0) {
      const url = this.attr(side === 0 ? 'profile' : 'compare');
      const slot = this.sides[side];
      const seq = ++slot.seq;
      // A download started before the core was ready (prefetch) is used if it is for this URL.
      const early = slot.prefetch && slot.prefetch.url === url ? slot.prefetch : null;
      slot.prefetch = null;
      if (slot.abort && (!early || slot.abort !== early.abort)) slot.abort.abort();
      if (!this.core) return;
      if (side === 1 && !url) {
        this.core._mgi_stop_comparing();
        return;
      }
      this.ready.renew();
      if (!url) return this.coreFailed(0, '', 'no profile given: set the "profile" attribute to the URL of a profile JSON file');
      slot.url = url;
      this.withStrings([url], (u) => this.core._mgi_begin_loading(side, u.ptr, u.len));
      const request = early || this.fetchProfile(url);
      slot.abort = request.abort;
      let bytes;
      try {
        bytes = await request.bytes;
      } catch (err) {
        if (seq !== slot.seq || this.destroyed) return;
        return this.coreFailed(side, url, err.message);
      }
      if (seq !== slot.seq || this.destroyed || !this.core) return;
      // The raw bytes go to the core, which checks the UTF-8 itself (res.text() would hide bad bytes).
      this.withBytes(bytes, (text) => this.withStrings([url], (u) => this.core._mgi_load_profile(side, u.ptr, u.len, text.ptr, text.len)));
    }

    // Starts fetching the profile(s) at once, while the core loads and compiles: on a slow network
    // the two downloads overlap instead of following each other.
    prefetch() {
      [0, 1].forEach((side) => {
        const url = this.attr(side === 0 ? 'profile' : 'compare');
        if (!url) return;
        const request = this.fetchProfile(url);
        request.bytes.catch(() => {});  // reported when load() takes it
        this.sides[side].prefetch = { url, ...request };
        this.sides[side].abort = request.abort;
      });
    }

    // Fetches a profile as bytes, with the timeout and size limit; rejects with a message for a person.
    fetchProfile(url) {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
      const bytes = (async () => {
        try {
          const res = await fetch(new URL(url, document.baseURI).href, { signal: abort.signal, credentials: 'same-origin' });
          if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''} for ${url}`);
          const buffer = await res.arrayBuffer().catch((err) => {
            if (err.name === 'AbortError') throw err;
            throw new Error(`the download of ${url} was cut off before its end`);
          });
          if (buffer.byteLength > MAX_PROFILE_BYTES) {
            throw new Error(`${url} is ${(buffer.byteLength / 1048576).toFixed(1)} MB, over the ${MAX_PROFILE_BYTES / 1048576} MB limit`);
          }
          return new Uint8Array(buffer);
        } catch (err) {
          if (err.name === 'AbortError') throw new Error(`no answer from ${url} within ${FETCH_TIMEOUT_MS / 1000} s`);
          if (err instanceof TypeError) throw new Error(`could not reach ${url} (network error)`);
          throw err;
        } finally {
          clearTimeout(timer);
        }
      })();
      return { abort, bytes };
    }

    coreFailed(side, url, message) {
      this.withStrings([url, message], (u, m) => this.core._mgi_load_failed(side, u.ptr, u.len, m.ptr, m.len));
    }

    // An attribute of SPEC section 3 (or `picker`) changed after mount.
    attributeChanged(name, value) {
      if (name === 'profile') this.load(0);
      else if (name === 'compare') this.load(1);
      else if (name === 'lang') this.setLang();
      else if (name === 'domain') this.select(value || null);
      else if (name === 'picker') { this.picker.refresh(); this.search.refresh(); }
      else if (name === 'search') this.search.refresh();
    }

    // The core itself is unavailable: the only message this file writes on its own.
    failWithoutCore(message) {
      this.renderError({ message, url: '', details: [] }, 'The profile could not be shown');
      this.raiseError({ message, url: '' });
    }

    // ---- Events from the core
    onCoreEvent(kind, json) {
      const data = JSON.parse(json);
      switch (kind) {
        case 'panel': return this.render(data);
        case 'layout': return this.applyLayout(data);
        case 'select':
          this.writeFragment(data.domain);
          this.host.dispatchEvent(new CustomEvent('mgi-select', { bubbles: true, composed: true, detail: data }));
          return;
        case 'ready':
          if (!this.fragmentRead) { this.fragmentRead = true; this.readFragment(); }
          this.search.opened();
          this.ready.resolve(this.host);
          this.host.dispatchEvent(new CustomEvent('mgi-ready', { bubbles: true, composed: true, detail: this.state() }));
          return;
        case 'error': return this.raiseError(data);
        case 'warning':
          console.warn(`mgi-wheel: ${data.url}:\n  ` + data.messages.join('\n  '));
          return;
      }
    }

    raiseError(data) {
      const where = data.url ? `${data.url}: ` : '';
      console.error(`mgi-wheel: ${where}${data.message}` + (data.details && data.details.length > 1 ? '\n  ' + data.details.join('\n  ') : ''));
      this.ready.reject(new Error(data.message));
      this.host.dispatchEvent(new CustomEvent('mgi-error', { bubbles: true, composed: true,
        detail: { message: data.message, url: data.url, side: data.side === 1 ? 'compare' : 'profile' } }));
    }

    // ---- Writing the view model into the DOM (textContent only)
    render(vm) {
      const p = this.panel;
      p.replaceChildren();
      p.lang = vm.lang;
      p.dataset.state = vm.state;
      p.style.removeProperty('--mgi-domain-colour');
      p.classList.toggle('has-colour', !!vm.colour);
      this.vm = vm;
      this.picker.setStrings(vm.ui);
      this.search.setStrings(vm.ui);
      this.renderTwin(vm);
      if (vm.twin) this.owner.textContent = vm.twin.label;
      if (vm.announce && vm.announce !== this.lastAnnounce) this.live.textContent = vm.announce;
      this.lastAnnounce = vm.announce;
      if (vm.state === 'error') return this.renderError(vm.error, vm.heading, vm.note, vm.error.retry);
      if (vm.state === 'compare') { this.renderCompare(vm); this.panel.append(this.toolbar(vm)); this.afterRender(); return; }
      if (vm.kicker) p.append(el('p', { class: 'kicker' }, vm.kicker));
      if (vm.heading) {
        const h = el('h2', { id: 'mgi-heading' }, vm.heading);
        if (vm.heading_lang !== vm.lang) h.lang = vm.heading_lang;
        p.append(h);
        p.setAttribute('aria-labelledby', 'mgi-heading mgi-owner');
      }
      if (vm.colour) p.style.setProperty('--mgi-domain-colour', vm.colour);
      for (const line of vm.meta) p.append(el('p', { class: 'meta' }, line));
      for (const para of vm.description) p.append(el('p', { class: 'description' }, para));
      for (const para of vm.paragraphs) p.append(el('p', { lang: vm.content_lang }, para));
      for (const list of vm.lists) {
        const h = el('h3', null, list.heading + ' ');
        h.append(el('span', { class: 'count' }, `(${list.count})`));
        p.append(h);
        if (list.items.length === 0) { p.append(el('p', { class: 'note' }, list.empty)); continue; }
        const ul = el('ul', { lang: vm.content_lang, 'data-list': list.id });
        list.items.forEach((item, i) => ul.append(this.findingItem(item, list.keys[i], 0)));
        p.append(ul);
      }
      if (vm.note) p.append(el('p', { class: vm.state === 'loading' ? 'status' : 'note' }, vm.note));
      if (vm.state === 'intro' || vm.state === 'domain') p.append(this.toolbar(vm));
      if (this.panelScrolled) {
        p.scrollTop = 0;
        this.panelScrolled = false;
      }
      this.afterRender();
    }

    renderError(error, heading, note, retryLabel) {
      const p = this.panel;
      p.replaceChildren();
      p.dataset.state = 'error';
      const box = el('div', { class: 'error', role: 'alert' });
      box.append(el('h2', null, heading || 'The profile could not be shown'));
      box.append(el('p', { class: 'message' }, error.message));
      if (error.details && error.details.length > 1) {
        const ul = el('ul', { class: 'details' });
        for (const d of error.details) ul.append(el('li', null, d));
        box.append(ul);
      }
      if (note) box.append(el('p', { class: 'note' }, note));
      if (retryLabel && this.core) box.append(this.retryButton(retryLabel, 0));
      p.append(box);
    }

    // ---- The canvas's accessible twin: the hub and six segments as buttons, one tab stop (roving
    // tabindex), arrows in wheel order, Enter/Space to choose, Escape back to the introduction.
    renderTwin(vm) {
      const t = vm.twin;
      if (!t) return;
      const key = JSON.stringify([t.label, t.hub, t.segments]);
      if (key !== this.twinKey) {
        this.twinKey = key;
        const hadFocus = this.twin.contains(this.host.shadowRoot.activeElement);
        const focused = hadFocus ? this.twinButtons.indexOf(this.host.shadowRoot.activeElement) : -1;
        this.twin.setAttribute('aria-label', t.label);
        this.twinButtons = [{ id: null, label: t.hub }, ...t.segments].map((item, i) => {
          const b = el('button', { type: 'button', 'data-domain': item.id || '' }, item.label);
          b.addEventListener('click', (e) => {
            const pressed = b.getAttribute('aria-pressed') === 'true';
            const source = e.detail === 0 ? SOURCES.keyboard : SOURCES.pointer;
            this.select(item.id && !pressed ? item.id : null, source);
          });
          b.addEventListener('focus', () => this.core && this.core._mgi_set_focus(i - 1));
          return b;
        });
        this.twin.replaceChildren(...this.twinButtons);
        if (focused >= 0) this.twinButtons[focused].focus();
      }
      const current = vm.domain ? DOMAIN_IDS.indexOf(vm.domain) + 1 : 0;
      this.twinButtons.forEach((b, i) => {
        b.setAttribute('aria-pressed', String(i === current));
        b.disabled = !t.enabled;
        if (!this.twin.contains(this.host.shadowRoot.activeElement)) b.tabIndex = i === current ? 0 : -1;
      });
    }

    onTwinKey(e) {
      const i = this.twinButtons.indexOf(e.target);
      if (i < 0 || e.ctrlKey || e.altKey || e.metaKey) return;
      const n = this.twinButtons.length;
      let next = -1;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % n;
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + n) % n;
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = n - 1;
      else if (e.key === 'Escape') {
        if (this.state().domain === null) return;  // nothing to close: let the page have Escape
        this.select(null, SOURCES.keyboard);
        next = 0;
      } else return;
      e.preventDefault();
      this.twinButtons.forEach((b, k) => { b.tabIndex = k === next ? 0 : -1; });
      this.twinButtons[next].focus();
    }

    snapshotForPrint() {
      if (!this.core || this.destroyed) return;
      // Drawn and copied in one task, before the browser clears the WebGL buffer.
      this.core._mgi_render_now();
      this.printImage.src = this.canvas.toDataURL('image/png');
      this.printImage.alt = this.twin.getAttribute('aria-label') || '';
    }

    // ---- Reader tools: a link to a finding, a citation, files to take away (issue 8).
    linkable() { return this.attr('deeplink') !== null && /^[A-Za-z0-9_-]{1,64}$/.test(this.host.id); }

    findingItem(text, key, side) {
      const ui = this.vm.ui;
      const li = el('li', { 'data-key': key, 'data-side': String(side), tabindex: '-1' });
      li.append(el('span', { class: 'finding' }, text));
      const tools = el('span', { class: 'finding-tools' });
      if (this.linkable()) {
        const link = el('button', { type: 'button', class: 'copy-link', 'aria-label': ui.tools_copy_link_label }, ui.tools_copy_link);
        link.addEventListener('click', () => this.copy(this.findingUrl(key), ui.tools_copied_link));
        tools.append(link);
      }
      const cite = el('button', { type: 'button', class: 'cite', 'aria-label': ui.tools_cite_label }, ui.tools_cite);
      cite.addEventListener('click', () => this.copy(this.citation(side, this.vm.domain, key), ui.tools_copied_citation));
      tools.append(cite);
      li.append(' ', tools);
      return li;
    }

    toolbar(vm) {
      const ui = vm.ui;
      const bar = el('div', { class: 'toolbar', role: 'group', 'aria-label': ui.tools_group });
      const button = (cls, label, fn) => {
        const b = el('button', { type: 'button', class: cls }, label);
        b.addEventListener('click', fn);
        bar.append(b);
      };
      button('cite-profile', ui.tools_cite_profile, () => this.copy(this.citation(0, '', ''), ui.tools_copied_citation));
      button('download-png', ui.tools_png, () => this.downloadPng());
      button('download-csv', ui.tools_csv, () => this.downloadText(0, 'text/csv'));
      button('download-md', ui.tools_markdown, () => this.downloadText(1, 'text/markdown'));
      return bar;
    }

    pageUrl() { return location.href.split('#')[0]; }
    findingUrl(key) {
      const fragment = this.callString('_mgi_format_link', [this.host.id, this.vm.domain || '', key || '']);
      return this.pageUrl() + fragment;
    }
    citation(side, domain, key) {
      const d = new Date();
      const url = domain && this.linkable() ? this.findingUrl(key) : this.pageUrl();
      return this.withStrings([url, domain || '', key || ''], (u, dm, k) => this.core.UTF8ToString(
        this.core._mgi_cite(u.ptr, u.len, d.getFullYear(), d.getMonth() + 1, d.getDate(), side, dm.ptr, dm.len, k.ptr, k.len)));
    }
    // Calls a core export that takes strings and returns one.
    callString(name, strings) {
      return this.withStrings(strings, (...args) => this.core.UTF8ToString(this.core[name](...args.flatMap((a) => [a.ptr, a.len]))));
    }
    async copy(text, done) {
      try {
        await navigator.clipboard.writeText(text);
        this.say(done);
      } catch (err) {
        // No clipboard (permissions, an insecure page): say so, and give the text to copy by hand.
        console.warn(`mgi-wheel: could not copy to the clipboard (${err && err.message}): ${text}`);
        this.say(this.vm.ui.tools_copy_failed.replace('{text}', text));
      }
    }
    say(text) {
      this.live.textContent = text;
      this.lastAnnounce = text;
    }
    download(name, blob) {
      const a = el('a', { href: URL.createObjectURL(blob), download: name });
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    }
    downloadText(kind, type) {
      const out = JSON.parse(this.core.UTF8ToString(this.core._mgi_export(kind)));
      if (!out || !out.text) return;
      this.download(out.name, new Blob([out.text], { type: `${type};charset=utf-8` }));
    }
    // The wheel at twice the CSS size, under the jurisdiction's name, with the domains' legend.
    async downloadPng() {
      const core = this.core;
      const width = this.host.clientWidth || this.host.getBoundingClientRect().width;
      const dpr = window.devicePixelRatio || 1;
      core._mgi_set_host_size(width, 2);
      core._mgi_render_now();
      const cw = this.canvas.width, ch = this.canvas.height;
      const scale = 2, pad = 24 * scale, title = 56 * scale, row = 26 * scale;
      const legendRows = Math.ceil(6 / 2);
      const out = el('canvas');
      out.width = Math.max(cw + 2 * pad, 560 * scale);
      out.height = title + ch + pad + legendRows * row + pad;
      const ctx = out.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.drawImage(this.canvas, (out.width - cw) / 2, title);
      core._mgi_set_host_size(width, dpr);
      core._mgi_render_now();
      const font = getComputedStyle(this.canvas).fontFamily || 'sans-serif';  // the wheel's own font stack
      ctx.fillStyle = '#1a202c';
      ctx.font = `600 ${20 * scale}px ${font}`;
      ctx.textBaseline = 'middle';
      ctx.fillText(this.twin.getAttribute('aria-label') || '', pad, title / 2, out.width - 2 * pad);
      ctx.font = `${14 * scale}px ${font}`;
      const colWidth = (out.width - 2 * pad) / 2;
      this.vm.twin.segments.forEach((seg, i) => {
        const x = pad + (i % 2) * colWidth, y = title + ch + pad + Math.floor(i / 2) * row;
        ctx.fillStyle = seg.colour;
        ctx.fillRect(x, y + row * 0.2, row * 0.6, row * 0.6);
        ctx.fillStyle = '#1a202c';
        ctx.fillText(seg.label, x + row * 0.9, y + row * 0.5, colWidth - row);
      });
      const blob = await new Promise((resolve) => out.toBlob(resolve, 'image/png'));
      const name = this.callString('_mgi_file_name', ['png']).replace(/\.png$/, '-wheel.png');
      this.download(name, blob);
    }

    // ---- Deep links: `#mgi-<element id>=<domain>[/<finding key>]`, for elements with `deeplink`.
    // The fragment only ever selects; it can never make the widget fetch anything.
    readFragment() {
      if (!this.linkable() || !this.core || !location.hash) return;
      const link = JSON.parse(this.callString('_mgi_parse_link', [location.hash]));
      if (!link || link.element_id !== this.host.id) return;
      this.pendingHighlight = link.key || null;
      this.writingFragment = true;
      if (this.state().domain === link.domain) this.afterRender();
      else this.select(link.domain, SOURCES.api);
      this.writingFragment = false;
    }
    writeFragment(domain) {
      if (!this.linkable() || this.writingFragment) return;
      const fragment = domain ? this.callString('_mgi_format_link', [this.host.id, domain, '']) : '';
      const current = location.hash;
      const ours = current.startsWith(`#mgi-${this.host.id}=`);
      if (!domain && !ours) return;
      if (fragment === current) return;
      history.replaceState(history.state, '', fragment || location.pathname + location.search);
    }
    // Scrolls to and highlights the finding a link or a search result points at.
    afterRender() {
      const key = this.pendingHighlight;
      if (!key) return;
      this.pendingHighlight = null;
      const side = this.pendingSide;
      this.pendingSide = undefined;
      const items = [...this.panel.querySelectorAll('li[data-key]')].filter((li) => li.dataset.key === key &&
        (side === undefined || li.dataset.side === String(side)));
      for (const old of this.panel.querySelectorAll('li.highlight')) old.classList.remove('highlight');
      if (!items.length) return;  // the finding is gone: the domain is shown, as a link degrades
      items[0].classList.add('highlight');
      items[0].focus({ preventScroll: true });
      items[0].scrollIntoView({ block: 'center', behavior: 'instant' });
    }

    retryButton(label, side) {
      const retry = el('button', { type: 'button', class: 'retry' }, label);
      retry.addEventListener('click', () => this.load(side));
      return retry;
    }

    // ---- The comparison's panel: common heading, then the overview table or the aligned columns.
    renderCompare(vm) {
      const p = this.panel;
      const c = vm.compare;
      if (vm.kicker) p.append(el('p', { class: 'kicker' }, vm.kicker));
      p.append(el('h2', { id: 'mgi-heading' }, vm.heading));
      p.setAttribute('aria-labelledby', 'mgi-heading mgi-owner');
      if (vm.colour) p.style.setProperty('--mgi-domain-colour', vm.colour);
      for (const para of vm.description) p.append(el('p', { class: 'description' }, para));
      if (c.levels_note) p.append(el('p', { class: 'note levels' }, c.levels_note));
      const grid = el('div', { class: 'compare-grid' });
      const cell = (side, node) => { node.classList.add(`side-${side}`); grid.append(node); return node; };
      const sides = c.sides;
      // Row by row, side 0 then side 1, so that twins share a grid row and line up.
      for (const s of sides) {
        const head = el('p', { class: 'side-head', 'data-side': String(s.side) });
        head.append(el('span', { class: `marker ${s.marker}`, 'aria-hidden': 'true' }), el('span', { class: 'name' }, s.name));
        if (s.level) head.append(el('span', { class: 'level' }, `${s.level} · ${s.year}`));
        cell(s.side, head);
      }
      const errorCell = (s) => {
        const box = el('div', { class: 'error', role: 'alert', 'data-side': String(s.side) });
        box.append(el('p', { class: 'message' }, s.error.message));
        if (s.error.note) box.append(el('p', { class: 'note' }, s.error.note));
        if (this.core) box.append(this.retryButton(s.error.retry, s.side));
        return box;
      };
      if (c.overview) {
        for (const s of sides) cell(s.side, s.state === 'error' ? errorCell(s) : el('div'));
        p.append(grid);
        p.append(el('p', { class: 'not-ranking' }, c.not_ranking));
        p.append(this.overviewTable(c, sides));
        p.append(el('p', { class: 'note' }, c.hint));
        return;
      }
      if (sides.some((s) => s.description)) {
        for (const s of sides) cell(s.side, el('p', { class: 'description' }, s.description));
      }
      for (let i = 0; i < 2; i++) {
        for (const s of sides) {
          if (s.state === 'error') { if (i === 0) cell(s.side, errorCell(s)); else cell(s.side, el('div')); continue; }
          const list = s.lists[i];
          if (!list) { cell(s.side, el('p', { class: 'note' }, i === 0 ? s.note : '')); continue; }
          const h = el('h3', { 'data-side': String(s.side) }, list.heading + ' ');
          h.append(el('span', { class: 'count' }, `(${list.count})`));
          const box = el('div', { 'data-side': String(s.side), 'data-list': list.id });
          box.append(h);
          if (list.items.length === 0) box.append(el('p', { class: 'note' }, list.empty));
          else {
            const ul = el('ul', { lang: s.lang, 'data-list': list.id });
            list.items.forEach((item, k) => ul.append(this.findingItem(item, list.keys[k], s.side)));
            box.append(ul);
          }
          cell(s.side, box);
        }
      }
      p.append(grid);
    }

    overviewTable(c, sides) {
      const table = el('table', { class: 'overview' });
      table.append(el('caption', null, c.table_caption));
      const thead = el('thead');
      const top = el('tr');
      top.append(el('td'));
      for (const s of sides) top.append(el('th', { scope: 'colgroup', colspan: '2' }, s.name));
      const second = el('tr');
      second.append(el('td'));
      for (let k = 0; k < sides.length; k++) for (const col of c.columns) second.append(el('th', { scope: 'col' }, col));
      thead.append(top, second);
      const tbody = el('tbody');
      for (const row of c.overview.rows) {
        const tr = el('tr', { 'data-domain': row.domain });
        tr.append(el('th', { scope: 'row' }, row.name));
        for (const counts of row.counts) {
          for (let l = 0; l < 2; l++) tr.append(el('td', null, counts ? String(counts[l]) : '—'));
        }
        tbody.append(tr);
      }
      table.append(thead, tbody);
      return table;
    }

    renderStatus(text) {
      this.panel.replaceChildren(el('p', { class: 'status' }, text));
      this.panel.dataset.state = 'loading';
    }

    applyLayout(plan) {
      this.frame.dataset.layout = plan.compare ? (plan.wide ? 'compare' : 'compare-narrow') : plan.wide ? 'wide' : 'narrow';
      this.canvas.style.width = `${plan.canvas_width}px`;
      this.canvas.style.height = `${plan.canvas_height}px`;
      this.frame.style.setProperty('--mgi-wheel-height', `${plan.canvas_height}px`);
      this.printImage.style.width = `${plan.canvas_width}px`;
    }

    // ---- Sizes, visibility
    hostWidth() { return this.host.clientWidth || this.host.getBoundingClientRect().width; }
    resize() {
      if (this.core) this.core._mgi_set_host_size(this.hostWidth(), window.devicePixelRatio || 1);
    }
    watchDpr() {
      if (this.dprQuery) this.dprQuery.removeEventListener('change', this.onDpr);
      this.dprQuery = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
      this.onDpr = () => { this.watchDpr(); this.resize(); };
      this.dprQuery.addEventListener('change', this.onDpr);
    }
    updateVisible() {
      if (this.core) this.core._mgi_set_visible(!document.hidden && this.intersecting ? 1 : 0);
    }

    // ---- Attributes written by the widget itself (the picker), in the element's own form.
    setAttr(name, value) {
      const attrName = this.host.localName === 'mgi-wheel' ? name : `data-${name}`;
      if (value === null) this.host.removeAttribute(attrName); else this.host.setAttribute(attrName, value);
    }
    changed(source) {
      this.host.dispatchEvent(new CustomEvent('mgi-change', { bubbles: true, composed: true,
        detail: { profile: this.attr('profile'), compare: this.attr('compare') || null, source } }));
    }
    shadowActive() { return this.host.shadowRoot && this.host.shadowRoot.activeElement; }

    // ---- SPEC section 3 methods
    lang() {
      const own = (this.attr('lang') || '').toLowerCase().slice(0, 2);
      if (LANGS.includes(own)) return own;
      const page = (document.documentElement.lang || '').toLowerCase().slice(0, 2);
      return LANGS.includes(page) ? page : 'en';
    }
    select(id, source = SOURCES.api) {
      if (id !== null && id !== undefined && !DOMAIN_IDS.includes(id)) {
        console.warn(`mgi-wheel: select("${id}"): not a domain id (expected null or one of ${DOMAIN_IDS.join(', ')})`);
        return false;
      }
      if (!this.core) { this.pendingDomain = id || null; return true; }
      return this.selectNow(id || null, source);
    }
    selectNow(id, source) {
      if (id && !DOMAIN_IDS.includes(id)) return false;
      return !!this.withStrings([id || ''], (s) => this.core._mgi_select(s.ptr, s.len, source));
    }
    state() {
      if (!this.core) {
        const d = this.pendingDomain !== undefined ? this.pendingDomain : this.attr('domain');
        return { domain: DOMAIN_IDS.includes(d) ? d : null, profile: null, compare: null, lang: this.lang() };
      }
      const s = JSON.parse(this.core.UTF8ToString(this.core._mgi_state_json()));
      return { domain: s.domain, profile: s.profile, compare: s.compare, lang: s.lang };
    }
    layout() {
      if (!this.core) return { wheels: [] };
      const layout = JSON.parse(this.core.UTF8ToString(this.core._mgi_layout_json()));
      // Core coordinates are the canvas's CSS pixels; SPEC wants the element's top-left corner.
      const hr = this.host.getBoundingClientRect();
      const cr = this.canvas.getBoundingClientRect();
      const sx = this.host.offsetWidth ? hr.width / this.host.offsetWidth : 1;
      const sy = this.host.offsetHeight ? hr.height / this.host.offsetHeight : 1;
      const dx = (cr.left - hr.left) / sx, dy = (cr.top - hr.top) / sy;
      for (const wheel of layout.wheels) { wheel.cx += dx; wheel.cy += dy; }
      if (layout.chart) for (const row of layout.chart.rows) { row.x += dx; row.y += dy; }
      return layout;
    }
    setLang() {
      if (this.core) this.withStrings([this.lang()], (l) => this.core._mgi_set_lang(l.ptr, l.len));
    }

    // Calls fn with the bytes copied into Wasm memory as {ptr, len}, then frees them.
    withBytes(bytes, fn) {
      const core = this.core;
      const ptr = core._malloc(Math.max(bytes.length, 1));
      core.HEAPU8.set(bytes, ptr);
      try { return fn({ ptr, len: bytes.length }); } finally { core._free(ptr); }
    }

    // Calls fn with each string copied into Wasm memory as {ptr, len} (UTF-8), then frees them.
    withStrings(strings, fn) {
      const core = this.core;
      if (!core) return undefined;
      const args = strings.map((s) => {
        const len = core.lengthBytesUTF8(s);
        const ptr = core._malloc(len + 1);
        core.stringToUTF8(s, ptr, len + 1);
        return { ptr, len };
      });
      try { return fn(...args); } finally { for (const a of args) core._free(a.ptr); }
    }
  }

  // ---- <mgi-wheel>
  class MgiWheelElement extends HTMLElement {
    static get observedAttributes() { return ['profile', 'compare', 'lang', 'domain', 'picker', 'search', 'deeplink']; }
    constructor() { super(); this._ready = new ReadySignal(); }
    connectedCallback() {
      if (this._widget && !this._widget.destroyed) return;  // moved within the page
      this._widget = new WidgetController(this, (name) => this.getAttribute(name), this._ready);
    }
    disconnectedCallback() {
      // A move (remove then insert in one task) keeps the instance; a removal frees it.
      queueMicrotask(() => { if (!this.isConnected && this._widget) { this._widget.destroy(); this._widget = null; } });
    }
    attributeChangedCallback(name, oldValue, newValue) {
      const w = this._widget;
      if (!w || oldValue === newValue) return;
      w.attributeChanged(name, newValue);
    }
    get ready() { return this._ready.promise; }
    select(id) { return this._widget ? this._widget.select(id) : false; }
    state() {
      return this._widget ? this._widget.state() : { domain: null, profile: null, compare: null, lang: 'en' };
    }
    layout() { return this._widget ? this._widget.layout() : { wheels: [] }; }
  }

  customElements.define('mgi-wheel', MgiWheelElement);

  // ---- <div data-mgi-wheel data-profile="..."> for CMSs whose filters strip unknown tags.
  // Mounted when found, now or later (MutationObserver); removal frees the instance; data-
  // attribute changes take effect. The methods appear on the div itself.
  const DIV_SELECTOR = 'div[data-mgi-wheel]';
  const DATA_ATTRS = ['data-profile', 'data-compare', 'data-lang', 'data-domain', 'data-picker', 'data-search', 'data-deeplink'];

  function mountDiv(div) {
    if (div.mgiWidget && !div.mgiWidget.destroyed) return;
    const ready = div.mgiReadySignal || (div.mgiReadySignal = new ReadySignal());
    const widget = new WidgetController(div, (name) => div.getAttribute('data-' + name), ready);
    div.mgiWidget = widget;
    Object.defineProperties(div, {
      ready: { configurable: true, get: () => ready.promise },
      select: { configurable: true, writable: true, value: (id) => widget.select(id) },
      state: { configurable: true, writable: true, value: () => widget.state() },
      layout: { configurable: true, writable: true, value: () => widget.layout() },
    });
  }

  function unmountDiv(div) {
    if (!div.mgiWidget) return;
    div.mgiWidget.destroy();
    div.mgiWidget = null;
  }

  function forEachDiv(node, fn) {
    if (node.nodeType !== 1) return;
    if (node.matches(DIV_SELECTOR)) fn(node);
    for (const d of node.querySelectorAll(DIV_SELECTOR)) fn(d);
  }

  function scan() { for (const d of document.querySelectorAll(DIV_SELECTOR)) mountDiv(d); }

  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.removedNodes) forEachDiv(n, (d) => { if (!d.isConnected) unmountDiv(d); });
        for (const n of r.addedNodes) forEachDiv(n, mountDiv);
      } else if (r.type === 'attributes' && r.target.matches && r.target.tagName === 'DIV') {
        const div = r.target;
        if (r.attributeName === 'data-mgi-wheel') {
          if (div.hasAttribute('data-mgi-wheel')) mountDiv(div); else unmountDiv(div);
          continue;
        }
        const w = div.mgiWidget;
        if (!w || div.getAttribute(r.attributeName) === r.oldValue) continue;
        w.attributeChanged(r.attributeName.slice(5), div.getAttribute(r.attributeName));
      }
    }
  }).observe(document.documentElement, {
    childList: true, subtree: true, attributes: true, attributeOldValue: true,
    attributeFilter: ['data-mgi-wheel', ...DATA_ATTRS],
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
})();
