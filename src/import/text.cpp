#include "import/text.hpp"

#include <algorithm>
#include <array>

#include "core/text_fold.hpp"
#include "core/utf8.hpp"

namespace mgi::import {
namespace {

// Simple lowercase mapping for Latin, Greek and Cyrillic capitals; others unchanged.
char32_t ToLower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 0x20;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp == 0x130) return 'i';   // İ: Azerbaijani and Turkish dotted capital I
  if (cp == 0x178) return 0xFF;  // Ÿ
  if (cp == 0x18F) return 0x259; // Ə
  const bool even = cp % 2 == 0;
  if ((cp >= 0x100 && cp <= 0x137 && even) || (cp >= 0x139 && cp <= 0x148 && !even) ||
      (cp >= 0x14A && cp <= 0x177 && even) || (cp >= 0x179 && cp <= 0x17E && !even) ||
      (cp >= 0x218 && cp <= 0x21B && even))
    return cp + 1;
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;  // Greek
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;                 // Cyrillic
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  return cp;
}

bool HasAsciiUpper(std::string_view s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }); }
bool HasAsciiLower(std::string_view s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; }); }

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 0x20) : c; }

}  // namespace

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  int number = 1;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find_first_of("\r\n", start), text.size());
    lines.push_back({number++, text.substr(start, end - start)});
    start = end;
    if (start < text.size()) start += (text[start] == '\r' && start + 1 < text.size() && text[start + 1] == '\n') ? 2 : 1;
  }
  return lines;
}

bool IsSpace(char32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

std::string_view TrimSpace(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    const DecodedCodePoint decoded = DecodeCodePoint(text, begin);
    if (!IsSpace(decoded.code_point)) break;
    begin += decoded.size;
  }
  std::size_t end = text.size();
  while (end > begin) {
    std::size_t start = end - 1;  // back to the first byte of the last character
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    const DecodedCodePoint decoded = DecodeCodePoint(text, start);
    if (decoded.size != end - start || !IsSpace(decoded.code_point)) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

bool IsInCapitals(std::string_view text) { return HasAsciiUpper(text) && !HasAsciiLower(text); }

std::string SentenceCase(std::string_view heading) {
  if (!IsInCapitals(heading)) return std::string(heading);
  std::string out;
  out.reserve(heading.size());
  bool first_letter_seen = false;
  for (std::size_t i = 0; i < heading.size();) {
    const DecodedCodePoint decoded = DecodeCodePoint(heading, i);
    i += decoded.size;
    const char32_t cp = decoded.code_point;
    const char32_t lower = ToLower(cp);
    const bool is_letter = lower != cp || (cp >= 'a' && cp <= 'z');
    AppendUtf8(out, first_letter_seen ? lower : cp);
    first_letter_seen = first_letter_seen || is_letter;
  }
  return out;
}

std::string Slug(std::string_view name, std::size_t max_length) {
  // Words that only say what kind of jurisdiction follows "of".
  static constexpr std::array<std::string_view, 16> kGeneric = {
      "republic", "kingdom",  "state",    "municipality", "city",         "town",     "province", "region",
      "county",   "district", "governorate", "principality", "commonwealth", "federation", "sultanate", "the"};
  const std::string folded = FoldCollapsingSpace(name);
  std::string_view rest = folded;
  if (rest.rfind("the ", 0) == 0) rest.remove_prefix(4);
  if (const std::size_t of = rest.find(" of "); of != std::string_view::npos) {
    bool generic = true;
    for (std::size_t start = 0; start < of;) {
      const std::size_t end = std::min(rest.find(' ', start), of);
      generic = generic && std::find(kGeneric.begin(), kGeneric.end(), rest.substr(start, end - start)) != kGeneric.end();
      start = end + 1;
    }
    if (generic) {
      rest.remove_prefix(of + 4);
      if (rest.rfind("the ", 0) == 0) rest.remove_prefix(4);
    }
  }
  std::string slug;
  for (char c : rest) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) slug += c;
    else if (!slug.empty() && slug.back() != '-') slug += '-';
  }
  if (slug.size() > max_length) slug.resize(max_length);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string Shorten(std::string_view text, std::size_t max_chars) {
  std::size_t end = 0;
  for (std::size_t chars = 0; end < text.size() && chars < max_chars; ++chars) end += DecodeCodePoint(text, end).size;
  return end < text.size() ? std::string(text.substr(0, end)) + "…" : std::string(text);
}

std::size_t FindNoCase(std::string_view haystack, std::string_view needle, std::size_t from) {
  if (needle.size() > haystack.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && AsciiLower(haystack[i + k]) == AsciiLower(needle[k])) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

}  // namespace mgi::import
