#include "core/animation.hpp"

#include <algorithm>

namespace mgi {

float EaseInOutCubic(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  if (t < 0.5f) return 4 * t * t * t;
  const float u = -2 * t + 2;
  return 1 - u * u * u / 2;
}

float EaseOutCubic(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  const float u = 1 - t;
  return 1 - u * u * u;
}

float Tween::ValueAt(double now_ms) const {
  if (duration_ms <= 0 || now_ms >= start_ms + duration_ms) return to;
  if (now_ms <= start_ms) return from;
  const float t = static_cast<float>((now_ms - start_ms) / duration_ms);
  return from + (to - from) * ease(t);
}

void Approach::Step(float dt_ms, float rate_per_ms) {
  const float step = std::max(dt_ms, 0.0f) * rate_per_ms;
  if (value < target) value = std::min(target, value + step);
  else if (value > target) value = std::max(target, value - step);
}

}  // namespace mgi
