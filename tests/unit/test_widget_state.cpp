#include <doctest/doctest.h>

#include "core/widget_state.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {
WidgetState Ready(double now = 0) {
  WidgetState s;
  s.SetLayout(PlanLayout(1000), now);
  s.SetProfile(*LoadProfile(test::Asset("profiles/azerbaijan-2023.json")).profile, now);
  return s;
}
}  // namespace

TEST_CASE("loading, ready and error phases") {
  WidgetState s;
  s.BeginLoading("p.json");
  CHECK(s.phase() == Phase::kLoading);
  CHECK(s.profile() == nullptr);
  s.SetError({"p.json", "HTTP 404", {}});
  CHECK(s.phase() == Phase::kError);
  CHECK(s.error().message == "HTTP 404");
  s = Ready();
  CHECK(s.phase() == Phase::kReady);
  CHECK(s.profile()->id == "azerbaijan-2023");
}

TEST_CASE("selection turns the segment towards the panel, then stops") {
  WidgetState s = Ready();
  s.Advance(1000);
  CHECK_FALSE(s.AnimatingAt(1000));  // intro over
  CHECK(s.Select(3, 1000));
  CHECK(s.selected() == 3);
  CHECK_FALSE(s.Select(3, 1000));  // same selection: no change, no event
  CHECK(s.AnimatingAt(1200));
  const float end = s.RotationAt(1000 + s.timing().turn_ms);
  WheelGeometry w;
  w.rotation_deg = end;
  CHECK(WrapDegrees(w.SegmentMid(3)) == doctest::Approx(90));  // wide layout: the panel is on the right
  for (double t = 1000; t < 2000; t += 16) s.Advance(t);
  CHECK_FALSE(s.AnimatingAt(2000));
  SUBCASE("the turn takes the short way") {
    const float before = s.RotationAt(2000);
    s.Select(4, 2000);
    CHECK(std::abs(s.RotationAt(3000) - before) <= 180.0f);
  }
  SUBCASE("back to the introduction turns to rest") {
    CHECK(s.Select(std::nullopt, 2000));
    CHECK(WrapDegrees(s.RotationAt(3000)) == doctest::Approx(0).epsilon(1e-4));
  }
  SUBCASE("out-of-range selections are refused") {
    CHECK_FALSE(s.Select(6, 2000));
    CHECK_FALSE(s.Select(-1, 2000));
  }
}

TEST_CASE("reduced motion makes every change instant") {
  WidgetState s;
  s.SetReducedMotion(true);
  s.SetLayout(PlanLayout(400), 0);
  s.SetProfile(*LoadProfile(test::Asset("profiles/balti-2023.json")).profile, 0);
  CHECK(s.IntroAt(0) == 1);
  s.Select(1, 10);
  s.Advance(10);
  CHECK_FALSE(s.AnimatingAt(10));
  WheelGeometry w;
  w.rotation_deg = s.RotationAt(10);
  CHECK(WrapDegrees(w.SegmentMid(1)) == doctest::Approx(180));  // narrow: the panel is below
}

TEST_CASE("hover lifts a segment and settles") {
  WidgetState s = Ready();
  s.Advance(700);
  s.Advance(1000);
  s.SetHover({HitKind::kSegment, 2});
  CHECK(s.AnimatingAt(1000));
  for (double t = 1000; t < 1300; t += 16) s.Advance(t);
  CHECK(s.LiftOf(2) == 1);
  CHECK(s.LiftOf(1) == 0);
  CHECK_FALSE(s.AnimatingAt(1300));
  s.SetHover({});
  CHECK(s.AnimatingAt(1300));
}

TEST_CASE("a domain chosen before the profile arrives is kept and faced") {
  WidgetState s;
  s.SetLayout(PlanLayout(1000), 0);
  s.Select(5, 0);
  s.SetProfile(*LoadProfile(test::Asset("profiles/balti-2023.json")).profile, 0);
  CHECK(s.selected() == 5);
  WheelGeometry w;
  w.rotation_deg = s.RotationAt(5000);
  CHECK(WrapDegrees(w.SegmentMid(5)) == doctest::Approx(90));
}
