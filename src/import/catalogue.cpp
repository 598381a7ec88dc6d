#include "import/catalogue.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include <nlohmann/json.hpp>

#include "core/search_index_file.hpp"
#include "core/text_fold.hpp"
#include "import/profile_writer.hpp"
#include "import/text.hpp"

namespace mgi::import {

CatalogueEntry EntryOf(const Profile& p, std::string file) {
  return {p.id, p.name, p.level, p.country, p.published, std::move(file)};
}

std::vector<std::string> CatalogueProblems(const std::vector<CatalogueEntry>& entries) {
  std::vector<std::string> problems;
  std::map<std::string, const CatalogueEntry*> by_id;
  for (const CatalogueEntry& e : entries) {
    const auto [it, added] = by_id.emplace(e.id, &e);
    if (!added) problems.push_back(e.file + " and " + it->second->file + " have the same id \"" + e.id + "\"");
  }
  return problems;
}

bool ListedBefore(const CatalogueEntry& a, const CatalogueEntry& b) {
  // By the distinctive part of the name, as a reader looks for it: "Azerbaijan" for "Republic of
  // Azerbaijan", "Balti" for "Municipality of Balti"; then the whole name; then the id.
  const auto key = [](const CatalogueEntry& e) { return std::tuple(Slug(e.name, e.name.size()), FoldCollapsingSpace(e.name), e.name, e.id); };
  return key(a) < key(b);
}

std::string WriteCatalogueSearchIndex(const std::vector<Profile>& profiles) {
  std::vector<const Profile*> ordered;
  for (const Profile& p : profiles) ordered.push_back(&p);
  std::sort(ordered.begin(), ordered.end(),
            [](const Profile* a, const Profile* b) { return ListedBefore(EntryOf(*a, ""), EntryOf(*b, "")); });
  return WriteSearchIndex(ordered);
}

std::string WriteCatalogueJson(std::vector<CatalogueEntry> entries, std::string_view search_index_file) {
  using Ordered = nlohmann::ordered_json;
  std::sort(entries.begin(), entries.end(), ListedBefore);
  Ordered profiles = Ordered::array();
  for (const CatalogueEntry& e : entries) {
    Ordered entry;
    entry["id"] = e.id;
    entry["name"] = e.name;
    entry["level"] = LevelId(e.level);
    entry["country"] = e.country ? Ordered(*e.country) : Ordered(nullptr);
    entry["published"] = FormatYearMonth(e.published);
    entry["file"] = e.file;
    profiles.push_back(std::move(entry));
  }
  Ordered doc;
  doc["format"] = kCatalogueFormat;
  if (!search_index_file.empty()) doc["search_index"] = search_index_file;
  doc["profiles"] = std::move(profiles);
  return doc.dump(2, ' ', /*ensure_ascii=*/false, Ordered::error_handler_t::replace) + "\n";
}

}  // namespace mgi::import
