// Times SearchIndex over a catalogue the size of IOM's (150 profiles, about 40 findings of about
// 250 characters each), to check that a search answers within one frame (16 ms). The catalogue is
// generated from a fixed seed, and only std::mt19937's raw output is used (the standard fixes it;
// the distributions it leaves to each library), so the native and the Wasm builds time the same text.
//
//   build/native/search_bench [rounds]    (default 101 rounds per query)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "core/search.hpp"
#include "core/search_index_file.hpp"

namespace {

constexpr int kProfiles = 150;
constexpr int kWellDevelopedPerDomain = 4;
constexpr int kFurtherPerDomain = 3;
constexpr std::size_t kFindingLength = 250;
constexpr std::size_t kResultLimit = 50;

// Words of the kind MGI findings use, with the accented names and typographic marks that make
// folding work for its living.
constexpr const char* kVocabulary[] = {
    "migrants",    "migration",   "government",  "municipal",   "national",    "labour",      "health",
    "insurance",   "services",    "access",      "education",   "children",    "workers",     "diaspora",
    "return",      "regime",      "visa",        "residence",   "permit",      "strategy",    "framework",
    "agency",      "cooperation", "civil",       "society",     "organizations", "data",      "statistics",
    "crisis",      "emergency",   "disaster",    "climate",     "displacement", "refugees",   "asylum",
    "integration", "language",    "courses",     "employment",  "recognition", "skills",      "qualifications",
    "trafficking", "smuggling",   "border",      "management",  "policy",      "law",         "régime",
    "coordination", "mechanism",  "ministry",    "the",         "of",          "and",         "in",
    "for",         "with",        "to",          "a",           "has",         "is",          "are",
    "no",          "State’s",     "2019–2023",   "“one-stop”",  "Bălți",       "Chișinău",    "Azərbaycan",
    "São",         "Paulo",       "Košice",      "Łódź",        "Zürich",      "Ελλάδα",      "Київ"};

constexpr const char* kPlaces[] = {"Bălți",  "Chișinău", "Azərbaycan", "São Paulo", "Košice", "Łódź",
                                   "Zürich", "Montréal", "Medellín",   "Cebu",      "Accra",  "Tbilisi"};

using Random = std::mt19937;

std::size_t Pick(Random& random, std::size_t n) { return static_cast<std::size_t>(random() % n); }

std::string Finding(Random& random) {
  std::string text;
  while (text.size() < kFindingLength) {
    if (!text.empty()) text += ' ';
    text += kVocabulary[Pick(random, std::size(kVocabulary))];
  }
  text[0] = static_cast<char>(text[0] >= 'a' && text[0] <= 'z' ? text[0] - 'a' + 'A' : text[0]);
  return text + ".";
}

std::vector<mgi::Profile> Catalogue() {
  Random random(2023);
  std::vector<mgi::Profile> profiles(kProfiles);
  for (int i = 0; i < kProfiles; ++i) {
    mgi::Profile& p = profiles[i];
    p.id = "profile-" + std::to_string(i);
    p.name = std::string(kPlaces[Pick(random, std::size(kPlaces))]) + " " + std::to_string(i);
    for (mgi::DomainFindings& d : p.domains) {
      d.published = true;
      for (int k = 0; k < kWellDevelopedPerDomain; ++k) d.well_developed.push_back(Finding(random));
      for (int k = 0; k < kFurtherPerDomain; ++k) d.further_development.push_back(Finding(random));
    }
  }
  return profiles;
}

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 101;
  const std::vector<mgi::Profile> profiles = Catalogue();
  std::size_t bytes = 0;
  for (const mgi::Profile& p : profiles)
    for (const mgi::DomainFindings& d : p.domains)
      for (const auto* list : {&d.well_developed, &d.further_development})
        for (const std::string& text : *list) bytes += text.size();

  const auto build_start = std::chrono::steady_clock::now();
  mgi::SearchIndex index;
  for (const mgi::Profile& p : profiles) index.Add(p.id, p);
  const double build_ms = MillisecondsSince(build_start);

  std::printf("search_bench: %zu profiles, %zu findings, %.2f MB of text; limit %zu, %d rounds per query\n",
              index.profile_count(), index.finding_count(), static_cast<double>(bytes) / 1e6, kResultLimit, rounds);
  std::printf("build: %.1f ms\n", build_ms);

  // The same catalogue as the widget gets it with `picker search`: a search index file, read,
  // checked and indexed (issue 19).
  std::vector<const mgi::Profile*> listed;
  for (const mgi::Profile& p : profiles) listed.push_back(&p);
  const std::string index_text = mgi::WriteSearchIndex(listed);
  const auto read_start = std::chrono::steady_clock::now();
  const mgi::SearchIndexRead read = mgi::ReadSearchIndex(index_text);
  const double read_ms = MillisecondsSince(read_start);
  mgi::SearchIndex from_file;
  for (const mgi::Profile& p : read.profiles) from_file.Add(p.id, p);
  std::printf("search index file: %.2f MB, read and checked in %.1f ms, indexed in %.1f ms more (%s)\n",
              static_cast<double>(index_text.size()) / 1e6, read_ms, MillisecondsSince(read_start) - read_ms,
              read.diagnostics.ok() && from_file.finding_count() == index.finding_count() ? "same findings" : "DIFFERENT");
  std::printf("%-34s %6s %6s %10s %10s %10s\n", "query", "hits", "total", "median ms", "p95 ms", "max ms");
  double worst = 0;
  for (const char* query : {"health", "REGIME", "balti", "migrant workers insurance", "state's 2019-2023",
                            "e", "mi", "КИЇВ", "cooperation diaspora labour skills", "xyzzy"}) {
    std::vector<double> times;
    mgi::SearchResults results;
    for (int r = 0; r < rounds; ++r) {
      const auto start = std::chrono::steady_clock::now();
      results = index.Search(query, kResultLimit);
      times.push_back(MillisecondsSince(start));
    }
    std::sort(times.begin(), times.end());
    worst = std::max(worst, times.back());
    std::printf("%-34s %6zu %6zu %10.3f %10.3f %10.3f\n", query, results.hits.size(), results.total,
                times[times.size() / 2], times[times.size() * 95 / 100], times.back());
  }
  std::printf("slowest single run: %.3f ms (one frame: 16.7 ms)\n", worst);
  return 0;
}
