#include "core/search_view.hpp"

#include <algorithm>

namespace mgi {

Json MarkedParts(std::string_view text, const std::vector<ByteRange>& ranges) {
  Json parts = Json::array();
  std::size_t at = 0;
  for (const ByteRange& r : ranges) {
    const std::size_t begin = std::min(std::max(r.begin, at), text.size());
    const std::size_t end = std::min(r.end, text.size());
    if (end <= begin) continue;
    if (begin > at) parts.push_back(Json::array({text.substr(at, begin - at), false}));
    parts.push_back(Json::array({text.substr(begin, end - begin), true}));
    at = end;
  }
  if (at < text.size()) parts.push_back(Json::array({text.substr(at), false}));
  return parts;
}

Json SearchResultsJson(const SearchResults& results, std::string_view query, const TextContext& t) {
  Json hits = Json::array();
  for (const SearchHit& h : results.hits) {
    const bool well = h.finding.list == FindingList::kWellDeveloped;
    hits.push_back({{"profile", h.profile_id},
                    {"jurisdiction", h.jurisdiction},
                    {"jurisdiction_parts", MarkedParts(h.jurisdiction, h.jurisdiction_matches)},
                    {"domain", kDomainIds[h.domain]},
                    {"domain_name", Localize(t.framework.domains[h.domain].name, t.lang)},
                    {"list", FindingListId(h.finding.list)},
                    {"list_name", t.strings.Get(t.lang, well ? "domain.well_developed" : "domain.further_development")},
                    {"key", h.key},
                    {"parts", MarkedParts(h.text, h.text_matches)}});
  }
  std::string summary;
  if (!query.empty()) {
    summary = results.total == 0 ? std::string(t.strings.Get(t.lang, "search.none"))
              : results.total > results.hits.size()
                  ? t.strings.Format(t.lang, "search.some", {{"n", std::to_string(results.hits.size())},
                                                             {"total", std::to_string(results.total)}})
                  : t.strings.Format(t.lang, results.total == 1 ? "search.one" : "search.many",
                                     {{"n", std::to_string(results.total)}});
  }
  return {{"query", query}, {"total", results.total}, {"shown", results.hits.size()}, {"summary", summary}, {"hits", hits}};
}

}  // namespace mgi
