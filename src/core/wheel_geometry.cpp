#include "core/wheel_geometry.hpp"

#include "core/overview_chart.hpp"

#include <algorithm>
#include <cmath>

namespace mgi {
namespace {
constexpr float kPi = 3.14159265358979323846f;
constexpr float kDegToRad = kPi / 180.0f;

// Layout constants in CSS pixels.
constexpr float kWideMinHostWidth = 640;  // below this the wheel stacks above the panel
constexpr float kWideWheelShare = 0.44f;  // of the host's width, beside the panel
constexpr float kWheelMinSize = 260;
constexpr float kWheelMaxSize = 520;
constexpr float kNarrowMaxHeight = 420;
constexpr float kHubShare = 0.34f;  // r_inner / r_outer
constexpr float kMargin = 6;

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

float WrapDegrees(float deg) {
  float d = std::fmod(deg, 360.0f);
  if (d < 0) d += 360.0f;
  if (d >= 360.0f) d -= 360.0f;  // fmod of a tiny negative can round up to 360
  return d;
}

float ShortestTurn(float from, float to) {
  float d = WrapDegrees(to - from);
  return d > 180.0f ? d - 360.0f : d;
}

Point PolarToScreen(Point c, float r, float deg) {
  const float a = deg * kDegToRad;
  return {c.x + r * std::sin(a), c.y - r * std::cos(a)};
}

float WheelGeometry::SegmentStart(int index) const {
  return WrapDegrees(rotation_deg + SegmentSpan() * static_cast<float>(index));
}

Hit HitTest(const WheelGeometry& w, Point p) {
  const float dx = p.x - w.centre.x, dy = p.y - w.centre.y;
  const float dist = std::sqrt(dx * dx + dy * dy);
  if (dist < w.r_inner) return {HitKind::kHub, -1};
  if (dist > w.r_outer || w.segment_count <= 0) return {};
  const float angle = WrapDegrees(std::atan2(dx, -dy) / kDegToRad);
  const float within = WrapDegrees(angle - w.rotation_deg);
  const int index = std::min(static_cast<int>(within / w.SegmentSpan()), w.segment_count - 1);
  return {HitKind::kSegment, index};
}

float RotationFacing(const WheelGeometry& w, int index, float facing_deg) {
  return WrapDegrees(facing_deg - w.SegmentSpan() * (static_cast<float>(index) + 0.5f));
}

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

WheelGeometry FitWheel(float width, float height, float lift) { return FitWheel(Rect{0, 0, width, height}, lift); }

WheelGeometry FitWheel(const Rect& box, float lift) {
  WheelGeometry w;
  w.centre = {box.x + box.w * 0.5f, box.y + box.h * 0.5f};
  w.r_outer = std::max(0.0f, std::min(box.w, box.h) * 0.5f - lift - kMargin);
  w.r_inner = w.r_outer * kHubShare;
  return w;
}

}  // namespace mgi
