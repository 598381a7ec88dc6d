#include <doctest/doctest.h>

#include <random>

#include "core/text_fold.hpp"
#include "core/utf8.hpp"

using namespace mgi;

namespace {
using Marks = std::vector<std::string_view>;

// The pieces of `original` that FindAll marks for `query`.
Marks Marked(std::string_view original, std::string_view query) {
  Marks marks;
  for (const ByteRange& r : FindAll(Fold(original), Fold(query))) marks.push_back(original.substr(r.begin, r.end - r.begin));
  return marks;
}
}  // namespace

// What each table of text_fold.cpp does, one row per script or block, both cases where it has them.
struct FoldCase {
  std::string_view what, original, folded;
};
constexpr FoldCase kFoldCases[] = {
    {"the issue's examples", "Bălți régime RÉGIME", "balti regime regime"},
    {"Latin-1 Supplement", "ÀÁÂÃÄÅ àáâãäå Ç ç ÈÉÊË ÌÍÎÏ Ñ ÒÓÔÕÖ ÙÚÛÜ Ý ÿ", "aaaaaa aaaaaa c c eeee iiii n ooooo uuuu y y"},
    {"Latin-1 letters spelled out", "Æ æ Ø ø ß Þ þ Ð ð", "ae ae o o ss th th d d"},
    {"Latin-1 signs kept", "2×3÷6", "2×3÷6"},
    {"Latin Extended-A", "ş Ş ț Ț ğ Ğ ı İ ł Ł đ Đ ħ ŧ", "s s t t g g i i l l d d h t"},
    {"Latin Extended-A spelled out", "Œ œ Ĳ ĳ ĸ ŉ Ŋ ſ Ÿ Ž ž", "oe oe ij ij k n n s y z z"},
    {"place names", "Łódź Kraków Dubrovnik Čakovec Győr Ústí", "lodz krakow dubrovnik cakovec gyor usti"},
    {"Romanian comma below", "Ș ș Ț ț", "s s t t"},
    {"Vietnamese horns", "Ơ ơ Ư ư", "o o u u"},
    {"Latin Extended-B digraphs", "Ǆ ǅ ǆ Ǉ ǌ Ǳ ǳ", "dz dz dz lj nj dz dz"},
    {"Latin Extended-B, middle rows", "ǖ ǘ ǚ ǜ ǝ Ǣ ǿ", "u u u u e ae o"},
    {"Latin Extended-B, last rows", "ȶ ȸ ȹ Ɏ ɏ", "t db qp y y"},
    {"Azerbaijani", "Azərbaycan Respublikası ƏLİYEV Şəki Gəncə", "azerbaycan respublikasi eliyev seki gence"},
    {"Vietnamese", "Việt Nam, Thành phố Hồ Chí Minh", "viet nam, thanh pho ho chi minh"},
    {"Vietnamese block", "Ạ ặ Ẹ ệ Ỉ ị Ọ ợ Ụ ự Ỳ ỹ", "a a e e i i o o u u y y"},
    {"Latin Extended Additional", "Ḁ ẕ ẞ ẖ", "a z ss h"},
    {"Greek", "ΑΘΗΝΑ Αθήνα", "αθηνα αθηνα"},
    {"Greek tonos and dialytika", "Ά Έ Ή Ί Ό Ύ Ώ ΐ ΰ ϊ ϋ", "α ε η ι ο υ ω ι υ ι υ"},
    {"Greek final sigma", "ΟΔΟΣ οδός", "οδοσ οδοσ"},
    {"Cyrillic", "МОСКВА Москва", "москва москва"},
    {"Cyrillic е and и with marks", "Ёлка ёлка Ѐ ѝ", "елка елка е и"},
    {"Cyrillic letters kept", "ЇЖАК Ґ Ў", "їжак ґ ў"},
    {"Cyrillic pairs", "Ҷ Ӂ Ӑ Ԁ Ӏ", "ҷ ӂ ӑ ԁ ӏ"},
    {"Armenian", "ՀԱՅԱՍՏԱՆ", "հայաստան"},
    {"apostrophes", "Migrants’ rights", "migrants' rights"},
    {"quotes", "“quoted” ‘single’ „low‟ «guillemets» ‹one›", "\"quoted\" 'single' \"low\" \"guillemets\" 'one'"},
    {"dashes and minus", "2019–2023 — a ‐ b ‑ c − 1", "2019-2023 - a - b - c - 1"},
    {"ellipsis", "wait…", "wait..."},
    {"Unicode spaces", "a\u00A0b\u2009c\u202Fd\u3000e", "a b c d e"},
    {"decomposed é", "re\u0301gime", "regime"},
    {"decomposed ă ț", "Ba\u0306lt\u0326i", "balti"},
    {"soft hyphen, zero-width space, BOM", "co\u00ADoper\u200Bation\uFEFF", "cooperation"},
    {"accents typed for an apostrophe", "l´approche l`approche", "l'approche l'approche"},
    {"next line (NEL)", "a\u0085b", "a b"},
    {"ASCII white space kept", "a\tb\nc", "a\tb\nc"},
    {"other scripts and symbols kept", "移民 مهاجر 🌍 € %", "移民 مهاجر 🌍 € %"},
};

TEST_CASE("FoldString folds case and accents") {
  for (const FoldCase& c : kFoldCases) {
    CAPTURE(c.what);
    CHECK(FoldString(c.original) == c.folded);
  }
}

