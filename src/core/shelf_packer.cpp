#include "core/shelf_packer.hpp"

#include <algorithm>

namespace mgi {

namespace {
ShelfPacking PackAtWidth(const std::vector<PackSize>& sizes, int padding, int width) {
  ShelfPacking packing;
  packing.width = width;
  packing.places.reserve(sizes.size());
  int x = padding, y = padding, shelf_height = 0;
  for (const PackSize& s : sizes) {
    const int w = std::max(s.w, 0), h = std::max(s.h, 0);
    if (x + w + padding > width && x > padding) {
      y += shelf_height + padding;
      x = padding;
      shelf_height = 0;
    }
    packing.places.push_back({x, y});
    x += w + padding;
    shelf_height = std::max(shelf_height, h);
  }
  const int used = y + shelf_height + padding;
  packing.height = (used + 3) / 4 * 4;
  return packing;
}
}  // namespace

std::optional<ShelfPacking> PackShelves(const std::vector<PackSize>& sizes, int padding, int min_width, int max_width) {
  padding = std::max(padding, 0);
  for (const PackSize& s : sizes)
    if (s.w + 2 * padding > max_width || s.h + 2 * padding > max_width) return std::nullopt;
  std::optional<ShelfPacking> widest;
  for (int width = std::max(min_width, 1); width <= max_width; width *= 2) {
    ShelfPacking packing = PackAtWidth(sizes, padding, width);
    if (packing.height <= width) return packing;
    widest = std::move(packing);
    if (width > max_width / 2) break;
  }
  if (!widest || widest->height > max_width) return std::nullopt;
  return widest;
}

}  // namespace mgi
