// One widget: wires the host element, the core instance, the page and the parts of the shadow
// DOM together, and keeps them in step over the widget's life. The C++ core owns all state and
// decides what is shown; the parts write what it computes into the DOM.
//
// `attr(name)` reads the host's attributes (plain or data- prefixed); `ready` is its ReadySignal.
import { DOMAIN_IDS, LANGS, SOURCES } from './constants.js';
import { Catalogue, catalogueUrl } from './catalogue.js';
import { loadCore } from './core-loader.js';
import { DeepLink } from './deep-link.js';
import { adoptStyles, el } from './dom.js';
import { Fallback } from './fallback.js';
import { FAILURE, LoadFailure, fetchProfile } from './fetch-profile.js';
import { PageWatch } from './page-watch.js';
import { PanelView } from './panel-view.js';
import { Picker } from './picker.js';
import { ReaderTools } from './reader-tools.js';
import { Search } from './search.js';
import { Twin } from './twin.js';
import { callString, readJson, widgetCore, withBytes, withStrings } from './wasm-bridge.js';

// Profiles already on their way get this long to arrive while the instance starts (see start()).
const EARLY_PROFILE_WAIT_MS = 100;

export class WidgetController {
  constructor(host, attr, ready) {
    this.host = host;
    this.attr = attr;
    this.ready = ready;
    this.core = null;
    this.vm = null;
    this.ui = null;  // the labels of the widget's own controls, from the core's last "strings"
    this.destroyed = false;
    this.restyleFrame = 0;  // restyled()'s pending check
    this.pendingDomain = undefined;
    this.sides = [{ seq: 0, abort: null, url: null }, { seq: 0, abort: null, url: null }];
    this.ready.renew();
    // The downloads first: the core and the profile travel while the shadow DOM is built.
    this.prefetch();
    loadCore().catch(() => {});  // start() reports a failure

    this.fallback = new Fallback(host);  // before the shadow root hides the page's fallback
    const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    root.replaceChildren();
    this.frame = el('div', { class: 'mgi', 'data-layout': 'narrow' });
    this.wheelBox = el('div', { class: 'wheel' });
    this.canvas = el('canvas', { part: 'wheel', 'aria-hidden': 'true' });
    // Where the page's surface is shown when this widget is alone (showSurface): in a closed
    // shadow root of its own, so that the widget still has the one canvas SPEC names.
    this.surfaceSlot = el('div', { class: 'surface-slot', 'aria-hidden': 'true' });
    this.surfaceRoot = this.surfaceSlot.attachShadow({ mode: 'closed' });
    this.twin = new Twin({
      shadowRoot: () => host.shadowRoot,
      activate: (i, source) => this.core && this.core._mgi_activate(i, source),
      setFocus: (i) => this.core && this.core._mgi_set_focus(i),
      domain: () => this.state().domain,
    });
    this.live = el('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.lastAnnounce = '';
    this.printImage = el('img', { class: 'print-image', part: 'print-image', alt: '' });
    // Names the panel's region together with its heading, so that several widgets showing the same
    // domain are still distinct landmarks.
    this.owner = el('span', { id: 'mgi-owner', class: 'visually-hidden' });
    this.links = new DeepLink({
      host, attr, core: () => this.core, reveal: (side, domain, key) => this.reveal(side, domain, key),
    });
    const tools = new ReaderTools({
      canvas: this.canvas, picture: () => this.pictureCanvas(), links: this.links, core: () => this.core, vm: () => this.vm, ui: () => this.ui,
      say: (text) => this.say(text),
    });
    this.view = new PanelView({
      findingItem: (text, key, side) => tools.findingItem(text, key, side),
      toolbar: () => tools.toolbar(),
      retry: (label, side) => this.core ? this.retryButton(label, side) : null,
    });
    this.wheelBox.append(this.twin.root, this.canvas, this.surfaceSlot, this.printImage, this.live, this.owner);
    // Styles the page may give the canvas with no layout or resize to hear of: on hover, on press,
    // on focus, through a transition or an animation (::part(wheel):hover { filter: … }).
    for (const type of ['pointerenter', 'pointerleave', 'pointerdown', 'pointerup', 'pointercancel']) {
      this.canvas.addEventListener(type, () => this.restyled());
    }
    for (const type of ['focusin', 'focusout', 'transitionrun', 'transitionstart', 'transitionend', 'transitioncancel',
      'animationstart', 'animationend', 'animationcancel']) {
      this.wheelBox.addEventListener(type, () => this.restyled());
    }
    this.frame.append(this.wheelBox, this.view.root);
    // Every domain's findings when printing with none selected (the panel holds the introduction).
    this.printAll = el('div', { class: 'print-all' });
    const catalogue = new Catalogue({
      read: (url, bytes) => this.core ? withBytes(this.core, bytes, (text) => readJson(this.core, withStrings(this.core, [url],
        (u) => this.core._mgi_catalogue_read(u.ptr, u.len, text.ptr, text.len)))) : null,
      failed: (url, err) => this.describeFailure(url, err, '_mgi_catalogue_failed'),
    });
    this.picker = new Picker({
      attr, setAttr: (name, value) => this.setAttr(name, value), changed: (source) => this.changed(source),
      shadowActive: () => host.shadowRoot && host.shadowRoot.activeElement,
      match: (query) => this.core ? JSON.parse(callString(this.core, '_mgi_catalogue_match', [query])) : [],
    }, catalogue);
    this.search = new Search({
      attr,
      catalogueUrl: () => attr('picker') !== null ? catalogueUrl(attr) : null,
      readCatalogue: (url) => catalogue.read(url),
      searchIndexUrl: (url) => catalogue.searchIndex(url),
      fetchProfile,
      describeFailure: (url, err) => this.describeFailure(url, err),
      beginIndex: (url, bytes) => !!this.core && !this.destroyed && (withBytes(this.core, bytes, (text) => withStrings(this.core, [url],
        (u) => this.core._mgi_search_index_begin(u.ptr, u.len, text.ptr, text.len))), true),
      continueIndex: (count) => this.core && !this.destroyed ? this.core._mgi_search_index_continue(count) : null,
      query: (text, limit) => this.core ? JSON.parse(withStrings(this.core, [text],
        (q) => this.core.UTF8ToString(this.core._mgi_search(q.ptr, q.len, limit)))) : null,
      state: () => this.state(),
      reveal: (side, domain, key) => this.reveal(side, domain, key),
      openProfile: (url, source) => { this.setAttr('profile', url); this.changed(source); },
    });
    adoptStyles(root);
    root.append(this.picker.root, this.search.root, this.frame, this.printAll);
    this.fallback.attach(root, [this.picker.root, this.search.root, this.frame], this.frame);
    this.view.renderBusy();

    this.page = new PageWatch(host, {
      resize: () => this.resize(),
      visibility: () => this.updateVisible(),
      motion: () => this.core && this.core._mgi_set_reduced_motion(this.page.reducedMotion ? 1 : 0),
      fonts: () => this.core && this.core._mgi_fonts_changed(),
      hash: () => this.links.read(),
      print: () => this.snapshotForPrint(),
    });
    this.start();
  }

  // ---- Life cycle
  async start() {
    let module;
    try {
      // Profiles already on their way (one, or two when comparing) get a moment to arrive while the
      // core starts: their bytes then reach the core in the same task as create, and the first
      // frame drawn is the one with data. Otherwise the browser draws the loading wheel first,
      // because a download's promise settles in a task that comes after that frame.
      const early = this.sides.filter((s) => s.prefetch).map((s) => s.prefetch.bytes.catch(() => {}));
      const arrival = early.length ? Promise.race([Promise.all(early), new Promise((r) => setTimeout(r, EARLY_PROFILE_WAIT_MS))]) : null;
      [module] = await Promise.all([loadCore(), arrival]);
    } catch (err) {
      return this.failWithoutCore(`the widget core could not start: ${err && err.message || err}`, err && err.url || '');
    }
    if (this.destroyed) return;
    let ok;
    try {
      const id = module._mgi_new_widget();
      this.module = module;
      module.mgiHosts.set(id, {
        canvas: this.canvas,
        emit: (kind, json) => this.onCoreEvent(kind, json),
        show: (picture, width, height) => this.show(picture, width, height),
        showSurface: (surface, width, height) => this.showSurface(surface, width, height),
      });
      this.core = widgetCore(module, id);
      ok = withStrings(this.core, this.langTags(), (own, page) => this.core._mgi_create(own.ptr, own.len,
        page.ptr, page.len, this.page.reducedMotion ? 1 : 0, this.hostWidth(), window.devicePixelRatio || 1));
    } catch (err) {
      // A trap in the core (WebKitGTK's JavaScriptCore once gave "Out of bounds memory access" here,
      // with the page's own 15 WebGL contexts busy): this widget says so, instead of loading for
      // ever, and calls the core no more; the page's other widgets go on.
      this.core = null;
      return this.failWithoutCore(`the widget core failed as the widget started: ${err && err.message || err}`, '');
    }
    if (!ok) return;
    this.updateVisible();  // the size came with create; later changes come from the ResizeObserver
    if (this.pendingDomain !== undefined) this.selectNow(this.pendingDomain, SOURCES.api);
    else if (this.attr('domain')) this.selectNow(this.attr('domain'), SOURCES.api);
    this.load(0);
    if (this.attr('compare')) this.load(1);
  }

  // The core's picture of the wheel, in the task that drew it: the page surface's top-left corner
  // (a canvas), or pixels drawn on the CPU (ImageData). The canvas keeps it until the next one.
  show(picture, width, height) {
    this.sizeCanvas(width, height);
    const ctx = this.context2d || (this.context2d = this.canvas.getContext('2d'));
    if (!ctx) return;
    if (picture instanceof ImageData) {
      ctx.putImageData(picture, 0, 0);
    } else {
      // 'copy' replaces the pixels, transparent ones included, with no clear before it. Set at each
      // picture: a change of the canvas's size resets the context's state.
      ctx.globalCompositeOperation = 'copy';
      ctx.drawImage(picture, 0, 0, width, height, 0, 0, width, height);
    }
    this.canvasHasPicture = true;
    // Shown in this widget's place until now (it was alone on the page): its own canvas takes over.
    if (this.surfaceShown()) this.module.mgiSurface.remove();
  }

  // A widget alone on its page is drawn straight into the page's surface, shown over its canvas
  // (src/platform/page_surface.hpp): no copy. Its canvas is emptied, since the surface is
  // transparent around the wheel; it stays below to take the pointer and the page's styles.
  // Returns false, and the core copies as for any other widget, when the page styles the canvas in
  // a way the surface could not follow.
  showSurface(surface, width, height) {
    // Asked again after each layout and resize (the page's styles may have changed with them), and
    // each time the surface comes back to this widget (a page of several widgets: after a click).
    if (this.surfaceRefused === undefined || (!this.surfaceRefused && surface.parentNode !== this.surfaceRoot)) {
      this.surfaceRefused = !this.surfaceLooksLikeCanvas();
    }
    if (this.surfaceRefused) return false;  // the copy that follows takes the surface away
    if (surface.parentNode !== this.surfaceRoot) {
      Object.assign(surface.style, { display: 'block', width: '100%', height: '100%' });
      this.surfaceRoot.append(surface);
      this.placeSurface();
    }
    // The canvas keeps the size of the picture shown over it (a new size empties it too).
    if (!this.sizeCanvas(width, height) && this.canvasHasPicture) this.context2d.clearRect(0, 0, width, height);
    this.canvasHasPicture = false;
    return true;
  }

  // Gives the canvas a picture's pixel size; true when that changed it (which empties it).
  sizeCanvas(width, height) {
    const canvas = this.canvas;
    if (canvas.width === width && canvas.height === height) return false;
    canvas.width = width;
    canvas.height = height;
    return true;
  }

  // Whether the surface, placed over the canvas's content box, shows what the canvas would: a page
  // that transforms, filters, fades, clips, blends or raises the canvas (::part(wheel)), or is
  // animating it, keeps the copies. Rounded corners are followed where they clip the content box
  // alone (no border, no padding).
  surfaceLooksLikeCanvas() {
    const s = getComputedStyle(this.canvas);
    const untransformed = ['transform', 'scale', 'rotate', 'translate'].every((p) => (s[p] || 'none') === 'none');
    const still = !this.canvas.getAnimations || this.canvas.getAnimations().length === 0;  // a transition's delay too
    const plain = untransformed && still && s.filter === 'none' && s.opacity === '1' && s.clipPath === 'none' && s.zIndex === 'auto'
      && (s.maskImage || s.webkitMaskImage || 'none') === 'none' && s.mixBlendMode === 'normal'
      && s.visibility === getComputedStyle(this.surfaceSlot).visibility;  // inherited alike, unless set on the canvas
    const edges = ['Top', 'Right', 'Bottom', 'Left'].every((side) => parseFloat(s[`border${side}Width`]) === 0 && parseFloat(s[`padding${side}`]) === 0);
    const square = ['TopLeft', 'TopRight', 'BottomRight', 'BottomLeft'].every((c) => parseFloat(s[`border${c}Radius`]) === 0);
    if (!plain || (!square && !edges)) return false;
    Object.assign(this.surfaceSlot.style, { borderRadius: square ? '' : s.borderRadius, overflow: square ? '' : 'hidden' });
    return true;
  }

  // Asks again whether the surface may be shown, once the new style applies (the next frame); where
  // it may not, the wheel is drawn now and copied into the canvas, whose style the page then sees.
  restyled() {
    this.surfaceRefused = undefined;
    if (this.restyleFrame || !this.surfaceShown()) return;
    this.restyleFrame = requestAnimationFrame(() => {
      this.restyleFrame = 0;
      if (this.destroyed || !this.surfaceShown()) return;
      this.surfaceRefused = !this.surfaceLooksLikeCanvas();
      if (this.surfaceRefused) this.core._mgi_render_now();
      else this.placeSurface();
    });
  }

  surfaceShown() { return !!this.module && this.module.mgiSurface.parentNode === this.surfaceRoot; }

  // The canvas holding the wheel's last frame: read in the task that drew it (printing, the PNG).
  pictureCanvas() { return this.surfaceShown() ? this.module.mgiSurface : this.canvas; }

  // Over the canvas's content box, wherever the page's styles put it (a border, padding), to the
  // fraction of a pixel: offsetLeft and clientWidth are rounded, the canvas's width often is not.
  placeSurface() {
    if (!this.surfaceShown()) return;
    const c = this.canvas, s = getComputedStyle(c), px = (v) => parseFloat(v) || 0;
    const inset = (side) => px(s[`border${side}Width`]) + px(s[`padding${side}`]);
    const box = this.wheelBox.getBoundingClientRect(), r = c.getBoundingClientRect();
    // In layout pixels: a transformed ancestor (scale) scales both rectangles alike.
    const scale = Math.abs(box.width - this.wheelBox.offsetWidth) > 1 ? box.width / this.wheelBox.offsetWidth : 1;
    const style = this.surfaceSlot.style;
    style.left = `${(r.left - box.left) / scale - this.wheelBox.clientLeft + inset('Left')}px`;
    style.top = `${(r.top - box.top) / scale - this.wheelBox.clientTop + inset('Top')}px`;
    style.width = `${Math.max(0, r.width / scale - inset('Left') - inset('Right'))}px`;
    style.height = `${Math.max(0, r.height / scale - inset('Top') - inset('Bottom'))}px`;
  }

  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    cancelAnimationFrame(this.restyleFrame);
    this.page.stop();
    for (const slot of this.sides) if (slot.abort) slot.abort.abort();
    this.picker.destroy();
    if (this.core) {
      this.core._mgi_destroy();
      this.module.mgiHosts.delete(this.core.widgetId);
      this.core = null;
    }
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
    if (!url) return this.coreFailed(0, '', new LoadFailure(FAILURE.noProfile));
    slot.url = url;
    withStrings(this.core, [url], (u) => this.core._mgi_begin_loading(side, u.ptr, u.len));
    const request = early || fetchProfile(url);
    slot.abort = request.abort;
    let bytes;
    try {
      bytes = await request.bytes;
    } catch (err) {
      if (seq !== slot.seq || this.destroyed) return;
      return this.coreFailed(side, url, err);
    }
    if (seq !== slot.seq || this.destroyed || !this.core) return;
    withBytes(this.core, bytes, (text) => withStrings(this.core, [url],
      (u) => this.core._mgi_load_profile(side, u.ptr, u.len, text.ptr, text.len)));
  }

