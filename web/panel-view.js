// The findings panel: writes the core's view model into the DOM (textContent only), and
// highlights the finding a link or a search result points at.
//
// `parts` makes the pieces that act on the widget: findingItem(text, key, side) (a finding with its
// Copy link / Cite buttons), toolbar() and retry(label, side) (a Try again button, or null when
// there is no core to try with).
import { renderCompare } from './compare-view.js';
import { el } from './dom.js';

export class PanelView {
  constructor(parts) {
    this.parts = parts;
    this.root = el('section', { part: 'panel', class: 'panel', dir: 'auto', tabindex: '0' });
    // Known from scroll events, so a new panel goes back to its top without a forced layout: writing
    // scrollTop on every render made the browser lay out the page there and then, three times at start.
    this.scrolled = false;
    this.root.addEventListener('scroll', () => { this.scrolled = this.root.scrollTop > 0; }, { passive: true });
    this.pending = null;  // { key, side }: the finding to highlight once it is shown
  }

  render(vm) {
    const p = this.root;
    p.replaceChildren();
    p.removeAttribute('aria-busy');
    p.lang = vm.lang;
    p.dataset.state = vm.state;
    p.style.removeProperty('--mgi-domain-colour');
    p.classList.toggle('has-colour', !!vm.colour);
    if (vm.state === 'error') return this.renderError(vm.error, vm.heading, vm.note, vm.error.retry);
    if (vm.state === 'compare') {
      renderCompare(p, vm, this.parts);
      p.append(this.parts.toolbar());
      this.highlight();
      return;
    }
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
      list.items.forEach((item, i) => ul.append(this.parts.findingItem(item, list.keys[i], 0)));
      p.append(ul);
    }
    if (vm.note) p.append(el('p', { class: vm.state === 'loading' ? 'status' : 'note' }, vm.note));
    if (vm.state === 'intro' || vm.state === 'domain') p.append(this.parts.toolbar());
    if (this.scrolled) {
      p.scrollTop = 0;
      this.scrolled = false;
    }
    this.highlight();
  }

  renderError(error, heading, note, retryLabel) {
    const p = this.root;
    p.replaceChildren();
    p.dataset.state = 'error';
    const box = el('div', { class: 'error', role: 'alert' });
    box.append(el('h2', null, heading));
    box.append(el('p', { class: 'message' }, error.message));
    if (error.details && error.details.length > 1) {
      const ul = el('ul', { class: 'details' });
      for (const d of error.details) ul.append(el('li', null, d));
      box.append(ul);
    }
    if (note) box.append(el('p', { class: 'note' }, note));
    const retry = retryLabel && this.parts.retry(retryLabel, 0);
    if (retry) box.append(retry);
    p.append(box);
  }

  // Before the core has started: nothing to read yet, and no words, since the language is the
  // core's to choose (its first panel, "loading" in that language, follows as soon as it starts).
  renderBusy() {
    this.root.replaceChildren();
    this.root.setAttribute('aria-busy', 'true');
    this.root.dataset.state = 'loading';
  }

  // The finding `key` (on `side` when given) is highlighted after the next render, or now when
  // `now` (its domain is already shown).
  reveal(key, side, now) {
    this.pending = { key, side };
    if (now) this.highlight();
  }

  // Scrolls to and highlights the pending finding. A finding that is gone leaves its domain shown,
  // as a link degrades.
  highlight() {
    const pending = this.pending;
    if (!pending || !pending.key) return;
    this.pending = null;
    const { key, side } = pending;
    const items = [...this.root.querySelectorAll('li[data-key]')].filter((li) => li.dataset.key === key &&
      (side === undefined || li.dataset.side === String(side)));
    for (const old of this.root.querySelectorAll('li.highlight')) old.classList.remove('highlight');
    if (!items.length) return;
    items[0].classList.add('highlight');
    items[0].focus({ preventScroll: true });
    items[0].scrollIntoView({ block: 'center', behavior: 'instant' });
  }
}
