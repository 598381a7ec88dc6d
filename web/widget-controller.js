// One widget: builds its shadow DOM, starts its core instance and wires the host element, the page
// and the parts together over the widget's life. The C++ core owns all state and decides what is
// shown; the core's messages (MessageReader) and the parts write what it computes into the DOM.
//
// `attr(name)` reads the host's attributes (plain or data- prefixed); `ready` is its ReadySignal.
import { DOMAIN_IDS, LANGS, SOURCES } from './constants.js';
import { CanvasPresenter } from './canvas-presenter.js';
import { Catalogue, catalogueUrl } from './catalogue.js';
import { CoreApi } from './core-api.js';
import { loadCore } from './core-loader.js';
import { DeepLink } from './deep-link.js';
import { adoptStyles, el } from './dom.js';
import { Fallback } from './fallback.js';
import { fetchProfile } from './fetch-profile.js';
import { planBeforeCore } from './layout-before-core.js';
import { startWhenNear } from './lazy-start.js';
import { MessageReader } from './message-reader.js';
import { PageWatch } from './page-watch.js';
import { PanelView } from './panel-view.js';
import { Picker } from './picker.js';
import { printSnapshot } from './print-snapshot.js';
import { ProfileSides } from './profile-sides.js';
import { ReaderTools } from './reader-tools.js';
import { Search } from './search.js';
import { Twin } from './twin.js';

// Profiles already on their way get this long to arrive while the instance starts (see start()).
const EARLY_PROFILE_WAIT_MS = 100;

