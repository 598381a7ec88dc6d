// Stable keys for findings, and the URL fragment that links to one.
//
// A link must keep pointing at the same finding when others are added, removed or reordered, so
// the key comes from the finding's own text, never from its position:
//
//   normalised = Fold(text) (text_fold.hpp), then ASCII punctuation removed, every run of white
//                space made one space, leading and trailing space trimmed
//   base key   = the first 8 hex digits (lowercase) of the 64-bit FNV-1a hash of `normalised`
//                (offset basis 0xcbf29ce484222325, prime 0x100000001b3), i.e. its top 32 bits
//
// Folding and normalising first means a typographic fix (a curly apostrophe, a double space, an
// accent added) keeps the link working; a real edit of the words makes a new key, and the link
// then falls back to the domain. Keys are unique within a domain (both lists together, so moving a
// finding between "well developed" and "further development" keeps its key): when findings share
// a base key, the first (well_developed first, then further_development, each in order) keeps it
// and the n-th gets "-n" (n = 2, 3, ...).
//
// Fragment grammar (extends SPEC section 3's `#mgi-<element id>=<domain>`):
//
//   fragment   = "#mgi-" element-id "=" domain-id [ "/" key ]
//   element-id = 1*64 ( ALPHA / DIGIT / "-" / "_" )
//   domain-id  = one of the six ids of domains.hpp
//   key        = 8 ( DIGIT / %x61-7A ) [ "-" n ]    ; n: 2..999, no leading zero
//
// The whole fragment is at most 128 bytes. Anything else (percent-escapes, other characters,
// unknown domains, extra parts) is not a link and is ignored.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile.hpp"

namespace mgi {

struct FindingRef {
  FindingList list = FindingList::kWellDeveloped;
  std::size_t index = 0;
  friend bool operator==(const FindingRef&, const FindingRef&) = default;
};

std::string NormaliseFindingText(std::string_view text);
std::uint64_t Fnv1a64(std::string_view bytes);
std::string FindingBaseKey(std::string_view text);

// The keys of all findings of a domain: well_developed in order, then further_development.
std::vector<std::string> FindingKeys(const DomainFindings& domain);
// The key of one finding, or "" when `ref` is out of range.
std::string FindingKey(const DomainFindings& domain, FindingRef ref);
// The finding with this key, or nullopt (the caller then shows the domain).
std::optional<FindingRef> ResolveFindingKey(const DomainFindings& domain, std::string_view key);

bool IsFindingKey(std::string_view key);
// Whether an element id may stand in a link: [A-Za-z0-9_-]{1,64}. A widget whose element has
// another id makes no links (and reads none).
bool IsElementId(std::string_view id);

struct FindingLink {
  std::string element_id;
  int domain = 0;   // wheel order, as domains.hpp
  std::string key;  // empty: a link to the domain
  friend bool operator==(const FindingLink&, const FindingLink&) = default;
};

// Parses a fragment, with or without its leading '#'; nullopt for anything off the grammar.
std::optional<FindingLink> ParseFindingLink(std::string_view fragment);
// "#mgi-<element id>=<domain>[/<key>]"; "" when a part is off the grammar (so the caller never
// writes a link it would not read back).
std::string FormatFindingLink(const FindingLink& link);

}  // namespace mgi
