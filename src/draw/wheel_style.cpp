#include "draw/wheel_style.hpp"

#include "core/colour.hpp"

namespace mgi::draw {

ImU32 SegmentFill(const Rgb& c, float lift, const WheelStyle& style, float alpha) {
  const float t = lift * style.brighten;
  const auto mix = [t](std::uint8_t v) { return static_cast<int>(v + (255 - v) * t + 0.5f); };
  return IM_COL32(mix(c.r), mix(c.g), mix(c.b), static_cast<int>(alpha * 255 + 0.5f));
}

ImU32 LabelColourOn(const Rgb& background) {
  const Rgb dark = {26, 32, 44};
  return ContrastRatio(background, {255, 255, 255}) >= ContrastRatio(background, dark) ? IM_COL32(255, 255, 255, 255)
                                                                                      : IM_COL32(26, 32, 44, 255);
}

}  // namespace mgi::draw
