// The labels of the page's own controls (picker, search, share and export), which JavaScript
// builds around the panel. They change only with the language, so the model sends them as their
// own "strings" message then, instead of with every panel (they were a third of each one).
#pragma once
#include "core/panel_parts.hpp"

namespace mgi {

// { "picker_swap": "...", "search_label": "...", "tools_cite": "...", ... }: every picker.*,
// search.* and tools.* string in the interface language, '.' made '_' (tests/schemas/strings).
Json InterfaceStrings(const TextContext& text);

}  // namespace mgi
