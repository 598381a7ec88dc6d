// When each widget starts. A widget far out of view (more than a viewport above or below it)
// fetches nothing and draws nothing until it nears the viewport, as lazy images do: a long article
// with thirty widgets starts the few a visitor sees. Until then it keeps its place: the page's
// fallback inside it, or the size the core will give its canvas (layout-before-core.js).
//
// The widgets constructed in one task are measured together, in a microtask (one layout for all of
// them, not one each): those near the viewport start at once, before the browser's first frame;
// the others are left to one IntersectionObserver for the page.
const NEAR = '100% 0px';  // a viewport's height above and below

const batch = [];      // { host, widget } constructed in this task, not yet measured
const watched = new Map();  // host -> widget, waiting to come near
let observer = null;

function nearViewport(rect) {
  if (rect.width === 0 && rect.height === 0) return false;  // not rendered (display: none): the observer decides
  const h = window.innerHeight || document.documentElement.clientHeight;
  return rect.bottom >= -h && rect.top <= 2 * h;
}

function observe(host, widget) {
  if (!observer) {
    observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const w = watched.get(e.target);
        stopWatching(e.target);
        if (w) w.start();
      }
    }, { rootMargin: NEAR });
  }
  watched.set(host, widget);
  observer.observe(host);
}

function stopWatching(host) {
  if (!watched.delete(host)) return;
  observer.unobserve(host);
}

function measureBatch() {
  const widgets = batch.splice(0);
  // Every read before any write: one layout for the whole batch.
  const seen = widgets.map(({ host }) => {
    const rect = host.getBoundingClientRect(), style = getComputedStyle(host);
    const inner = host.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
    return { rect, width: Math.max(0, inner) };
  });
  widgets.forEach(({ host, widget }, i) => {
    if (widget.destroyed) return;
    widget.placeBeforeCore(seen[i].width);
    if (widget.started) return;
    if (nearViewport(seen[i].rect)) widget.start(); else observe(host, widget);
  });
}

// `widget`: { destroyed, started, placeBeforeCore(width), start() }. Returns the function that
// stops waiting (the widget was removed, or started otherwise: its `ready` was asked for).
export function startWhenNear(host, widget) {
  if (batch.push({ host, widget }) === 1) queueMicrotask(measureBatch);
  return () => {
    const i = batch.findIndex((b) => b.host === host);
    if (i >= 0) batch.splice(i, 1);
    stopWatching(host);
  };
}
