#include "core/utf8.hpp"

namespace mgi {

DecodedCodePoint DecodeCodePoint(std::string_view text, std::size_t at) {
  constexpr DecodedCodePoint kInvalid{0xFFFD, 1, false};
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t size;
  char32_t cp;
  char32_t smallest;  // below it the sequence is overlong: a shorter one spells the same code point
  if ((lead & 0xE0) == 0xC0) { size = 2; cp = lead & 0x1F; smallest = 0x80; }
  else if ((lead & 0xF0) == 0xE0) { size = 3; cp = lead & 0x0F; smallest = 0x800; }
  else if ((lead & 0xF8) == 0xF0) { size = 4; cp = lead & 0x07; smallest = 0x10000; }
  else return kInvalid;
  if (at + size > text.size()) return kInvalid;
  for (std::size_t k = 1; k < size; ++k) {
    const unsigned char b = byte(at + k);
    if ((b & 0xC0) != 0x80) return kInvalid;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalid;
  return {cp, size, true};
}

bool ValidateUtf8(std::string_view text, Utf8Error* error) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint decoded = DecodeCodePoint(text, i);
    if (!decoded.valid) {
      if (error) *error = {i, line, column};
      return false;
    }
    if (decoded.code_point == '\n') { ++line; column = 1; } else { ++column; }
    i += decoded.size;
  }
  return true;
}

std::size_t CountCodePoints(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::vector<char32_t> DecodeUtf8(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint decoded = DecodeCodePoint(text, i);
    out.push_back(decoded.code_point);
    i += decoded.size;
  }
  return out;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsCanvasDrawable(char32_t c) {
  return c >= 0x20 && c <= 0xFFFF && c != 0x7F && !(c >= 0x80 && c < 0xA0) && !(c >= 0xD800 && c <= 0xDFFF);
}

}  // namespace mgi
