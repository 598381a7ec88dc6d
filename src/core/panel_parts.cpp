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

Json EmptyPanel(std::string_view state, const TextContext& t) {
  return Json{{"state", state},        {"lang", t.lang},          {"content_lang", t.lang},
              {"domain", nullptr},      {"kicker", ""},            {"heading", ""},
              {"meta", Json::array()},  {"description", Json::array()}, {"paragraphs", Json::array()},
              {"lists", Json::array()}, {"note", ""},              {"error", nullptr},
              {"announce", ""},         {"heading_lang", t.lang},  {"colour", nullptr}};
}

Json FindingLists(const DomainFindings& f, const TextContext& t) {
  // Each finding's stable key (finding_key.hpp) travels with it: links and highlights use it.
  const std::vector<std::string> keys = FindingKeys(f);
  const auto split = keys.begin() + static_cast<std::ptrdiff_t>(f.well_developed.size());
  return Json::array({
      {{"id", "well_developed"}, {"heading", t.strings.Get(t.lang, "domain.well_developed")},
       {"count", f.well_developed.size()}, {"items", f.well_developed},
       {"keys", std::vector<std::string>(keys.begin(), split)},
       {"empty", t.strings.Get(t.lang, "domain.none_listed")}},
      {{"id", "further_development"}, {"heading", t.strings.Get(t.lang, "domain.further_development")},
       {"count", f.further_development.size()}, {"items", f.further_development},
       {"keys", std::vector<std::string>(split, keys.end())},
       {"empty", t.strings.Get(t.lang, "domain.none_listed")}},
  });
}

}  // namespace mgi
