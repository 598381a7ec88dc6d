// The wheel's glyphs for native rendering (mgi-render): the same GlyphSource the widget asks the
// browser through, answered by Dear ImGui's bundled stb_truetype over one TrueType font file, so
// a picture drawn here and the widget's canvas set their text alike when the page's font stack
// falls back to the same face (DejaVu Sans on a Debian machine: `fc-match system-ui`).
//
// The boxes and metrics follow what the browser's canvas reports (browser_glyphs.cpp): the face's
// ascent and descent at the CSS size, each glyph's advance unrounded and its ink box in whole
// pixels with one texel of margin; glyphs are drawn at their sub-pixel pen positions.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "draw/glyph_source.hpp"

namespace mgi::render {

class TrueTypeGlyphs final : public draw::GlyphSource {
 public:
  // Returns null, with `error` set, when `font_bytes` is not a TrueType font stb_truetype reads.
  static std::unique_ptr<TrueTypeGlyphs> FromBytes(std::string font_bytes, std::string* error);
  ~TrueTypeGlyphs() override;

  draw::MeasuredFace Measure(float px, const std::vector<char32_t>& codepoints) override;
  std::vector<unsigned char> Draw(const std::vector<draw::GlyphPlacement>& glyphs, int width, int height) override;

 private:
  struct Face;
  explicit TrueTypeGlyphs(std::unique_ptr<Face> face);
  std::unique_ptr<Face> face_;
};

}  // namespace mgi::render
