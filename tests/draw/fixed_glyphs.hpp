// A glyph source of fixed metrics for the native draw tests: every glyph advances half its size
// and is a filled box, so widths are known and frames are built without a browser.
#pragma once
#include <vector>

#include "draw/glyph_source.hpp"

namespace mgi::test {

class HalfEmGlyphs final : public draw::GlyphSource {
 public:
  draw::MeasuredFace Measure(float px, const std::vector<char32_t>& codepoints) override {
    draw::MeasuredFace face{{px * 0.8f, px * 0.2f}, {}};
    for (char32_t c : codepoints) {
      const int w = static_cast<int>(px * 0.5f);
      face.boxes.push_back(c == U' ' ? draw::GlyphBox{px * 0.5f, 0, 0, 0, 0}
                                     : draw::GlyphBox{px * 0.5f, 0, -static_cast<int>(px * 0.7f), w, 0});
    }
    return face;
  }
  std::vector<unsigned char> Draw(const std::vector<draw::GlyphPlacement>&, int width, int height) override {
    return std::vector<unsigned char>(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 255);
  }
};

}  // namespace mgi::test
