// Deep links: `#mgi-<element id>=<domain>[/<finding key>]`, for elements with `deeplink` and an id.
// The core formats and parses them, and says in each panel whether the widget's findings are
// linkable and in each selection its fragment; the fragment only ever selects, it can never make
// the widget fetch anything.
//
// `widget`: host, attr(name), core() and reveal(side, domain, key) (selects the domain and
// highlights the finding).
export class DeepLink {
  constructor(widget) {
    this.widget = widget;
    this.linkable = false;  // as the core's last panel said
    this.reading = false;   // selecting from the fragment must not write it back
  }
  // The element id links name, for the core; '' where links are off (the core checks the id).
  target() { return this.widget.attr('deeplink') !== null ? this.widget.host.id : ''; }
  pageUrl() { return location.href.split('#')[0]; }
  findingUrl(domain, key) {
    return this.pageUrl() + this.widget.core().formatLink(this.widget.host.id, domain, key);
  }
  read() {
    const core = this.widget.core();
    if (!this.linkable || !core || !location.hash) return;
    const link = core.parseLink(location.hash);
    if (!link || link.element_id !== this.widget.host.id) return;
    this.reading = true;
    try { this.widget.reveal(undefined, link.domain, link.key || null); } finally { this.reading = false; }
  }
  // Follows the selection (`fragment`: the core's, '' for the introduction, null where links are
  // off) with history.replaceState, so that Back is not flooded.
  write(fragment, domain) {
    if (fragment === null || fragment === undefined || this.reading) return;
    const ours = location.hash.startsWith(`#mgi-${this.widget.host.id}=`);
    if (!domain && !ours) return;
    if (fragment === location.hash) return;
    history.replaceState(history.state, '', fragment || location.pathname + location.search);
  }
}
