#include "core/layout.hpp"

#include <algorithm>

#include "core/overview_chart.hpp"

namespace mgi {
namespace {
// Layout constants in CSS pixels.
constexpr float kWideMinHostWidth = 640;  // below this the wheel stacks above the panel
constexpr float kWideWheelShare = 0.44f;  // of the host's width, beside the panel
constexpr float kWheelMinSize = 260;
constexpr float kWheelMaxSize = 520;
constexpr float kNarrowMaxHeight = 420;

// Comparing: two wheels, captions above them, the overview chart below.
constexpr float kCompareWheelMax = 340;
constexpr float kCompareGap = 24;
constexpr float kCaptionHeight = 30;
constexpr float kChartMaxWidth = 760;

LayoutPlan PlanCompareLayout(float host_width, bool wide) {
  LayoutPlan plan;
  plan.wide = wide;
  plan.compare = true;
  plan.wheel_count = 2;
  plan.facing_deg = 180;  // the panel is below both wheels
  plan.canvas_width = host_width;
  float y = 0;
  if (wide) {
    const float side = std::min((host_width - kCompareGap) * 0.5f, kCompareWheelMax);
    const float left = (host_width - (2 * side + kCompareGap)) * 0.5f;
    for (int i = 0; i < 2; ++i) {
      const float x = left + static_cast<float>(i) * (side + kCompareGap);
      plan.captions[i] = {x, 0, side, kCaptionHeight};
      plan.wheels[i] = {x, kCaptionHeight, side, side};
    }
    y = kCaptionHeight + side + kCompareGap;
  } else {
    const float side = std::min(host_width, kCompareWheelMax);
    const float x = (host_width - side) * 0.5f;
    for (int i = 0; i < 2; ++i) {
      plan.captions[i] = {0, y, host_width, kCaptionHeight};
      plan.wheels[i] = {x, y + kCaptionHeight, side, side};
      y += kCaptionHeight + side + kCompareGap * 0.5f;
    }
    y += kCompareGap * 0.5f;
  }
  const float chart_w = std::min(host_width, kChartMaxWidth);
  plan.chart = {(host_width - chart_w) * 0.5f, y, chart_w, OverviewChartHeight()};
  plan.canvas_height = y + plan.chart.h;
  return plan;
}
}  // namespace

LayoutPlan PlanLayout(float host_width, bool compare) {
  LayoutPlan plan;
  host_width = std::max(host_width, 0.0f);
  plan.wide = host_width >= kWideMinHostWidth;
  if (compare) return PlanCompareLayout(host_width, plan.wide);
  if (plan.wide) {
    const float side = std::clamp(host_width * kWideWheelShare, kWheelMinSize, kWheelMaxSize);
    plan.canvas_width = plan.canvas_height = side;
    plan.facing_deg = 90;
  } else {
    plan.canvas_width = host_width;
    plan.canvas_height = std::min(host_width, kNarrowMaxHeight);
    plan.facing_deg = 180;
  }
  plan.wheels[0] = {0, 0, plan.canvas_width, plan.canvas_height};
  return plan;
}

}  // namespace mgi
