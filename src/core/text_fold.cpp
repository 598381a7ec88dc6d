#include "core/text_fold.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "core/utf8.hpp"

namespace mgi {
namespace {

// ---- The tables. Each row folds the code points from `first` on, in order, by a list of
// space-separated tokens "<replacement><count>": the next <count> code points fold to
// <replacement> (UTF-8). Three replacements are reserved: "=" keeps the code point (after the
// case rules below), "_" drops it, "~" makes it a space. Writing runs keeps the tables short
// enough to check by eye against the Unicode charts, one token per run of one base letter.
struct FoldRow {
  char32_t first;
  std::string_view tokens;
};

constexpr FoldRow kFoldRows[] = {
    {0x0085, "~1"},  // next line (NEL), a line break like U+2028
    {0x00A0, "~1"},  // no-break space
    {0x00AB, "\"1"},  // «
    {0x00AD, "_1"},  // soft hyphen
    {0x00B4, "'1"},  // ´ typed for an apostrophe, as in the French "l´approche" of MGI pages
    {0x00BB, "\"1"},  // »
    // Latin-1 Supplement: À..Þ ß, then à..þ ÿ (× and ÷ kept).
    {0x00C0, "a6 ae1 c1 e4 i4 d1 n1 o5 =1 o1 u4 y1 th1 ss1 a6 ae1 c1 e4 i4 d1 n1 o5 =1 o1 u4 y1 th1 y1"},
    // Latin Extended-A, Ā..ſ: upper and lower case alternate, so counts are even but for ĸ, ŉ, Ÿ, ſ.
    {0x0100, "a6 c8 d4 e10 g8 h4 i10 ij2 j2 k3 l10 n9 o6 oe2 r6 s8 t6 u12 w2 y3 z6 s1"},
    // Latin Extended-B, ƀ..ɏ, one row of the chart per line (letters without a base kept).
    {0x0180, "b4 =2 o1 c2 d4 =1 e2"
             " e1 f2 g1 =1 hv1 i2 k2 l1 =2 n2 o1"
             " o2 =2 p2 =5 t4 u1"
             " u1 =1 v1 y2 z2 =9"
             " =4 dz3 lj3 nj3 a2 i1"
             " i1 o2 u10 e1 a2"
             " a2 ae2 g4 k2 o4 =2"
             " j1 dz3 g2 hv1 =1 n2 a2 ae2 o2"
             " a4 e4 i4 o4"
             " r4 u4 s2 t2 =2 h2"
             " n1 d1 ou2 z2 a2 e2 o6"
             " o2 y2 l1 n1 t1 j1 db1 qp1 a1 c2 l1 t1 s1"
             " z1 =2 b1 u1 =1 e2 j2 q2 r2 y2"},
    {0x0259, "e1"},    // ə (Azerbaijani)
    {0x02BB, "'2"},    // ʻ ʼ (okina, modifier apostrophe)
    {0x0300, "_112"},  // combining diacritical marks
    // Greek with tonos or dialytika, and final sigma, to the plain lowercase letter.
    {0x0386, "α1 =1 ε1 η1 ι1 =1 ο1 =1 υ1 ω1 ι1"},
    {0x03AA, "ι1 υ1 α1 ε1 η1 ι1 υ1"},
    {0x03C2, "σ1"},
    {0x03CA, "ι1 υ1 ο1 υ1 ω1"},
    // Cyrillic ѐ ё ѝ: е and и with a mark that Russian text often leaves out.
    {0x0450, "е2"},
    {0x045D, "и1"},
    {0x1680, "~1"},  // Ogham space mark
    // Latin Extended Additional: Ḁ..ẕ in pairs, ẖ..ẟ, then Vietnamese Ạ..ỹ.
    {0x1E00, "a2 b6 c2 d10 e10 f2 g2 h10 i4 k6 l8 m6 n8 o8 p4 r8 s10 t8 u10 v4 w10 x4 y2 z6"
             " h1 t1 w1 y1 a1 s3 ss1 =1"
             " a24 e16 i4 o24 u14 y8"},
    // General Punctuation: spaces, zero-width and direction marks, dashes, quotes, ellipsis.
    {0x2000, "~11 _5 -6 =2 '4 \"4 =6 ...1 =1 ~2 _5 ~1 =2 '1 \"1 =5 '2"},
    {0x205F, "~1 _1"},
    {0x2212, "-1"},  // minus sign
    {0x3000, "~1"},  // ideographic space
    {0xFEFF, "_1"},  // byte order mark
};

// Upper to lower case by offset: code points first..last, every `stride`-th, add `delta`.
struct CaseRule {
  char32_t first;
  char32_t last;
  char32_t delta;
  char32_t stride;
};

constexpr CaseRule kCaseRules[] = {
    {0x0041, 0x005A, 0x20, 1},  // A..Z
    {0x0391, 0x03A9, 0x20, 1},  // Α..Ω
    {0x0400, 0x040F, 0x50, 1},  // Ѐ..Џ
    {0x0410, 0x042F, 0x20, 1},  // А..Я
    {0x0460, 0x0480, 1, 2},     // Ѡ..Ҁ, pairs
    {0x048A, 0x04BE, 1, 2},     // Ҋ..Ҿ, pairs
    {0x04C0, 0x04C0, 0x0F, 1},  // Ӏ
    {0x04C1, 0x04CD, 1, 2},     // Ӂ..Ӎ, pairs
    {0x04D0, 0x04FE, 1, 2},     // Ӑ..Ӿ, pairs
    {0x0500, 0x052E, 1, 2},     // Ԁ..Ԯ, pairs
    {0x0531, 0x0556, 0x30, 1},  // Armenian Ա..Ֆ
};

// What one code point folds to: up to three bytes (the longest replacement in the tables, "...",
// and any lowercase letter the case rules produce fit), or "unchanged".
struct Folding {
  static constexpr std::uint8_t kUnchanged = 0xFF;
  std::uint8_t size = kUnchanged;
  std::array<char, 3> bytes{};
};

Folding FoldingOf(std::string_view utf8) {
  Folding f;
  f.size = static_cast<std::uint8_t>(std::min(utf8.size(), f.bytes.size()));
  std::copy_n(utf8.begin(), f.size, f.bytes.begin());
  return f;
}

Folding FoldingOf(char32_t cp) {
  std::string utf8;
  AppendUtf8(utf8, cp);
  return FoldingOf(std::string_view(utf8));
}

// Every code point the tables name is below this but for a handful, kept in `sparse_`: a flat
// array makes the common lookup one index.
constexpr char32_t kFlatLimit = 0x2070;

class FoldTable {
 public:
  FoldTable() : flat_(kFlatLimit) {
    for (const FoldRow& row : kFoldRows) ApplyRow(row);
    for (const CaseRule& rule : kCaseRules)
      for (char32_t cp = rule.first; cp <= rule.last; cp += rule.stride) {
        if (At(cp).size != Folding::kUnchanged) continue;
        const char32_t lower = cp + rule.delta;
        const Folding lower_folding = At(lower);
        Set(cp, lower_folding.size != Folding::kUnchanged ? lower_folding : FoldingOf(lower));
      }
  }

