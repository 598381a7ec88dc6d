#include "core/wheel_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace mgi {
namespace {
constexpr float kPi = 3.14159265358979323846f;
constexpr float kDegToRad = kPi / 180.0f;

constexpr float kHubShare = 0.34f;  // r_inner / r_outer
constexpr float kMargin = 6;
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

WheelGeometry FitWheel(float width, float height, float lift) { return FitWheel(Rect{0, 0, width, height}, lift); }

WheelGeometry FitWheel(const Rect& box, float lift) {
  WheelGeometry w;
  w.centre = {box.x + box.w * 0.5f, box.y + box.h * 0.5f};
  w.r_outer = std::max(0.0f, std::min(box.w, box.h) * 0.5f - lift - kMargin);
  w.r_inner = w.r_outer * kHubShare;
  return w;
}

}  // namespace mgi
