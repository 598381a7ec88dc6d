#include "draw/wheel_label_cache.hpp"

namespace mgi::draw {

void WheelLabelCache::Check(const FontAtlas& fonts, const WheelStyle& style) {
  if (fonts_ == &fonts && fonts_generation_ == fonts.generation() && style_ == style) return;
  fonts_ = &fonts;
  fonts_generation_ = fonts.generation();
  style_ = style;
  for (SegmentEntry& s : segments_) s.valid = false;
  hub_.valid = false;
}

const SegmentLayout& WheelLabelCache::Segment(int index, std::string_view name, const WheelGeometry& geometry, float grow,
                                              const FontAtlas& fonts, const WheelStyle& style) {
  Check(fonts, style);
  SegmentEntry& e = segments_.at(static_cast<std::size_t>(index));
  if (e.valid && e.name == name && e.r_inner == geometry.r_inner && e.r_outer == geometry.r_outer && e.grow == grow)
    return e.layout;
  e.name.assign(name);  // first, so that the layout's lines view the cache's copy
  e.r_inner = geometry.r_inner;
  e.r_outer = geometry.r_outer;
  e.grow = grow;
  e.layout = LayOutSegment(e.name, geometry, grow, fonts, style);
  e.valid = true;
  ++layouts_made_;
  return e.layout;
}

const HubLayout& WheelLabelCache::Hub(std::string_view name, std::string_view level, std::string_view year, float radius,
                                      const FontAtlas& fonts, const WheelStyle& style) {
  Check(fonts, style);
  HubEntry& e = hub_;
  if (e.valid && e.name == name && e.level == level && e.year == year && e.radius == radius) return e.layout;
  e.name.assign(name);
  e.level.assign(level);
  e.year.assign(year);
  e.radius = radius;
  e.layout = LayOutHub(e.name, e.level, e.year, radius, fonts, style);
  e.valid = true;
  ++layouts_made_;
  return e.layout;
}

}  // namespace mgi::draw
