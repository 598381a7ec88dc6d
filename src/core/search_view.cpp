#include "core/search_view.hpp"

#include <algorithm>

namespace mgi {
namespace {

Json PartsJson(const MarkedText& text) {
  Json parts = Json::array();
  for (const MarkedPart& part : text) parts.push_back(Json::array({part.text, part.matched}));
  return parts;
}

std::string Summary(const SearchResults& results, std::string_view query, const TextContext& t) {
  if (query.empty()) return "";
  if (results.total == 0) return std::string(t.strings.Get(t.lang, "search.none"));
  if (results.total > results.hits.size())
    return t.strings.Format(t.lang, "search.some",
                            {{"n", std::to_string(results.hits.size())}, {"total", std::to_string(results.total)}});
  return t.strings.Format(t.lang, results.total == 1 ? "search.one" : "search.many",
                          {{"n", std::to_string(results.total)}});
}

}  // namespace

MarkedText MarkText(std::string_view text, const std::vector<ByteRange>& ranges) {
  MarkedText parts;
  std::size_t at = 0;
  for (const ByteRange& r : ranges) {
    const std::size_t begin = std::min(std::max(r.begin, at), text.size());
    const std::size_t end = std::min(r.end, text.size());
    if (end <= begin) continue;
    if (begin > at) parts.push_back({std::string(text.substr(at, begin - at)), false});
    parts.push_back({std::string(text.substr(begin, end - begin)), true});
    at = end;
  }
  if (at < text.size()) parts.push_back({std::string(text.substr(at)), false});
  return parts;
}

Json MarkedParts(std::string_view text, const std::vector<ByteRange>& ranges) {
  return PartsJson(MarkText(text, ranges));
}

Json SearchHitView::ToJson() const {
  return {{"profile", profile},
          {"jurisdiction", jurisdiction},
          {"jurisdiction_parts", PartsJson(jurisdiction_parts)},
          {"domain", domain},
          {"domain_name", domain_name},
          {"list", list},
          {"list_name", list_name},
          {"key", key},
          {"parts", PartsJson(parts)}};
}

Json SearchResultsView::ToJson() const {
  Json hit_list = Json::array();
  for (const SearchHitView& hit : hits) hit_list.push_back(hit.ToJson());
  return {{"query", query}, {"total", total}, {"shown", shown}, {"summary", summary}, {"hits", hit_list}};
}

SearchResultsView BuildSearchResults(const SearchResults& results, std::string_view query, const TextContext& t) {
  SearchResultsView view{std::string(query), results.total, results.hits.size(), Summary(results, query, t), {}};
  for (const SearchHit& h : results.hits) {
    const bool well = h.finding.list == FindingList::kWellDeveloped;
    view.hits.push_back({h.profile_id,
                         h.jurisdiction,
                         MarkText(h.jurisdiction, h.jurisdiction_matches),
                         kDomainIds[h.domain],
                         std::string(Localize(t.framework.domains[h.domain].name, t.lang)),
                         FindingListId(h.finding.list),
                         std::string(t.strings.Get(t.lang, well ? "domain.well_developed" : "domain.further_development")),
                         h.key,
                         MarkText(h.text, h.text_matches)});
  }
  return view;
}

}  // namespace mgi
