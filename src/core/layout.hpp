// Where a widget of a given width puts its wheels, captions and overview chart, in CSS pixels of
// its canvas. Kept apart from wheel_geometry (one wheel's math) because the plan depends on the
// chart's height, and the chart's geometry in turn builds on the wheel's Rect and Point.
#pragma once
#include <array>

#include "core/wheel_geometry.hpp"

namespace mgi {

// How a widget of a given width arranges itself. One profile: the wheel beside the panel when
// there is room, above it otherwise. Comparing two: both wheels (side by side, or one above the
// other in a narrow container), each under a caption naming it, then the overview chart; the
// panel always below. Everything in CSS pixels of the canvas.
struct LayoutPlan {
  bool wide = false;
  bool compare = false;
  float canvas_width = 0;
  float canvas_height = 0;
  float facing_deg = 180;  // where the selected segment turns to: towards the panel
  int wheel_count = 1;
  std::array<Rect, 2> wheels{};    // the square each wheel is fitted into
  std::array<Rect, 2> captions{};  // comparing: the name strip above each wheel
  Rect chart{};                    // comparing: the overview chart
  bool operator==(const LayoutPlan&) const = default;
};
LayoutPlan PlanLayout(float host_width, bool compare = false);

}  // namespace mgi
