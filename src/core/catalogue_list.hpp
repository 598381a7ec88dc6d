// The catalogue as the widget reads it (mgi-catalogue/1, written by mgi-catalogue; see
// import/catalogue.hpp for its shape): the profiles the picker offers and the search looks
// through. The core checks the file, filters it for the picker as a reader types (accents and case
// folded, as the search does) and words the tag beside each name.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/strings.hpp"

namespace mgi {

struct CatalogueItem {
  std::string id, name, file;
  bool local = false;
  std::string country;  // "" for a national profile
};

struct CatalogueList {
  std::vector<CatalogueItem> items;
  std::string search_index;  // the search index's file, relative to the catalogue ("" when it names none)
  std::string problem;  // why the file is not a catalogue ("" when it is), in the interface's language
};

// Entries without a string `name` and `file` are passed over; a file that is not a catalogue at
// all has a problem and no items.
CatalogueList ReadCatalogueList(std::string_view json_text, std::string_view url, const Strings& strings,
                                std::string_view lang);

// The indices of the items whose name, country or id holds `query` (trimmed, accents and case
// folded), in catalogue order; every item for an empty query.
std::vector<int> MatchCatalogue(const std::vector<CatalogueItem>& items, std::string_view query);

// "national", "local · Republic of Moldova": what the picker shows beside a name.
std::string CatalogueTag(const CatalogueItem& item, const Strings& strings, std::string_view lang);

}  // namespace mgi
