#include "draw/text_layout.hpp"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>

namespace mgi::draw {

namespace {

float TextWidth(ImFont* font, float size, std::string_view text) {
  return font->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

bool IsSpace(char c) { return c == ' ' || c == '\n'; }

// ASCII letters and every non-ASCII byte (accented letters, other scripts): what may stand on both
// sides of a hyphen that joins two words.
bool IsLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Where the piece of text that starts at `p` ends: at the next space, or just after a hyphen that
// joins two words, as browsers break "Whole-of-" / "government". A hyphen before a digit
// ("COVID-19", "2019-2023") or at the edge of a word is no break, nor is the non-breaking U+2011.
const char* PieceEnd(const char* p, const char* end) {
  for (const char* q = p; q < end; ++q) {
    if (IsSpace(*q)) return q;
    if (*q == '-' && q > p && IsLetter(q[-1]) && q + 1 < end && IsLetter(q[1])) return q + 1;
  }
  return end;
}

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
  const char* p = text.data();
  const char* end = text.data() + text.size();
  const auto skip_spaces = [end](const char* q) {
    while (q < end && IsSpace(*q)) ++q;
    return q;
  };
  bool word_too_wide = false;
  for (p = skip_spaces(p); p < end && static_cast<int>(block.lines.size()) < max_lines; p = skip_spaces(p)) {
    // Piece by piece while the line still fits; a line break in the text ends the line.
    const char* line_end = p;
    for (const char* q = p; q < end;) {
      const char* piece_end = PieceEnd(q, end);
      if (TextWidth(font, size, {p, static_cast<std::size_t>(piece_end - p)}) > max_width) break;
      line_end = piece_end;
      q = skip_spaces(piece_end);
      if (std::find(piece_end, q, '\n') != q) break;
    }
    if (line_end == p) {
      // Its first word alone is wider than a line: no break inside it, so the text is cut there.
      word_too_wide = true;
      block.lines.emplace_back(p, static_cast<std::size_t>(PieceEnd(p, end) - p));
      break;
    }
    block.lines.emplace_back(p, static_cast<std::size_t>(line_end - p));
    p = line_end;
  }
  if ((word_too_wide || p < end) && !block.lines.empty()) {
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

float WidestUnbreakable(ImFont* font, float size, std::string_view text) {
  float widest = 0;
  const char* end = text.data() + text.size();
  for (const char* p = text.data(); p < end;) {
    if (IsSpace(*p)) {
      ++p;
      continue;
    }
    const char* piece_end = PieceEnd(p, end);
    widest = std::max(widest, TextWidth(font, size, {p, static_cast<std::size_t>(piece_end - p)}));
    p = piece_end;
  }
  return widest;
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
