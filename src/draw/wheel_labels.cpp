#include "draw/wheel_labels.hpp"

#include <algorithm>
#include <cmath>

namespace mgi::draw {

FontSizes FontSizesFor(float r_outer, float dpr, const WheelStyle& style) {
  // Half-pixel steps, so a resize by a pixel or two does not rebuild the atlas.
  const auto step = [](float px) { return std::round(px * 2) / 2; };
  return {step(std::clamp(r_outer * style.label_size_share, style.label_min_px, style.label_max_px)),
          step(std::clamp(r_outer * style.hub_size_share, style.hub_min_px, style.hub_max_px)), dpr};
}

SegmentLayout LayOutSegment(std::string_view name, const WheelGeometry& geometry, float grow, const FontAtlas& fonts,
                            const WheelStyle& style) {
  SegmentLayout out;
  out.icon = geometry.r_outer * style.icon_share;
  out.gap = out.icon * style.icon_gap_share;
  const float ring = (geometry.r_outer - geometry.r_inner) * grow;
  const float r_mid = (geometry.r_inner + geometry.r_outer) * 0.5f * grow;
  // A name too long for its box at the wheel's label size is drawn smaller, never broken in a word.
  const TextBox box{std::min(r_mid * style.label_width_share, ring * style.label_ring_share), style.label_max_lines,
                    ring * style.label_ring_share - out.icon - out.gap};
  out.name = FitText(fonts.label(), fonts.sizes().label_px, name, box);
  return out;
}

HubLayout LayOutHub(std::string_view name, std::string_view level, std::string_view year, float radius,
                    const FontAtlas& fonts, const WheelStyle& style) {
  const float width = radius * style.hub_text_width_share;
  const float small = fonts.sizes().label_px * style.hub_detail_share;
  return {FitText(fonts.hub(), fonts.sizes().hub_px, name, {width, style.hub_name_max_lines}),
          FitText(fonts.label(), small, level, {width, style.hub_level_max_lines}),
          FitText(fonts.label(), small, year, {width, 1})};
}

}  // namespace mgi::draw
