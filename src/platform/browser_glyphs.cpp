#include "platform/browser_glyphs.hpp"

#include <cstdint>
#include <emscripten.h>

// One 2D context per page (the module serves every widget), made on first use. willReadFrequently keeps it on the CPU, where
// getImageData is a copy rather than a GPU read-back.
// clang-format off
EM_JS(void, mgi_js_glyph_font, (int widget, float px), {
  var g = Module["mgiGlyphs"];
  if (!g) {
    var canvas = typeof OffscreenCanvas !== "undefined" ? new OffscreenCanvas(1, 1) : document.createElement("canvas");
    g = Module["mgiGlyphs"] = { canvas: canvas, ctx: canvas.getContext("2d", { willReadFrequently: true }) };
  }
  var host = Module["mgiHosts"].get(widget);
  var family = host && host.canvas.isConnected ? getComputedStyle(host.canvas).fontFamily : "";
  g.family = family || "sans-serif";
  g.ctx.font = px + "px " + g.family;
  g.ctx.textBaseline = "alphabetic";
  g.ctx.textAlign = "left";
  g.ctx.direction = "ltr";
});

EM_JS(void, mgi_js_glyph_metrics, (float px, float* out), {
  var ctx = Module["mgiGlyphs"].ctx;
  var m = ctx.measureText("Hg");
  var ascent = m.fontBoundingBoxAscent, descent = m.fontBoundingBoxDescent;
  if (!(ascent >= 0 && descent >= 0)) { ascent = px * 0.95; descent = px * 0.25; }  // before fontBoundingBox* existed
  HEAPF32[out >> 2] = ascent;
  HEAPF32[(out >> 2) + 1] = descent;
});

EM_JS(void, mgi_js_glyph_measure, (const std::uint32_t* codepoints, int count, float* out), {
  var ctx = Module["mgiGlyphs"].ctx;
  for (var i = 0; i < count; i++) {
    var m = ctx.measureText(String.fromCodePoint(HEAPU32[(codepoints >> 2) + i]));
    var x0 = Math.floor(-m.actualBoundingBoxLeft), x1 = Math.ceil(m.actualBoundingBoxRight);
    var y0 = Math.floor(-m.actualBoundingBoxAscent), y1 = Math.ceil(m.actualBoundingBoxDescent);
    var o = (out >> 2) + i * 5;
    HEAPF32[o] = m.width;
    if (x1 > x0 && y1 > y0) {  // a texel of margin: antialiased edges reach past the ink box
      HEAPF32[o + 1] = x0 - 1; HEAPF32[o + 2] = y0 - 1; HEAPF32[o + 3] = x1 + 1; HEAPF32[o + 4] = y1 + 1;
    } else {
      HEAPF32[o + 1] = HEAPF32[o + 2] = HEAPF32[o + 3] = HEAPF32[o + 4] = 0;
    }
  }
});

EM_JS(void, mgi_js_glyph_draw, (const void* glyphs, int count, int width, int height, unsigned char* rgba_out), {
  var g = Module["mgiGlyphs"], ctx = g.ctx;
  g.canvas.width = width;  // resizing resets the context's state, font included
  g.canvas.height = height;
  ctx.clearRect(0, 0, width, height);
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  ctx.direction = "ltr";
  ctx.fillStyle = "#fff";
  var px = -1;
  for (var i = 0; i < count; i++) {
    var at = (glyphs >> 2) + i * 4;
    if (HEAPF32[at + 1] !== px) { px = HEAPF32[at + 1]; ctx.font = px + "px " + g.family; }
    ctx.fillText(String.fromCodePoint(HEAPU32[at]), HEAPF32[at + 2], HEAPF32[at + 3]);
  }
  HEAPU8.set(ctx.getImageData(0, 0, width, height).data, rgba_out);  // one copy; the core takes the alpha
  g.canvas.width = g.canvas.height = 1;  // the atlas lives in the GL texture; free the copy
});
// clang-format on

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
