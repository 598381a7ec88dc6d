// The wheel's laid-out texts kept from frame to frame (draw/wheel_label_cache): an unchanged text
// on an unchanged wheel is not laid out again, and every input that changes the layout (the text,
// the radii, the intro's growth, the style, the glyph atlas) gives the layout made afresh.
#include <doctest/doctest.h>

#include <string>

#include "draw/wheel_label_cache.hpp"
#include "fixed_glyphs.hpp"

using namespace mgi;

namespace {

// Both fonts built at `sizes` for the texts the tests lay out.
struct Fonts {
  test::HalfEmGlyphs glyphs;
  draw::FontAtlas atlas{glyphs};
  explicit Fonts(draw::FontSizes sizes = {13, 16, 1}) { Build(sizes); }
  bool Build(draw::FontSizes sizes) {
    const std::string text = "Whole-of-government approach Republic of Azerbaijan National 2023 Partnerships";
    return atlas.Ensure(text, text, sizes);
  }
};

WheelGeometry Wheel(float r_outer) { return {{250, 250}, r_outer * 0.4f, r_outer, 0, kDomainCount}; }

// The same lines and sizes as a layout made with no cache.
void CheckSame(const draw::BoxedText& a, const draw::BoxedText& b) {
  CHECK(a.size == b.size);
  CHECK(a.block.width == b.block.width);
  REQUIRE(a.block.lines.size() == b.block.lines.size());
  for (std::size_t i = 0; i < a.block.lines.size(); ++i) CHECK(a.block.lines[i] == b.block.lines[i]);
}

}  // namespace

TEST_CASE("WheelLabelCache::Segment") {
  Fonts fonts;
  draw::WheelStyle style;
  draw::WheelLabelCache cache;
  const WheelGeometry wheel = Wheel(200);

  SUBCASE("an unchanged label is laid out once, and as LayOutSegment lays it out") {
    const draw::SegmentLayout& first = cache.Segment(1, "Whole-of-government approach", wheel, 1, fonts.atlas, style);
    CHECK(cache.layouts_made() == 1);
    for (int frame = 0; frame < 5; ++frame) cache.Segment(1, "Whole-of-government approach", wheel, 1, fonts.atlas, style);
    CHECK(cache.layouts_made() == 1);
    CheckSame(first.name, draw::LayOutSegment("Whole-of-government approach", wheel, 1, fonts.atlas, style).name);
  }
  SUBCASE("each segment keeps its own layout") {
    cache.Segment(0, "Partnerships", wheel, 1, fonts.atlas, style);
    cache.Segment(1, "Whole-of-government approach", wheel, 1, fonts.atlas, style);
    cache.Segment(0, "Partnerships", wheel, 1, fonts.atlas, style);
    cache.Segment(1, "Whole-of-government approach", wheel, 1, fonts.atlas, style);
    CHECK(cache.layouts_made() == 2);
  }
  SUBCASE("the layout views the cache's copy of the text, not the caller's") {
    std::string label = "Whole-of-government approach";
    const draw::SegmentLayout& laid_out = cache.Segment(1, label, wheel, 1, fonts.atlas, style);
    label.assign(label.size(), 'x');
    REQUIRE_FALSE(laid_out.name.block.lines.empty());
    CHECK(laid_out.name.block.lines.front().substr(0, 5) == "Whole");
  }
  SUBCASE("a changed text, radius, growth, style or atlas gives a new layout") {
    cache.Segment(1, "Whole-of-government approach", wheel, 1, fonts.atlas, style);
    const draw::SegmentLayout& text = cache.Segment(1, "Partnerships", wheel, 1, fonts.atlas, style);
    CHECK(cache.layouts_made() == 2);
    REQUIRE(text.name.block.lines.size() == 1);
    CHECK(text.name.block.lines[0] == "Partnerships");

    const WheelGeometry narrow = Wheel(60);
    const draw::SegmentLayout& radius = cache.Segment(1, "Partnerships", narrow, 1, fonts.atlas, style);
    CHECK(cache.layouts_made() == 3);
    CheckSame(radius.name, draw::LayOutSegment("Partnerships", narrow, 1, fonts.atlas, style).name);

    cache.Segment(1, "Partnerships", narrow, 0.9f, fonts.atlas, style);
    CHECK(cache.layouts_made() == 4);

    draw::WheelStyle wider = style;
    wider.label_width_share = 2;
    cache.Segment(1, "Partnerships", narrow, 0.9f, fonts.atlas, wider);
    CHECK(cache.layouts_made() == 5);

    REQUIRE(fonts.Build({11, 16, 1}));  // a rebuilt atlas: other sizes, other advances
    const draw::SegmentLayout& rebuilt = cache.Segment(1, "Partnerships", narrow, 0.9f, fonts.atlas, wider);
    CHECK(cache.layouts_made() == 6);
    CheckSame(rebuilt.name, draw::LayOutSegment("Partnerships", narrow, 0.9f, fonts.atlas, wider).name);

    Fonts other;
    cache.Segment(1, "Partnerships", narrow, 0.9f, other.atlas, wider);
    CHECK(cache.layouts_made() == 7);
  }
  SUBCASE("an atlas that is asked for the same texts again is not rebuilt, and keeps the layouts") {
    cache.Segment(1, "Partnerships", wheel, 1, fonts.atlas, style);
    CHECK_FALSE(fonts.Build({13, 16, 1}));
    cache.Segment(1, "Partnerships", wheel, 1, fonts.atlas, style);
    CHECK(cache.layouts_made() == 1);
  }
}

TEST_CASE("WheelLabelCache::Hub") {
  Fonts fonts;
  draw::WheelStyle style;
  draw::WheelLabelCache cache;
  const float radius = 70;

  const draw::HubLayout& first = cache.Hub("Republic of Azerbaijan", "National", "2023", radius, fonts.atlas, style);
  cache.Hub("Republic of Azerbaijan", "National", "2023", radius, fonts.atlas, style);
  CHECK(cache.layouts_made() == 1);
  const draw::HubLayout fresh = draw::LayOutHub("Republic of Azerbaijan", "National", "2023", radius, fonts.atlas, style);
  CheckSame(first.name, fresh.name);
  CheckSame(first.level, fresh.level);
  CheckSame(first.year, fresh.year);
  CHECK(first.name_top == fresh.name_top);

  SUBCASE("a changed name, level, year or radius gives a new layout") {
    cache.Hub("Azerbaijan", "National", "2023", radius, fonts.atlas, style);
    cache.Hub("Azerbaijan", "Local", "2023", radius, fonts.atlas, style);
    const draw::HubLayout& year = cache.Hub("Azerbaijan", "Local", "2024", radius, fonts.atlas, style);
    CHECK(cache.layouts_made() == 4);
    REQUIRE(year.year.block.lines.size() == 1);
    CHECK(year.year.block.lines[0] == "2024");
    const draw::HubLayout& small = cache.Hub("Azerbaijan", "Local", "2024", 20, fonts.atlas, style);
    CHECK(cache.layouts_made() == 5);
    CheckSame(small.name, draw::LayOutHub("Azerbaijan", "Local", "2024", 20, fonts.atlas, style).name);
  }
  SUBCASE("the atlas rebuilt gives a new layout") {
    REQUIRE(fonts.Build({13, 18, 1}));
    cache.Hub("Republic of Azerbaijan", "National", "2023", radius, fonts.atlas, style);
    CHECK(cache.layouts_made() == 2);
  }
}
