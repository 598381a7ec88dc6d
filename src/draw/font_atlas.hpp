// The wheel's fonts: Noto Sans (embedded subset) rasterised at the sizes the wheel needs times the
// devicePixelRatio, for just the characters its current text uses. The TTF covers Latin-1,
// Latin Extended-A/B, Cyrillic and typographic punctuation; rasterising only what is shown keeps
// the atlas small (tens of KB, not MBs) and crisp at any DPR. Rebuilt when text, size or DPR change.
#pragma once
#include <set>
#include <string_view>

#include "imgui.h"

namespace mgi::draw {

// Sizes are CSS font sizes (the em box), as a designer means them; see EmToImGuiSize().
struct FontSizes {
  float label_px = 13;
  float hub_px = 16;
  float dpr = 1;
  bool operator==(const FontSizes&) const = default;
};

// ImGui (stb_truetype) sizes a font by ascent - descent, CSS by the em box. For Noto Sans the
// first is 1.36 em, so an ImGui "16 px" font looks like CSS 11.7 px. Returns (ascent - descent) /
// unitsPerEm read from the font's hhea and head tables (1 for a font it cannot read).
float AscentDescentPerEm(std::string_view ttf);

class FontAtlas {
 public:
  explicit FontAtlas(std::string_view ttf) : ttf_(ttf), em_to_imgui_(AscentDescentPerEm(ttf)) {}
  // The size to pass to AddText() for a CSS font size.
  float DrawSize(float css_px) const { return css_px * em_to_imgui_; }

  // Makes sure every character of `text` is in the atlas at `sizes`. Returns true when the atlas
  // was rebuilt, so the caller re-uploads its texture.
  bool Ensure(std::string_view text, const FontSizes& sizes);

  ImFont* label() const { return label_; }
  ImFont* hub() const { return hub_; }
  const FontSizes& sizes() const { return sizes_; }
  bool Has(char32_t c) const { return glyphs_.count(c) > 0; }

 private:
  std::string_view ttf_;
  float em_to_imgui_ = 1;
  std::set<char32_t> glyphs_;
  FontSizes sizes_{0, 0, 0};
  ImVector<ImWchar> ranges_;  // must outlive the atlas build
  ImFont* label_ = nullptr;
  ImFont* hub_ = nullptr;
};

}  // namespace mgi::draw
