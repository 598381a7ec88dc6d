// Text helpers for reading scraped pages: lines with their numbers, Unicode-aware trimming,
// sentence case for headings in capitals, slugs for profile ids, short quotes for messages.
// Matching folds text with the core's FoldCollapsingSpace (core/text_fold.hpp), the same folding
// search and finding keys use.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mgi::import {

// One line of a page without its line break; `number` is 1-based.
struct Line {
  int number = 0;
  std::string_view text;
};

// Splits on "\n", "\r\n" and a lone "\r". A final line break does not start another line.
std::vector<Line> SplitLines(std::string_view text);

// White space including NBSP, the other Unicode spaces, the zero-width space and the BOM.
bool IsSpace(char32_t cp);
// Removes leading and trailing white space (as IsSpace) from valid UTF-8.
std::string_view TrimSpace(std::string_view text);

// Has capital letters A-Z and no lowercase a-z: "MIGRANTS’ RIGHTS", "SAFE, ORDERLY ...".
bool IsInCapitals(std::string_view text);

// "MIGRANTS’ RIGHTS" -> "Migrants’ rights": keeps the first letter, lowers the rest. Text that
// already has lowercase letters is returned unchanged.
std::string SentenceCase(std::string_view heading);

// "Municipality of Bălți" -> "balti": the folded name without a leading generic part ("Republic
// of", "Municipality of", "City of", a leading "the", ...), runs of anything but a-z and 0-9 made
// one '-', at most `max_length` characters. Empty when nothing Latin is left.
std::string Slug(std::string_view name, std::size_t max_length);

// At most `max_chars` characters of `text`, cut between characters, with "…" when cut: for
// quoting page text in messages.
std::string Shorten(std::string_view text, std::size_t max_chars);

// Case-insensitive (ASCII letters only) search; npos when absent.
std::size_t FindNoCase(std::string_view haystack, std::string_view needle, std::size_t from = 0);

}  // namespace mgi::import
