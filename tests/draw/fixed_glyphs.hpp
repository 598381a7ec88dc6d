// Glyph sources of fixed metrics for the native draw tests, so widths are known and frames are
// built without a browser: one where every glyph advances half its size (simple arithmetic), and
// one with the proportions of a wide sans-serif (what the wheel's labels must survive).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/canvas_text.hpp"
#include "draw/font_atlas.hpp"
#include "draw/glyph_source.hpp"

namespace mgi::test {

// Every glyph is a filled box of `AdvanceEm(c)` times the size, and advances by as much.
class BoxGlyphs : public draw::GlyphSource {
 public:
  draw::MeasuredFace Measure(float px, const std::vector<char32_t>& codepoints) override {
    draw::MeasuredFace face{{px * 0.8f, px * 0.2f}, {}};
    for (char32_t c : codepoints) {
      const float advance = px * AdvanceEm(c);
      face.boxes.push_back(c == U' ' ? draw::GlyphBox{advance, 0, 0, 0, 0}
                                     : draw::GlyphBox{advance, 0, -static_cast<int>(px * 0.7f), static_cast<int>(advance), 0});
    }
    return face;
  }
  std::vector<unsigned char> Draw(const std::vector<draw::GlyphPlacement>&, int width, int height) override {
    return std::vector<unsigned char>(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 255);
  }

 protected:
  virtual float AdvanceEm(char32_t c) const = 0;
};

class HalfEmGlyphs final : public BoxGlyphs {
  float AdvanceEm(char32_t) const override { return 0.5f; }
};

// Advances by kind of character, rounded up from a wide face (DejaVu Sans, the system-ui font of
// many Linux desktops, sets the wheel's words about a tenth wider than the usual sans-serifs):
// a label that fits in these fits in the faces a visitor's page is likely to use. It is what broke
// "Whole-of-government" at 300 px when the label stopped shrinking.
class WideSansGlyphs final : public BoxGlyphs {
  float AdvanceEm(char32_t c) const override {
    const auto among = [c](std::u32string_view set) { return set.find(c) != std::u32string_view::npos; };
    if (c == U' ' || c == U'\u00A0') return 0.32f;
    if (among(U"il.,:;!|'\u2019\u00B7jI")) return 0.3f;
    if (among(U"ftr-()")) return 0.41f;
    if (among(U"mMwW")) return 1.0f;
    if (among(U"\u2026\u2014")) return 1.0f;
    if (c >= U'A' && c <= U'Z') return 0.72f;
    if (c >= U'0' && c <= U'9') return 0.64f;
    return 0.63f;  // the other letters, accented ones too
  }
};

// A label font of HalfEmGlyphs at `px` that holds the characters of `text` and the ellipsis.
struct HalfEmLabelFont {
  HalfEmGlyphs source;
  draw::FontAtlas atlas{source};
  // Checked by the tests that use it (font() is null if the atlas could not be built), so that this
  // header stays free of doctest for the native benchmark that shares it.
  HalfEmLabelFont(std::string_view text, float px) { atlas.Ensure(std::string(text) + std::string(kEllipsis), "", {px, px, 1}); }
  ImFont* font() const { return atlas.label(); }
};

}  // namespace mgi::test
