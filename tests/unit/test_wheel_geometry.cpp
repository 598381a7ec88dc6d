// Hit-testing at segment boundaries, the hub, outside the ring and across the 0/360 wrap,
// before and after rotation.
#include <doctest/doctest.h>

#include "core/layout.hpp"
#include "core/wheel_geometry.hpp"

using namespace mgi;

namespace {
WheelGeometry Wheel(float rotation = 0) {
  WheelGeometry w;
  w.centre = {200, 200};
  w.r_inner = 60;
  w.r_outer = 180;
  w.rotation_deg = rotation;
  return w;
}
Hit At(const WheelGeometry& w, float deg, float r) { return HitTest(w, PolarToScreen(w.centre, r, deg)); }
Hit Segment(int i) { return {HitKind::kSegment, i}; }
}  // namespace

TEST_CASE("angles") {
  CHECK(WrapDegrees(-30) == doctest::Approx(330));
  CHECK(WrapDegrees(720) == doctest::Approx(0));
  CHECK(WrapDegrees(-1e-7f) < 360.0f);
  CHECK(ShortestTurn(350, 10) == doctest::Approx(20));
  CHECK(ShortestTurn(10, 350) == doctest::Approx(-20));
  CHECK(ShortestTurn(0, 180) == doctest::Approx(180));
  const Point east = PolarToScreen({0, 0}, 10, 90);
  CHECK(east.x == doctest::Approx(10));
  CHECK(east.y == doctest::Approx(0).epsilon(1e-5));
  const Point north = PolarToScreen({0, 0}, 10, 0);
  CHECK(north.y == doctest::Approx(-10));  // screen y grows down: 12 o'clock is up
}

TEST_CASE("segments run clockwise from 12 o'clock in SPEC order") {
  const WheelGeometry w = Wheel();
  for (int i = 0; i < 6; ++i) {
    CHECK(w.SegmentStart(i) == doctest::Approx(60.0f * i));
    CHECK(w.SegmentEnd(i) - w.SegmentStart(i) == doctest::Approx(60));
    CHECK(At(w, 60.0f * i + 30, 120) == Segment(i));
  }
}

TEST_CASE("hit-testing at boundaries, hub and outside") {
  const WheelGeometry w = Wheel();
  SUBCASE("either side of each boundary") {
    for (int i = 0; i < 6; ++i) {
      CAPTURE(i);
      CHECK(At(w, 60.0f * i + 0.5f, 120) == Segment(i));
      CHECK(At(w, 60.0f * i - 0.5f, 120) == Segment((i + 5) % 6));
    }
  }
  SUBCASE("the 0/360 wrap") {
    CHECK(At(w, 359.9f, 100) == Segment(5));
    CHECK(At(w, 0.1f, 100) == Segment(0));
  }
  SUBCASE("hub, ring edges, outside") {
    CHECK(HitTest(w, w.centre).kind == HitKind::kHub);
    CHECK(At(w, 45, 59).kind == HitKind::kHub);
    CHECK(At(w, 45, 61) == Segment(0));
    CHECK(At(w, 45, 179) == Segment(0));
    CHECK(At(w, 45, 181).kind == HitKind::kNone);
    CHECK(HitTest(w, {0, 0}).kind == HitKind::kNone);
  }
}

TEST_CASE("hit-testing follows rotation, across the wrap") {
  const WheelGeometry w = Wheel(-75);  // segment 0 spans 285..345
  CHECK(w.SegmentStart(0) == doctest::Approx(285));
  CHECK(w.SegmentEnd(0) == doctest::Approx(345));
  CHECK(At(w, 300, 120) == Segment(0));
  CHECK(At(w, 350, 120) == Segment(1));  // segment 1 spans 345..405, i.e. across 12 o'clock
  CHECK(At(w, 10, 120) == Segment(1));
  CHECK(At(w, 44, 120) == Segment(1));
  CHECK(At(w, 46, 120) == Segment(2));
  // The middle reported by start/end is inside the segment even when it wraps.
  for (int i = 0; i < 6; ++i) CHECK(At(w, w.SegmentMid(i), 120) == Segment(i));
}

TEST_CASE("RotationFacing brings a segment's middle to the panel") {
  WheelGeometry w = Wheel();
  for (int i = 0; i < 6; ++i) {
    for (float facing : {90.0f, 180.0f}) {
      w.rotation_deg = RotationFacing(w, i, facing);
      CHECK(WrapDegrees(w.SegmentMid(i)) == doctest::Approx(facing));
      CHECK(At(w, facing, 120) == Segment(i));
    }
  }
}

TEST_CASE("PlanLayout and FitWheel") {
  const LayoutPlan wide = PlanLayout(1000);
  CHECK(wide.wide);
  CHECK(wide.facing_deg == 90);
  CHECK(wide.canvas_width == wide.canvas_height);
  CHECK(wide.canvas_width < 1000 * 0.5f);
  const LayoutPlan narrow = PlanLayout(360);
  CHECK_FALSE(narrow.wide);
  CHECK(narrow.facing_deg == 180);
  CHECK(narrow.canvas_width == 360);
  CHECK(narrow.canvas_height <= 420);
  const WheelGeometry w = FitWheel(400, 300, 8);
  CHECK(w.centre.x == 200);
  CHECK(w.r_outer + 8 <= 150);
  CHECK(w.r_inner > 0);
  CHECK(w.r_inner < w.r_outer);
  CHECK(FitWheel(0, 0, 8).r_outer == 0);
}
