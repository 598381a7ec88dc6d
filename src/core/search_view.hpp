// Search results as the panel shows them: each hit with its jurisdiction, domain, list and key, and
// its text cut into plain and matched parts (so JavaScript can set them as text and <mark> without
// ever parsing markup, and without converting UTF-8 byte offsets). Typed, so that what is sent is
// spelled once, in ToJson; the shape is tests/schemas/search.schema.json.
#pragma once
#include <string>
#include <vector>

#include "core/search.hpp"
#include "core/view_model.hpp"

namespace mgi {

struct MarkedPart {
  std::string text;
  bool matched = false;
};
using MarkedText = std::vector<MarkedPart>;

// Cuts `text` at the byte ranges (sorted, not overlapping) into plain and matched parts.
MarkedText MarkText(std::string_view text, const std::vector<ByteRange>& ranges);
// As JSON: [[text, matched], ...].
Json MarkedParts(std::string_view text, const std::vector<ByteRange>& ranges);

struct SearchHitView {
  std::string profile;
  std::string jurisdiction;
  MarkedText jurisdiction_parts;
  std::string_view domain;  // a domain id
  std::string domain_name;
  std::string_view list;  // "well_developed" | "further_development"
  std::string list_name;
  std::string key;
  MarkedText parts;

  Json ToJson() const;
};

struct SearchResultsView {
  std::string query;
  std::size_t total = 0;
  std::size_t shown = 0;
  std::string summary;  // "" for an empty query
  std::vector<SearchHitView> hits;

  Json ToJson() const;
};

SearchResultsView BuildSearchResults(const SearchResults& results, std::string_view query, const TextContext& text);
inline Json SearchResultsJson(const SearchResults& results, std::string_view query, const TextContext& text) {
  return BuildSearchResults(results, query, text).ToJson();
}

}  // namespace mgi
