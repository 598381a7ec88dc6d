// Time-based animation, handed the time by its caller (never reading a clock), so it is
// deterministic under test. Times are in milliseconds.
#pragma once

namespace mgi {

float EaseInOutCubic(float t);  // t in [0,1]
float EaseOutCubic(float t);

// One value moving from `from` to `to` over `duration_ms`, starting at `start_ms`.
struct Tween {
  float from = 0, to = 0;
  double start_ms = 0;
  double duration_ms = 0;
  float (*ease)(float) = EaseInOutCubic;

  float ValueAt(double now_ms) const;
  bool DoneAt(double now_ms) const { return now_ms >= start_ms + duration_ms; }
  static Tween Still(float value) { return {value, value, 0, 0}; }
};

// A value that follows a target at a steady rate (units per ms): hover lift, highlights.
struct Approach {
  float value = 0, target = 0;
  void Step(float dt_ms, float rate_per_ms);
  bool Settled() const { return value == target; }
};

}  // namespace mgi
