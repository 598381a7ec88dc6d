// Wrapped, centred text on an ImDrawList: ImGui wraps left-aligned only, and wheel labels and the
// hub read best centred.
#pragma once
#include <string_view>
#include <vector>

#include "core/canvas_text.hpp"
#include "imgui.h"
#include "draw/font_atlas.hpp"

namespace mgi::draw {

struct TextBlock {
  std::vector<std::string_view> lines;
  std::vector<float> line_widths;  // each line as drawn, its ellipsis included
  float line_height = 0;
  float width = 0;           // widest line
  float ellipsis_width = 0;  // set when truncated
  bool truncated = false;    // more text than lines: the last line ends with kEllipsis when drawn
  float Height() const { return line_height * static_cast<float>(lines.size()); }
  bool EndsWithEllipsis(std::size_t line) const { return truncated && line + 1 == lines.size(); }
};

// Breaks `text` into lines no wider than `max_width` at `size` px, only between words: at spaces
// (and line breaks), or after the hyphen of a compound ("Whole-of-" / "government"), never inside
// a word. At most `max_lines` lines; text beyond them, or from a word wider than a whole line on,
// is cut where the last line, with an ellipsis (kEllipsis), still fits, so a reader sees that
// something is missing. A text that must not be cut is fitted first (draw/text_fit.hpp).
TextBlock WrapText(ImFont* font, float size, std::string_view text, float max_width, int max_lines = 4);

// How wide the widest run of `text` that no line break may split (a word, or a part of a
// compound up to its hyphen) is at `size`: the narrowest line that can hold the text uncut.
float WidestUnbreakable(ImFont* font, float size, std::string_view text);

// Draws line `i` of `block` with its top-left corner at `pos`, and its ellipsis, if any.
void DrawLine(ImDrawList& dl, ImFont* font, float size, const TextBlock& block, std::size_t i, ImVec2 pos,
              ImU32 colour);

void DrawCentred(ImDrawList& dl, ImFont* font, float size, const TextBlock& block, ImVec2 centre, ImU32 colour);

}  // namespace mgi::draw
