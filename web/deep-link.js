// Deep links: `#mgi-<element id>=<domain>[/<finding key>]`, for elements with `deeplink` and an id.
// The core formats and parses them; the fragment only ever selects, it can never make the widget
// fetch anything.
//
// `widget`: host, attr(name), core() and reveal(side, domain, key) (selects the domain and
// highlights the finding).
import { callString, withStrings } from './wasm-bridge.js';

export class DeepLink {
  constructor(widget) {
    this.widget = widget;
    this.reading = false;  // selecting from the fragment must not write it back
  }
  // The core knows the link grammar, element ids included.
  linkable() {
    const core = this.widget.core();
    return this.widget.attr('deeplink') !== null && !!core &&
      !!withStrings(core, [this.widget.host.id], (id) => core._mgi_linkable_id(id.ptr, id.len));
  }
  pageUrl() { return location.href.split('#')[0]; }
  findingUrl(domain, key) {
    return this.pageUrl() + callString(this.widget.core(), '_mgi_format_link', [this.widget.host.id, domain || '', key || '']);
  }
  read() {
    const core = this.widget.core();
    if (!this.linkable() || !core || !location.hash) return;
    const link = JSON.parse(callString(core, '_mgi_parse_link', [location.hash]));
    if (!link || link.element_id !== this.widget.host.id) return;
    this.reading = true;
    this.widget.reveal(undefined, link.domain, link.key || null);
    this.reading = false;
  }
  // Follows the selection with history.replaceState, so that Back is not flooded.
  write(domain) {
    if (!this.linkable() || this.reading) return;
    const id = this.widget.host.id;
    const fragment = domain ? callString(this.widget.core(), '_mgi_format_link', [id, domain, '']) : '';
    const current = location.hash;
    const ours = current.startsWith(`#mgi-${id}=`);
    if (!domain && !ours) return;
    if (fragment === current) return;
    history.replaceState(history.state, '', fragment || location.pathname + location.search);
  }
}
