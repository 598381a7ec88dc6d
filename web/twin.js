// The canvas's accessible twin: the hub and the six segments as real buttons, visually hidden.
// The canvas is a picture to assistive technology (aria-hidden, never focused); the twin takes
// the focus and the keys, and the wheel draws the focus ring where the focused button's segment
// is. One tab stop (roving tabindex), arrows in wheel order, Enter/Space to choose, Escape back to
// the introduction.
//
// `widget`: shadowRoot (the root the buttons live in), activate(index, source) (what pressing a
// button does is the core's rule, the same as for a click on the canvas: -1 the hub, 0..5 a
// segment), setFocus(index) (the core's focus ring; -2 none) and domain() (the one shown, or null).
import { SOURCES } from './constants.js';
import { el } from './dom.js';

export class Twin {
  constructor(widget) {
    this.widget = widget;
    this.root = el('div', { class: 'visually-hidden twin', role: 'group' });
    this.buttons = [];
    this.key = '';
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    this.root.addEventListener('focusout', (e) => {
      if (!this.root.contains(e.relatedTarget)) widget.setFocus(-2);
    });
  }
  // The wheel's name, as the buttons' group gives it.
  label() { return this.root.getAttribute('aria-label') || ''; }
  render(vm) {
    const t = vm.twin;
    if (!t) return;
    const active = () => this.widget.shadowRoot().activeElement;
    // Rebuilt only when the labels change, so that focus stays on its button as the selection moves.
    const key = JSON.stringify([t.label, t.hub, t.segments]);
    if (key !== this.key) {
      this.key = key;
      const focused = this.root.contains(active()) ? this.buttons.indexOf(active()) : -1;
      this.root.setAttribute('aria-label', t.label);
      this.buttons = [{ id: null, label: t.hub }, ...t.segments].map((item, i) => {
        const b = el('button', { type: 'button', 'data-domain': item.id || '' }, item.label);
        b.addEventListener('click', (e) => this.widget.activate(i - 1, e.detail === 0 ? SOURCES.keyboard : SOURCES.pointer));
        b.addEventListener('focus', () => this.widget.setFocus(i - 1));
        return b;
      });
      this.root.replaceChildren(...this.buttons);
      if (focused >= 0) this.buttons[focused].focus();
    }
    this.buttons.forEach((b, i) => {
      b.setAttribute('aria-pressed', String(i === t.pressed));
      b.disabled = !t.enabled;
      if (!this.root.contains(active())) b.tabIndex = i === t.pressed ? 0 : -1;
    });
  }
  onKey(e) {
    const i = this.buttons.indexOf(e.target);
    if (i < 0 || e.ctrlKey || e.altKey || e.metaKey) return;
    const n = this.buttons.length;
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % n;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape') {
      if (this.widget.domain() === null) return;  // nothing to close: let the page have Escape
      this.widget.activate(-1, SOURCES.keyboard);
      next = 0;
    } else return;
    e.preventDefault();
    this.buttons.forEach((b, k) => { b.tabIndex = k === next ? 0 : -1; });
    this.buttons[next].focus();
  }
}
