// The catalogue of available profiles (assets/profiles/index.json), generated from the profiles
// themselves so that it is never hand-kept:
//
//   { "format": "mgi-catalogue/1",
//     "profiles": [ { "id", "name", "level", "country" (null for national), "published", "file" } ] }
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

// The index.json text (sorted, 2-space indent, final newline).
std::string WriteCatalogueJson(std::vector<CatalogueEntry> entries);

}  // namespace mgi::import