export class WidgetController {
  constructor(host, attr, ready) {
    this.host = host;
    this.attr = attr;
    this.ready = ready;
    this.core = null;  // the CoreApi, once started and until destroyed
    this.destroyed = false;
    this.pendingDomain = undefined;
    this.started = false;
    this.ready.renew();
    this.profiles = new ProfileSides({ attr, core: () => this.core, renewReady: () => this.ready.renew() });
    // A widget whose `ready` was asked for, or marked loading="eager", starts at once: the core and
    // the profile travel while the shadow DOM is built. The others start near the viewport.
    this.ready.onWant = () => this.start();
    if (this.ready.wanted || attr('loading') === 'eager') this.start();

    this.fallback = new Fallback(host);  // before the shadow root hides the page's fallback
    const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    root.replaceChildren();
    this.frame = el('div', { class: 'mgi', 'data-layout': 'narrow' });
    this.wheelBox = el('div', { class: 'wheel' });
    this.canvas = el('canvas', { part: 'wheel', 'aria-hidden': 'true' });
    this.presenter = new CanvasPresenter(this.canvas);
    this.twin = new Twin({
      shadowRoot: () => host.shadowRoot,
      activate: (i, source) => this.core && this.core.activate(i, source),
      setFocus: (i) => this.core && this.core.setFocus(i),
      domain: () => this.state().domain,
    });
    this.live = el('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.printImage = el('img', { class: 'print-image', part: 'print-image', alt: '' });
    // Names the panel's region together with its heading, so that several widgets showing the same
    // domain are still distinct landmarks.
    this.owner = el('span', { id: 'mgi-owner', class: 'visually-hidden' });
    this.links = new DeepLink({
      host, attr, core: () => this.core, reveal: (side, domain, key) => this.reveal(side, domain, key),
    });
    this.messages = new MessageReader(this);
    const tools = new ReaderTools({
      canvas: this.canvas, links: this.links, core: () => this.core, vm: () => this.messages.vm, ui: () => this.messages.ui,
      say: (text) => this.messages.say(text),
    });
    this.view = new PanelView({
      findingItem: (text, key, side) => tools.findingItem(text, key, side),
      toolbar: () => tools.toolbar(),
      retry: (label, side) => this.core ? this.retryButton(label, side) : null,
    });
    this.wheelBox.append(this.twin.root, this.canvas, this.printImage, this.live, this.owner);
    this.frame.append(this.wheelBox, this.view.root);
    // Every domain's findings when printing with none selected (the panel holds the introduction).
    this.printAll = el('div', { class: 'print-all' });
    const catalogue = new Catalogue({
      read: (url, bytes) => this.core ? this.core.readCatalogue(url, bytes) : null,
      failed: (url, err) => this.describeFailure(url, err, true),
    });
    this.picker = new Picker({
      attr, setAttr: (name, value) => this.setAttr(name, value), changed: (source) => this.changed(source),
      shadowActive: () => host.shadowRoot && host.shadowRoot.activeElement,
      match: (query) => this.core ? this.core.matchCatalogue(query) : [],
    }, catalogue);
    this.search = new Search({
      attr,
      catalogueUrl: () => attr('picker') !== null ? catalogueUrl(attr) : null,
      readCatalogue: (url) => catalogue.read(url),
      searchIndexUrl: (url) => catalogue.searchIndex(url),
      fetchProfile,
      describeFailure: (url, err) => this.describeFailure(url, err),
      beginIndex: (url, bytes) => !!this.core && (this.core.beginSearchIndex(url, bytes), true),
      continueIndex: (count) => this.core ? this.core.continueSearchIndex(count) : null,
      query: (text, limit) => this.core ? this.core.search(text, limit) : null,
      state: () => this.state(),
      reveal: (side, domain, key) => this.reveal(side, domain, key),
      openProfile: (url, source) => { this.setAttr('profile', url); this.changed(source); },
    });
    adoptStyles(root);
    this.widthProbe = el('div', { class: 'width-probe', 'aria-hidden': 'true' });
    root.append(this.picker.root, this.search.root, this.frame, this.printAll, this.widthProbe);
    this.fallback.attach(root, [this.picker.root, this.search.root, this.frame], this.frame);
    this.view.renderBusy();

    this.page = new PageWatch(host, this.widthProbe, {
      resize: () => this.resize(),
      visibility: () => this.core && this.core.setVisible(this.page.visible),
      motion: () => this.core && this.core.setReducedMotion(this.page.reducedMotion),
      fonts: () => this.core && this.core.fontsChanged(),
      hash: () => this.links.read(),
      print: () => { this.start(); printSnapshot(this); },
    });
    this.stopWaiting = startWhenNear(host, this);
  }

  // ---- Life cycle
  // Fetches the profile(s) and starts the core (lazy-start.js calls it as the widget nears the
  // viewport). A widget waiting to start shows its fallback, or the place its wheel will take.
  start() {
    if (this.started || this.destroyed) return;
    this.started = true;
    if (this.stopWaiting) this.stopWaiting();
    this.profiles.prefetch();
    loadCore().catch(() => {});  // boot() reports a failure
    this.boot();
  }
  placeBeforeCore(width) {
    if (!this.messages.laidOut) this.messages.applyLayout(planBeforeCore(width, !!this.attr('compare')), false);
  }

  async boot() {
    let module;
    try {
      // Profiles already on their way (one, or two when comparing) get a moment to arrive while the
      // core starts: their bytes then reach the core in the same task as create, and the first
      // frame drawn is the one with data. Otherwise the browser draws the loading wheel first,
      // because a download's promise settles in a task that comes after that frame.
      const early = this.profiles.early();
      const arrival = early.length ? Promise.race([Promise.all(early), new Promise((r) => setTimeout(r, EARLY_PROFILE_WAIT_MS))]) : null;
      [module] = await Promise.all([loadCore(), arrival]);
    } catch (err) {
      return this.failWithoutCore(`the widget core could not start: ${err && err.message || err}`, err && err.url || '');
    }
    if (this.destroyed) return;
    let ok;
    try {
      this.core = CoreApi.open(module, {
        canvas: this.canvas,
        receive: (kind, data) => this.messages.receive(kind, data),
        show: (picture, width, height) => this.presenter.show(picture, width, height),
        fontLoaded: () => this.core && this.core.fontsChanged(),
      });
      this.core.setLinkTarget(this.links.target());
      ok = this.core.create(...this.langTags(), this.page.reducedMotion, this.hostWidth(), window.devicePixelRatio || 1);
    } catch (err) {
      // A trap in the core (WebKitGTK's JavaScriptCore once gave "Out of bounds memory access" here,
      // with the page's own 15 WebGL contexts busy): this widget says so, instead of loading for
      // ever, and calls the core no more; the page's other widgets go on.
      this.core = null;
      return this.failWithoutCore(`the widget core failed as the widget started: ${err && err.message || err}`, '');
    }
    if (!ok) return;
    this.core.setVisible(this.page.visible);  // the size came with create; later changes come from the ResizeObserver
    if (this.pendingDomain !== undefined) this.core.select(this.pendingDomain, SOURCES.api);
    else if (this.attr('domain')) this.core.select(this.attr('domain'), SOURCES.api);
    this.profiles.load(0);
    if (this.attr('compare')) this.profiles.load(1);
  }

  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.ready.onWant = null;
    if (this.stopWaiting) this.stopWaiting();
    this.page.stop();
    this.profiles.stop();
    this.picker.destroy();
    if (this.core) {
      this.core.destroy();
      this.core = null;
    }
  }

