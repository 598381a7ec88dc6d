// LoadProfile against SPEC section 2. Each rejection rule checks the exact message and JSON path.
#include <doctest/doctest.h>

#include "core/profile.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {

std::string Minimal(const std::string& domains = R"([{"id":"partnerships","well_developed":["A"],"further_development":["B"]}])") {
  return R"({"format":"mgi-profile/1","id":"x-2023","jurisdiction":{"name":"X","level":"national"},)"
         R"("published":"2023-08","language":"en","introduction":"One.\n\nTwo.","domains":)" +
         domains + "}";
}

// The first error as "path: message".
std::string FirstError(const std::string& text) {
  const ProfileLoad load = LoadProfile(text);
  REQUIRE_FALSE(load.profile.has_value());
  REQUIRE_FALSE(load.diagnostics.errors.empty());
  return load.diagnostics.errors.front().ToString();
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("LoadProfile accepts the seed profiles") {
  for (const char* file : {"profiles/azerbaijan-2023.json", "profiles/balti-2023.json"}) {
    CAPTURE(file);
    const ProfileLoad load = LoadProfile(test::Asset(file));
    for (const auto& e : load.diagnostics.errors) MESSAGE(e.ToString());
    REQUIRE(load.profile.has_value());
    CHECK(load.diagnostics.warnings.empty());
    for (const auto& d : load.profile->domains) CHECK(d.published);
  }
  const Profile balti = *LoadProfile(test::Asset("profiles/balti-2023.json")).profile;
  CHECK(balti.level == Level::kLocal);
  CHECK(balti.country == "Republic of Moldova");
  CHECK(balti.published.year == 2023);
  CHECK(balti.published.month == 8);
}

TEST_CASE("LoadProfile reads a minimal profile") {
  const ProfileLoad load = LoadProfile(Minimal());
  REQUIRE(load.profile.has_value());
  const Profile& p = *load.profile;
  CHECK(p.id == "x-2023");
  CHECK(p.introduction == std::vector<std::string>{"One.", "Two."});
  CHECK(p.domains[2].published);
  CHECK(p.domains[2].well_developed == std::vector<std::string>{"A"});
  SUBCASE("a missing domain is unpublished, not an error") { CHECK_FALSE(p.domains[0].published); }
}

TEST_CASE("LoadProfile rejects each SPEC violation with its JSON path") {
  SUBCASE("wrong type in a list") {
    CHECK(FirstError(Minimal(R"([{"id":"partnerships","well_developed":[3]}])")) ==
          "domains[0].well_developed[0]: expected a string, got a number");
    CHECK(FirstError(Minimal(R"([{"id":"well-being"},{"id":"partnerships","well_developed":[null]}])")) ==
          "domains[1].well_developed[0]: expected a string, got null");
  }
  SUBCASE("a list that is not a list") {
    CHECK(FirstError(Minimal(R"([{"id":"partnerships","further_development":"B"}])")) ==
          "domains[0].further_development: expected a list of strings, got a string");
  }
  SUBCASE("unknown domain id") {
    CHECK(FirstError(Minimal(R"([{"id":"health"}])")).rfind("domains[0].id: unknown domain id \"health\"", 0) == 0);
  }
  SUBCASE("repeated domain id") {
    CHECK(FirstError(Minimal(R"([{"id":"partnerships"},{"id":"partnerships"}])")) ==
          "domains[1].id: domain \"partnerships\" is repeated (first at domains[0])");
  }
  SUBCASE("malformed published") {
    for (const char* bad : {"2023-13", "2023-8", "23-08", "2023/08", "2023-08-01"}) {
      CAPTURE(bad);
      CHECK(FirstError(Replace(Minimal(), "2023-08", bad)) ==
            std::string("published: expected a year and month as YYYY-MM, got \"") + bad + "\"");
    }
  }
  SUBCASE("other format") {
    CHECK(FirstError(Replace(Minimal(), "mgi-profile/1", "mgi-profile/2")) ==
          "format: expected \"mgi-profile/1\", got \"mgi-profile/2\"");
    CHECK(FirstError(Replace(Minimal(), R"("format":"mgi-profile/1",)", "")) == "format: missing (expected a string)");
  }
  SUBCASE("invalid UTF-8") {
    const std::size_t at = Minimal().find("One.") + 2;
    CHECK(FirstError(Replace(Minimal(), "One.", "On\xC3(")) ==
          "line 1: invalid UTF-8 at byte " + std::to_string(at) + " (column " + std::to_string(at + 1) + ")");
  }
  SUBCASE("text over 4,000 characters, counted in characters") {
    const std::string ok(4000, 'a');
    CHECK(LoadProfile(Replace(Minimal(), "\"A\"", "\"" + ok + "\"")).profile.has_value());
    std::string accented;
    for (int i = 0; i < 4001; ++i) accented += "ă";
    CHECK(FirstError(Replace(Minimal(), "\"A\"", "\"" + accented + "\"")) ==
          "domains[0].well_developed[0]: text of 4001 characters is over the limit of 4000");
    CHECK(FirstError(Replace(Minimal(), "One.\\n\\nTwo.", std::string(4001, 'b'))) ==
          "introduction: text of 4001 characters is over the limit of 4000");
  }
  SUBCASE("list over 100 items") {
    std::string items;
    for (int i = 0; i < 101; ++i) items += (i ? ",\"x\"" : "\"x\"");
    CHECK(FirstError(Minimal(R"([{"id":"partnerships","well_developed":[)" + items + "]}]")) ==
          "domains[0].well_developed: list of 101 items is over the limit of 100");
  }
  SUBCASE("wrong types of top-level fields") {
    CHECK(FirstError(Replace(Minimal(), R"("id":"x-2023")", R"("id":7)")) == "id: expected a string, got a number");
    CHECK(FirstError(Replace(Minimal(), R"("id":"x-2023")", R"("id":"X 2023")")) ==
          "id: expected 1 to 64 characters a-z, 0-9 or '-', got \"X 2023\"");
    CHECK(FirstError(Replace(Minimal(), R"("level":"national")", R"("level":"regional")")) ==
          "jurisdiction.level: expected \"national\" or \"local\", got \"regional\"");
    CHECK(FirstError(Replace(Minimal(), R"({"name":"X","level":"national"})", "[]")) ==
          "jurisdiction: expected an object, got a list");
    CHECK(FirstError(Replace(Minimal(), R"("language":"en")", R"("language":"english!")")) ==
          "language: expected a BCP 47 language tag such as \"en\", got \"english!\"");
    CHECK(FirstError(Replace(Minimal(), R"("domains":)", R"("partner":false,"domains":)")) ==
          "partner: expected a string, got a boolean");
    CHECK(FirstError(Minimal("{}")) == "domains: expected a list, got an object");
    CHECK(FirstError(Minimal("[5]")) == "domains[0]: expected an object, got a number");
  }
  SUBCASE("not JSON, or not an object") {
    CHECK(FirstError("") == "(root): the file is empty");
    CHECK(FirstError("[1,2]") == "(root): expected a JSON object, got a list");
    CHECK(FirstError("{\"format\":\n  \"mgi-profile/1\",,}") == "line 2: not valid JSON at column 19 near \",}\"");
    CHECK(FirstError(Minimal().substr(0, 60)).rfind("line 1: not valid JSON", 0) == 0);
  }
  SUBCASE("every problem is reported, not only the first") {
    const ProfileLoad load = LoadProfile(Replace(Replace(Minimal(), "2023-08", "2023-99"), "mgi-profile/1", "v2"));
    CHECK(load.diagnostics.errors.size() == 2);
  }
}

TEST_CASE("LoadProfile warns about unknown keys and ignores them") {
  const ProfileLoad load = LoadProfile(Replace(Minimal(), R"("domains":)", R"("colour":"red","domains":)"));
  REQUIRE(load.profile.has_value());
  REQUIRE(load.diagnostics.warnings.size() == 1);
  CHECK(load.diagnostics.warnings[0].ToString() == "colour: unknown key, ignored");
}

TEST_CASE("ParseYearMonth, IsProfileId, IsLanguageTag, SplitParagraphs") {
  CHECK(ParseYearMonth("2023-10")->month == 10);
  CHECK_FALSE(ParseYearMonth("2023-00"));
  CHECK(IsProfileId("balti-2023"));
  CHECK_FALSE(IsProfileId(std::string(65, 'a')));
  CHECK_FALSE(IsProfileId(""));
  CHECK(IsLanguageTag("en"));
  CHECK(IsLanguageTag("pt-BR"));
  CHECK(IsLanguageTag("zh-Hant-TW"));
  CHECK_FALSE(IsLanguageTag("e"));
  CHECK_FALSE(IsLanguageTag("en_US"));
  CHECK(SplitParagraphs("  a\n\n\n\nb \n\n") == std::vector<std::string>{"a", "b"});
}
