// Places rectangles (glyph bitmaps) into one texture: rows ("shelves") filled left to right, a new
// shelf when a row is full. Glyphs of one font are nearly the same height, so shelves waste little,
// and the result depends only on the input order: the same text gives the same atlas.
#pragma once
#include <optional>
#include <vector>

namespace mgi {

struct PackSize {
  int w = 0, h = 0;
};

struct PackedRect {
  int x = 0, y = 0;
};

struct ShelfPacking {
  int width = 0, height = 0;        // of the texture: height is what the shelves used, rounded up to 4
  std::vector<PackedRect> places;   // one per input size, in input order
};

// Packs `sizes` with `padding` empty pixels around each (so linear filtering never bleeds one
// glyph into the next). Tries widths from `min_width` doubling up to `max_width` and takes the
// first whose height does not exceed its width, else the widest. nullopt if a rectangle is wider
// than `max_width` or the height would pass `max_width` (a texture the GPU may refuse).
std::optional<ShelfPacking> PackShelves(const std::vector<PackSize>& sizes, int padding, int min_width, int max_width);

}  // namespace mgi
