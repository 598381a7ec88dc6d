// The current view's findings as files a reader takes away: CSV (one row per finding, both
// profiles in one file when comparing) and Markdown; and the name such a file gets, which carries
// the profile ids and the domain.
#pragma once
#include <string>

#include "core/view_model.hpp"

namespace mgi {

enum class ExportKind { kCsv, kMarkdown };

// The findings of the selected domain, or of every domain at the introduction; "" when nothing is
// loaded. CSV: RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break).
std::string ExportFindings(const WidgetState& state, const TextContext& text, ExportKind kind);

// "balti-2023-partnerships.csv", "balti-2023_azerbaijan-2023-all-domains.md", "...-wheel.png".
std::string ExportFileName(const WidgetState& state, std::string_view extension);

// One CSV field, quoted when it must be.
std::string CsvField(std::string_view value);

}  // namespace mgi
