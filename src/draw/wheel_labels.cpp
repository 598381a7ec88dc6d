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

namespace {

// The hub's texts with their sizes scaled by `scale`, stacked and centred on the disc's centre.
HubLayout StackHub(std::string_view name, std::string_view level, std::string_view year, float radius, float scale,
                   const FontAtlas& fonts, const WheelStyle& style) {
  const float width = radius * style.hub_text_width_share;
  const float small = fonts.sizes().label_px * style.hub_detail_share * scale;
  HubLayout out{FitText(fonts.hub(), fonts.sizes().hub_px * scale, name, {width, style.hub_name_max_lines}),
                FitText(fonts.label(), small, level, {width, style.hub_level_max_lines}),
                FitText(fonts.label(), small, year, {width, 1})};
  const float spacing = out.level.block.lines.empty() ? 0 : out.level.size * style.hub_detail_spacing_share;
  const float total = out.name.block.Height() + spacing + out.level.block.Height() + out.year.block.Height();
  out.name_top = -total * 0.5f;
  out.level_top = out.name_top + out.name.block.Height() + spacing;
  out.year_top = out.level_top + out.level.block.Height();
  return out;
}

// Whether every line's box, centred at x = 0 with its top at `top`, lies within `room` of the centre.
bool LinesInside(const TextBlock& block, float top, float room) {
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    const float y0 = top + block.line_height * static_cast<float>(i), y1 = y0 + block.line_height;
    const float far_y = std::max(std::abs(y0), std::abs(y1)), half_width = block.line_widths[i] * 0.5f;
    if (far_y * far_y + half_width * half_width > room * room) return false;
  }
  return true;
}

bool InsideDisc(const HubLayout& hub, float room) {
  return LinesInside(hub.name.block, hub.name_top, room) && LinesInside(hub.level.block, hub.level_top, room) &&
         LinesInside(hub.year.block, hub.year_top, room);
}

// The largest scale in [floor, 1] (to within a few per cent) at which `stack(scale)` lies on the
// disc, and the layout at it; the layout at `floor` when none does. A fit is monotonic in the scale.
template <typename Stack>
HubLayout LargestThatFits(const Stack& stack, float room, float floor) {
  HubLayout laid_out = stack(1.0f);
  if (InsideDisc(laid_out, room)) return laid_out;
  float fits = floor, too_big = 1;
  laid_out = stack(floor);
  for (int step = 0; step < 8; ++step) {
    const float mid = (fits + too_big) * 0.5f;
    HubLayout trial = stack(mid);
    if (InsideDisc(trial, room)) {
      fits = mid;
      laid_out = std::move(trial);
    } else {
      too_big = mid;
    }
  }
  return laid_out;
}

bool Readable(const BoxedText& text, float px) { return text.block.lines.empty() || text.size >= px - 0.01f; }

}  // namespace

HubLayout LayOutHub(std::string_view name, std::string_view level, std::string_view year, float radius,
                    const FontAtlas& fonts, const WheelStyle& style) {
  const float room = std::max(0.0f, radius - style.hub_text_margin_px);
  const float readable = style.hub_readable_px;
  // The smallest scale at which the details are still readable: below it, leave them out.
  const float floor = std::min(1.0f, readable / (fonts.sizes().label_px * style.hub_detail_share));
  // The details that can go, least needed first: with both, then without the level.
  const std::string_view levels[] = {level, {}}, years[] = {year, year};
  for (int texts = 0; texts < 2; ++texts) {
    const auto stack = [&](float scale) {
      return StackHub(name, levels[texts], years[texts], radius, scale, fonts, style);
    };
    HubLayout laid_out = LargestThatFits(stack, room, floor);
    if (InsideDisc(laid_out, room) && Readable(laid_out.name, readable) && Readable(laid_out.level, readable) &&
        Readable(laid_out.year, readable)) {
      return laid_out;
    }
  }
  // The name alone, as small as it must be: a smaller name is the least bad (text_fit.hpp).
  return LargestThatFits([&](float scale) { return StackHub(name, {}, {}, radius, scale, fonts, style); }, room,
                         0.05f);
}

}  // namespace mgi::draw
