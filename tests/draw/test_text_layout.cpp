// The wheel's text layout over real ImFonts, built by FontAtlas from a glyph source of fixed
// metrics (fixed_glyphs.hpp), so widths are known without a browser.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/canvas_text.hpp"
#include "core/utf8.hpp"
#include "draw/font_atlas.hpp"
#include "draw/text_layout.hpp"
#include "fixed_glyphs.hpp"

namespace {

using mgi::draw::FontAtlas;
using mgi::draw::TextBlock;
using mgi::draw::WrapText;
using mgi::test::HalfEmGlyphs;

constexpr float kPx = 10;  // 5 px per character at this size

struct Fonts {
  mgi::test::HalfEmLabelFont label;
  explicit Fonts(std::string_view text) : label(text, kPx) { REQUIRE(label.font() != nullptr); }
  TextBlock Wrap(std::string_view text, float width, int lines) { return WrapText(label.font(), kPx, text, width, lines); }
};

std::vector<std::string> Lines(const TextBlock& b) { return {b.lines.begin(), b.lines.end()}; }

}  // namespace

TEST_CASE("text that fits is laid out whole, word by word, with no ellipsis") {
  Fonts f("Well-being of migrants");
  const TextBlock one = f.Wrap("Well-being of migrants", 200, 4);
  CHECK(Lines(one) == std::vector<std::string>{"Well-being of migrants"});
  CHECK_FALSE(one.truncated);
  CHECK(one.width == doctest::Approx(22 * 5));

  const TextBlock two = f.Wrap("Well-being of migrants", 70, 4);  // 14 characters a line
  CHECK(Lines(two) == std::vector<std::string>{"Well-being of", "migrants"});
  CHECK_FALSE(two.truncated);
  CHECK(two.Height() == doctest::Approx(2 * kPx * mgi::draw::kLineHeightEm));
}

TEST_CASE("lines break between words only: at spaces and after the hyphens of a compound") {
  Fonts f("Whole-of-government approach COVID-19 response pre- and post-crisis \u0103");
  // What broke: at 300 px ImGui's wrap cut "Whole-of-governmen" / "t approach" (18 characters a line).
  CHECK(Lines(f.Wrap("Whole-of-government approach", 90, 4)) ==
        std::vector<std::string>{"Whole-of-", "government", "approach"});
  CHECK(Lines(f.Wrap("Whole-of-government approach", 100, 4)) == std::vector<std::string>{"Whole-of-government", "approach"});
  // No break after a hyphen before a digit, or at the edge of a word.
  CHECK(Lines(f.Wrap("COVID-19 response", 40, 4)) == std::vector<std::string>{"COVID-19", "response"});
  CHECK(Lines(f.Wrap("pre- and post-crisis", 40, 4)) == std::vector<std::string>{"pre- and", "post-", "crisis"});
  // Letters beyond ASCII join a compound as well.
  CHECK(Lines(f.Wrap("\u0103\u0103-\u0103\u0103\u0103", 20, 4)) == std::vector<std::string>{"\u0103\u0103-", "\u0103\u0103\u0103"});
}

TEST_CASE("a word wider than a whole line is not broken onto the next: the text is cut there, with an ellipsis") {
  Fonts f("Whole-of-government approach COVID-19 response");
  const TextBlock b = f.Wrap("COVID-19 response", 35, 4);  // 7 characters a line
  CHECK(Lines(b) == std::vector<std::string>{"COVID"});  // "COVID-" and the ellipsis fill the line; "-" does not dangle
  CHECK(b.truncated);
  CHECK(b.line_widths[0] <= 35);

  const TextBlock later = f.Wrap("Whole-of-government approach", 40, 4);  // "government" is 10
  CHECK(Lines(later) == std::vector<std::string>{"Whole-", "of-", "govern"});
  CHECK(later.truncated);
  for (std::size_t i = 0; i < later.lines.size(); ++i) CHECK(later.line_widths[i] <= 40);
}

