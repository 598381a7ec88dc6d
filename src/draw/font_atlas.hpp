// The wheel's fonts: the page's own sans-serif, rasterised by the browser (GlyphSource) at the
// wheel's CSS font sizes times the devicePixelRatio, for just the characters its current text uses,
// and handed to ImGui as two ImFonts over one coverage texture. Nothing is downloaded for it, any
// script the visitor's system can show is shown, and the atlas stays small (tens of KB) and crisp
// at any DPR. Rebuilt when the text's characters, the sizes or the DPR change.
#pragma once
#include <array>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "imgui.h"
#include "draw/glyph_source.hpp"

namespace mgi::draw {

// Sizes are CSS font sizes (the em box), as a designer means them, and what AddText() takes: each
// ImFont's FontSize is its CSS size times the devicePixelRatio, drawn scaled back by 1/dpr.
struct FontSizes {
  float label_px = 13;
  float hub_px = 16;
  float dpr = 1;
  bool operator==(const FontSizes&) const = default;
};

// Line height in ems, as CSS `line-height: 1.25`: glyphs sit in the middle of their line box.
inline constexpr float kLineHeightEm = 1.25f;

class FontAtlas {
 public:
  explicit FontAtlas(GlyphSource& source);
  ~FontAtlas();
  FontAtlas(const FontAtlas&) = delete;
  FontAtlas& operator=(const FontAtlas&) = delete;

  // Makes sure every character of `label_text` is in label() and of `hub_text` in hub(), at
  // `sizes`. Returns true when the atlas was rebuilt, so the caller uploads TakePixels().
  bool Ensure(std::string_view label_text, std::string_view hub_text, const FontSizes& sizes);
  // The next Ensure() rasterises every glyph again (the page's fonts changed).
  void Invalidate() { built_ = false; }

  ImFont* label() const { return built_ ? label_.get() : nullptr; }
  ImFont* hub() const { return built_ ? hub_.get() : nullptr; }
  const FontSizes& sizes() const { return sizes_; }
  // Counts the atlas's builds: text laid out with these fonts (wheel_labels' cache) is laid out
  // again when it changes, since a build may change the sizes and the glyphs' advances.
  unsigned generation() const { return generation_; }

  // The new atlas's texels, one byte of coverage each, handed over once: the GPU keeps the
  // texture, and a rebuild draws every glyph again, so no copy stays in the Wasm heap.
  std::vector<unsigned char> TakePixels() { return std::exchange(pixels_, {}); }
  int width() const { return container_.TexWidth; }
  int height() const { return container_.TexHeight; }
  ImVec2 white_uv() const { return container_.TexUvWhitePixel; }

 private:
  bool Build(const std::array<std::vector<char32_t>, 2>& codepoints, const FontSizes& sizes);

  GlyphSource& source_;
  ImFontAtlas container_;  // ImFont needs an owner; it also holds the texture's size and white texel
  std::unique_ptr<ImFont> label_, hub_;
  std::set<char32_t> glyphs_[2];    // label, hub
  std::string last_text_[2];        // the texts of the last call, all of whose characters are in the atlas
  FontSizes sizes_{0, 0, 0};
  bool built_ = false;
  unsigned generation_ = 0;
  std::vector<unsigned char> pixels_;
};

}  // namespace mgi::draw
