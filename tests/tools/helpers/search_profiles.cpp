// search-profiles DIR LIMIT QUERY...: the search over a folder's profiles, read one by one as the
// widget read them before the search index (every DIR/*.json but index.json and
// search-index.json, in catalogue order), for the browser test to compare the widget's results
// over the search index with. One JSON line per query:
//   {"query": "...", "total": N, "hits": ["profile-id/domain-id/finding-key", ...]}
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/search.hpp"
#include "import/catalogue.hpp"
#include "import/profile_file.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 4 || !fs::is_directory(argv[1])) {
    std::cerr << "usage: search-profiles DIR LIMIT QUERY...\n";
    return 2;
  }
  std::vector<mgi::Profile> profiles;
  for (const fs::directory_entry& entry : fs::directory_iterator(argv[1])) {
    const fs::path& p = entry.path();
    if (p.extension() != ".json" || p.filename() == "index.json" || p.filename() == "search-index.json") continue;
    mgi::import::ProfileFile file = mgi::import::LoadProfileFile(p.string(), std::cerr);
    if (!file.profile) return 1;
    profiles.push_back(std::move(*file.profile));
  }
  std::sort(profiles.begin(), profiles.end(), [](const mgi::Profile& a, const mgi::Profile& b) {
    return mgi::import::ListedBefore(mgi::import::EntryOf(a, ""), mgi::import::EntryOf(b, ""));
  });
  mgi::SearchIndex index;
  for (const mgi::Profile& p : profiles) index.Add(p.id, p);
  const std::size_t limit = static_cast<std::size_t>(std::max(1, std::atoi(argv[2])));
  for (int i = 3; i < argc; ++i) {
    const mgi::SearchResults results = index.Search(argv[i], limit);
    nlohmann::json hits = nlohmann::json::array();
    for (const mgi::SearchHit& hit : results.hits)
      hits.push_back(hit.profile_id + "/" + std::string(mgi::kDomainIds[hit.domain]) + "/" + hit.key);
    std::cout << nlohmann::json{{"query", argv[i]}, {"total", results.total}, {"hits", hits}}.dump() << '\n';
  }
  return 0;
}
