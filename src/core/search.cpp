#include "core/search.hpp"

#include <algorithm>

namespace mgi {
namespace {

bool Contains(std::string_view haystack, std::string_view word) { return haystack.find(word) != std::string_view::npos; }

// Where a pair of adjacent bytes sets its bit in a BigramSignature.
std::uint16_t BigramBit(unsigned char first, unsigned char second) {
  const std::uint32_t pair = (std::uint32_t{first} << 8) | second;
  return static_cast<std::uint16_t>((pair * 0x9E3779B1u) >> (32 - 10));  // top 10 bits: 0..1023
}

std::vector<std::uint16_t> BigramBits(std::string_view word) {
  std::vector<std::uint16_t> bits;
  for (std::size_t i = 1; i < word.size(); ++i)
    bits.push_back(BigramBit(static_cast<unsigned char>(word[i - 1]), static_cast<unsigned char>(word[i])));
  std::sort(bits.begin(), bits.end());
  bits.erase(std::unique(bits.begin(), bits.end()), bits.end());
  return bits;
}

std::vector<ByteRange> MatchesOfAll(std::string_view original, const std::vector<std::string>& words) {
  const FoldedText folded = Fold(original);
  std::vector<ByteRange> ranges;
  for (const std::string& word : words) {
    const std::vector<ByteRange> found = FindAll(folded, word);
    ranges.insert(ranges.end(), found.begin(), found.end());
  }
  MergeRanges(ranges);
  return ranges;
}

}  // namespace

SearchIndex::BigramSignature SearchIndex::Signature(std::string_view folded) {
  BigramSignature signature{};
  for (std::size_t i = 1; i < folded.size(); ++i) {
    const std::uint16_t bit = BigramBit(static_cast<unsigned char>(folded[i - 1]), static_cast<unsigned char>(folded[i]));
    signature[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  return signature;
}

bool SearchIndex::MayContain(const BigramSignature& signature, const std::vector<std::uint16_t>& word_bits) {
  return std::all_of(word_bits.begin(), word_bits.end(),
                     [&](std::uint16_t bit) { return (signature[bit / 64] >> (bit % 64)) & 1; });
}

std::vector<std::string> SearchWords(std::string_view query) {
  const std::string folded = FoldString(query);
  std::vector<std::string> words;
  std::size_t at = 0;
  while (at < folded.size()) {
    const std::size_t begin = folded.find_first_not_of(" \t\n\r\f\v", at);
    if (begin == std::string::npos) break;
    const std::size_t end = std::min(folded.find_first_of(" \t\n\r\f\v", begin), folded.size());
    words.emplace_back(folded, begin, end - begin);
    at = end;
  }
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

void SearchIndex::Add(std::string profile_id, const Profile& profile) {
  const auto profile_index = static_cast<std::uint32_t>(profiles_.size());
  profiles_.push_back({std::move(profile_id), profile.name, FoldString(profile.name)});
  for (int d = 0; d < kDomainCount; ++d) {
    const DomainFindings& domain = profile.domains[d];
    const std::vector<std::string> keys = FindingKeys(domain);
    std::size_t next_key = 0;
    for (const FindingList list : {FindingList::kWellDeveloped, FindingList::kFurtherDevelopment}) {
      const std::vector<std::string>& texts = FindingsOf(domain, list);
      for (std::size_t i = 0; i < texts.size(); ++i) {
        std::string folded = FoldString(texts[i]);
        const BigramSignature signature = Signature(folded);
        findings_.push_back({profile_index, static_cast<std::uint8_t>(d), {list, i}, keys[next_key++], texts[i],
                             std::move(folded), signature});
      }
    }
  }
}

void SearchIndex::Clear() {
  profiles_.clear();
  findings_.clear();
}

SearchHit SearchIndex::MakeHit(const IndexedFinding& finding, const std::vector<std::string>& words) const {
  const IndexedProfile& profile = profiles_[finding.profile];
  return {finding.profile,
          profile.id,
          profile.name,
          finding.domain,
          finding.ref,
          finding.key,
          finding.text,
          MatchesOfAll(finding.text, words),
          MatchesOfAll(profile.name, words)};
}

SearchResults SearchIndex::Search(std::string_view query, std::size_t limit, const std::vector<std::string>& skip) const {
  SearchResults results;
  const std::vector<std::string> words = SearchWords(query);
  if (words.empty()) return results;

  std::vector<std::vector<std::uint16_t>> word_bits;
  for (const std::string& word : words) word_bits.push_back(BigramBits(word));

  // Which words each jurisdiction name holds: a word found there needs no search of the findings.
  std::vector<std::vector<bool>> in_name(profiles_.size(), std::vector<bool>(words.size()));
  std::vector<bool> skipped(profiles_.size());
  for (std::size_t p = 0; p < profiles_.size(); ++p) {
    for (std::size_t w = 0; w < words.size(); ++w) in_name[p][w] = Contains(profiles_[p].folded_name, words[w]);
    skipped[p] = std::find(skip.begin(), skip.end(), profiles_[p].id) != skip.end();
  }

  for (const IndexedFinding& finding : findings_) {
    if (skipped[finding.profile]) continue;
    const std::vector<bool>& named = in_name[finding.profile];
    bool all = true;
    for (std::size_t w = 0; all && w < words.size(); ++w)
      all = named[w] || (MayContain(finding.signature, word_bits[w]) && Contains(finding.folded, words[w]));
    if (!all) continue;
    if (results.hits.size() < limit) results.hits.push_back(MakeHit(finding, words));
    ++results.total;
  }
  return results;
}

}  // namespace mgi
