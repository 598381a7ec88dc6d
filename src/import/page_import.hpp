// Reads the text of an IOM MGI profile page into an `mgi-profile/1` profile.
//
// The page, as scraped (see tests/data/seeds/):
//
//   <IOM's French description of the wheel and its six dimensions>   ignored
//   Key findings
//   INTRODUCTION
//   <paragraphs; "Click the icons on the wheel ..." is dropped>      -> introduction, partner
//   Key findings
//   MIGRANTS’ RIGHTS                                                 -> a domain, by keywords
//   Migration Governance: examples of well-developed areas           -> well_developed
//     • <finding>
//   Areas with potential for further development                     -> further_development
//     • <finding>
//   ... one "Key findings" section per domain ...
//   2023 Octobre                                                     -> published
//   Migration Governance Profile: Municipality of Balti (Republic of Moldova)
//                                      -> title, jurisdiction name, level and country
//
// Tolerated: CRLF or CR line ends, a UTF-8 BOM, lone page-number lines anywhere, curly or
// straight apostrophes, headings in capitals or not, a missing list, a finding wrapped over
// several lines (joined with one space), month names in English, French or Spanish with or
// without accents, a domain heading in capitals without its "Key findings" line.
//
// Never invents or drops a finding: every bullet after the first "Key findings" becomes exactly
// one string (its text trimmed, otherwise as written), or the import fails. Failures and warnings
// name the line they are about.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile.hpp"

namespace mgi::import {

struct PageIssue {
  int line = 0;  // 1-based; 0 when the problem is not tied to a line
  std::string message;
};

struct ImportOptions {
  std::optional<std::string> id;  // overrides the id made from the name and year
};

struct ImportResult {
  std::optional<Profile> profile;  // set on success
  std::optional<PageIssue> error;  // set on failure
  std::vector<PageIssue> warnings;
  int bullets = 0;                 // bullets read in the findings (== strings in the profile)
};

ImportResult ImportPage(std::string_view page, const ImportOptions& options = {});

// The parts of a title line "Migration Governance Profile: NAME", as the importer reads them.
struct Jurisdiction {
  std::string name;
  Level level = Level::kNational;
  std::optional<std::string> country;
};
// `introduction_folded`: the folded introduction, which says "This country Profile" for a
// national one.
Jurisdiction ReadJurisdiction(std::string_view name_in_title, std::string_view introduction_folded);

// "2023 Octobre", "Août 2023", "octubre de 2023", "12 October 2023" -> the year and month.
std::optional<YearMonth> ParseMonthLine(std::string_view line);

// The research partner named in "... with research and analysis from the Economist Impact."
std::optional<std::string> FindPartner(std::string_view paragraph);

// The domain a heading names ("MOBILITY DIMENSION OF CRISES" -> 4), or nullopt when it names
// none or more than one.
std::optional<int> DomainOfHeading(std::string_view heading);

// `id` for a profile: the slug of the distinctive part of the name and the year.
std::string MakeProfileId(std::string_view name, int year);

}  // namespace mgi::import
