// Word search over the findings of one or many profiles (issue 8's search box, and with `picker`
// the whole catalogue).
//
// Rules:
// - The query is folded (text_fold.hpp) and split at white space into words; a finding matches
//   when every word occurs in it, in any order, anywhere (also inside a longer word, so results
//   come while the reader is still typing: "migra" finds "migrants" and "Migration").
// - A word also counts as found when it occurs in the profile's jurisdiction name, so "balti
//   health" narrows to Balti's findings about health, and "balti" alone lists all of Balti's
//   findings along with any other finding that mentions Balti. The country of a local profile
//   and the domain titles are not searched.
// - Results come in catalogue order (the order of Add), then wheel order of the domains, then
//   well_developed before further_development, then position in the list. `limit` caps the hits
//   returned; `total` counts them all.
// - Each hit carries the matched byte ranges in the finding's original text and in the
//   jurisdiction name (sorted, merged), for the interface to mark. Byte offsets of UTF-8; the
//   JavaScript side converts them to UTF-16 positions.
//
// Text is folded once, when a profile is added; a query folds only the query, and refolds (with
// the offset map) just the findings it returns. Each finding also keeps a 1,024-bit signature of
// the pairs of adjacent bytes in its folded text, so most findings that lack a word are rejected
// by a few bit tests, without reading their text (a Bloom filter of bigrams: no false negatives).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding_key.hpp"
#include "core/profile.hpp"
#include "core/text_fold.hpp"

namespace mgi {

struct SearchHit {
  std::size_t profile = 0;  // position in the index, in the order of Add
  std::string profile_id;
  std::string jurisdiction;
  int domain = 0;  // wheel order; kDomainIds[domain] is its id
  FindingRef finding;
  std::string key;  // FindingKey, for a link to the finding
  std::string text;
  std::vector<ByteRange> text_matches;
  std::vector<ByteRange> jurisdiction_matches;
};

struct SearchResults {
  std::vector<SearchHit> hits;
  std::size_t total = 0;  // matching findings, including those past the limit
};

class SearchIndex {
 public:
  // `profile_id` names the profile to the caller (a catalogue id, usually profile.id).
  void Add(std::string profile_id, const Profile& profile);
  void Clear();

  std::size_t profile_count() const { return profiles_.size(); }
  std::size_t finding_count() const { return findings_.size(); }

  // No hits for a query without words. The findings of the profiles named in `skip` are passed
  // over (those the widget shows, searched first in an index of their own).
  SearchResults Search(std::string_view query, std::size_t limit, const std::vector<std::string>& skip = {}) const;

 private:
  struct IndexedProfile {
    std::string id;
    std::string name;
    std::string folded_name;
  };
  using BigramSignature = std::array<std::uint64_t, 16>;
  static BigramSignature Signature(std::string_view folded);
  static bool MayContain(const BigramSignature& signature, const std::vector<std::uint16_t>& word_bits);

  struct IndexedFinding {
    std::uint32_t profile = 0;
    std::uint8_t domain = 0;
    FindingRef ref;
    std::string key;
    std::string text;
    std::string folded;
    BigramSignature signature{};
  };

  SearchHit MakeHit(const IndexedFinding& finding, const std::vector<std::string>& words) const;

  std::vector<IndexedProfile> profiles_;
  std::vector<IndexedFinding> findings_;
};

// The folded, distinct words of a query, longest first (so a finding that lacks one is usually
// rejected by the first test).
std::vector<std::string> SearchWords(std::string_view query);

}  // namespace mgi
