// Search results as the panel shows them: each hit with its jurisdiction, domain, list and key, and
// its text cut into plain and matched parts (so JavaScript can set them as text and <mark> without
// ever parsing markup, and without converting UTF-8 byte offsets).
#pragma once
#include "core/search.hpp"
#include "core/view_model.hpp"

namespace mgi {

// { query, total, shown, summary, hits: [{ profile, jurisdiction, jurisdiction_parts, domain,
//   domain_name, list, list_name, key, parts: [[text, matched], ...] }] }
Json SearchResultsJson(const SearchResults& results, std::string_view query, const TextContext& text);

// Cuts `text` at the byte ranges (sorted, not overlapping) into [[text, matched], ...].
Json MarkedParts(std::string_view text, const std::vector<ByteRange>& ranges);

}  // namespace mgi