  Folding At(char32_t cp) const {
    if (cp < kFlatLimit) return flat_[cp];
    const std::size_t slot = SparseSlot(cp);
    return slot < sparse_.size() && sparse_[slot].first == cp ? sparse_[slot].second : Folding{};
  }

 private:
  void ApplyRow(const FoldRow& row) {
    char32_t cp = row.first;
    std::string_view rest = row.tokens;
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      const std::string_view token = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
      const std::size_t digits = token.find_last_not_of("0123456789") + 1;
      const std::string_view replacement = token.substr(0, digits);
      unsigned count = 0;
      std::from_chars(token.data() + digits, token.data() + token.size(), count);
      for (unsigned k = 0; k < count; ++k, ++cp) {
        if (replacement == "=") continue;
        Set(cp, replacement == "_" ? FoldingOf(std::string_view{}) : FoldingOf(replacement == "~" ? " " : replacement));
      }
    }
  }

  // Where `cp` is, or would go, in the sorted `sparse_`.
  std::size_t SparseSlot(char32_t cp) const {
    const auto it = std::lower_bound(sparse_.begin(), sparse_.end(), cp,
                                     [](const auto& entry, char32_t c) { return entry.first < c; });
    return static_cast<std::size_t>(it - sparse_.begin());
  }

  void Set(char32_t cp, Folding folding) {
    if (cp < kFlatLimit) { flat_[cp] = folding; return; }
    const std::size_t slot = SparseSlot(cp);
    if (slot < sparse_.size() && sparse_[slot].first == cp) sparse_[slot].second = folding;
    else sparse_.insert(sparse_.begin() + static_cast<std::ptrdiff_t>(slot), {cp, folding});
  }

