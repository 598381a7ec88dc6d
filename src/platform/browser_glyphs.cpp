#include "platform/browser_glyphs.hpp"

#include <cstdint>

// Defined in web/glyph-library.js (emcc --js-library).
extern "C" {
void mgi_js_glyph_font(int widget, float px);
void mgi_js_glyph_metrics(float px, float* out);
void mgi_js_glyph_measure(const std::uint32_t* codepoints, int count, float* out);
void mgi_js_glyph_draw(const void* glyphs, int count, int width, int height, unsigned char* rgba_out);
}

namespace mgi::platform {

namespace {
struct PackedPlacement {  // the layout mgi_js_glyph_draw reads: four 32-bit words
  std::uint32_t codepoint;
  float px, pen_x, pen_y;
};
static_assert(sizeof(PackedPlacement) == 16);
}  // namespace

draw::MeasuredFace BrowserGlyphs::Measure(float px, const std::vector<char32_t>& codepoints) {
  const std::vector<std::uint32_t> cps(codepoints.begin(), codepoints.end());
  std::vector<float> out(cps.size() * 5, 0.0f);
  float metrics[2] = {0, 0};
  mgi_js_glyph_font(widget_, px);
  mgi_js_glyph_metrics(px, metrics);
  mgi_js_glyph_measure(cps.data(), static_cast<int>(cps.size()), out.data());
  draw::MeasuredFace face{{metrics[0], metrics[1]}, std::vector<draw::GlyphBox>(cps.size())};
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const float* o = &out[i * 5];
    face.boxes[i] = {o[0], static_cast<int>(o[1]), static_cast<int>(o[2]), static_cast<int>(o[3]), static_cast<int>(o[4])};
  }
  return face;
}

std::vector<unsigned char> BrowserGlyphs::Draw(const std::vector<draw::GlyphPlacement>& glyphs, int width, int height) {
  std::vector<PackedPlacement> packed;
  packed.reserve(glyphs.size());
  for (const auto& g : glyphs) packed.push_back({static_cast<std::uint32_t>(g.codepoint), g.px, g.pen_x, g.pen_y});
  const std::size_t texels = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
  std::vector<unsigned char> coverage(texels, 0);
  if (texels == 0) return coverage;
  std::vector<unsigned char> rgba(texels * 4);
  mgi_js_glyph_draw(packed.data(), static_cast<int>(packed.size()), width, height, rgba.data());
  for (std::size_t i = 0; i < texels; ++i) coverage[i] = rgba[i * 4 + 3];  // white ink: alpha is coverage
  return coverage;
}

}  // namespace mgi::platform
