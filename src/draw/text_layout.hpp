// Wrapped, centred text on an ImDrawList: ImGui wraps left-aligned only, and wheel labels and the
// hub read best centred.
#pragma once
#include <string_view>
#include <vector>

#include "imgui.h"
#include "draw/font_atlas.hpp"

namespace mgi::draw {

struct TextBlock {
  std::vector<std::string_view> lines;
  float line_height = 0;
  float width = 0;  // widest line
  float Height() const { return line_height * static_cast<float>(lines.size()); }
};

// Breaks `text` into lines no wider than `max_width` at `size` px (words longer than a line are
// broken by ImGui). At most `max_lines` lines.
TextBlock WrapText(ImFont* font, float size, std::string_view text, float max_width, int max_lines = 4);

void DrawCentred(ImDrawList& dl, ImFont* font, float size, const TextBlock& block, ImVec2 centre, ImU32 colour);

}  // namespace mgi::draw
