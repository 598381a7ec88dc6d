#include "render/truetype_glyphs.hpp"

#include <algorithm>
#include <cmath>

// ImGui compiles its copy of stb_truetype as static functions inside imgui_draw.cpp; this file
// compiles its own, likewise private to it.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include "imstb_truetype.h"

namespace mgi::render {

struct TrueTypeGlyphs::Face {
  std::string bytes;  // stbtt_fontinfo points into these
  stbtt_fontinfo info{};
};

TrueTypeGlyphs::TrueTypeGlyphs(std::unique_ptr<Face> face) : face_(std::move(face)) {}
TrueTypeGlyphs::~TrueTypeGlyphs() = default;

std::unique_ptr<TrueTypeGlyphs> TrueTypeGlyphs::FromBytes(std::string font_bytes, std::string* error) {
  auto face = std::make_unique<Face>();
  face->bytes = std::move(font_bytes);
  const auto* data = reinterpret_cast<const unsigned char*>(face->bytes.data());
  const int offset = face->bytes.size() >= 12 ? stbtt_GetFontOffsetForIndex(data, 0) : -1;
  if (offset < 0 || !stbtt_InitFont(&face->info, data, offset)) {
    *error = "not a TrueType font";
    return nullptr;
  }
  return std::unique_ptr<TrueTypeGlyphs>(new TrueTypeGlyphs(std::move(face)));
}

draw::MeasuredFace TrueTypeGlyphs::Measure(float px, const std::vector<char32_t>& codepoints) {
  const stbtt_fontinfo& info = face_->info;
  const float scale = stbtt_ScaleForMappingEmToPixels(&info, px);  // px is the em, as in CSS
  int ascent = 0, descent = 0, line_gap = 0;
  stbtt_GetFontVMetrics(&info, &ascent, &descent, &line_gap);
  draw::MeasuredFace face{{ascent * scale, -descent * scale}, {}};
  face.boxes.reserve(codepoints.size());
  for (char32_t c : codepoints) {
    const int glyph = stbtt_FindGlyphIndex(&info, static_cast<int>(c));
    int advance = 0, bearing = 0;
    stbtt_GetGlyphHMetrics(&info, glyph, &advance, &bearing);
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetGlyphBitmapBox(&info, glyph, scale, scale, &x0, &y0, &x1, &y1);
    draw::GlyphBox box{advance * scale, 0, 0, 0, 0};
    if (x1 > x0 && y1 > y0) box = {box.advance, x0 - 1, y0 - 1, x1 + 1, y1 + 1};  // a texel of margin, as the browser's
    face.boxes.push_back(box);
  }
  return face;
}

std::vector<unsigned char> TrueTypeGlyphs::Draw(const std::vector<draw::GlyphPlacement>& glyphs, int width, int height) {
  const stbtt_fontinfo& info = face_->info;
  std::vector<unsigned char> coverage(static_cast<std::size_t>(std::max(width, 0)) * static_cast<std::size_t>(std::max(height, 0)), 0);
  std::vector<unsigned char> glyph_pixels;
  for (const draw::GlyphPlacement& g : glyphs) {
    const float scale = stbtt_ScaleForMappingEmToPixels(&info, g.px);
    const int glyph = stbtt_FindGlyphIndex(&info, static_cast<int>(g.codepoint));
    const float base_x = std::floor(g.pen_x), base_y = std::floor(g.pen_y);
    const float shift_x = g.pen_x - base_x, shift_y = g.pen_y - base_y;
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetGlyphBitmapBoxSubpixel(&info, glyph, scale, scale, shift_x, shift_y, &x0, &y0, &x1, &y1);
    const int w = x1 - x0, h = y1 - y0;
    if (w <= 0 || h <= 0) continue;
    glyph_pixels.assign(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 0);
    stbtt_MakeGlyphBitmapSubpixel(&info, glyph_pixels.data(), w, h, w, scale, scale, shift_x, shift_y, glyph);
    // Glyph boxes in the atlas do not overlap, but their margins may touch: keep the larger coverage.
    for (int y = 0; y < h; ++y) {
      const int ty = static_cast<int>(base_y) + y0 + y;
      if (ty < 0 || ty >= height) continue;
      for (int x = 0; x < w; ++x) {
        const int tx = static_cast<int>(base_x) + x0 + x;
        if (tx < 0 || tx >= width) continue;
        unsigned char& texel = coverage[static_cast<std::size_t>(ty) * static_cast<std::size_t>(width) + static_cast<std::size_t>(tx)];
        texel = std::max(texel, glyph_pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)]);
      }
    }
  }
  return coverage;
}

}  // namespace mgi::render
