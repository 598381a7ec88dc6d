// Accent and case folding for search: "Bălți" and "balti", "RÉGIME" and "regime", “quotes” and
// "quotes" fold to the same text, so a reader finds a finding whichever way they type it.
//
// Folding is per code point, from tables in text_fold.cpp (no ICU, which the Wasm build could not
// afford): lower case for ASCII, Greek, Cyrillic and Armenian; Latin letters with diacritics to
// their base letters (Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional with
// Vietnamese), ligatures and special letters spelled out (æ→ae, œ→oe, ß→ss, þ→th, ł→l, đ→d, ı and
// İ→i, ə→e); combining marks, soft hyphens and zero-width characters dropped (so decomposed text
// folds like composed text); curly quotes, primes and guillemets to ' and ", dashes and the minus
// sign to -, the ellipsis to ..., the acute and grave accents typed alone (´ `) to ', every
// Unicode space to a space. Anything else is kept as is, ASCII white space and controls included.
// Folding is idempotent: Fold(Fold(x).text).text == Fold(x).text.
//
// A match found in folded text maps back to a byte range of the original, so the interface can
// mark exactly what the reader typed a match for, even where folding changed lengths (ß→ss).
// Invalid UTF-8 never fails: each bad byte folds to U+FFFD and maps back to itself.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mgi {

struct ByteRange {
  std::size_t begin = 0;  // byte offsets into the original text, end exclusive
  std::size_t end = 0;
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

struct FoldedText {
  std::string text;  // folded UTF-8
  // origin[i]: where, in the original, the code point that produced text[i] starts;
  // origin[text.size()] is the original's size.
  std::vector<std::uint32_t> origin;

  // The original bytes that produced folded bytes [begin, end): whole code points, including
  // any dropped ones (combining accents) that follow the last.
  ByteRange OriginalRange(std::size_t begin, std::size_t end) const;
};

FoldedText Fold(std::string_view original);

// Only the folded text (the same as Fold(original).text), for indexes that never map back.
std::string FoldString(std::string_view original);

// Runs of ASCII white space made one ' ', none at either end. After folding every Unicode space is
// ASCII, so this evens out spacing however a text was typed.
std::string CollapseWhiteSpace(std::string_view text);

// FoldString, then CollapseWhiteSpace: the form in which the importer recognises headings, months
// and names on a page ("  MIGRANTS’   RIGHTS" -> "migrants' rights").
std::string FoldCollapsingSpace(std::string_view original);

// Every non-overlapping occurrence of `folded_needle` (text from Fold or FoldString) in
// `haystack`, left to right, as byte ranges of haystack's original; ranges that touch or overlap
// in the original (two matches inside one "ß") are merged. An empty needle finds nothing.
std::vector<ByteRange> FindAll(const FoldedText& haystack, std::string_view folded_needle);
inline std::vector<ByteRange> FindAll(const FoldedText& haystack, const FoldedText& needle) {
  return FindAll(haystack, std::string_view(needle.text));
}

// Sorts ranges and merges those that overlap or touch: one mark per run of matched text.
void MergeRanges(std::vector<ByteRange>& ranges);

}  // namespace mgi
