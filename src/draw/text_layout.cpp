#include "draw/text_layout.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace mgi::draw {

namespace {

float TextWidth(ImFont* font, float size, std::string_view text) {
  return font->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

bool IsSpace(char c) { return c == ' ' || c == '\n'; }

// Cuts `line` so that it and an ellipsis fit `max_width`.
std::string_view CutForEllipsis(ImFont* font, float size, std::string_view line, float max_width) {
  const float room = std::max(max_width - TextWidth(font, size, kEllipsis), 0.0f);
  const char* cut = line.data() + line.size();
  font->CalcTextSizeA(size, room, 0, line.data(), line.data() + line.size(), &cut);
  // Step back over a partial UTF-8 sequence, should the cut fall inside one.
  while (cut > line.data() && cut < line.data() + line.size() && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80)
    --cut;
  return TrimBeforeEllipsis(line.substr(0, static_cast<std::size_t>(cut - line.data())));
}

}  // namespace

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
  while (p < end && IsSpace(*p)) ++p;
  if (p < end && !block.lines.empty()) {
    block.truncated = true;
    block.lines.back() = CutForEllipsis(font, size, block.lines.back(), max_width);
  }
  for (std::size_t i = 0; i < block.lines.size(); ++i) block.width = std::max(block.width, LineWidth(font, size, block, i));
  return block;
}

float LineWidth(ImFont* font, float size, const TextBlock& block, std::size_t i) {
  return TextWidth(font, size, block.lines[i]) + (block.EndsWithEllipsis(i) ? TextWidth(font, size, kEllipsis) : 0.0f);
}

void DrawLine(ImDrawList& dl, ImFont* font, float size, const TextBlock& block, std::size_t i, ImVec2 pos,
              ImU32 colour) {
  const std::string_view line = block.lines[i];
  dl.AddText(font, size, pos, colour, line.data(), line.data() + line.size());
  if (block.EndsWithEllipsis(i))
    dl.AddText(font, size, {pos.x + TextWidth(font, size, line), pos.y}, colour, kEllipsis.data(),
               kEllipsis.data() + kEllipsis.size());
}

void DrawCentred(ImDrawList& dl, ImFont* font, float size, const TextBlock& block, ImVec2 centre, ImU32 colour) {
  float y = centre.y - block.Height() * 0.5f;
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    const float w = LineWidth(font, size, block, i);
    // Whole pixels keep the glyphs on the atlas's grid: crisp rather than blurred.
    DrawLine(dl, font, size, block, i, {std::floor(centre.x - w * 0.5f + 0.5f), std::floor(y + 0.5f)}, colour);
    y += block.line_height;
  }
}

}  // namespace mgi::draw
