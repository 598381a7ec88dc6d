// mgi-catalogue DIR [-o FILE]
// Writes DIR/index.json (or FILE): the list of the profiles DIR/*.json, read with the widget's
// validator, and beside it search-index.json, every profile's findings for the widget's
// catalogue-wide search (core/search_index_file.hpp), which index.json names. Any invalid profile,
// or two with one id, is reported and neither file is written.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "import/catalogue.hpp"
#include "import/file_io.hpp"
#include "import/profile_file.hpp"

namespace fs = std::filesystem;

// Beside the index, under this name; DIR/*.json files of these names are not profiles.
constexpr const char* kIndexName = "index.json";
constexpr const char* kSearchIndexName = "search-index.json";

int main(int argc, char** argv) {
  // Setup: arguments
  std::string dir, out_path;
  bool usage_error = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-o" && i + 1 < argc) out_path = argv[++i];
    else if (dir.empty() && !arg.empty() && arg[0] != '-') dir = arg;
    else usage_error = true;
  }
  std::error_code ec;
  if (usage_error || dir.empty() || !fs::is_directory(dir, ec)) {
    std::cerr << "usage: mgi-catalogue DIR [-o FILE]\n"
                 "  Writes DIR/index.json (or FILE) listing the valid profiles DIR/*.json, and\n"
                 "  search-index.json beside it (their findings, for the widget's search).\n";
    return 2;
  }
  if (out_path.empty()) out_path = (fs::path(dir) / kIndexName).string();
  const std::string search_path = (fs::path(out_path).parent_path() / kSearchIndexName).string();

  // The profiles: every DIR/*.json but the two indexes, in file name order
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    const fs::path& p = entry.path();
    if (entry.is_regular_file() && p.extension() == ".json" && p.filename() != kIndexName && p.filename() != kSearchIndexName) files.push_back(p);
  }
  std::sort(files.begin(), files.end());

  std::vector<mgi::import::CatalogueEntry> entries;
  std::vector<mgi::Profile> profiles;
  bool ok = !ec;
  if (ec) std::cerr << dir << ": cannot list: " << ec.message() << '\n';
  for (const fs::path& p : files) {
    const mgi::import::ProfileFile file = mgi::import::LoadProfileFile(p.string(), std::cerr);
    if (!file.profile) {
      std::cerr << p.string() << ": refused: not a valid profile\n";
      ok = false;
      continue;
    }
    if (p.stem().string() != file.profile->id)
      std::cerr << p.string() << ": note: the file name differs from the id \"" << file.profile->id << "\"\n";
    entries.push_back(mgi::import::EntryOf(*file.profile, p.filename().string()));
    profiles.push_back(std::move(*file.profile));
  }
  for (const std::string& problem : mgi::import::CatalogueProblems(entries)) {
    std::cerr << dir << ": " << problem << '\n';
    ok = false;
  }
  if (!ok) {
    std::cerr << "mgi-catalogue: " << out_path << " and " << search_path << " not written\n";
    return 1;
  }

  // Output: the search index first, so that an index.json naming it never comes without it
  std::string reason;
  const std::string search_index = mgi::import::WriteCatalogueSearchIndex(profiles);
  if (!mgi::import::WriteFileAtomically(search_path, search_index, &reason)) {
    std::cerr << search_path << ": cannot write: " << reason << '\n';
    return 1;
  }
  if (!mgi::import::WriteFileAtomically(out_path, mgi::import::WriteCatalogueJson(entries, kSearchIndexName), &reason)) {
    std::cerr << out_path << ": cannot write: " << reason << '\n';
    return 1;
  }
  std::cerr << "mgi-catalogue: " << out_path << " lists " << entries.size() << " profile(s); " << search_path << ": "
            << search_index.size() << " bytes\n";
  return 0;
}