TEST_CASE("folding is idempotent") {
  for (std::string_view text : {"Bălți RÉGIME ß Œ ΑΘΉΝΑ Ёлка “x” – …", "Ǆ ẞ ǅ İ ı ς Ӏ", "\xFF\xC3(abc"}) {
    const std::string once = FoldString(text);
    CHECK(FoldString(once) == once);
    CHECK(ValidateUtf8(once));
  }
}

// The importer recognises page headings, months and names in this form.
TEST_CASE("FoldCollapsingSpace: folded, one space between words, none at the ends") {
  CHECK(FoldCollapsingSpace("Août") == "aout");
  CHECK(FoldCollapsingSpace("  MIGRANTS’   RIGHTS\u00a0") == "migrants' rights");
  CHECK(FoldCollapsingSpace("\tKey\r\n findings\u2009\u0085") == "key findings");
  CHECK(FoldCollapsingSpace("Bălți Şəki Đakovica İstanbul Łódź Œuvre Straße Þórr") ==
        "balti seki dakovica istanbul lodz oeuvre strasse thorr");
  CHECK(FoldCollapsingSpace("“whole-of-government” 2019–2021") == "\"whole-of-government\" 2019-2021");
  CHECK(FoldCollapsingSpace("Город ΑΘΗΝΑ") == "город αθηνα");  // other scripts: lowercased, kept
  CHECK(FoldCollapsingSpace("\xC3") == "\xEF\xBF\xBD");        // a stray byte cannot stop it
  CHECK(FoldCollapsingSpace(" \u00a0 ").empty());
}

TEST_CASE("CollapseWhiteSpace leaves one space between words and none at the ends") {
  CHECK(CollapseWhiteSpace("  a \t\n b\v\f c\r ") == "a b c");
  CHECK(CollapseWhiteSpace("").empty());
  CHECK(CollapseWhiteSpace("\u00a0x") == "\u00a0x");  // only ASCII: fold first
}

TEST_CASE("Fold records where each folded byte came from") {
  const FoldedText f = Fold("Bălți");
  CHECK(f.text == "balti");
  CHECK(f.origin == std::vector<std::uint32_t>{0, 1, 3, 4, 6, 7});
  CHECK(Fold("").origin == std::vector<std::uint32_t>{0});
  CHECK(FoldString("Bălți") == f.text);
}

TEST_CASE("FindAll maps matches back to the original bytes") {
  SUBCASE("Bălți") {
    CHECK(Marked("Municipality of Bălți", "BALTI") == Marks{"Bălți"});
    CHECK(Marked("Municipality of Bălți", "lt") == Marks{"lț"});
  }
  SUBCASE("every occurrence, left to right") {
    CHECK(Marked("Régime: the regime, REGIMES.", "régime") == Marks{"Régime", "regime", "REGIME"});
  }
  SUBCASE("a match inside an expansion marks the whole character") {
    CHECK(Marked("Straße", "as") == Marks{"aß"});
    CHECK(Marked("Straße", "s") == Marks{"S", "ß"});  // the two "s" of one ß merge into one mark
  }
  SUBCASE("combining marks after a match belong to it") {
    CHECK(Marked("re\u0301gime", "re") == Marks{"re\u0301"});
  }
  SUBCASE("punctuation folds both ways") {
    CHECK(Marked("the State’s 2019–2023 plan", "state's 2019-2023") == Marks{"State’s 2019–2023"});
  }
  SUBCASE("nothing found, nothing to find") {
    CHECK(Marked("Balti", "chisinau").empty());
    CHECK(Marked("Balti", "").empty());
    CHECK(Marked("", "a").empty());
  }
}

TEST_CASE("MergeRanges sorts and joins overlapping and touching ranges") {
  std::vector<ByteRange> r = {{10, 12}, {0, 3}, {2, 5}, {5, 6}, {20, 21}};
  MergeRanges(r);
  CHECK(r == std::vector<ByteRange>{{0, 6}, {10, 12}, {20, 21}});
}

TEST_CASE("invalid UTF-8 folds without failing and maps back byte for byte") {
  const std::string original = "a\xFF" "B\xC3" "(\xE2\x82";
  const FoldedText f = Fold(original);
  CHECK(f.text == "a\uFFFDb\uFFFD(\uFFFD\uFFFD");
  CHECK(f.origin.back() == original.size());
  const auto found = FindAll(f, Fold("b"));
  REQUIRE(found.size() == 1);
  CHECK(found[0] == ByteRange{2, 3});
  // a real U+FFFD in the input is three bytes, and maps back as three
  const std::string replacement = "x\uFFFDy";
  const auto r = FindAll(Fold(replacement), Fold("y"));
  REQUIRE(r.size() == 1);
  CHECK(r[0] == ByteRange{4, 5});
}

TEST_CASE("random bytes never break folding or matching") {
  std::mt19937 random(8);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 40);
  const std::string alphabet[] = {"a", "ß", "ă", "\xCC\x81", "\xFF", "\xE2\x80", "’", "İ", "\xF0\x9F\x8C\x8D"};
  std::uniform_int_distribution<std::size_t> piece(0, std::size(alphabet) - 1);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = length(random);
    for (int i = 0; i < n; ++i) text += round % 2 ? std::string(1, static_cast<char>(byte(random))) : alphabet[piece(random)];
    const FoldedText f = Fold(text);
    REQUIRE(f.origin.size() == f.text.size() + 1);
    REQUIRE(ValidateUtf8(f.text));
    for (std::string_view needle : {"a", "ss", "\uFFFD", "'"})
      for (const ByteRange& r : FindAll(f, needle)) REQUIRE((r.begin < r.end && r.end <= text.size()));
  }
}