  // The core's words for a failure: for the console, or (`forPicker`) for the picker.
  describeFailure(url, failure, forPicker = false) {
    return (this.core && this.core.describeFailure(url, failure, forPicker)) || failure.message;
  }

  retryButton(label, side) {
    const retry = el('button', { type: 'button', class: 'retry' }, label);
    retry.addEventListener('click', () => this.profiles.load(side));
    return retry;
  }

  // An attribute of SPEC section 3 (or `picker`, `search`, `deeplink`, `id`) changed after mount.
  attributeChanged(name, value) {
    if (name === 'profile') this.profiles.load(0);
    else if (name === 'compare') this.profiles.load(1);
    else if (name === 'lang') this.setLang();
    else if (name === 'domain') this.select(value || null);
    else if (name === 'picker') { this.picker.refresh(); this.search.refresh(); }
    else if (name === 'search') this.search.refresh();
    else if (name === 'loading' && value === 'eager') this.start();
    else if ((name === 'deeplink' || name === 'id') && this.core) this.core.setLinkTarget(this.links.target());
  }

  // The core itself is unavailable: the only message the loader writes on its own.
  // `url`: the core's file at fault, when one is (the message names it too).
  failWithoutCore(message, url) {
    this.view.renderError({ message, url, details: [] }, 'The profile could not be shown');
    this.messages.raiseError({ message, url });
  }

  // Shows `domain` with the finding `key` (of `side`, when given) highlighted.
  reveal(side, domain, key) {
    const shown = this.state().domain === domain;
    this.view.reveal(key, side, shown);
    if (!shown) this.select(domain, SOURCES.api);
  }

  // ---- Sizes
  hostWidth() { return this.page.width ?? (this.host.clientWidth || this.host.getBoundingClientRect().width); }
  resize() {
    if (this.core) this.core.setHostSize(this.hostWidth(), window.devicePixelRatio || 1);
  }

  // ---- Attributes written by the widget itself (picker, search), in the element's own form.
  setAttr(name, value) {
    const attrName = this.host.localName === 'mgi-wheel' ? name : `data-${name}`;
    if (value === null) this.host.removeAttribute(attrName); else this.host.setAttribute(attrName, value);
  }
  changed(source) {
    this.messages.emit('mgi-change', { profile: this.attr('profile'), compare: this.attr('compare') || null, source });
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
    return this.core.select(id || null, source);
  }
  state() {
    if (!this.core) {
      const d = this.pendingDomain !== undefined ? this.pendingDomain : this.attr('domain');
      return { domain: DOMAIN_IDS.includes(d) ? d : null, profile: null, compare: null, lang: this.langBeforeCore() };
    }
    const s = this.core.state();
    return { domain: s.domain, profile: s.profile, compare: s.compare, lang: s.lang };
  }
  layout() {
    if (!this.core) return { wheels: [] };
    const layout = this.core.layout();
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
    if (this.core) this.core.setLang(...this.langTags());
  }
}
