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

namespace {
// What SearchIndexReader makes of `text`, read `count` profiles a step: the profiles it leaves
// (later steps add to earlier ones unless they start the list again), its diagnostics, and how many
// steps it took.
struct Stepped {
  std::vector<std::string> ids;
  std::vector<std::string> errors;
  int steps = 0;
  bool whole = false;  // some step started the list again (the whole file read at once)
};
Stepped ReadInSteps(const std::string& text, std::size_t count) {
  SearchIndexReader reader(text);
  Stepped out;
  for (;;) {
    SearchIndexReader::Step step = reader.Next(count);
    ++out.steps;
    if (step.from_start) {
      out.ids.clear();
      out.whole = true;
    }
    for (const Profile& p : step.profiles) out.ids.push_back(p.id + ":" + std::to_string(p.domains[2].well_developed.size()));
    if (step.over) break;
    REQUIRE(out.steps < 10000);
  }
  for (const Issue& issue : reader.diagnostics().errors) out.errors.push_back(issue.ToString());
  if (!reader.diagnostics().ok()) out.ids.clear();  // as the model does: nothing of a bad file counts
  return out;
}
Stepped ReadAtOnce(const std::string& text) {
  const SearchIndexRead read = ReadSearchIndex(text);
  Stepped out;
  for (const Profile& p : read.profiles) out.ids.push_back(p.id + ":" + std::to_string(p.domains[2].well_developed.size()));
  for (const Issue& issue : read.diagnostics.errors) out.errors.push_back(issue.ToString());
  return out;
}
std::string Entry(const std::string& id, int findings) {
  std::string list;
  for (int i = 0; i < findings; ++i) list += std::string(i ? "," : "") + "\"finding " + std::to_string(i) + "\"";
  return "{\"id\":\"" + id + "\",\"name\":\"N\",\"domains\":{\"partnerships\":{\"well_developed\":[" + list + "]}}}";
}
}  // namespace

TEST_CASE("SearchIndexReader: the writer's layout is read a few profiles a step, with ReadSearchIndex's outcome") {
  std::vector<Profile> profiles(23);
  std::vector<const Profile*> pointers;
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    profiles[i].id = "p-" + std::to_string(i);
    profiles[i].name = "Profile " + std::to_string(i);
    profiles[i].domains[2].well_developed.assign(i % 4, "a finding");
    pointers.push_back(&profiles[i]);
  }
  const std::string text = WriteSearchIndex(pointers);
  const Stepped stepped = ReadInSteps(text, 5);
  CHECK_FALSE(stepped.whole);
  CHECK(stepped.steps == 5);  // 23 profiles, 5 a step, and the closing line read with the last ones
  CHECK(stepped.errors.empty());
  CHECK(stepped.ids == ReadAtOnce(text).ids);
  CHECK(stepped.ids.size() == 23);
  CHECK(ReadInSteps(WriteSearchIndex({}), 5).ids.empty());
  CHECK(ReadInSteps(WriteSearchIndex({}), 5).errors.empty());
  const Profile balti = test::BundledProfile("balti-2023.json");
  CHECK(ReadInSteps(WriteSearchIndex({&balti}), 1).ids == std::vector<std::string>{"balti-2023:" +
                                                            std::to_string(balti.domains[2].well_developed.size())});
}

TEST_CASE("SearchIndexReader agrees with ReadSearchIndex on files in other layouts and broken ones") {
  const std::string open = "{\"format\":\"mgi-search-index/1\",\"profiles\":[\n";
  const std::vector<std::string> texts = {
      open + Entry("a", 1) + ",\n" + Entry("b", 2) + "\n]}\n",                  // the writer's layout
      open + Entry("a", 1) + ",\n" + Entry("b", 2) + "\n]}",                    // no final newline
      open + Entry("a", 1) + ",\n" + Entry("b", 2) + "\n]}\n  \n",              // white space after
      open + Entry("a", 1) + ",\n" + Entry("b", 2) + "\n]}\nx",                 // something after
      open + Entry("a", 1) + ",\n" + Entry("b", 2) + ",\n]}\n",                 // a trailing comma
      open + Entry("a", 1) + "\n" + Entry("b", 2) + "\n]}\n",                   // a comma missing
      open + Entry("a", 1) + ", " + Entry("b", 2) + ",\n" + Entry("c", 0) + "\n]}\n",  // two on a line
      open + Entry("a", 1) + ",\n\n" + Entry("b", 2) + "\n]}\n",                // an empty line
      open + Entry("a", 1) + ",\r\n" + Entry("b", 2) + "\r\n]}\r\n",            // CRLF
      open + Entry("a", 1) + ",\n" + Entry("b", 2) + "\n",                      // not closed
      open + Entry("a", 1) + ",\n" + Entry("a", 2) + "\n]}\n",                  // an id twice
      open + Entry("a", 1) + ",\n7,\n" + Entry("Bad", 2) + "\n]}\n",            // bad entries, all named
      open + Entry("a", 1) + ",\n{\"id\":\n]}\n",                               // a line cut short
      open + Entry("a", 1) + ",\n\"\xff\"\n]}\n",                               // not UTF-8
      "{\"format\": \"mgi-search-index/1\", \"profiles\": [" + Entry("a", 1) + "]}",  // one line, spaced
      "{\n  \"format\": \"mgi-search-index/1\",\n  \"profiles\": [\n    " + Entry("a", 1) + "\n  ]\n}\n",  // pretty
      "{\"profiles\":[],\"format\":\"mgi-search-index/1\"}",
      open + "]}\n",
      "",
      "{",
  };
  for (const std::string& text : texts) {
    for (std::size_t count : {1, 2, 100}) {
      const Stepped stepped = ReadInSteps(text, count);
      const Stepped whole = ReadAtOnce(text);
      CHECK_MESSAGE(stepped.ids == whole.ids, text);
      CHECK_MESSAGE(stepped.errors == whole.errors, text);
    }
  }
  // The layout's broken lines are found by the line reader itself; other layouts go to the whole.
  CHECK_FALSE(ReadInSteps(texts[11], 1).whole);
  CHECK(ReadInSteps(texts[11], 1).errors.size() == 2);
  CHECK(ReadInSteps(texts[15], 1).whole);
}
