// What the widget follows in the page around it: its own size, whether it can be seen (scrolled
// out of view or in a hidden tab: no frames at all), reduced motion, web fonts arriving after the
// first frame (the wheel's glyphs were a fallback's), the URL fragment, printing, and the device
// pixel ratio (zoom, a window moved to another screen).
//
// `on`: resize(), visibility(), motion(), fonts(), hash(), print(), each called as things change.
// `width`: the host's content width as the ResizeObserver last gave it for `probe` (undefined
// before its first report): read from the observer, it costs no layout, where clientWidth forces
// one whenever the page has changed since the last (one per widget, when thirty start together).
export class PageWatch {
  constructor(host, probe, on) {
    this.on = on;
    this.width = undefined;
    // The width is read off `probe`, an empty block of the widget's own as wide as the host's
    // content and never any higher: the widget's answer to a new width changes its height (the
    // canvas, the panel), which on the host itself would be a new observation at the same depth in
    // the same frame, reported as "ResizeObserver loop completed with undelivered notifications"
    // (WebKitGTK did, on a busy page).
    this.resizeObserver = new ResizeObserver((entries) => {
      this.width = entries[entries.length - 1].contentRect.width;
      on.resize();
    });
    this.resizeObserver.observe(probe);
    this.intersecting = true;
    this.intersectionObserver = new IntersectionObserver((entries) => {
      this.intersecting = entries[entries.length - 1].isIntersecting;
      on.visibility();
    });
    this.intersectionObserver.observe(host);
    this.onVisibility = () => on.visibility();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
    this.onMotion = () => on.motion();
    this.motionQuery.addEventListener('change', this.onMotion);
    // A face declared after the wheel's glyphs were made (the glyphs' own wait for a loading
    // font is in glyph-library.js): loadingdone, where the browser fires it.
    this.onFonts = () => on.fonts();
    if (document.fonts) document.fonts.addEventListener('loadingdone', this.onFonts);
    this.onHash = () => on.hash();
    window.addEventListener('hashchange', this.onHash);
    // A WebGL canvas prints blank: on.print() puts an image of it in its place, before printing
    // (beforeprint) and as the print media query starts to match.
    this.onPrint = () => on.print();
    window.addEventListener('beforeprint', this.onPrint);
    this.printQuery = matchMedia('print');
    this.printQuery.addEventListener('change', this.onPrint);
    this.watchDpr();
  }
  get visible() { return !document.hidden && this.intersecting; }
  get reducedMotion() { return this.motionQuery.matches; }
  // A resolution query matches one ratio only: re-armed for the new ratio at each change.
  watchDpr() {
    if (this.dprQuery) this.dprQuery.removeEventListener('change', this.onDpr);
    this.dprQuery = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    this.onDpr = () => { this.watchDpr(); this.on.resize(); };
    this.dprQuery.addEventListener('change', this.onDpr);
  }
  stop() {
    this.resizeObserver.disconnect();
    this.intersectionObserver.disconnect();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.motionQuery.removeEventListener('change', this.onMotion);
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('hashchange', this.onHash);
    if (document.fonts) document.fonts.removeEventListener('loadingdone', this.onFonts);
    this.printQuery.removeEventListener('change', this.onPrint);
    if (this.dprQuery) this.dprQuery.removeEventListener('change', this.onDpr);
  }
}
