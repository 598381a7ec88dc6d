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
    canvas:focus-visible { outline: none; }
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

  // ---- One widget. `attr(name)` reads the host's attributes; `ready` is the host's ReadySignal.
  class WidgetController {
    constructor(host, attr, ready) {
      this.host = host;
      this.attr = attr;
      this.ready = ready;
      this.core = null;
      this.destroyed = false;
      this.pendingDomain = undefined;
      this.profileUrl = null;
      this.loadSeq = 0;
      this.ready.renew();

      const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
      root.replaceChildren();
      this.frame = el('div', { class: 'mgi', 'data-layout': 'narrow' });
      this.wheelBox = el('div', { class: 'wheel' });
      this.canvas = el('canvas', { part: 'wheel', tabindex: '0' });
      this.panel = el('section', { part: 'panel', class: 'panel', dir: 'auto' });
      this.wheelBox.append(this.canvas);
      this.frame.append(this.wheelBox, this.panel);
      adoptStyles(root);
      root.append(this.frame);
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
        this.core = await createCore(options);
      } catch (err) {
        return this.failWithoutCore(`the widget core could not start: ${err && err.message || err}`);
      }
      if (this.destroyed) { this.core = null; return; }
      const ok = this.withStrings([this.lang()], (lang) => this.core._mgi_create(lang.ptr, lang.len,
        this.motionQuery.matches ? 1 : 0));
      if (!ok) return;
      this.resize();
      this.updateVisible();
      if (this.pendingDomain !== undefined) this.selectNow(this.pendingDomain, SOURCES.api);
      else if (this.attr('domain')) this.selectNow(this.attr('domain'), SOURCES.api);
      this.load();
    }

    destroy() {
      if (this.destroyed) return;
      this.destroyed = true;
      this.resizeObserver.disconnect();
      this.intersectionObserver.disconnect();
      document.removeEventListener('visibilitychange', this.onVisibility);
      this.motionQuery.removeEventListener('change', this.onMotion);
      if (this.dprQuery) this.dprQuery.removeEventListener('change', this.onDpr);
      if (this.abort) this.abort.abort();
      if (this.core) {
        this.core._mgi_destroy();
        this.core = null;
      }
      // Let the browser drop the GL context now rather than at garbage collection.
      const gl = this.canvas.getContext('webgl2');
      const lose = gl && gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
    }

    // ---- Loading profiles
    async load() {
      const url = this.attr('profile');
      const seq = ++this.loadSeq;
      if (this.abort) this.abort.abort();
      this.ready.renew();
      if (!this.core) return;
      if (!url) return this.coreFailed('', 'no profile given: set the "profile" attribute to the URL of a profile JSON file');
      const resolved = new URL(url, document.baseURI).href;
      this.profileUrl = url;
      this.withStrings([url], (u) => this.core._mgi_begin_loading(u.ptr, u.len));
      const abort = new AbortController();
      this.abort = abort;
      const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
      let bytes;
      try {
        const res = await fetch(resolved, { signal: abort.signal, credentials: 'same-origin' });
        if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''} for ${url}`);
        const buffer = await res.arrayBuffer().catch((err) => {
          if (err.name === 'AbortError') throw err;
          throw new Error(`the download of ${url} was cut off before its end`);
        });
        if (buffer.byteLength > MAX_PROFILE_BYTES) {
          throw new Error(`${url} is ${(buffer.byteLength / 1048576).toFixed(1)} MB, over the ${MAX_PROFILE_BYTES / 1048576} MB limit`);
        }
        bytes = new Uint8Array(buffer);
      } catch (err) {
        if (seq !== this.loadSeq || this.destroyed) return;
        const message = err.name === 'AbortError'
          ? `no answer from ${url} within ${FETCH_TIMEOUT_MS / 1000} s`
          : err instanceof TypeError ? `could not reach ${url} (network error)` : err.message;
        return this.coreFailed(url, message);
      } finally {
        clearTimeout(timer);
      }
      if (seq !== this.loadSeq || this.destroyed || !this.core) return;
      // The raw bytes go to the core, which checks the UTF-8 itself (res.text() would hide bad bytes).
      const core = this.core;
      const textPtr = core._malloc(Math.max(bytes.length, 1));
      core.HEAPU8.set(bytes, textPtr);
      this.withStrings([url], (u) => core._mgi_load_profile(u.ptr, u.len, textPtr, bytes.length));
      core._free(textPtr);
    }

    coreFailed(url, message) {
      this.withStrings([url, message], (u, m) => this.core._mgi_load_failed(u.ptr, u.len, m.ptr, m.len));
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
          this.host.dispatchEvent(new CustomEvent('mgi-select', { bubbles: true, composed: true, detail: data }));
          return;
        case 'ready':
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
        detail: { message: data.message, url: data.url } }));
    }

    // ---- Writing the view model into the DOM (textContent only)
    render(vm) {
      const p = this.panel;
      p.replaceChildren();
      p.lang = vm.lang;
      p.dataset.state = vm.state;
      p.style.removeProperty('--mgi-domain-colour');
      p.classList.toggle('has-colour', !!vm.colour);
      if (vm.state === 'error') return this.renderError(vm.error, vm.heading, vm.note, vm.error.retry);
      if (vm.kicker) p.append(el('p', { class: 'kicker' }, vm.kicker));
      if (vm.heading) {
        const h = el('h2', { id: 'mgi-heading' }, vm.heading);
        if (vm.heading_lang !== vm.lang) h.lang = vm.heading_lang;
        p.append(h);
        p.setAttribute('aria-labelledby', 'mgi-heading');
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
        for (const item of list.items) ul.append(el('li', null, item));
        p.append(ul);
      }
      if (vm.note) p.append(el('p', { class: vm.state === 'loading' ? 'status' : 'note' }, vm.note));
      p.scrollTop = 0;
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
      if (retryLabel && this.core) {
        const retry = el('button', { type: 'button', class: 'retry' }, retryLabel);
        retry.addEventListener('click', () => this.load());
        box.append(retry);
      }
      p.append(box);
    }

    renderStatus(text) {
      this.panel.replaceChildren(el('p', { class: 'status' }, text));
      this.panel.dataset.state = 'loading';
    }

    applyLayout(plan) {
      this.frame.dataset.layout = plan.wide ? 'wide' : 'narrow';
      this.canvas.style.width = `${plan.canvas_width}px`;
      this.canvas.style.height = `${plan.canvas_height}px`;
      this.frame.style.setProperty('--mgi-wheel-height', `${plan.canvas_height}px`);
    }

    // ---- Sizes, visibility
    resize() {
      if (!this.core) return;
      const width = this.host.clientWidth || this.host.getBoundingClientRect().width;
      this.core._mgi_set_host_size(width, window.devicePixelRatio || 1);
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
      return { domain: s.domain, profile: s.profile, compare: null, lang: s.lang };
    }
    layout() {
      if (!this.core) return { wheels: [] };
      const wheel = JSON.parse(this.core.UTF8ToString(this.core._mgi_layout_json()));
      // Core coordinates are the canvas's CSS pixels; SPEC wants the element's top-left corner.
      const hr = this.host.getBoundingClientRect();
      const cr = this.canvas.getBoundingClientRect();
      const sx = this.host.offsetWidth ? hr.width / this.host.offsetWidth : 1;
      const sy = this.host.offsetHeight ? hr.height / this.host.offsetHeight : 1;
      wheel.cx += (cr.left - hr.left) / sx;
      wheel.cy += (cr.top - hr.top) / sy;
      return { wheels: [wheel] };
    }
    setLang() {
      if (this.core) this.withStrings([this.lang()], (l) => this.core._mgi_set_lang(l.ptr, l.len));
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
    static get observedAttributes() { return ['profile', 'compare', 'lang', 'domain']; }
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
      if (name === 'profile') w.load();
      else if (name === 'lang') w.setLang();
      else if (name === 'domain') w.select(newValue || null);
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
  const DATA_ATTRS = ['data-profile', 'data-compare', 'data-lang', 'data-domain'];

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
        if (r.attributeName === 'data-profile') w.load();
        else if (r.attributeName === 'data-lang') w.setLang();
        else if (r.attributeName === 'data-domain') w.select(div.getAttribute('data-domain') || null);
      }
    }
  }).observe(document.documentElement, {
    childList: true, subtree: true, attributes: true, attributeOldValue: true,
    attributeFilter: ['data-mgi-wheel', ...DATA_ATTRS],
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
})();
