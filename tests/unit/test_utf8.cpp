#include <doctest/doctest.h>

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
