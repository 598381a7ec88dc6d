#include "import/profile_writer.hpp"

#include <nlohmann/json.hpp>

namespace mgi::import {

std::string WriteProfileJson(const Profile& p) {
  using Ordered = nlohmann::ordered_json;
  Ordered jurisdiction = {{"name", p.name}, {"level", LevelId(p.level)}};
  if (p.level == Level::kLocal && p.country) jurisdiction["country"] = *p.country;

  Ordered doc;
  doc["format"] = kProfileFormat;
  doc["id"] = p.id;
  doc["jurisdiction"] = std::move(jurisdiction);
  if (p.title) doc["title"] = *p.title;
  doc["published"] = FormatYearMonth(p.published);
  doc["language"] = p.language;
  if (p.partner) doc["partner"] = *p.partner;
  std::string introduction;
  for (const std::string& paragraph : p.introduction) {
    if (!introduction.empty()) introduction += "\n\n";
    introduction += paragraph;
  }
  doc["introduction"] = introduction;

  Ordered domains = Ordered::array();
  for (int i = 0; i < kDomainCount; ++i) {
    const DomainFindings& d = p.domains[i];
    if (!d.published) continue;
    Ordered entry;
    entry["id"] = kDomainIds[i];
    if (d.title) entry["title"] = *d.title;
    entry["well_developed"] = d.well_developed;
    entry["further_development"] = d.further_development;
    domains.push_back(std::move(entry));
  }
  doc["domains"] = std::move(domains);
  // Text is valid UTF-8 by construction; `replace` only keeps dump() from ever throwing.
  return doc.dump(2, ' ', /*ensure_ascii=*/false, Ordered::error_handler_t::replace) + "\n";
}

}  // namespace mgi::import
