#include "core/citation.hpp"

#include <algorithm>

namespace mgi {
namespace {

// Citation wording, in the shape of assets/strings.json so it can move there unchanged; kept
// here until then so this file does not depend on keys the shared file lacks. French puts a
// no-break space (U+00A0) inside guillemets and before a colon.
constexpr std::string_view kCitationStrings = R"json({
  "en": {
    "citation.author": "International Organization for Migration (IOM)",
    "citation.head": "{author}. ({date}). {title}.",
    "citation.finding_title": "{title}, “{domain}” domain, finding: “{finding}”",
    "citation.online": "{url} (accessed {date}).",
    "format.day_month_year": "{day} {month} {year}",
    "format.first_day": "1"
  },
  "fr": {
    "citation.author": "Organisation internationale pour les migrations (OIM)",
    "citation.finding_title": "{title}, domaine «\u00a0{domain}\u00a0», conclusion\u00a0: «\u00a0{finding}\u00a0»",
    "citation.online": "{url} (consulté le {date}).",
    "format.first_day": "1er"
  },
  "es": {
    "citation.author": "Organización Internacional para las Migraciones (OIM)",
    "citation.finding_title": "{title}, ámbito «{domain}», conclusión: «{finding}»",
    "citation.online": "{url} (consultado el {date}).",
    "format.day_month_year": "{day} de {month} de {year}",
    "format.first_day": "1"
  }
})json";

const Strings& CitationStrings() {
  static const Strings strings = [] {
    Strings s;
    Diagnostics ignored;  // a constant, exercised in every language by test_citation.cpp
    s.Load(kCitationStrings, &ignored);
    return s;
  }();
  return strings;
}

// One pass over the pattern: a value is never searched for placeholders, so a title or a URL that
// happens to contain "{date}" is cited as written (Strings::Format substitutes in turn).
std::string Fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string out;
  out.reserve(pattern.size() + 256);
  while (!pattern.empty()) {
    const std::size_t open = pattern.find('{');
    const std::size_t close = pattern.find('}', open);
    out.append(pattern.substr(0, open));
    if (open == std::string_view::npos || close == std::string_view::npos) break;
    const std::string_view name = pattern.substr(open + 1, close - open - 1);
    const auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
    if (value != values.end()) out.append(value->second);
    else out.append(pattern.substr(open, close - open + 1));
    pattern.remove_prefix(close + 1);
  }
  return out;
}

// The citation's own full stop follows the quotation, so the finding's is dropped (but not the
// last dot of an ellipsis).
std::string_view WithoutFinalFullStop(std::string_view finding) {
  while (!finding.empty() && (finding.back() == ' ' || finding.back() == '\n')) finding.remove_suffix(1);
  if (finding.size() >= 2 && finding.back() == '.' && finding[finding.size() - 2] != '.') finding.remove_suffix(1);
  return finding;
}

}  // namespace

std::string DayMonthYear(const Strings& strings, std::string_view lang, CalendarDate date) {
  const Strings& own = CitationStrings();
  if (date.month < 1 || date.month > 12) return std::to_string(date.year);
  const std::string day = date.day == 1 ? std::string(own.Get(lang, "format.first_day")) : std::to_string(date.day);
  const std::string month(strings.Get(lang, "month." + std::to_string(date.month)));
  return Fill(own.Get(lang, "format.day_month_year"), {{"day", day}, {"month", month}, {"year", std::to_string(date.year)}});
}

std::string Cite(const CitationRequest& request, const TextContext& text) {
  const Strings& own = CitationStrings();
  const Profile& profile = request.profile;
  std::string title = profile.title ? *profile.title : text.strings.Format(text.lang, "intro.default_title", {{"name", profile.name}});

  if (request.finding) {
    const CitedFinding& cited = *request.finding;
    if (cited.domain < 0 || cited.domain >= kDomainCount) return {};
    const std::vector<std::string>& list = FindingsOf(profile.domains[cited.domain], cited.finding.list);
    if (cited.finding.index >= list.size()) return {};
    title = Fill(own.Get(text.lang, "citation.finding_title"),
                 {{"title", title},
                  {"domain", DomainHeading(&profile, text, cited.domain)},
                  {"finding", WithoutFinalFullStop(list[cited.finding.index])}});
  }

  const std::string published = text.strings.MonthYear(text.lang, profile.published);
  std::string citation = Fill(own.Get(text.lang, "citation.head"),
                              {{"author", own.Get(text.lang, "citation.author")}, {"date", published}, {"title", title}});
  if (!request.url.empty()) {
    citation.append(1, ' ');
    const std::string accessed = DayMonthYear(text.strings, text.lang, request.accessed);
    citation += Fill(own.Get(text.lang, "citation.online"), {{"url", request.url}, {"date", accessed}});
  }
  return citation;
}

}  // namespace mgi
