// Taking over the fallback a page ships inside the element (mgi-render --html): the light-DOM
// children that a reader without JavaScript, a search engine or a printer sees.
//
// Until the widget is ready (its first frame with the profile drawn, or an error to show), a
// <slot> keeps the fallback on the page, and the widget's own parts are laid out underneath,
// hidden (visibility, so the canvas still counts as in view and is drawn; hidden parts are not in
// the accessibility tree either): a reader on a slow connection reads the fallback meanwhile. At
// take-over the slot goes, so the children are neither drawn nor in the accessibility tree (the
// panel says the same, once), and the widget keeps the height the fallback had, its panel
// scrolling within it, so nothing below moves (layout shift 0). The reservation ends when the
// element's width changes (a new layout anyway) or when the wheel would not fit in it.
//
// An element with no children takes over nothing and reserves nothing.
import { el } from './dom.js';

// Below this a reserved box would leave the panel no room, and above this share of the window's
// height (a fallback whose <style> a strict CSP dropped runs to its full length) a box would be
// mostly empty: the widget then takes its own height.
const MIN_RESERVED_PX = 240;
const MAX_RESERVED_WINDOWS = 1.5;

export class Fallback {
  // `host` before its shadow root exists (a widget moved within the page has nothing to take over).
  constructor(host) {
    this.host = host;
    this.slot = !host.shadowRoot && host.firstElementChild ? el('slot') : null;
    this.waiting = [];
    this.height = 0;
  }

  // Shows the fallback in `root` while `parts` (the widget's own) wait, laid out but hidden.
  attach(root, parts, frame) {
    this.frame = frame;
    if (!this.slot) return;
    this.waiting = parts;
    for (const p of parts) p.classList.add('waiting');
    root.prepend(this.slot);
  }

  // The widget is ready to be seen: the fallback goes, its height stays.
  takeOver() {
    if (!this.slot) return;
    const box = this.host.getBoundingClientRect();
    this.slot.remove();
    this.slot = null;
    for (const p of this.waiting) p.classList.remove('waiting');
    if (box.height < MIN_RESERVED_PX || box.height > MAX_RESERVED_WINDOWS * window.innerHeight) return;
    this.height = box.height;
    this.width = box.width;
    this.frame.dataset.reserved = '';
    this.frame.style.setProperty('--mgi-reserved-height', `${box.height}px`);
  }

  // On each layout, with the canvas's height in the layout the core chose.
  update(canvasHeight) {
    if (!this.height) return;  // the host is measured (a forced layout) only while reserving
    if (Math.abs(this.host.getBoundingClientRect().width - this.width) <= 0.5 && canvasHeight <= this.height) return;
    this.height = 0;
    delete this.frame.dataset.reserved;
    this.frame.style.removeProperty('--mgi-reserved-height');
  }
}
