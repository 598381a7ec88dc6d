// One wheel's laid-out texts, kept from frame to frame. Laying them out is most of the work of
// building a frame's draw list (40% natively): each segment's name is wrapped and fitted to its
// box, and a hub whose texts do not fit at full size is a search over sizes (~21 us). An animation
// frame changes none of their inputs (a turn rotates the wheel, a hover lifts a segment), so each
// layout is made again only when one does: its text, the wheel's radii, the intro's growth, the
// style, or the glyph atlas (another FontAtlas, or a rebuild of it: FontAtlas::generation()).
//
// The layouts' lines are views into their texts, so the cache keeps its own copies of them; for
// the same reason it is neither copied nor moved.
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "draw/wheel_labels.hpp"

namespace mgi::draw {

class WheelLabelCache {
 public:
  WheelLabelCache() = default;
  WheelLabelCache(const WheelLabelCache&) = delete;
  WheelLabelCache& operator=(const WheelLabelCache&) = delete;

  // As LayOutSegment(name, geometry, grow, fonts, style), for segment `index` (0..kDomainCount-1).
  const SegmentLayout& Segment(int index, std::string_view name, const WheelGeometry& geometry, float grow,
                               const FontAtlas& fonts, const WheelStyle& style);
  // As LayOutHub(name, level, year, radius, fonts, style).
  const HubLayout& Hub(std::string_view name, std::string_view level, std::string_view year, float radius,
                       const FontAtlas& fonts, const WheelStyle& style);

  // How many layouts have been made (not answered from the cache): for tests.
  int layouts_made() const { return layouts_made_; }

 private:
  // Forgets every layout when the fonts or the style are not those they were made with.
  void Check(const FontAtlas& fonts, const WheelStyle& style);

  struct SegmentEntry {
    bool valid = false;
    std::string name;
    float r_inner = 0, r_outer = 0, grow = 0;
    SegmentLayout layout;
  };
  struct HubEntry {
    bool valid = false;
    std::string name, level, year;
    float radius = 0;
    HubLayout layout;
  };

  std::array<SegmentEntry, kDomainCount> segments_;
  HubEntry hub_;
  const FontAtlas* fonts_ = nullptr;
  unsigned fonts_generation_ = 0;
  WheelStyle style_;
  int layouts_made_ = 0;
};

// One per wheel of a widget's frame (two when comparing).
using WheelLabelCaches = std::array<WheelLabelCache, 2>;

}  // namespace mgi::draw
