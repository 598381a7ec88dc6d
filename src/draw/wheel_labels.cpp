#include "draw/wheel_labels.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace mgi::draw {
namespace {

float FitWords(ImFont* font, float size, std::string_view text, float max_width) {
  float widest = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    widest = std::max(widest, font->CalcTextSizeA(size, FLT_MAX, 0, text.data() + start, text.data() + end).x);
    start = end + 1;
  }
  // Aim a little inside the limit: ImGui wraps a word that fits only to the last float bit.
  return widest > max_width ? std::max(size * max_width * 0.97f / widest, size * 0.7f) : size;
}

BoxedText LayOut(ImFont* font, float size, std::string_view text, const TextBox& box) {
  const float fitted = FitWords(font, size, text, box.width);
  return {box, fitted, WrapText(font, fitted, text, box.width, box.max_lines)};
}

}  // namespace

FontSizes FontSizesFor(float r_outer, float dpr, const WheelStyle& style) {
  // Half-pixel steps, so a resize by a pixel or two does not rebuild the atlas.
  const auto step = [](float px) { return std::round(px * 2) / 2; };
  return {step(std::clamp(r_outer * style.label_size_share, style.label_min_px, style.label_max_px)),
          step(std::clamp(r_outer * style.hub_size_share, style.hub_min_px, style.hub_max_px)), dpr};
}

BoxedText LayOutSegmentLabel(std::string_view label, float r_in, float r_out, const FontAtlas& fonts,
                             const WheelStyle& style) {
  const float ring = r_out - r_in;
  const float r_mid = r_in + ring * 0.5f;
  const TextBox box{std::min(r_mid * style.label_width_share, ring * style.label_ring_share), style.label_max_lines};
  // A word wider than the ring (long names on a phone) shrinks the label rather than breaking it.
  return LayOut(fonts.label(), fonts.sizes().label_px, label, box);
}

HubLayout LayOutHub(std::string_view name, std::string_view level, std::string_view year, float radius,
                    const FontAtlas& fonts, const WheelStyle& style) {
  const float width = radius * style.hub_text_width_share;
  const float small = fonts.sizes().label_px * style.hub_detail_share;
  return {LayOut(fonts.hub(), fonts.sizes().hub_px, name, {width, style.hub_name_max_lines}),
          {{width, style.hub_level_max_lines}, small, WrapText(fonts.label(), small, level, width, style.hub_level_max_lines)},
          {{width, 1}, small, WrapText(fonts.label(), small, year, width, 1)}};
}

}  // namespace mgi::draw
