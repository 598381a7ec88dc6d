// The size a text is drawn at so that it fits its box whole. Lines break only between words
// (text_layout), so a word too wide for the box, or more lines than the box holds, make the text
// smaller: it is never broken inside a word, cut, or let out of its box.
#pragma once
#include <limits>
#include <string_view>

#include "draw/text_layout.hpp"

namespace mgi::draw {

// The room a text has: lines no wider than `width`, at most `max_lines` of them, and no more
// than fill `height`.
struct TextBox {
  float width = 0;
  int max_lines = 1;
  float height = std::numeric_limits<float>::infinity();
};

// A text laid out for its box: the size it is drawn at and its lines at that size.
struct BoxedText {
  TextBox box;
  float size = 0;
  TextBlock block;
};

// `text` at `size` if it fits `box` uncut, else at the largest quarter-pixel size below that at which
// it does. There is no floor: on a wheel too small for its names at a size that reads well, a
// smaller name is the least bad (a word let out of its box runs over the neighbouring segment,
// whose colour it was not chosen for, or off the canvas; a cut one loses letters; the panel and the
// accessible twin name the domain in full either way). Only a box with no room at all (narrower
// than a word at a quarter pixel, or lower than a line) gets the text cut.
BoxedText FitText(ImFont* font, float size, std::string_view text, const TextBox& box);

}  // namespace mgi::draw