  // Starts fetching the profile(s) at once, while the core loads and compiles: on a slow network
  // the two downloads overlap instead of following each other.
  prefetch() {
    [0, 1].forEach((side) => {
      const url = this.attr(side === 0 ? 'profile' : 'compare');
      if (!url) return;
      const request = fetchProfile(url);
      request.bytes.catch(() => {});  // reported when load() takes it
      this.sides[side].prefetch = { url, ...request };
      this.sides[side].abort = request.abort;
    });
  }

  coreFailed(side, url, failure) {
    const f = LoadFailure.from(failure);
    withStrings(this.core, [url, f.statusText], (u, t) =>
      this.core._mgi_load_failed(side, u.ptr, u.len, f.kind, f.amount, f.limit, t.ptr, t.len));
  }
  // The core's words for a failure: for the console, or (`how`: _mgi_catalogue_failed) for the picker.
  describeFailure(url, failure, how = '_mgi_describe_failure') {
    const f = LoadFailure.from(failure);
    return withStrings(this.core, [url, f.statusText], (u, t) => this.core.UTF8ToString(
      this.core[how](u.ptr, u.len, f.kind, f.amount, f.limit, t.ptr, t.len))) || failure.message;
  }

  retryButton(label, side) {
    const retry = el('button', { type: 'button', class: 'retry' }, label);
    retry.addEventListener('click', () => this.load(side));
    return retry;
  }

