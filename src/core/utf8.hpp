// UTF-8 checks and counts. Profiles limit text in characters (code points), not bytes, and must
// name where invalid UTF-8 is, which a JSON parser's "ill-formed byte" does not do for a person.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mgi {

struct Utf8Error {
  std::size_t byte_offset = 0;
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in code points
};

// One code point read from UTF-8 and the bytes it took. An invalid or cut-off sequence (overlongs,
// surrogates and code points past U+10FFFF included) reads as U+FFFD taking one byte, with `valid`
// false, so a loop that steps by `size` always ends and picks up again at the next byte.
struct DecodedCodePoint {
  char32_t code_point = 0;
  std::size_t size = 0;
  bool valid = false;
};
// `at` must be below text.size(). The one UTF-8 decoder of the project: validation, folding and the
// importer all read code points through it, so they agree on what is valid.
DecodedCodePoint DecodeCodePoint(std::string_view text, std::size_t at);

// nullopt-like: returns false and fills `error` at the first invalid sequence (overlongs,
// surrogates and code points past U+10FFFF are invalid too).
bool ValidateUtf8(std::string_view text, Utf8Error* error = nullptr);

// Code points in valid UTF-8.
std::size_t CountCodePoints(std::string_view text);

// Decodes valid UTF-8 into code points (invalid bytes become U+FFFD).
std::vector<char32_t> DecodeUtf8(std::string_view text);

void AppendUtf8(std::string& out, char32_t code_point);

// A code point the wheel's glyph atlas takes: printable and in the Basic Multilingual Plane
// (ImGui's ImWchar is 16-bit). Everything else on the canvas is drawn as the fallback glyph.
bool IsCanvasDrawable(char32_t c);

}  // namespace mgi
