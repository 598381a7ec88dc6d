// How big the wheel's texts are and how they wrap: the font sizes that suit a wheel, the box each
// segment's name and each of the hub's texts must fit, and the texts laid out to those boxes. Kept
// apart from the drawing (wheel_renderer) so that tests hold every label the wheel draws, in every
// language and at every width, to its box.
#pragma once
#include <string_view>

#include "core/wheel_geometry.hpp"
#include "draw/font_atlas.hpp"
#include "draw/text_fit.hpp"
#include "draw/wheel_style.hpp"

namespace mgi::draw {

// Font sizes that suit a wheel of this outer radius.
FontSizes FontSizesFor(float r_outer, float dpr, const WheelStyle& style);

// What a segment holds, stacked and centred in its ring: its icon, a gap, and its name fitted to
// the room left under them. `grow` is the intro's (0.82..1): the ring grows, the icon does not.
struct SegmentLayout {
  float icon = 0;  // the icon's side
  float gap = 0;   // between the icon and the name
  BoxedText name;
  float Height() const { return icon + gap + name.block.Height(); }
};
SegmentLayout LayOutSegment(std::string_view name, const WheelGeometry& geometry, float grow, const FontAtlas& fonts,
                            const WheelStyle& style);

// The hub's texts, on a disc of `radius`: the jurisdiction's name, and its level and year under it,
// stacked and centred on the disc; the tops are relative to its centre. Each line's box lies
// inside the disc (its margin kept): where the texts at their sizes would reach past its round
// edge, all three are drawn smaller together, down to style.hub_readable_px; where that is not
// enough, the level is left out, then the year (an empty block), and only then does the name alone
// become smaller still.
struct HubLayout {
  BoxedText name, level, year;
  float name_top = 0, level_top = 0, year_top = 0;
};
HubLayout LayOutHub(std::string_view name, std::string_view level, std::string_view year, float radius,
                    const FontAtlas& fonts, const WheelStyle& style);

}  // namespace mgi::draw
