#include "draw/text_layout.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace mgi::draw {

TextBlock WrapText(ImFont* font, float size, std::string_view text, float max_width, int max_lines) {
  TextBlock block;
  block.line_height = size * kLineHeightEm;  // the atlas centres each font's glyphs on this line box
  const float scale = size / font->FontSize;
  const char* p = text.data();
  const char* end = text.data() + text.size();
  while (p < end && static_cast<int>(block.lines.size()) < max_lines) {
    while (p < end && *p == ' ') ++p;
    if (p >= end) break;
    const char* wrap = font->CalcWordWrapPositionA(scale, p, end, std::max(max_width, 1.0f));
    if (wrap == p) wrap = p + 1;  // always make progress
    // Step back over a partial UTF-8 sequence, should the wrap fall inside one.
    while (wrap < end && wrap > p + 1 && (static_cast<unsigned char>(*wrap) & 0xC0) == 0x80) --wrap;
    const char* line_end = wrap;
    while (line_end > p && (line_end[-1] == ' ' || line_end[-1] == '\n')) --line_end;
    block.lines.emplace_back(p, static_cast<std::size_t>(line_end - p));
    p = wrap;
    if (p < end && *p == '\n') ++p;
  }
  for (std::string_view line : block.lines)
    block.width = std::max(block.width, font->CalcTextSizeA(size, FLT_MAX, 0, line.data(), line.data() + line.size()).x);
  return block;
}

void DrawCentred(ImDrawList& dl, ImFont* font, float size, const TextBlock& block, ImVec2 centre, ImU32 colour) {
  float y = centre.y - block.Height() * 0.5f;
  for (std::string_view line : block.lines) {
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, line.data(), line.data() + line.size()).x;
    // Whole pixels keep the glyphs on the atlas's grid: crisp rather than blurred.
    const ImVec2 pos(std::floor(centre.x - w * 0.5f + 0.5f), std::floor(y + 0.5f));
    dl.AddText(font, size, pos, colour, line.data(), line.data() + line.size());
    y += block.line_height;
  }
}

}  // namespace mgi::draw
