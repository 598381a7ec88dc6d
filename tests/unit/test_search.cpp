#include <doctest/doctest.h>

#include "core/search.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {
Profile Jurisdiction(std::string id, std::string name) {
  Profile p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.published = {2023, 8};
  p.language = "en";
  return p;
}

void Publish(Profile& p, int domain, std::vector<std::string> well, std::vector<std::string> further = {}) {
  p.domains[domain].published = true;
  p.domains[domain].well_developed = std::move(well);
  p.domains[domain].further_development = std::move(further);
}

std::string_view Slice(std::string_view text, ByteRange r) { return text.substr(r.begin, r.end - r.begin); }

// Two small profiles whose findings exercise folding, word order and result order.
SearchIndex SmallCatalogue() {
  Profile balti = Jurisdiction("balti-2023", "Municipality of Bălți");
  Publish(balti, 5, {"The visa régime is published online."}, {"Return migrants lack health insurance."});
  Publish(balti, 0, {"Migrants have access to health services."});
  Profile chisinau = Jurisdiction("chisinau-2024", "Chișinău");
  Publish(chisinau, 3, {"Health insurance covers migrant workers.", "Schools enrol migrant children."});
  Publish(chisinau, 2, {}, {"Cooperation with Balti on the visa regime is informal."});
  SearchIndex index;
  index.Add("balti-2023", balti);
  index.Add("chisinau-2024", chisinau);
  return index;
}
}  // namespace

TEST_CASE("SearchWords folds, splits and de-duplicates the query, longest first") {
  CHECK(SearchWords("  Régime\u00A0 VISA\tvisa  ") == std::vector<std::string>{"regime", "visa"});
  CHECK(SearchWords("a bb ccc") == std::vector<std::string>{"ccc", "bb", "a"});
  CHECK(SearchWords("").empty());
  CHECK(SearchWords(" \u3000 ").empty());
}

TEST_CASE("SearchIndex counts what it holds") {
  const SearchIndex index = SmallCatalogue();
  CHECK(index.profile_count() == 2);
  CHECK(index.finding_count() == 6);
  SearchIndex empty = SmallCatalogue();
  empty.Clear();
  CHECK(empty.finding_count() == 0);
  CHECK(empty.Search("visa", 10).hits.empty());
}

TEST_CASE("a search folds accents and case both ways") {
  const SearchIndex index = SmallCatalogue();
  const SearchResults r = index.Search("REGIME", 10);
  REQUIRE(r.hits.size() == 2);
  CHECK(r.total == 2);
  CHECK(r.hits[0].profile_id == "balti-2023");
  CHECK(r.hits[0].jurisdiction == "Municipality of Bălți");
  CHECK(r.hits[0].domain == 5);
  CHECK(r.hits[0].finding == FindingRef{FindingList::kWellDeveloped, 0});
  CHECK(r.hits[0].text == "The visa régime is published online.");
  REQUIRE(r.hits[0].text_matches.size() == 1);
  CHECK(Slice(r.hits[0].text, r.hits[0].text_matches[0]) == "régime");
  CHECK(r.hits[1].profile_id == "chisinau-2024");
  CHECK(Slice(r.hits[1].text, r.hits[1].text_matches[0]) == "regime");
}

TEST_CASE("every word must occur, in any order") {
  const SearchIndex index = SmallCatalogue();
  const SearchResults r = index.Search("insurance health", 10);
  REQUIRE(r.hits.size() == 2);
  CHECK(r.hits[0].text == "Return migrants lack health insurance.");
  CHECK(r.hits[1].text == "Health insurance covers migrant workers.");
  const SearchHit& hit = r.hits[1];
  REQUIRE(hit.text_matches.size() == 2);
  CHECK(Slice(hit.text, hit.text_matches[0]) == "Health");
  CHECK(Slice(hit.text, hit.text_matches[1]) == "insurance");
  CHECK(index.Search("health insurance schools", 10).total == 0);
  CHECK(index.Search("migra", 10).total == 4);  // a word matches inside longer words
}

