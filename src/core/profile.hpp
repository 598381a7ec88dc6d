// The `mgi-profile/1` format of SPEC section 2: the model and its loader/validator. The widget,
// `mgi-validate` and the tests all use this one loader, so they accept and reject the same files.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/domains.hpp"

namespace mgi {

inline constexpr std::string_view kProfileFormat = "mgi-profile/1";

enum class Level { kNational, kLocal };
std::string_view LevelId(Level level);

struct YearMonth {
  int year = 0;
  int month = 0;  // 1..12
};

// A domain's two lists of findings, in the order the format, the panel and the exports give them.
enum class FindingList : std::uint8_t { kWellDeveloped, kFurtherDevelopment };
inline constexpr std::array<FindingList, 2> kFindingLists = {FindingList::kWellDeveloped, FindingList::kFurtherDevelopment};
// For tables kept per list: [0] well developed, [1] further development.
constexpr std::size_t ListIndex(FindingList list) { return static_cast<std::size_t>(list); }
// "well_developed" / "further_development", the profile format's names of the lists.
std::string_view FindingListId(FindingList list);

struct DomainFindings {
  bool published = false;             // false: the profile has no entry for this domain
  std::optional<std::string> title;   // as written in the profile, shown instead of the framework's name
  std::vector<std::string> well_developed;
  std::vector<std::string> further_development;
};

const std::vector<std::string>& FindingsOf(const DomainFindings& domain, FindingList list);
std::vector<std::string>& FindingsOf(DomainFindings& domain, FindingList list);

struct Profile {
  std::string id;
  std::string name;                    // jurisdiction.name
  Level level = Level::kNational;
  std::optional<std::string> country;  // jurisdiction.country
  std::optional<std::string> title;
  YearMonth published;
  std::string language;                // BCP 47 tag of the findings' text
  std::optional<std::string> partner;
  std::vector<std::string> introduction;  // paragraphs
  std::array<DomainFindings, kDomainCount> domains;  // in wheel order
};

struct ProfileLoad {
  std::optional<Profile> profile;  // set only when there are no errors
  Diagnostics diagnostics;
};

// Parses and validates UTF-8 JSON text. Never throws or aborts, whatever the input.
ProfileLoad LoadProfile(std::string_view text);

// "YYYY-MM" with a month 01..12 and a plausible year.
std::optional<YearMonth> ParseYearMonth(std::string_view text);
// The same form written back: {2023, 8} -> "2023-08".
std::string FormatYearMonth(const YearMonth& ym);
bool IsProfileId(std::string_view id);
bool IsLanguageTag(std::string_view tag);

// Splits on blank lines, trims each paragraph, drops empty ones.
std::vector<std::string> SplitParagraphs(std::string_view text);

}  // namespace mgi