TEST_CASE("text beyond its lines ends in an ellipsis that fits, with nothing dangling before it") {
  const std::string legend = "Municipality of Balti \u00B7 2023 \u00B7 Local profile \u00B7 Republic of Moldova";
  Fonts f(legend);
  const TextBlock b = f.Wrap(legend, 180, 1);  // 36 characters
  REQUIRE(b.lines.size() == 1);
  CHECK(b.truncated);
  CHECK(b.EndsWithEllipsis(0));
  CHECK(legend.starts_with(b.lines[0]));
  // Cut by characters, as CSS's text-overflow: ellipsis does: 34 of them and the ellipsis.
  CHECK(b.lines[0] == "Municipality of Balti \u00B7 2023 \u00B7 Loc");
  CHECK(f.Wrap(legend, 165, 1).lines[0] == "Municipality of Balti \u00B7 2023");  // " · " does not dangle
  CHECK(b.line_widths[0] <= 180);
  CHECK(b.width == doctest::Approx(35 * 5));  // 34 characters and the ellipsis, 5 px each

  // Two lines of three: only the last one is cut.
  const TextBlock two = f.Wrap(legend, 90, 2);
  REQUIRE(two.lines.size() == 2);
  CHECK(two.truncated);
  CHECK_FALSE(two.EndsWithEllipsis(0));
  CHECK(two.EndsWithEllipsis(1));
  for (std::size_t i = 0; i < two.lines.size(); ++i) CHECK(two.line_widths[i] <= 90);
}

TEST_CASE("a cut never splits a character, whatever the script") {
  const std::string name = "\u0411\u0259\u043B\u0442\u0438 \u0219i \u0103\u0103\u0103\u0103\u0103\u0103\u0103\u0103\u0103\u0103\u0103\u0103\u0103\u0103";
  Fonts f(name);
  for (float width = 10; width <= 120; width += 5) {
    CAPTURE(width);
    const TextBlock b = f.Wrap(name, width, 1);
    REQUIRE(b.lines.size() == 1);
    CHECK(mgi::ValidateUtf8(b.lines[0]));
    if (b.truncated && !b.lines[0].empty()) CHECK(b.line_widths[0] <= width);
  }
}

TEST_CASE("the end of the text is not a cut: trailing spaces and line breaks only") {
  Fonts f("Partnerships");
  const TextBlock b = f.Wrap("Partnerships  \n ", 200, 1);
  CHECK(Lines(b) == std::vector<std::string>{"Partnerships"});
  CHECK_FALSE(b.truncated);
}

TEST_CASE("the atlas is rebuilt only for new characters or sizes, and hands its texels over once") {
  HalfEmGlyphs source;
  FontAtlas atlas(source);
  REQUIRE(atlas.Ensure("Partnerships", "Balti", {kPx, 16, 1}));
  const std::vector<unsigned char> texels = atlas.TakePixels();
  CHECK(texels.size() == static_cast<std::size_t>(atlas.width()) * static_cast<std::size_t>(atlas.height()));
  CHECK(atlas.TakePixels().empty());  // no copy stays behind
  CHECK(atlas.label()->FindGlyphNoFallback(U'P') != nullptr);
  CHECK(atlas.hub()->FindGlyphNoFallback(U'B') != nullptr);
  CHECK(atlas.hub()->FindGlyphNoFallback(U'P') == nullptr);  // each font holds its own text's characters

  CHECK_FALSE(atlas.Ensure("Partnerships", "Balti", {kPx, 16, 1}));
  CHECK_FALSE(atlas.Ensure("ship", "Bal", {kPx, 16, 1}));         // characters it already holds
  CHECK(atlas.Ensure("Partnerships \u0103", "Balti", {kPx, 16, 1}));  // a new one
  CHECK(atlas.label()->FindGlyphNoFallback(U'\u0103') != nullptr);
  CHECK_FALSE(atlas.TakePixels().empty());
  CHECK(atlas.Ensure("Partnerships \u0103", "Balti", {kPx, 16, 2}));  // another DPR
  CHECK(atlas.label()->FontSize == doctest::Approx(2 * kPx));
}