TEST_CASE("results follow the catalogue, then wheel order, then the lists, then position") {
  const SearchIndex index = SmallCatalogue();
  const SearchResults r = index.Search("e", 100);
  REQUIRE(r.hits.size() == 6);
  std::vector<std::tuple<std::size_t, int, FindingList, std::size_t>> order;
  for (const SearchHit& h : r.hits) order.emplace_back(h.profile, h.domain, h.finding.list, h.finding.index);
  using L = FindingList;
  CHECK(order == decltype(order){{0, 0, L::kWellDeveloped, 0},
                                 {0, 5, L::kWellDeveloped, 0},
                                 {0, 5, L::kFurtherDevelopment, 0},
                                 {1, 2, L::kFurtherDevelopment, 0},
                                 {1, 3, L::kWellDeveloped, 0},
                                 {1, 3, L::kWellDeveloped, 1}});
}

TEST_CASE("the limit caps the hits but not the total") {
  const SearchIndex index = SmallCatalogue();
  const SearchResults r = index.Search("e", 2);
  CHECK(r.hits.size() == 2);
  CHECK(r.total == 6);
  CHECK(index.Search("e", 0).hits.empty());
}

TEST_CASE("words may match the jurisdiction's name") {
  const SearchIndex index = SmallCatalogue();
  SUBCASE("a name and a word of the finding") {
    const SearchResults r = index.Search("balti health", 10);
    REQUIRE(r.hits.size() == 2);
    for (const SearchHit& h : r.hits) {
      CHECK(h.profile_id == "balti-2023");
      REQUIRE(h.jurisdiction_matches.size() == 1);
      CHECK(Slice(h.jurisdiction, h.jurisdiction_matches[0]) == "Bălți");
    }
    CHECK(Slice(r.hits[0].text, r.hits[0].text_matches[0]) == "health");
  }
  SUBCASE("a name alone lists its profile's findings and others that mention it") {
    const SearchResults r = index.Search("bălți", 10);
    REQUIRE(r.total == 4);
    CHECK(r.hits[3].profile_id == "chisinau-2024");
    CHECK(Slice(r.hits[3].text, r.hits[3].text_matches[0]) == "Balti");
    CHECK(r.hits[3].jurisdiction_matches.empty());
    CHECK(r.hits[0].text_matches.empty());
  }
}

TEST_CASE("a hit carries the finding's key, which resolves to it") {
  Profile p = Jurisdiction("p", "P");
  Publish(p, 1, {"Same text.", "Other text."}, {"Same text."});
  SearchIndex index;
  index.Add("p", p);
  const SearchResults r = index.Search("same", 10);
  REQUIRE(r.hits.size() == 2);
  for (const SearchHit& h : r.hits) CHECK(ResolveFindingKey(p.domains[1], h.key) == h.finding);
  CHECK(r.hits[1].key == r.hits[0].key + "-2");
}

TEST_CASE("queries without words, or with hostile bytes, find nothing and never fail") {
  const SearchIndex index = SmallCatalogue();
  CHECK(index.Search("", 10).total == 0);
  CHECK(index.Search("   \t ", 10).total == 0);
  CHECK(index.Search("\xFF\xFE", 10).total == 0);
  CHECK(index.Search(std::string(100000, 'x'), 10).total == 0);
}

TEST_CASE("searching the shipped profiles") {
  SearchIndex index;
  for (const char* file : {"profiles/azerbaijan-2023.json", "profiles/balti-2023.json"}) {
    const Profile p = *LoadProfile(test::Asset(file)).profile;
    index.Add(p.id, p);
  }
  const SearchResults r = index.Search("HEALTH", 100);
  CHECK(r.total == r.hits.size());
  REQUIRE(r.total >= 2);
  CHECK(r.hits.front().profile_id == "azerbaijan-2023");
  CHECK(r.hits.back().profile_id == "balti-2023");
  for (const SearchHit& h : r.hits) {
    REQUIRE_FALSE(h.text_matches.empty());
    for (const ByteRange& m : h.text_matches) CHECK(FoldString(Slice(h.text, m)) == "health");
  }
}
