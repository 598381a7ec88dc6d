// The catalogue of available profiles (assets/profiles/index.json), generated from the profiles
// themselves so that it is never hand-kept:
//
//   { "format": "mgi-catalogue/1",
//     "search_index": "search-index.json",
//     "profiles": [ { "id", "name", "level", "country" (null for national), "published", "file" } ] }
//
// `search_index` (optional; relative to the index) names the file of every profile's findings that
// the widget's catalogue-wide search loads instead of every profile (core/search_index_file.hpp).
//
// sorted by jurisdiction name without its generic part ("Republic of", "Municipality of": the
// part a reader looks for), accents and case folded, then id; `file` is relative to the index.
#pragma once
#include <string>
#include <vector>

#include "core/profile.hpp"

namespace mgi::import {

inline constexpr std::string_view kCatalogueFormat = "mgi-catalogue/1";

struct CatalogueEntry {
  std::string id;
  std::string name;
  Level level = Level::kNational;
  std::optional<std::string> country;
  YearMonth published;
  std::string file;
};

CatalogueEntry EntryOf(const Profile& profile, std::string file);

// Problems that make the set unfit for a catalogue (two profiles with one id), one per line.
std::vector<std::string> CatalogueProblems(const std::vector<CatalogueEntry>& entries);

// Catalogue order: true when `a` is listed before `b`.
bool ListedBefore(const CatalogueEntry& a, const CatalogueEntry& b);

// The index.json text (sorted, 2-space indent, final newline), naming the search index when given.
std::string WriteCatalogueJson(std::vector<CatalogueEntry> entries, std::string_view search_index_file = {});

// The search index's text: the profiles' findings in catalogue order.
std::string WriteCatalogueSearchIndex(const std::vector<Profile>& profiles);

}  // namespace mgi::import
