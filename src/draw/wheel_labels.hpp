// How big the wheel's texts are and how they wrap: the font sizes that suit a wheel, the box each
// segment's name and each of the hub's texts must fit, and the texts laid out to those boxes. Kept
// apart from the drawing (wheel_renderer) so that tests hold every label the wheel draws, in every
// language and at every width, to its box.
#pragma once
#include <string_view>

#include "draw/font_atlas.hpp"
#include "draw/text_layout.hpp"
#include "draw/wheel_style.hpp"

namespace mgi::draw {

// Font sizes that suit a wheel of this outer radius.
FontSizes FontSizesFor(float r_outer, float dpr, const WheelStyle& style);

// The room a text has: lines no wider than `width`, at most `max_lines` of them.
struct TextBox {
  float width = 0;
  int max_lines = 1;
};

// A text laid out for its box: the size it is drawn at and its lines at that size.
struct BoxedText {
  TextBox box;
  float size = 0;
  TextBlock block;
};

// A segment's name, in the ring between `r_in` and `r_out` (the segment's radii as drawn).
BoxedText LayOutSegmentLabel(std::string_view label, float r_in, float r_out, const FontAtlas& fonts,
                             const WheelStyle& style);

// The hub's texts, on a disc of `radius`: the jurisdiction's name, and its level and year under it.
struct HubLayout {
  BoxedText name, level, year;
};
HubLayout LayOutHub(std::string_view name, std::string_view level, std::string_view year, float radius,
                    const FontAtlas& fonts, const WheelStyle& style);

}  // namespace mgi::draw
