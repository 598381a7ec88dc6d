// The two forms a page writes a widget in: the <mgi-wheel> custom element, and
// <div data-mgi-wheel data-profile="..."> for CMSs whose filters strip unknown tags. Both get the
// same methods (SPEC section 3); the div gets them on itself once mounted.
import { setBasePath } from './core-loader.js';
import { ReadySignal } from './ready-signal.js';
import { WidgetController } from './widget-controller.js';

const ATTRIBUTES = ['profile', 'compare', 'lang', 'domain', 'picker', 'search', 'deeplink', 'loading'];
// The element's id too: deep links name it.

class MgiWheelElement extends HTMLElement {
  static get observedAttributes() { return [...ATTRIBUTES, 'id']; }
  // The classic script exports nothing: a page reaches setBasePath here (the ES module exports it).
  static setBasePath(url) { setBasePath(url); }
  // `ready` exists from construction, before the element is in the page.
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
  get ready() { return this._ready.want(); }
  select(id) { return this._widget ? this._widget.select(id) : false; }
  state() {
    return this._widget ? this._widget.state() : { domain: null, profile: null, compare: null, lang: 'en' };
  }
  layout() { return this._widget ? this._widget.layout() : { wheels: [] }; }
}

const DIV_SELECTOR = 'div[data-mgi-wheel]';

function mountDiv(div) {
  if (div.mgiWidget && !div.mgiWidget.destroyed) return;
  const ready = div.mgiReadySignal || (div.mgiReadySignal = new ReadySignal());
  const widget = new WidgetController(div, (name) => div.getAttribute('data-' + name), ready);
  div.mgiWidget = widget;
  Object.defineProperties(div, {
    ready: { configurable: true, get: () => ready.want() },
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

// Divs are mounted when found, now or later (tabs, accordions, single-page apps add them after
// load); removing one frees its instance; changes to its data- attributes take effect.
function watchDivs() {
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
        w.attributeChanged(r.attributeName === 'id' ? 'id' : r.attributeName.slice(5), div.getAttribute(r.attributeName));
      }
    }
  }).observe(document.documentElement, {
    childList: true, subtree: true, attributes: true, attributeOldValue: true,
    attributeFilter: ['data-mgi-wheel', 'id', ...ATTRIBUTES.map((name) => `data-${name}`)],
  });
  const scan = () => { for (const d of document.querySelectorAll(DIV_SELECTOR)) mountDiv(d); };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
}

export function defineWidgets() {
  customElements.define('mgi-wheel', MgiWheelElement);
  watchDivs();
}
