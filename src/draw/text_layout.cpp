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

// Moves a cut at `at` back to the start of the UTF-8 sequence it fell inside, if any, but not
// below `lowest`.
const char* BackToCharStart(const char* lowest, const char* at, const char* end) {
  while (at < end && at > lowest && (static_cast<unsigned char>(*at) & 0xC0) == 0x80) --at;
  return at;
}

// Cuts `line` so that it and an ellipsis `ellipsis_width` wide fit `max_width`.
std::string_view CutForEllipsis(ImFont* font, float size, std::string_view line, float max_width, float ellipsis_width) {
  const char* end = line.data() + line.size();
  const char* cut = end;
  font->CalcTextSizeA(size, std::max(max_width - ellipsis_width, 0.0f), 0, line.data(), end, &cut);
  cut = BackToCharStart(line.data(), cut, end);
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
    wrap = BackToCharStart(p + 1, wrap, end);  // p + 1: always make progress
    const char* line_end = wrap;
    while (line_end > p && IsSpace(line_end[-1])) --line_end;
    block.lines.emplace_back(p, static_cast<std::size_t>(line_end - p));
    p = wrap;
    if (p < end && *p == '\n') ++p;
  }
  while (p < end && IsSpace(*p)) ++p;
  if (p < end && !block.lines.empty()) {
    block.truncated = true;
    block.ellipsis_width = TextWidth(font, size, kEllipsis);
    block.lines.back() = CutForEllipsis(font, size, block.lines.back(), max_width, block.ellipsis_width);
  }
  // Measured once here: the drawing below places lines and the ellipsis by these widths.
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    block.line_widths.push_back(TextWidth(font, size, block.lines[i]) + (block.EndsWithEllipsis(i) ? block.ellipsis_width : 0.0f));
    block.width = std::max(block.width, block.line_widths.back());
  }
  return block;
}

void DrawLine(ImDrawList& dl, ImFont* font, float size, const TextBlock& block, std::size_t i, ImVec2 pos,
              ImU32 colour) {
  const std::string_view line = block.lines[i];
  dl.AddText(font, size, pos, colour, line.data(), line.data() + line.size());
  if (block.EndsWithEllipsis(i))
    dl.AddText(font, size, {pos.x + block.line_widths[i] - block.ellipsis_width, pos.y}, colour, kEllipsis.data(),
               kEllipsis.data() + kEllipsis.size());
}

void DrawCentred(ImDrawList& dl, ImFont* font, float size, const TextBlock& block, ImVec2 centre, ImU32 colour) {
  float y = centre.y - block.Height() * 0.5f;
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    const float w = block.line_widths[i];
    // Whole pixels keep the glyphs on the atlas's grid: crisp rather than blurred.
    DrawLine(dl, font, size, block, i, {std::floor(centre.x - w * 0.5f + 0.5f), std::floor(y + 0.5f)}, colour);
    y += block.line_height;
  }
}

}  // namespace mgi::draw
