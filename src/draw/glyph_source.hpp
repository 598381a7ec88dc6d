// Where the wheel's glyphs come from. The widget asks the browser (platform/browser_glyphs): its
// text engine has the page's fonts, and their fallback chains for any script, at no download cost.
// The interface keeps ImGui-side code free of Emscripten.
#pragma once
#include <vector>

namespace mgi::draw {

// A glyph's ink box in whole pixels, relative to the pen at the baseline (y grows down: a box
// above the baseline has y0 < 0), plus its advance. Empty ink (a space) has x0 == x1.
struct GlyphBox {
  float advance = 0;
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// The face's line metrics at `px` (CSS font size): ascent above and descent below the baseline, both >= 0.
struct FaceMetrics {
  float ascent = 0, descent = 0;
};

// One face at one size: its line metrics and the box of each glyph asked for, in order.
struct MeasuredFace {
  FaceMetrics metrics;
  std::vector<GlyphBox> boxes;
};

// One glyph to draw into the atlas: its pen position (baseline) in atlas pixels.
struct GlyphPlacement {
  char32_t codepoint = 0;
  float px = 0;
  float pen_x = 0, pen_y = 0;
};

class GlyphSource {
 public:
  virtual ~GlyphSource() = default;
  virtual MeasuredFace Measure(float px, const std::vector<char32_t>& codepoints) = 0;
  // Draws the glyphs into a width x height coverage bitmap (0..255, row-major) and returns it.
  virtual std::vector<unsigned char> Draw(const std::vector<GlyphPlacement>& glyphs, int width, int height) = 0;
};

}  // namespace mgi::draw
