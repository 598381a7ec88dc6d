// The comparison picker (`picker` attribute): two comboboxes over the catalogue, Swap and Close.
// HTML, not ImGui: the browser's text input brings IMEs, mobile keyboards and screen readers.
// Choosing sets the `profile`/`compare` attributes, which load as any attribute change does, and
// raises mgi-change.
//
// `widget` is what the picker may do to its widget: attr(name), setAttr(name, value),
// changed(source) (raises mgi-change), shadowActive() (the focused element inside) and
// match(query) (the core's options for what was typed: [{ index, tag }] into the catalogue).
import { catalogueUrl } from './catalogue.js';
import { el } from './dom.js';

export class Picker {
  constructor(widget, catalogue) {
    this.widget = widget;
    this.source = catalogue;
    this.root = el('div', { class: 'picker', role: 'group' });
    this.root.hidden = true;
    this.ui = null;
    this.catalogue = null;     // [{ id, name, file, local, country, url }]
    this.catalogueUrl = null;
    this.problem = null;       // why the catalogue could not be read
    this.combos = [];
    this.seq = 0;
  }
  enabled() { return this.widget.attr('picker') !== null; }
  setStrings(ui) {
    if (!ui) return;
    const changed = JSON.stringify(ui) !== JSON.stringify(this.ui);
    this.ui = ui;
    if (changed) this.refresh(); else this.sync();
  }
  async refresh() {
    if (!this.enabled() || !this.ui) { this.root.hidden = true; this.root.replaceChildren(); this.combos = []; return; }
    this.root.hidden = false;
    const url = catalogueUrl(this.widget.attr);
    if (url !== this.catalogueUrl) {
      this.catalogueUrl = url;
      this.catalogue = null;
      this.problem = null;
      const seq = ++this.seq;
      try {
        const entries = await this.source.read(url);
        if (seq !== this.seq) return;
        this.catalogue = entries;
      } catch (err) {
        if (seq !== this.seq) return;
        this.problem = err.message;  // worded by the core
        console.error(`mgi-wheel: ${this.problem}`);
      }
    }
    this.build();
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
    // Later than a click on an option, which would otherwise find its list gone.
    input.addEventListener('blur', () => setTimeout(() => { this.close(combo); this.sync(); }, 150));
    input.addEventListener('keydown', (e) => this.onKey(combo, e));
    return combo;
  }
  open(combo, query) {
    const matches = this.widget.match(query);
    combo.options = matches.map((m) => this.catalogue[m.index]);
    combo.list.replaceChildren();
    combo.options.forEach((p, i) => {
      const li = el('li', { id: `${combo.input.id}-opt-${i}`, role: 'option', 'aria-selected': 'false' }, p.name);
      li.append(el('span', { class: 'tag' }, matches[i].tag));
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
