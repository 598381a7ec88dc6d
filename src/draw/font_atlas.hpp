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
#include <vector>

#include "imgui.h"
#include "draw/glyph_source.hpp"

namespace mgi::draw {

// Sizes are CSS font sizes (the em box), as a designer means them; ImGui sizes are the same here.
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

  // The size to pass to AddText() for a CSS font size.
  float DrawSize(float css_px) const { return css_px; }

  // Makes sure every character of `label_text` is in label() and of `hub_text` in hub(), at
  // `sizes`. Returns true when the atlas was rebuilt, so the caller re-uploads pixels().
  bool Ensure(std::string_view label_text, std::string_view hub_text, const FontSizes& sizes);
  // The next Ensure() rasterises every glyph again (the page's fonts changed).
  void Invalidate() { built_ = false; }

  ImFont* label() const { return built_ ? label_.get() : nullptr; }
  ImFont* hub() const { return built_ ? hub_.get() : nullptr; }
  const FontSizes& sizes() const { return sizes_; }
  bool Has(char32_t c) const { return glyphs_[0].count(c) > 0 || glyphs_[1].count(c) > 0; }

  // The atlas: one byte of coverage per texel, and where a fully covered texel is.
  const std::vector<unsigned char>& pixels() const { return pixels_; }
  int width() const { return width_; }
  int height() const { return height_; }
  ImVec2 white_uv() const { return white_uv_; }

 private:
  bool Build(const std::array<std::vector<char32_t>, 2>& codepoints, const FontSizes& sizes);

  GlyphSource& source_;
  ImFontAtlas container_;  // ImFont needs an owner; ImGui's own TTF builder is never linked
  std::unique_ptr<ImFont> label_, hub_;
  std::set<char32_t> glyphs_[2];    // label, hub
  std::string last_text_[2];        // the texts of the last call, all of whose characters are in the atlas
  FontSizes sizes_{0, 0, 0};
  bool built_ = false;
  std::vector<unsigned char> pixels_;
  int width_ = 0, height_ = 0;
  ImVec2 white_uv_;
};

}  // namespace mgi::draw