  std::vector<Folding> flat_;
  std::vector<std::pair<char32_t, Folding>> sparse_;
};

const FoldTable& TheFoldTable() {
  static const FoldTable table;
  return table;
}

// ASCII stays one byte for one, so that it can be folded in place: the grave accent, typed for
// an apostrophe as the acute is, becomes one too.
char FoldAscii(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c + ('a' - 'A'));
  return c == '`' ? '\'' : c;
}

// Folds `original` into `out`, and when `origin` is given, records where each output byte came
// from. ASCII, most of every profile, is folded in place; anything else is decoded one code point
// at a time (a bad byte as U+FFFD standing for that one byte).
void FoldInto(std::string_view original, std::string& out, std::vector<std::uint32_t>* origin) {
  const FoldTable& table = TheFoldTable();
  out.reserve(original.size());
  if (origin) origin->reserve(original.size() + 1);
  for (std::size_t at = 0; at < original.size();) {
    const auto byte = static_cast<unsigned char>(original[at]);
    const std::size_t before = out.size();
    std::size_t size = 1;
    if (byte < 0x80) {
      out += FoldAscii(static_cast<char>(byte));
    } else {
      const DecodedCodePoint decoded = DecodeCodePoint(original, at);
      size = decoded.size;
      const Folding f = table.At(decoded.code_point);
      if (f.size == Folding::kUnchanged) AppendUtf8(out, decoded.code_point);
      else out.append(f.bytes.data(), f.size);
    }
    if (origin) origin->insert(origin->end(), out.size() - before, static_cast<std::uint32_t>(at));
    at += size;
  }
  if (origin) origin->push_back(static_cast<std::uint32_t>(original.size()));
}

}  // namespace

ByteRange FoldedText::OriginalRange(std::size_t begin, std::size_t end) const {
  if (origin.empty() || begin >= end || end > text.size()) return {};
  std::size_t next = end;
  while (next < text.size() && origin[next] == origin[end - 1]) ++next;
  return {origin[begin], origin[next]};
}

FoldedText Fold(std::string_view original) {
  FoldedText folded;
  FoldInto(original, folded.text, &folded.origin);
  return folded;
}

std::string FoldString(std::string_view original) {
  std::string folded;
  FoldInto(original, folded, nullptr);
  return folded;
}

std::string CollapseWhiteSpace(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    if (is_space(c)) { pending_space = !out.empty(); continue; }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string FoldCollapsingSpace(std::string_view original) { return CollapseWhiteSpace(FoldString(original)); }

void MergeRanges(std::vector<ByteRange>& ranges) {
  std::sort(ranges.begin(), ranges.end(),
            [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin || (a.begin == b.begin && a.end < b.end); });
  std::vector<ByteRange> merged;
  for (const ByteRange& r : ranges) {
    if (!merged.empty() && r.begin <= merged.back().end) merged.back().end = std::max(merged.back().end, r.end);
    else merged.push_back(r);
  }
  ranges = std::move(merged);
}

std::vector<ByteRange> FindAll(const FoldedText& haystack, std::string_view folded_needle) {
  std::vector<ByteRange> found;
  if (folded_needle.empty()) return found;
  const std::string_view text = haystack.text;
  for (std::size_t at = text.find(folded_needle); at != std::string_view::npos;
       at = text.find(folded_needle, at + folded_needle.size()))
    found.push_back(haystack.OriginalRange(at, at + folded_needle.size()));
  MergeRanges(found);
  return found;
}

}  // namespace mgi
