// Before the page prints: the wheel as an image (a canvas may print blank or stale), and, with no
// domain selected, every domain's findings after the panel, which holds the introduction.
//
// `w`: the WidgetController.
import { el } from './dom.js';
import { PanelView } from './panel-view.js';

export function printSnapshot(w) {
  if (!w.core || w.destroyed) return;
  // Drawn now, even when out of view (no frames there), so the printed wheel is the current one.
  w.core.renderNow();
  w.printImage.src = w.canvas.toDataURL('image/png');
  w.printImage.alt = w.twin.label();
  w.printAll.replaceChildren();
  if (w.state().domain) return;
  for (const vm of w.core.printPanels()) {
    const view = new PanelView({ findingItem: (text) => el('li', null, text), toolbar: () => '', retry: () => null });
    view.render(vm);
    // Printed only: no second landmark, focus stop or id beside the live panel's.
    for (const a of ['part', 'tabindex', 'aria-labelledby']) view.root.removeAttribute(a);
    for (const n of view.root.querySelectorAll('[id]')) n.removeAttribute('id');
    w.printAll.append(view.root);
  }
}
