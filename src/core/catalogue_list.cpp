#include "core/catalogue_list.hpp"

#include "core/json_reader.hpp"
#include "core/text_fold.hpp"

namespace mgi {

CatalogueList ReadCatalogueList(std::string_view json_text, std::string_view url, const Strings& strings,
                                std::string_view lang) {
  CatalogueList list;
  const Json doc = Json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  const Json* profiles = doc.is_object() && doc.contains("profiles") ? &doc["profiles"] : nullptr;
  if (!doc.is_object() || doc.value("format", Json()) != "mgi-catalogue/1" || !profiles || !profiles->is_array()) {
    list.problem = strings.Format(lang, "picker.not_catalogue", {{"url", url}});
    return list;
  }
  if (doc.contains("search_index") && doc["search_index"].is_string()) list.search_index = doc["search_index"].get<std::string>();
  for (const Json& p : *profiles) {
    if (!p.is_object() || !p.contains("name") || !p["name"].is_string() || !p.contains("file") || !p["file"].is_string())
      continue;
    CatalogueItem item;
    item.name = p["name"].get<std::string>();
    item.file = p["file"].get<std::string>();
    if (p.contains("id") && p["id"].is_string()) item.id = p["id"].get<std::string>();
    item.local = p.contains("level") && p["level"] == "local";
    if (p.contains("country") && p["country"].is_string()) item.country = p["country"].get<std::string>();
    list.items.push_back(std::move(item));
  }
  return list;
}

std::vector<int> MatchCatalogue(const std::vector<CatalogueItem>& items, std::string_view query) {
  const std::string needle = FoldCollapsingSpace(query);
  std::vector<int> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const CatalogueItem& item = items[i];
    if (needle.empty() || FoldString(item.name + " " + item.country + " " + item.id).find(needle) != std::string::npos)
      out.push_back(static_cast<int>(i));
  }
  return out;
}

std::string CatalogueTag(const CatalogueItem& item, const Strings& strings, std::string_view lang) {
  std::string tag(strings.Get(lang, item.local ? "picker.local" : "picker.national"));
  if (!item.country.empty()) tag += " · " + item.country;
  return tag;
}

}  // namespace mgi
