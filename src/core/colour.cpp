#include "core/colour.hpp"

#include <algorithm>
#include <cmath>

namespace mgi {

float RelativeLuminance(const Rgb& c) {
  const auto channel = [](std::uint8_t v) {
    const float s = v / 255.0f;
    return s <= 0.04045f ? s / 12.92f : std::pow((s + 0.055f) / 1.055f, 2.4f);
  };
  return 0.2126f * channel(c.r) + 0.7152f * channel(c.g) + 0.0722f * channel(c.b);
}

float ContrastRatio(const Rgb& a, const Rgb& b) {
  const float la = RelativeLuminance(a), lb = RelativeLuminance(b);
  return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

}  // namespace mgi
