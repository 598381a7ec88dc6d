// The canvas's size as the core will lay it out (PlanLayout, src/core/layout.cpp), for the moment
// before the core has started: a widget has its place from its first layout, so nothing below it
// moves when the wheel arrives. Only the sizes are mirrored; the core's own plan replaces this one
// with its first message. tests/browser/lazy-start.test.mjs holds the two to agree.
const WIDE_MIN_HOST_WIDTH = 640;
const WIDE_WHEEL_SHARE = 0.44;
const WHEEL_MIN = 260;
const WHEEL_MAX = 520;
const NARROW_MAX_HEIGHT = 420;
const COMPARE_WHEEL_MAX = 340;
const COMPARE_GAP = 24;
const CAPTION_HEIGHT = 30;
const CHART_HEIGHT = 320;  // OverviewChartHeight(): legend, title, six rows, note

// { wide, compare, canvas_width, canvas_height }, as the core's `layout` message has them.
export function planBeforeCore(hostWidth, compare) {
  const width = Math.max(hostWidth, 0);
  const wide = width >= WIDE_MIN_HOST_WIDTH;
  if (compare) {
    const side = wide ? Math.min((width - COMPARE_GAP) / 2, COMPARE_WHEEL_MAX) : Math.min(width, COMPARE_WHEEL_MAX);
    const wheels = wide ? CAPTION_HEIGHT + side + COMPARE_GAP : 2 * (CAPTION_HEIGHT + side + COMPARE_GAP / 2) + COMPARE_GAP / 2;
    return { wide, compare: true, canvas_width: width, canvas_height: wheels + CHART_HEIGHT };
  }
  if (wide) {
    const side = Math.min(Math.max(width * WIDE_WHEEL_SHARE, WHEEL_MIN), WHEEL_MAX);
    return { wide, compare: false, canvas_width: side, canvas_height: side };
  }
  return { wide, compare: false, canvas_width: width, canvas_height: Math.min(width, NARROW_MAX_HEIGHT) };
}
