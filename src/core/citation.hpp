// Plain-text citations of a profile, or of one finding in it, in the interface language.
//
// The order is APA's for a report by an organisation on a web page (author, date, title, URL),
// with the date accessed after the URL because profiles are revised in place:
//
//   en: International Organization for Migration (IOM). (August 2023). <title>. <url> (accessed 23 November 2026).
//   fr: Organisation internationale pour les migrations (OIM). (août 2023). <title>. <url> (consulté le 23 novembre 2026).
//   es: Organización Internacional para las Migraciones (OIM). (agosto de 2023). <title>. <url> (consultado el 23 de noviembre de 2026).
//
// For a finding, the title is followed by the domain and the finding, quoted in the language's
// quotation marks: en `<title>, “Partnerships” domain, finding: “…”.`, fr `<title>, domaine
// « Partenariats », conclusion : « … ».`, es `<title>, ámbito «Partnerships», conclusión: «…».`
// The finding's own final full stop is left out, the citation's full stop follows the quote.
// The publication month is written as the widget writes it (Strings::MonthYear), so it sits in
// parentheses and never starts a sentence: no per-language capitalisation rules.
//
// The title is the profile's own (as published, in its language), else the widget's default
// title. The domain is named as the widget's segment is: by the profile's own title for it when
// the profile is in the interface language, else by the framework's name in that language.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/finding_key.hpp"
#include "core/view_model.hpp"

namespace mgi {

struct CalendarDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

struct CitedFinding {
  int domain = 0;  // wheel order
  FindingRef finding;
};

struct CitationRequest {
  const Profile& profile;
  std::string_view url;  // as given; for a finding, the caller passes the link to it
  CalendarDate accessed;
  std::optional<CitedFinding> finding;  // none: the whole profile
};

// The citation, or "" when `finding` names no finding of the profile.
std::string Cite(const CitationRequest& request, const TextContext& text);

// "23 November 2026" / "1er novembre 2026" / "23 de noviembre de 2026".
std::string DayMonthYear(const Strings& strings, std::string_view lang, CalendarDate date);

}  // namespace mgi
