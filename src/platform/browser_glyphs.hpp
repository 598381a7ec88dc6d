// The browser's text engine as the wheel's glyph source: measureText for boxes, fillText into a
// 2D canvas for coverage. The face is the widget's own font-family (computed on its canvas, so the
// `--mgi-font` property and the page's fonts apply), with the browser's fallback for any script.
#pragma once
#include "draw/glyph_source.hpp"

namespace mgi::platform {

class BrowserGlyphs final : public draw::GlyphSource {
 public:
  // Glyphs in the font stack of widget `widget`'s canvas (the page may style widgets apart).
  explicit BrowserGlyphs(int widget) : widget_(widget) {}
  draw::MeasuredFace Measure(float px, const std::vector<char32_t>& codepoints) override;
  std::vector<unsigned char> Draw(const std::vector<draw::GlyphPlacement>& glyphs, int width, int height) override;

 private:
  int widget_;
};

}  // namespace mgi::platform
