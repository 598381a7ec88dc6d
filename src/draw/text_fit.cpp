#include "draw/text_fit.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace mgi::draw {
namespace {

// Sizes are tried in quarter pixels: fine enough that a label loses little, coarse enough that a
// resize by a pixel does not change every label's size.
constexpr float kSizeStep = 0.25f;

float StepDown(float size) { return std::floor(size / kSizeStep) * kSizeStep; }

// How many lines of text at `size` the box holds: a smaller text may take more of them.
int LinesAt(const TextBox& box, float size) {
  const float fill = std::floor(box.height / (size * kLineHeightEm));
  return static_cast<int>(std::min(static_cast<float>(box.max_lines), fill));
}

}  // namespace

BoxedText FitText(ImFont* font, float size, std::string_view text, const TextBox& box) {
  // Widths scale with the size, so the size at which the widest word just fits is known at once;
  // only the number of lines needs sizes tried, one step at a time, and rarely more than a few.
  const float widest = WidestUnbreakable(font, size, text);
  if (widest > box.width) size = std::max(StepDown(size * box.width / widest), kSizeStep);
  // Cut: text beyond the lines, or none of a text with words in it laid out (not one line's room).
  const auto cut = [widest](const TextBlock& block) { return block.truncated || (widest > 0 && block.lines.empty()); };
  TextBlock block = WrapText(font, size, text, box.width, LinesAt(box, size));
  while (cut(block) && size > kSizeStep) {
    size = std::max(StepDown(size - kSizeStep), kSizeStep);
    block = WrapText(font, size, text, box.width, LinesAt(box, size));
  }
  return {box, size, std::move(block)};
}

}  // namespace mgi::draw