  // An attribute of SPEC section 3 (or `picker`, `search`) changed after mount.
  attributeChanged(name, value) {
    if (name === 'profile') this.load(0);
    else if (name === 'compare') this.load(1);
    else if (name === 'lang') this.setLang();
    else if (name === 'domain') this.select(value || null);
    else if (name === 'picker') { this.picker.refresh(); this.search.refresh(); }
    else if (name === 'search') this.search.refresh();
  }

  // The core itself is unavailable: the only message the loader writes on its own.
  // `url`: the core's file at fault, when one is (the message names it too).
  failWithoutCore(message, url) {
    this.view.renderError({ message, url, details: [] }, 'The profile could not be shown');
    this.raiseError({ message, url });
  }

  // ---- Events from the core
  onCoreEvent(kind, json) {
    const data = JSON.parse(json);
    switch (kind) {
      case 'strings': return this.setStrings(data);
      case 'panel': return this.render(data);
      case 'layout': return this.applyLayout(data);
      case 'select':
        this.links.write(data.domain);
        this.emit('mgi-select', data);
        return;
      case 'ready':
        this.fallback.takeOver();
        if (!this.fragmentRead) { this.fragmentRead = true; this.links.read(); }
        this.search.opened();
        this.ready.resolve(this.host);
        this.emit('mgi-ready', this.state());
        return;
      case 'error': return this.raiseError(data);
      case 'warning':
        console.warn(`mgi-wheel: ${data.url ? `${data.url}:\n  ` : ''}` + data.messages.join('\n  '));
        return;
    }
  }

