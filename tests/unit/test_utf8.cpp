#include <doctest/doctest.h>

#include <tuple>

#include "core/utf8.hpp"

using namespace mgi;

TEST_CASE("ValidateUtf8") {
  SUBCASE("accepts ASCII, Latin, Cyrillic and emoji") {
    CHECK(ValidateUtf8("Balti"));
    CHECK(ValidateUtf8("Bălți, Azərbaycan, Київ, 🌍"));
  }
  SUBCASE("reports the line and column of the first bad byte") {
    Utf8Error e;
    CHECK_FALSE(ValidateUtf8("ok\nab\xC3(", &e));
    CHECK(e.line == 2);
    CHECK(e.column == 3);
    CHECK(e.byte_offset == 5);
  }
  SUBCASE("rejects overlongs, surrogates, truncation and out-of-range code points") {
    CHECK_FALSE(ValidateUtf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(ValidateUtf8("\xED\xA0\x80"));      // U+D800
    CHECK_FALSE(ValidateUtf8("\xE2\x82"));          // cut short
    CHECK_FALSE(ValidateUtf8("\xF4\x90\x80\x80"));  // U+110000
    CHECK_FALSE(ValidateUtf8("\xFF"));
  }
}

TEST_CASE("CountCodePoints counts characters, not bytes") {
  CHECK(CountCodePoints("") == 0);
  CHECK(CountCodePoints("Bălți") == 5);
  CHECK(CountCodePoints("’") == 1);
}

TEST_CASE("DecodeUtf8 and AppendUtf8 round-trip") {
  const std::string text = "Aă€🌍";
  std::string back;
  for (char32_t cp : DecodeUtf8(text)) AppendUtf8(back, cp);
  CHECK(back == text);
  CHECK(DecodeUtf8("\xFF" "a") == std::vector<char32_t>{0xFFFD, 'a'});
}

TEST_CASE("DecodeCodePoint reads one code point and its length") {
  const auto decode = [](std::string_view text, std::size_t at = 0) {
    const DecodedCodePoint d = DecodeCodePoint(text, at);
    return std::tuple(d.code_point, d.size, d.valid);
  };
  CHECK(decode("a") == std::tuple(U'a', std::size_t{1}, true));
  CHECK(decode("Bă", 1) == std::tuple(U'ă', std::size_t{2}, true));
  CHECK(decode("€") == std::tuple(U'€', std::size_t{3}, true));
  CHECK(decode("🌍") == std::tuple(U'🌍', std::size_t{4}, true));
  CHECK(decode("\xEF\xBF\xBD") == std::tuple(U'\uFFFD', std::size_t{3}, true));  // a real U+FFFD is valid
  SUBCASE("anything invalid reads as U+FFFD taking one byte, so a loop picks up at the next") {
    for (std::string_view bad : {"\xC0\xAF", "\xED\xA0\x80", "\xE2\x82", "\xF4\x90\x80\x80", "\xFF", "\x80", "\xC3("}) {
      CAPTURE(bad);
      CHECK(decode(bad) == std::tuple(U'\uFFFD', std::size_t{1}, false));
    }
  }
}
