// The catalogue's search index file (core/search_index_file.hpp): what is written reads back
// as the same findings, a search over it finds exactly what a search over the profiles finds,
// and every kind of bad file is refused with its JSON path.
#include <doctest/doctest.h>

#include "core/search.hpp"
#include "core/search_index_file.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {
std::vector<std::string> HitKeys(const SearchResults& results) {
  std::vector<std::string> keys;
  for (const SearchHit& hit : results.hits)
    keys.push_back(hit.profile_id + "/" + std::string(kDomainIds[hit.domain]) + "/" + hit.key + "/" + hit.text);
  return keys;
}

std::vector<std::string> Errors(std::string_view text) {
  std::vector<std::string> out;
  for (const Issue& issue : ReadSearchIndex(text).diagnostics.errors) out.push_back(issue.ToString());
  return out;
}

std::string OneProfile(std::string_view entry) {
  return "{\"format\":\"mgi-search-index/1\",\"profiles\":[" + std::string(entry) + "]}";
}
}  // namespace

TEST_CASE("WriteSearchIndex and ReadSearchIndex: the findings round-trip, nothing else is kept") {
  const Profile azerbaijan = test::BundledProfile("azerbaijan-2023.json");
  const Profile balti = test::BundledProfile("balti-2023.json");
  const std::string text = WriteSearchIndex({&balti, &azerbaijan});
  CHECK(text.rfind("{\"format\":\"mgi-search-index/1\",\"profiles\":[\n{\"id\":\"balti-2023\"", 0) == 0);
  CHECK(text.find(balti.introduction.front()) == std::string::npos);  // findings only

  const SearchIndexRead read = ReadSearchIndex(text);
  REQUIRE(read.diagnostics.ok());
  REQUIRE(read.profiles.size() == 2);
  CHECK(read.profiles[0].id == "balti-2023");
  CHECK(read.profiles[1].name == "Republic of Azerbaijan");
  for (int d = 0; d < kDomainCount; ++d) {
    CHECK(read.profiles[0].domains[d].well_developed == balti.domains[d].well_developed);
    CHECK(read.profiles[0].domains[d].further_development == balti.domains[d].further_development);
    CHECK(read.profiles[1].domains[d].further_development == azerbaijan.domains[d].further_development);
  }
  CHECK(WriteSearchIndex({&read.profiles[0], &read.profiles[1]}) == text);
}

TEST_CASE("a search over the index finds what a search over the profiles finds, keys included") {
  const Profile azerbaijan = test::BundledProfile("azerbaijan-2023.json");
  const Profile balti = test::BundledProfile("balti-2023.json");
  SearchIndex from_profiles;
  from_profiles.Add(balti.id, balti);
  from_profiles.Add(azerbaijan.id, azerbaijan);
  const SearchIndexRead read = ReadSearchIndex(WriteSearchIndex({&balti, &azerbaijan}));
  REQUIRE(read.diagnostics.ok());
  SearchIndex from_file;
  for (const Profile& p : read.profiles) from_file.Add(p.id, p);
  CHECK(from_file.finding_count() == from_profiles.finding_count());
  for (const char* query : {"health", "MIGRANTS rights", "balti", "régime", "azerbaijan labour", "zzzq"}) {
    CAPTURE(query);
    const SearchResults a = from_profiles.Search(query, 1000), b = from_file.Search(query, 1000);
    CHECK(a.total == b.total);
    CHECK(HitKeys(a) == HitKeys(b));
  }
  CHECK(from_profiles.Search("health", 1000).total > 0);
}

TEST_CASE("SearchIndex::Search passes over the profiles it is told to skip") {
  const Profile azerbaijan = test::BundledProfile("azerbaijan-2023.json");
  const Profile balti = test::BundledProfile("balti-2023.json");
  SearchIndex index;
  index.Add(balti.id, balti);
  index.Add(azerbaijan.id, azerbaijan);
  const SearchResults all = index.Search("migrants", 1000), some = index.Search("migrants", 1000, {"balti-2023"});
  REQUIRE(some.total > 0);
  CHECK(some.total < all.total);
  for (const SearchHit& hit : some.hits) CHECK(hit.profile_id == "azerbaijan-2023");
}

TEST_CASE("ReadSearchIndex refuses bad files, naming where") {
  CHECK(Errors("{") == std::vector<std::string>{"(root): not JSON"});
  CHECK(Errors("{\"a\":\"\xff\"}") == std::vector<std::string>{"line 1: invalid UTF-8 at byte 6"});
  CHECK(Errors("{\"format\":\"mgi-catalogue/1\",\"profiles\":[]}") ==
        std::vector<std::string>{"format: expected \"mgi-search-index/1\""});
  CHECK(Errors("[]") == std::vector<std::string>{"format: expected \"mgi-search-index/1\""});
  CHECK(Errors("{\"format\":\"mgi-search-index/1\"}") == std::vector<std::string>{"profiles: missing (expected a list)"});
  CHECK(Errors("{\"format\":\"mgi-search-index/1\",\"profiles\":{}}") ==
        std::vector<std::string>{"profiles: expected a list, got an object"});
  CHECK(Errors(OneProfile("7")) == std::vector<std::string>{"profiles[0]: expected an object, got a number"});
  CHECK(Errors(OneProfile("{\"id\":\"Balti\",\"name\":\"B\",\"domains\":{}}")) ==
        std::vector<std::string>{"profiles[0].id: \"Balti\" is not a profile id ([a-z0-9-]{1,64})"});
  CHECK(Errors(OneProfile("{\"id\":\"b\",\"domains\":{}}")) ==
        std::vector<std::string>{"profiles[0].name: missing (expected a string)"});
  CHECK(Errors(OneProfile("{\"id\":\"b\",\"name\":\"B\"}")) ==
        std::vector<std::string>{"profiles[0].domains: missing (expected an object)"});
  CHECK(Errors(OneProfile("{\"id\":\"b\",\"name\":\"B\",\"domains\":{\"health\":{}}}")) ==
        std::vector<std::string>{"profiles[0].domains.health: unknown domain id"});
  CHECK(Errors(OneProfile("{\"id\":\"b\",\"name\":\"B\",\"domains\":{\"partnerships\":{\"well_developed\":[\"a\",2]}}}")) ==
        std::vector<std::string>{"profiles[0].domains.partnerships.well_developed[1]: expected a string, got a number"});
  CHECK(Errors(OneProfile("{\"id\":\"b\",\"name\":\"B\",\"domains\":{\"partnerships\":{\"further_development\":\"a\"}}}")) ==
        std::vector<std::string>{"profiles[0].domains.partnerships.further_development: expected a list of strings, got a string"});
  CHECK(Errors(OneProfile("{\"id\":\"b\",\"name\":\"B\",\"domains\":{}},{\"id\":\"b\",\"name\":\"C\",\"domains\":{}}")) ==
        std::vector<std::string>{"profiles[1].id: \"b\" is given twice"});
  const std::string long_text(4001, 'a');
  CHECK(Errors(OneProfile("{\"id\":\"b\",\"name\":\"B\",\"domains\":{\"well-being\":{\"well_developed\":[\"" + long_text + "\"]}}}")) ==
        std::vector<std::string>{"profiles[0].domains.well-being.well_developed[0]: text of 4001 characters is over the limit of 4000"});
  // One bad entry refuses the whole file: no half-index.
  const SearchIndexRead read = ReadSearchIndex(OneProfile("{\"id\":\"a\",\"name\":\"A\",\"domains\":{}},7"));
  CHECK(read.profiles.empty());
  CHECK_FALSE(read.diagnostics.ok());
}
