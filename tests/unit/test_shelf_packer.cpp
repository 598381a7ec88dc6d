// The glyph atlas's packing: every rectangle inside the texture, none overlapping (padding
// included), the texture as narrow as it can be while staying no taller than wide.
#include <doctest/doctest.h>

#include "core/shelf_packer.hpp"

using namespace mgi;

namespace {
bool Overlap(PackedRect a, PackSize as, PackedRect b, PackSize bs, int pad) {
  return a.x < b.x + bs.w + pad && b.x < a.x + as.w + pad && a.y < b.y + bs.h + pad && b.y < a.y + as.h + pad;
}

void CheckValid(const std::vector<PackSize>& sizes, const ShelfPacking& p, int pad) {
  REQUIRE(p.places.size() == sizes.size());
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    CHECK(p.places[i].x >= pad);
    CHECK(p.places[i].y >= pad);
    CHECK(p.places[i].x + sizes[i].w + pad <= p.width);
    CHECK(p.places[i].y + sizes[i].h + pad <= p.height);
    for (std::size_t j = i + 1; j < sizes.size(); ++j) CHECK_FALSE(Overlap(p.places[i], sizes[i], p.places[j], sizes[j], pad));
  }
}
}  // namespace

TEST_CASE("glyph-like boxes pack without overlap, padding kept") {
  std::vector<PackSize> sizes;
  for (int i = 0; i < 200; ++i) sizes.push_back({6 + (i * 7) % 13, 14 + (i * 5) % 9});
  const auto p = PackShelves(sizes, 1, 64, 2048);
  REQUIRE(p);
  CheckValid(sizes, *p, 1);
  CHECK(p->height <= p->width);
  CHECK(p->height % 4 == 0);
  // The narrowest width that keeps the texture no taller than wide: half of it would not.
  const auto narrower = PackShelves(sizes, 1, p->width / 2, p->width / 2);
  CHECK((!narrower || narrower->height > narrower->width));
}

TEST_CASE("the same input packs the same way") {
  const std::vector<PackSize> sizes = {{10, 12}, {3, 4}, {20, 15}, {0, 0}, {7, 7}};
  const auto a = PackShelves(sizes, 2, 16, 256), b = PackShelves(sizes, 2, 16, 256);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->width == b->width);
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    CHECK(a->places[i].x == b->places[i].x);
    CHECK(a->places[i].y == b->places[i].y);
  }
  CheckValid(sizes, *a, 2);
}

TEST_CASE("a full row starts a new shelf below the tallest box of the row") {
  const auto p = PackShelves({{10, 5}, {10, 9}, {10, 3}}, 1, 24, 24);
  REQUIRE(p);
  CHECK(p->width == 24);
  CHECK(p->places[0].x == 1);
  CHECK(p->places[1].x == 12);
  CHECK(p->places[1].y == 1);
  CHECK(p->places[2].x == 1);
  CHECK(p->places[2].y == 1 + 9 + 1);
  CHECK(p->height == 16);  // 11 + 3 + 1 = 15, rounded up to 4
}

TEST_CASE("what cannot fit is refused, not clipped") {
  CHECK_FALSE(PackShelves({{300, 10}}, 1, 64, 256));
  CHECK_FALSE(PackShelves({{10, 300}}, 1, 64, 256));
  std::vector<PackSize> many(5000, PackSize{30, 30});
  CHECK_FALSE(PackShelves(many, 1, 64, 512));  // 5000 boxes of 31x31 need more than 512x512
  const auto empty = PackShelves({}, 1, 64, 256);
  REQUIRE(empty);
  CHECK(empty->places.empty());
  CHECK(empty->width == 64);
}
