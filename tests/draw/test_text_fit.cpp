// FitText: the size a text is drawn at so that it fits its box whole, over a glyph source of fixed
// metrics (fixed_glyphs.hpp: 5 px a character at 10 px).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "draw/text_fit.hpp"
#include "fixed_glyphs.hpp"

namespace {

using mgi::draw::BoxedText;
using mgi::draw::FitText;
using mgi::draw::TextBox;

constexpr float kPx = 10;
constexpr float kLineHeight = kPx * mgi::draw::kLineHeightEm;

std::vector<std::string> Lines(const BoxedText& t) { return {t.block.lines.begin(), t.block.lines.end()}; }

}  // namespace

TEST_CASE("a text that fits its box keeps its size") {
  mgi::test::HalfEmLabelFont f("Well-being of migrants", kPx);
  REQUIRE(f.font() != nullptr);
  const BoxedText t = FitText(f.font(), kPx, "Well-being of migrants", {70, 4});
  CHECK(t.size == kPx);
  CHECK(Lines(t) == std::vector<std::string>{"Well-being of", "migrants"});
  CHECK_FALSE(t.block.truncated);
}

TEST_CASE("a word wider than the box makes the text smaller, never broken: the largest quarter pixel that fits") {
  mgi::test::HalfEmLabelFont f("Partnerships", kPx);
  REQUIRE(f.font() != nullptr);
  const BoxedText t = FitText(f.font(), kPx, "Partnerships", {50, 4});  // 60 px at 10 px
  CHECK(t.size == 8.25f);  // 49.5 px; at 8.5 px it would be 51
  CHECK(Lines(t) == std::vector<std::string>{"Partnerships"});
  CHECK(t.block.width <= 50);
  // A compound is no longer than its longest part: "Whole-of-" and "government" break apart.
  mgi::test::HalfEmLabelFont g("Whole-of-government approach", kPx);
  REQUIRE(g.font() != nullptr);
  const BoxedText compound = FitText(g.font(), kPx, "Whole-of-government approach", {50, 4});
  CHECK(compound.size == kPx);
  CHECK(Lines(compound) == std::vector<std::string>{"Whole-of-", "government", "approach"});
}

TEST_CASE("more lines than the box holds make the text smaller, until they fit") {
  mgi::test::HalfEmLabelFont f("Well-being of migrants", kPx);
  REQUIRE(f.font() != nullptr);
  const BoxedText one = FitText(f.font(), kPx, "Well-being of migrants", {70, 1});  // 110 px on one line
  CHECK(one.size == 6.25f);                                                        // 68.75 px
  CHECK(Lines(one) == std::vector<std::string>{"Well-being of migrants"});
  // Lines limited by height: two lines of 10 px (25 px) do not fit 24 px, two of 9.5 px do.
  const BoxedText two = FitText(f.font(), kPx, "Well-being of migrants", {70, 4, 2 * kLineHeight - 1});
  CHECK(two.size == 9.5f);
  CHECK(Lines(two) == std::vector<std::string>{"Well-being of", "migrants"});
  CHECK(two.block.Height() <= 2 * kLineHeight - 1);
}

TEST_CASE("a box with no room at all: the smallest size, and the text cut rather than broken") {
  mgi::test::HalfEmLabelFont f("Partnerships", kPx);
  REQUIRE(f.font() != nullptr);
  const BoxedText none = FitText(f.font(), kPx, "Partnerships", {0, 4});
  CHECK(none.size == 0.25f);
  CHECK(none.block.truncated);
  const BoxedText flat = FitText(f.font(), kPx, "Partnerships", {100, 4, 0});
  CHECK(flat.block.lines.empty());
  CHECK(FitText(f.font(), kPx, "", {0, 4}).size == kPx);  // nothing to fit
}
