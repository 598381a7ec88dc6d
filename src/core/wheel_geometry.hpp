// Where the wheel is and what lies under a point. Angles are degrees clockwise from 12 o'clock
// (SPEC section 3); screen y grows downwards. Pure math, shared by drawing, hit-testing and
// `layout()`, so what is drawn is exactly what is clickable.
#pragma once
#include <optional>

#include "core/domains.hpp"

namespace mgi {

// Normalises any angle into [0, 360).
float WrapDegrees(float deg);
// The signed difference to go from `from` to `to` by the shorter way, in (-180, 180].
float ShortestTurn(float from, float to);

struct Point {
  float x = 0, y = 0;
};
Point PolarToScreen(Point centre, float radius, float deg);

struct WheelGeometry {
  Point centre;
  float r_inner = 0;  // hub edge / inner edge of the ring
  float r_outer = 0;  // outer edge of the ring
  float rotation_deg = 0;  // where segment 0 starts
  int segment_count = kDomainCount;

  float SegmentSpan() const { return 360.0f / static_cast<float>(segment_count); }
  // Start in [0, 360); end = start + span, so it may pass 360 and (start+end)/2 is always the middle.
  float SegmentStart(int index) const;
  float SegmentEnd(int index) const { return SegmentStart(index) + SegmentSpan(); }
  float SegmentMid(int index) const { return SegmentStart(index) + SegmentSpan() * 0.5f; }
};

// kChartRow: a row of the comparison's overview chart, which stands for its domain.
enum class HitKind { kNone, kHub, kSegment, kChartRow };
struct Hit {
  HitKind kind = HitKind::kNone;
  int segment = -1;  // for kSegment and kChartRow: the domain
  int wheel = 0;     // comparing: which of the two wheels
  bool operator==(const Hit&) const = default;
};

Hit HitTest(const WheelGeometry& wheel, Point p);

// The rotation that turns segment `index`'s middle to `facing_deg` (90: the panel on the right;
// 180: the panel below).
float RotationFacing(const WheelGeometry& wheel, int index, float facing_deg);

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
  bool Contains(Point p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
  bool operator==(const Rect&) const = default;
};

// Centre and radii for a canvas of that size, leaving room for the hover lift.
WheelGeometry FitWheel(float canvas_width, float canvas_height, float lift);
WheelGeometry FitWheel(const Rect& box, float lift);

}  // namespace mgi