  emit(type, detail) {
    this.host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  raiseError(data) {
    this.fallback.takeOver();  // the widget's panel says what went wrong
    const where = data.url && !data.message.includes(data.url) ? `${data.url}: ` : '';
    console.error(`mgi-wheel: ${where}${data.message}` + (data.details && data.details.length > 1 ? '\n  ' + data.details.join('\n  ') : ''));
    this.ready.reject(new Error(data.message));
    this.emit('mgi-error', { message: data.message, url: data.url, side: data.side === 1 ? 'compare' : 'profile' });
  }

  // Comes before the panel it applies to (at start and on a change of language only).
  setStrings(ui) {
    this.ui = ui;
    this.picker.setStrings(ui);
    this.search.setStrings(ui);
  }

  render(vm) {
    this.vm = vm;
    if (vm.domain) this.printAll.replaceChildren();  // printed all domains only with none selected
    this.picker.sync();  // a panel comes with every change of the profiles shown: the inputs follow
    this.twin.render(vm);
    if (vm.twin) this.owner.textContent = vm.twin.label;
    if (vm.announce && vm.announce !== this.lastAnnounce) this.live.textContent = vm.announce;
    this.lastAnnounce = vm.announce;
    this.view.render(vm);
  }

  say(text) {
    this.live.textContent = text;
    this.lastAnnounce = text;
  }

  // Shows `domain` with the finding `key` (of `side`, when given) highlighted.
  reveal(side, domain, key) {
    const shown = this.state().domain === domain;
    this.view.reveal(key, side, shown);
    if (!shown) this.select(domain, SOURCES.api);
  }

  snapshotForPrint() {
    if (!this.core || this.destroyed) return;
    // Drawn now, even when out of view (no frames there), so the printed wheel is the current one.
    this.core._mgi_render_now();
    this.printImage.src = this.pictureCanvas().toDataURL('image/png');
    this.printImage.alt = this.twin.label();
    this.printAll.replaceChildren();
    if (this.state().domain) return;
    for (const vm of readJson(this.core, this.core._mgi_print_panels()) || []) {
      const view = new PanelView({ findingItem: (text) => el('li', null, text), toolbar: () => '', retry: () => null });
      view.render(vm);
      // Printed only: no second landmark, focus stop or id beside the live panel's.
      for (const a of ['part', 'tabindex', 'aria-labelledby']) view.root.removeAttribute(a);
      for (const n of view.root.querySelectorAll('[id]')) n.removeAttribute('id');
      this.printAll.append(view.root);
    }
  }

  applyLayout(plan) {
    this.frame.dataset.layout = plan.compare ? (plan.wide ? 'compare' : 'compare-narrow') : plan.wide ? 'wide' : 'narrow';
    this.canvas.style.width = `${plan.canvas_width}px`;
    this.canvas.style.height = `${plan.canvas_height}px`;
    this.frame.style.setProperty('--mgi-wheel-height', `${plan.canvas_height}px`);
    this.printImage.style.width = `${plan.canvas_width}px`;
    this.fallback.update(plan.canvas_height);
    this.surfaceRefused = undefined;
    this.placeSurface();
  }

  // ---- Sizes, visibility
  hostWidth() { return this.page.width ?? (this.host.clientWidth || this.host.getBoundingClientRect().width); }
  resize() {
    if (this.core) this.core._mgi_set_host_size(this.hostWidth(), window.devicePixelRatio || 1);
    this.surfaceRefused = undefined;  // the page's styles may have changed: ask again
    this.placeSurface();
  }
  updateVisible() {
    if (this.core) this.core._mgi_set_visible(this.page.visible ? 1 : 0);
  }

  // ---- Attributes written by the widget itself (picker, search), in the element's own form.
  setAttr(name, value) {
    const attrName = this.host.localName === 'mgi-wheel' ? name : `data-${name}`;
    if (value === null) this.host.removeAttribute(attrName); else this.host.setAttribute(attrName, value);
  }
  changed(source) {
    this.emit('mgi-change', { profile: this.attr('profile'), compare: this.attr('compare') || null, source });
  }

  // ---- SPEC section 3 methods
  // The widget's `lang` and the page's `<html lang>`, as written: the core chooses from them
  // (Strings::ChooseLanguage).
  langTags() {
    return [this.attr('lang') || '', document.documentElement.lang || ''];
  }
  // state()'s language before the core has started, which must still answer (SPEC section 3): the
  // core's rule, mirrored for that moment only (engines.test.mjs checks that the two agree).
  langBeforeCore() {
    for (const tag of this.langTags()) {
      const primary = tag.split(/[-_]/)[0].toLowerCase();
      if (LANGS.includes(primary)) return primary;
    }
    return 'en';
  }
  // The core checks the id (and says on the console what is wrong with it); before it has started,
  // the id waits for it.
  select(id, source = SOURCES.api) {
    if (!this.core) { this.pendingDomain = id || null; return true; }
    return this.selectNow(id || null, source);
  }
  selectNow(id, source) {
    return !!withStrings(this.core, [id ? String(id) : ''], (s) => this.core._mgi_select(s.ptr, s.len, source));
  }
  state() {
    if (!this.core) {
      const d = this.pendingDomain !== undefined ? this.pendingDomain : this.attr('domain');
      return { domain: DOMAIN_IDS.includes(d) ? d : null, profile: null, compare: null, lang: this.langBeforeCore() };
    }
    const s = readJson(this.core, this.core._mgi_state_json());
    return { domain: s.domain, profile: s.profile, compare: s.compare, lang: s.lang };
  }
  layout() {
    if (!this.core) return { wheels: [] };
    const layout = readJson(this.core, this.core._mgi_layout_json());
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
    if (this.core) withStrings(this.core, this.langTags(), (own, page) => this.core._mgi_set_lang(own.ptr, own.len, page.ptr, page.len));
  }
}
