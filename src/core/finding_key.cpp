#include "core/finding_key.hpp"

#include <algorithm>
#include <map>

#include "core/text_fold.hpp"

namespace mgi {
namespace {

constexpr std::size_t kBaseKeyLength = 8;
constexpr std::size_t kMaxElementIdLength = 64;
constexpr std::size_t kMaxFragmentLength = 128;
constexpr std::size_t kMaxSuffixDigits = 3;

bool IsAsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsKeyChar(char c) { return IsDigit(c) || (c >= 'a' && c <= 'z'); }

}  // namespace

bool IsElementId(std::string_view id) {
  return !id.empty() && id.size() <= kMaxElementIdLength &&
         std::all_of(id.begin(), id.end(), [](char c) { return IsAsciiAlnum(c) || c == '-' || c == '_'; });
}

std::string NormaliseFindingText(std::string_view text) {
  std::string words = FoldString(text);
  // Punctuation goes: a typo-level change must not move the key.
  std::erase_if(words, [](char c) { return static_cast<unsigned char>(c) < 0x80 && !IsAsciiAlnum(c) && !IsAsciiSpace(c); });
  return CollapseWhiteSpace(words);
}

std::uint64_t Fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string FindingBaseKey(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::uint64_t hash = Fnv1a64(NormaliseFindingText(text));
  std::string key(kBaseKeyLength, '0');
  for (std::size_t i = 0; i < kBaseKeyLength; ++i) key[i] = kHex[(hash >> (60 - 4 * i)) & 0xF];
  return key;
}

std::vector<std::string> FindingKeys(const DomainFindings& domain) {
  std::vector<std::string> keys;
  std::map<std::string, int, std::less<>> seen;
  for (const FindingList list : kFindingLists)
    for (const std::string& text : FindingsOf(domain, list)) {
      std::string key = FindingBaseKey(text);
      const int n = ++seen[key];
      if (n > 1) key.append(1, '-').append(std::to_string(n));
      keys.push_back(std::move(key));
    }
  return keys;
}

std::string FindingKey(const DomainFindings& domain, FindingRef ref) {
  const std::size_t well = domain.well_developed.size();
  if (ref.index >= FindingsOf(domain, ref.list).size()) return {};
  return FindingKeys(domain)[ref.list == FindingList::kWellDeveloped ? ref.index : well + ref.index];
}

std::optional<FindingRef> ResolveFindingKey(const DomainFindings& domain, std::string_view key) {
  if (!IsFindingKey(key)) return std::nullopt;
  const std::vector<std::string> keys = FindingKeys(domain);
  const auto it = std::find(keys.begin(), keys.end(), key);
  if (it == keys.end()) return std::nullopt;
  const auto position = static_cast<std::size_t>(it - keys.begin());
  const std::size_t well = domain.well_developed.size();
  if (position < well) return FindingRef{FindingList::kWellDeveloped, position};
  return FindingRef{FindingList::kFurtherDevelopment, position - well};
}

bool IsFindingKey(std::string_view key) {
  if (key.size() < kBaseKeyLength || !std::all_of(key.begin(), key.begin() + kBaseKeyLength, IsKeyChar))
    return false;
  const std::string_view suffix = key.substr(kBaseKeyLength);
  if (suffix.empty()) return true;
  const std::string_view n = suffix.substr(1);
  // "-1" and leading zeros are refused so that each finding has exactly one spelling.
  return suffix[0] == '-' && !n.empty() && n.size() <= kMaxSuffixDigits && std::all_of(n.begin(), n.end(), IsDigit) &&
         n[0] != '0' && n != "1";
}

std::optional<FindingLink> ParseFindingLink(std::string_view fragment) {
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  constexpr std::string_view kPrefix = "mgi-";
  if (fragment.size() > kMaxFragmentLength || fragment.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  fragment.remove_prefix(kPrefix.size());
  const std::size_t equals = fragment.find('=');
  if (equals == std::string_view::npos) return std::nullopt;
  const std::string_view element_id = fragment.substr(0, equals);
  const std::string_view target = fragment.substr(equals + 1);
  const std::size_t slash = target.find('/');
  const std::optional<int> domain = DomainIndex(target.substr(0, slash));
  const std::string_view key = slash == std::string_view::npos ? std::string_view{} : target.substr(slash + 1);
  if (!IsElementId(element_id) || !domain || (slash != std::string_view::npos && !IsFindingKey(key)))
    return std::nullopt;
  return FindingLink{std::string(element_id), *domain, std::string(key)};
}

std::string FormatFindingLink(const FindingLink& link) {
  if (!IsElementId(link.element_id) || link.domain < 0 || link.domain >= kDomainCount ||
      (!link.key.empty() && !IsFindingKey(link.key)))
    return {};
  std::string out = "#mgi-";
  out.append(link.element_id).append(1, '=').append(kDomainIds[link.domain]);
  if (!link.key.empty()) out.append(1, '/').append(link.key);
  return out;
}

}  // namespace mgi
