#include <doctest/doctest.h>

#include <initializer_list>

#include "core/animation.hpp"

using namespace mgi;

TEST_CASE("easing curves start at 0, end at 1 and never overshoot") {
  for (auto ease : {EaseInOutCubic, EaseOutCubic}) {
    CHECK(ease(0) == 0);
    CHECK(ease(1) == 1);
    float last = 0;
    for (int i = 1; i <= 100; ++i) {
      const float v = ease(i / 100.0f);
      CHECK(v >= last);
      CHECK(v <= 1.0f);
      last = v;
    }
    CHECK(ease(-1) == 0);
    CHECK(ease(2) == 1);
  }
  CHECK(EaseInOutCubic(0.5f) == doctest::Approx(0.5f));
}

TEST_CASE("a tween reaches its target exactly and stops") {
  const Tween t{10, 70, 1000, 400};
  CHECK(t.ValueAt(0) == 10);
  CHECK(t.ValueAt(1000) == 10);
  CHECK(t.ValueAt(1200) == doctest::Approx(40));
  CHECK_FALSE(t.DoneAt(1399));
  CHECK(t.DoneAt(1400));
  CHECK(t.ValueAt(1400) == 70);
  CHECK(t.ValueAt(99999) == 70);
  CHECK(Tween{0, 5, 0, 0}.ValueAt(0) == 5);  // zero duration (reduced motion): instant
}

TEST_CASE("Approach settles on its target") {
  Approach a;
  a.target = 1;
  int steps = 0;
  while (!a.Settled() && steps < 1000) { a.Step(16, 1.0f / 120); ++steps; }
  CHECK(a.Settled());
  CHECK(steps == 8);
  a.target = 0;
  a.Step(1000, 1.0f / 120);
  CHECK(a.value == 0);
}
