// The current view's findings as files a reader takes away, and the names those files get.
//
// Both exports cover what the panel shows: the selected domain, or every domain at the
// introduction; when comparing, the first profile and then the second, in one file.
//   CSV       one header row, then one row per finding:
//             profile,jurisdiction,level,published,domain,domain_name,list,position,key,finding
//             (list: well_developed / further_development; position: 1-based within its list;
//             key: the finding's link key, finding_key.hpp). Domains the profile does not publish
//             have no rows.
//   Markdown  per profile "# title" (or the jurisdiction's name), its level and month, then per domain "## heading" and a
//             "### list heading (count)" for each list with its findings as "- " items; a domain
//             the profile does not publish says so instead.
// Headings, levels and months are in the interface language; the findings stay in the profile's.
#pragma once
#include <string>

#include "core/view_model.hpp"

namespace mgi {

enum class ExportKind { kCsv, kMarkdown };

// "" when no profile is loaded. CSV is RFC 4180: CRLF line ends, a field quoted only when it holds
// a comma, quote or line break.
std::string ExportFindings(const WidgetState& state, const TextContext& text, ExportKind kind);

// The loaded profiles' ids joined by '_', then the domain id or "all-domains", then `extension`:
// "balti-2023-partnerships.csv", "balti-2023_azerbaijan-2023-all-domains.md"; "mgi-..." when
// nothing is loaded. (The PNG's "-wheel" before ".png" is added by web/mgi-wheel.js.)
std::string ExportFileName(const WidgetState& state, std::string_view extension);

// One CSV field, quoted when it must be.
std::string CsvField(std::string_view value);

}  // namespace mgi
