#include "core/panel_parts.hpp"

#include "core/finding_key.hpp"

namespace mgi {

std::string LevelLine(const Profile& p, const TextContext& t) {
  if (p.level == Level::kLocal) {
    if (p.country && !p.country->empty()) return t.strings.Format(t.lang, "level.local_in", {{"country", *p.country}});
    return std::string(t.strings.Get(t.lang, "level.local"));
  }
  return std::string(t.strings.Get(t.lang, "level.national"));
}

std::string HexColour(const Rgb& c) {
  static const char* digits = "0123456789abcdef";
  std::string out = "#";
  for (std::uint8_t v : {c.r, c.g, c.b}) {
    out += digits[v >> 4];
    out += digits[v & 15];
  }
  return out;
}

PanelView EmptyPanel(std::string_view state, const TextContext& t) {
  PanelView panel;
  panel.state = state;
  panel.lang = panel.content_lang = panel.heading_lang = std::string(t.lang);
  return panel;
}

std::vector<FindingListView> FindingLists(const DomainFindings& f, const TextContext& t) {
  // Each finding's stable key (finding_key.hpp) travels with it: links and highlights use it.
  const std::vector<std::string> keys = FindingKeys(f);
  const auto split = keys.begin() + static_cast<std::ptrdiff_t>(f.well_developed.size());
  const std::string empty(t.strings.Get(t.lang, "domain.none_listed"));
  return {
      {"well_developed", std::string(t.strings.Get(t.lang, "domain.well_developed")), f.well_developed.size(),
       f.well_developed, std::vector<std::string>(keys.begin(), split), empty},
      {"further_development", std::string(t.strings.Get(t.lang, "domain.further_development")),
       f.further_development.size(), f.further_development, std::vector<std::string>(split, keys.end()), empty},
  };
}

}  // namespace mgi
