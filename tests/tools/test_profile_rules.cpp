// The rejection rules of SPEC section 2, as mgi-validate (and the widget) apply them through
// mgi::LoadProfile: each rule with its exact message and JSON path, the files of
// tests/data/invalid and tests/data/valid, and a profile of the largest allowed size.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>

#include "../unit/test_support.hpp"
#include "core/profile.hpp"
#include "core/utf8.hpp"
#include "import/profile_writer.hpp"

using namespace mgi;
namespace fs = std::filesystem;

namespace {

const std::string kMinimal =
    R"({"format":"mgi-profile/1","id":"x-2023","jurisdiction":{"name":"X","level":"national"},)"
    R"("published":"2023-08","language":"en","introduction":"One.","domains":[{"id":"partnerships",)"
    R"("well_developed":["A"],"further_development":["B"]}]})";

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return s.replace(at, from.size(), to);
}

// Every error as "path: message".
std::vector<std::string> Errors(const std::string& text) {
  const ProfileLoad load = LoadProfile(text);
  std::vector<std::string> out;
  for (const Issue& e : load.diagnostics.errors) out.push_back(e.ToString());
  CHECK(load.profile.has_value() == out.empty());
  return out;
}

std::string OnlyError(const std::string& text) {
  const auto errors = Errors(text);
  REQUIRE(errors.size() == 1);
  return errors.front();
}

std::string Repeat(const std::string& unit, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += unit;
  return s;
}

std::vector<fs::path> JsonFiles(const std::string& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(std::string(MGI_TEST_DATA_DIR) + "/" + folder))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("every rejection rule, with its path and message") {
  REQUIRE(Errors(kMinimal).empty());
  const auto with = [&](const std::string& from, const std::string& to) { return OnlyError(Replace(kMinimal, from, to)); };

  SUBCASE("format") {
    CHECK(with(R"("format":"mgi-profile/1",)", "") == "format: missing (expected a string)");
    CHECK(with("mgi-profile/1", "mgi-profile/2") == R"(format: expected "mgi-profile/1", got "mgi-profile/2")");
    CHECK(with(R"("mgi-profile/1")", "1") == "format: expected a string, got a number");
  }
  SUBCASE("id") {
    CHECK(with(R"("id":"x-2023",)", "") == "id: missing (expected a string)");
    CHECK(with(R"("x-2023")", "null") == "id: missing (expected a string)");
    CHECK(with(R"("x-2023")", "[]") == "id: expected a string, got a list");
    CHECK(with("x-2023", "X_2023") == R"(id: expected 1 to 64 characters a-z, 0-9 or '-', got "X_2023")");
    CHECK(with("x-2023", "") == R"(id: expected 1 to 64 characters a-z, 0-9 or '-', got "")");
  }
  SUBCASE("id length: 64 is allowed, 65 is not") {
    CHECK(Errors(Replace(kMinimal, "x-2023", std::string(64, 'a'))).empty());
    CHECK(OnlyError(Replace(kMinimal, "x-2023", std::string(65, 'a'))) ==
          "id: expected 1 to 64 characters a-z, 0-9 or '-', got \"" + std::string(40, 'a') + "…\"");
  }
  SUBCASE("jurisdiction") {
    CHECK(with(R"("jurisdiction":{"name":"X","level":"national"},)", "") == "jurisdiction: missing (expected an object)");
    CHECK(with(R"({"name":"X","level":"national"})", R"("X")") == "jurisdiction: expected an object, got a string");
    CHECK(with(R"("name":"X",)", "") == "jurisdiction.name: missing (expected a string)");
    CHECK(with(R"("name":"X")", R"("name":true)") == "jurisdiction.name: expected a string, got a boolean");
    CHECK(with(R"("name":"X")", R"("name":" \t\n")") == "jurisdiction.name: must not be empty");
    CHECK(with(R"(,"level":"national")", "") == "jurisdiction.level: missing (expected a string)");
    CHECK(with("national", "federal") == R"(jurisdiction.level: expected "national" or "local", got "federal")");
    CHECK(with(R"("level":"national")", R"("level":"national","country":5)") ==
          "jurisdiction.country: expected a string, got a number");
  }
  SUBCASE("published") {
    CHECK(with(R"("published":"2023-08",)", "") == "published: missing (expected a string)");
    CHECK(with(R"("2023-08")", "2023.08") == "published: expected a string, got a number");
    for (const char* bad : {"2023-13", "2023-00", "2023-8", "23-08", "2023/08", "2023-08-01", "1899-12", "２０２３-08", ""}) {
      CAPTURE(bad);
      CHECK(with("2023-08", bad) == std::string("published: expected a year and month as YYYY-MM, got \"") + bad + "\"");
    }
    CHECK(Errors(Replace(kMinimal, "2023-08", "1900-01")).empty());
  }
  SUBCASE("language") {
    CHECK(with(R"("language":"en",)", "") == "language: missing (expected a string)");
    for (const char* bad : {"e", "english", "en_US", "en-", "-en", "1a", "en-toolongsubtag"}) {
      CAPTURE(bad);
      CHECK(with(R"("en")", std::string("\"") + bad + "\"") ==
            std::string("language: expected a BCP 47 language tag such as \"en\", got \"") + bad + "\"");
    }
    for (const char* good : {"fr", "es-419", "zh-Hant-TW", "ast"}) CHECK(Errors(Replace(kMinimal, R"("en")", std::string("\"") + good + "\"")).empty());
  }
  SUBCASE("title, partner and introduction") {
    const std::string at_end = R"(,"domains":)";
    CHECK(with(at_end, R"(,"title":7)" + at_end) == "title: expected a string, got a number");
    CHECK(with(at_end, R"(,"partner":{})" + at_end) == "partner: expected a string, got an object");
    CHECK(with(R"("introduction":"One.",)", "") == "introduction: missing (expected a string)");
    CHECK(with(R"("One.")", R"(["One."])") == "introduction: expected a string, got a list");
    CHECK(Errors(Replace(kMinimal, at_end, R"(,"title":null,"partner":null)" + at_end)).empty());
  }
  SUBCASE("domains") {
    const std::string domains = R"([{"id":"partnerships","well_developed":["A"],"further_development":["B"]}])";
    CHECK(with(R"(,"domains":)" + domains, "") == "domains: missing (expected a list)");
    CHECK(with(domains, "null") == "domains: missing (expected a list)");
    CHECK(with(domains, R"("partnerships")") == "domains: expected a list, got a string");
    CHECK(with(domains, "[[]]") == "domains[0]: expected an object, got a list");
    CHECK(with(domains, R"([{"title":"T"}])") == "domains[0].id: missing (expected a string)");
    CHECK(with(domains, R"([{"id":4}])") == "domains[0].id: expected a string, got a number");
    CHECK(with(domains, R"([{"id":"rights"}])") ==
          R"(domains[0].id: unknown domain id "rights" (expected one of migrants-rights, whole-of-government, )"
          R"(partnerships, well-being, mobility-crises, safe-orderly-migration))");
    CHECK(with(domains, R"([{"id":"well-being"},{"id":"partnerships"},{"id":"well-being"}])") ==
          R"(domains[2].id: domain "well-being" is repeated (first at domains[0]))");
    CHECK(with(domains, R"([{"id":"partnerships","title":false}])") == "domains[0].title: expected a string, got a boolean");
    CHECK(with(domains, R"([{"id":"partnerships","well_developed":"A"}])") ==
          "domains[0].well_developed: expected a list of strings, got a string");
    CHECK(with(domains, R"([{"id":"partnerships","further_development":{"0":"B"}}])") ==
          "domains[0].further_development: expected a list of strings, got an object");
    CHECK(with(domains, R"([{"id":"partnerships","well_developed":["A",{}]}])") ==
          "domains[0].well_developed[1]: expected a string, got an object");
    CHECK(with(domains, R"([{"id":"partnerships","further_development":[null]}])") ==
          "domains[0].further_development[0]: expected a string, got null");
  }
  SUBCASE("texts over 4,000 characters, counted in code points") {
    const std::string ascii_4001(4001, 'a');
    CHECK(with(R"("X")", "\"" + ascii_4001 + "\"") == "jurisdiction.name: text of 4001 characters is over the limit of 4000");
    CHECK(with(R"("One.")", "\"" + Repeat("ş", 4001) + "\"") == "introduction: text of 4001 characters is over the limit of 4000");
    CHECK(with(R"(["A"])", "[\"" + Repeat("\U0001F600", 4001) + "\"]") ==
          "domains[0].well_developed[0]: text of 4001 characters is over the limit of 4000");
    CHECK(with(R"(["B"])", R"(["B",")" + Repeat("é", 4001) + "\"]") ==
          "domains[0].further_development[1]: text of 4001 characters is over the limit of 4000");
    CHECK(with(R"({"id":"partnerships",)", R"({"id":"partnerships","title":")" + ascii_4001 + "\",") ==
          "domains[0].title: text of 4001 characters is over the limit of 4000");
    // An escape counts as the one character it stands for.
    CHECK(Errors(Replace(kMinimal, R"(["A"])", "[\"" + Repeat("\\u00e9", 4000) + "\"]")).empty());
    CHECK(Errors(Replace(kMinimal, R"(["A"])", "[\"" + Repeat("\U0001F600", 4000) + "\"]")).empty());
  }
  SUBCASE("lists over 100 items") {
    std::string items = "\"x\"";
    for (int i = 1; i < 100; ++i) items += ",\"x\"";
    CHECK(Errors(Replace(kMinimal, R"(["A"])", "[" + items + "]")).empty());
    CHECK(with(R"(["B"])", "[" + items + ",\"y\"]") == "domains[0].further_development: list of 101 items is over the limit of 100");
    std::string domains = R"({"id":"partnerships"})";
    for (int i = 0; i < 100; ++i) domains += R"(,{"id":"partnerships"})";
    CHECK(with(R"([{"id":"partnerships","well_developed":["A"],"further_development":["B"]}])", "[" + domains + "]") ==
          "domains: list of 101 items is over the limit of 100");
  }
  SUBCASE("not UTF-8, not JSON, not an object") {
    CHECK(OnlyError("") == "(root): the file is empty");
    CHECK(OnlyError(" \r\n\t") == "(root): the file is empty");
    CHECK(OnlyError("{\n\"a\": \"\xE9t\xE9\"}") == "line 2: invalid UTF-8 at byte 8 (column 7)");
    CHECK(OnlyError("{\"a\": \"\xED\xA0\x80\"}") == "line 1: invalid UTF-8 at byte 7 (column 8)");  // encoded surrogate
    CHECK(OnlyError("{\"a\": \"\xC0\xAF\"}") == "line 1: invalid UTF-8 at byte 7 (column 8)");      // overlong '/'
    CHECK(OnlyError("\"profile\"") == "(root): expected a JSON object, got a string");
    CHECK(OnlyError("{\"format\": \"mgi-profile/1\"") == "line 1: not valid JSON at column 27 near end of input (is the file cut short?)");
    CHECK(OnlyError("{\n  \"a\": tru\n}") == "line 2: not valid JSON at column 11 near \" }\"");
  }
  SUBCASE("regression: the text quoted near a syntax error is cut between characters, not inside one") {
    // Found by fuzz_profile: a 16-byte window cut the 3-byte '’', and the message was not UTF-8.
    const std::string message = OnlyError("{\"a\": xx’’’’’’’’}");
    CHECK(message == "line 1: not valid JSON at column 7 near \"xx’’’’\"");
    CHECK(ValidateUtf8(message));
  }
  SUBCASE("every problem is reported") {
    const auto errors = Errors(Replace(Replace(Replace(kMinimal, "2023-08", "2023-99"), "national", "x"), R"(["A"])", "[1]"));
    CHECK(errors == std::vector<std::string>{
                        R"(jurisdiction.level: expected "national" or "local", got "x")",
                        R"(published: expected a year and month as YYYY-MM, got "2023-99")",
                        "domains[0].well_developed[0]: expected a string, got a number"});
  }
}

TEST_CASE("warnings: unknown keys and the country rule; the profile still loads") {
  const auto warnings = [](const std::string& text) {
    const ProfileLoad load = LoadProfile(text);
    REQUIRE(load.profile.has_value());
    std::vector<std::string> out;
    for (const Issue& w : load.diagnostics.warnings) out.push_back(w.ToString());
    return out;
  };
  CHECK(warnings(Replace(Replace(Replace(kMinimal, R"("format")", R"("x":1,"format")"), R"("name":"X")", R"("name":"X","iso":"X")"),
                         R"({"id":"partnerships")", R"({"id":"partnerships","score":2)")) ==
        std::vector<std::string>{"x: unknown key, ignored", "jurisdiction.iso: unknown key, ignored",
                                 "domains[0].score: unknown key, ignored"});
  CHECK(warnings(Replace(kMinimal, R"("level":"national")", R"("level":"national","country":"Y")")) ==
        std::vector<std::string>{"jurisdiction.country: a national profile has no country; ignored"});
  CHECK(warnings(Replace(kMinimal, R"("level":"national")", R"("level":"local")")) ==
        std::vector<std::string>{"jurisdiction.country: a local profile should name its country"});
  CHECK(warnings(Replace(kMinimal, R"("level":"national")", R"("level":"national","country":null)")).empty());
}

TEST_CASE("tests/data/invalid: each file is rejected, first with the error its name describes") {
  // file -> the first error. Every file in the folder must be listed, and every listed file exist.
  const std::map<std::string, std::string> expected = {
      {"comment", "line 1: not valid JSON at column 1 near \"// profile {   \"\""},
      {"country-a-number", "jurisdiction.country: expected a string, got a number"},
      {"cut-short", "line 15: not valid JSON at column 13 near end of input (is the file cut short?)"},
      {"domain-id-a-number", "domains[1].id: expected a string, got a number"},
      {"domain-id-capitalised", "domains[1].id: unknown domain id \"Partnerships\""},
      {"domain-id-missing", "domains[1].id: missing (expected a string)"},
      {"domain-id-repeated", "domains[1].id: domain \"migrants-rights\" is repeated (first at domains[0])"},
      {"domain-id-unknown", "domains[1].id: unknown domain id \"health\""},
      {"domain-not-an-object", "domains[1]: expected an object, got a string"},
      {"domain-title-a-number", "domains[1].title: expected a string, got a number"},
      {"domains-an-object", "domains: expected a list, got an object"},
      {"domains-missing", "domains: missing (expected a list)"},
      {"domains-null", "domains: missing (expected a list)"},
      {"domains-over-100-items", "domains: list of 101 items is over the limit of 100"},
      {"empty-file", "(root): the file is empty"},
      {"finding-a-list", "domains[0].well_developed[0]: expected a string, got a list"},
      {"finding-a-number", "domains[1].well_developed[0]: expected a string, got a number"},
      {"finding-null", "domains[0].further_development[0]: expected a string, got null"},
      {"finding-over-4000-characters", "domains[0].well_developed[0]: text of 4001 characters is over the limit of 4000"},
      {"finding-over-4000-emoji", "domains[0].well_developed[0]: text of 4001 characters is over the limit of 4000"},
      {"format-a-number", "format: expected a string, got a number"},
      {"format-missing", "format: missing (expected a string)"},
      {"format-other-version", "format: expected \"mgi-profile/1\", got \"mgi-profile/2\""},
      {"further-development-an-object", "domains[0].further_development: expected a list of strings, got an object"},
      {"id-65-characters", "id: expected 1 to 64 characters a-z, 0-9 or '-', got \"aaaa"},
      {"id-a-number", "id: expected a string, got a number"},
      {"id-capitals", "id: expected 1 to 64 characters a-z, 0-9 or '-', got \"Testland-2023\""},
      {"id-empty", "id: expected 1 to 64 characters a-z, 0-9 or '-', got \"\""},
      {"id-missing", "id: missing (expected a string)"},
      {"introduction-a-list", "introduction: expected a string, got a list"},
      {"introduction-missing", "introduction: missing (expected a string)"},
      {"introduction-over-4000-characters", "introduction: text of 4001 characters is over the limit of 4000"},
      {"invalid-utf8", "line 28: invalid UTF-8 at byte 767 (column 15)"},
      {"invalid-utf8-encoded-surrogate", "line 18: invalid UTF-8 at byte 545 (column 36)"},
      {"invalid-utf8-overlong", "line 18: invalid UTF-8 at byte 545 (column 36)"},
      {"jurisdiction-a-list", "jurisdiction: expected an object, got a list"},
      {"jurisdiction-missing", "jurisdiction: missing (expected an object)"},
      {"jurisdiction-null", "jurisdiction: missing (expected an object)"},
      {"language-missing", "language: missing (expected a string)"},
      {"language-one-letter", "language: expected a BCP 47 language tag such as \"en\", got \"e\""},
      {"language-underscore", "language: expected a BCP 47 language tag such as \"en\", got \"en_US\""},
      {"level-capitalised", "jurisdiction.level: expected \"national\" or \"local\", got \"National\""},
      {"level-missing", "jurisdiction.level: missing (expected a string)"},
      {"level-regional", "jurisdiction.level: expected \"national\" or \"local\", got \"regional\""},
      {"list-over-100-findings", "domains[0].further_development: list of 101 items is over the limit of 100"},
      {"lone-surrogate-escape", "line 11: not valid JSON at column 31"},
      {"name-blank", "jurisdiction.name: must not be empty"},
      {"name-missing", "jurisdiction.name: missing (expected a string)"},
      {"name-over-4000-characters", "jurisdiction.name: text of 4001 characters is over the limit of 4000"},
      {"number-out-of-range", "line 2: not valid JSON at column 17"},
      {"only-white-space", "(root): the file is empty"},
      {"partner-a-boolean", "partner: expected a string, got a boolean"},
      {"published-a-number", "published: expected a string, got a number"},
      {"published-before-1900", "published: expected a year and month as YYYY-MM, got \"1899-12\""},
      {"published-missing", "published: missing (expected a string)"},
      {"published-month-00", "published: expected a year and month as YYYY-MM, got \"2023-00\""},
      {"published-month-13", "published: expected a year and month as YYYY-MM, got \"2023-13\""},
      {"published-one-digit-month", "published: expected a year and month as YYYY-MM, got \"2023-8\""},
      {"published-with-day", "published: expected a year and month as YYYY-MM, got \"2023-10-01\""},
      {"raw-newline-in-string", "line 21: not valid JSON at column 21"},
      {"root-is-a-list", "(root): expected a JSON object, got a list"},
      {"title-an-object", "title: expected a string, got an object"},
      {"title-over-4000-characters", "title: text of 4001 characters is over the limit of 4000"},
      {"trailing-comma", "line 7: not valid JSON at column 3"},
      {"well-developed-a-string", "domains[0].well_developed: expected a list of strings, got a string"},
  };
  const auto files = JsonFiles("invalid");
  CHECK(files.size() >= 30);
  std::set<std::string> seen;
  for (const fs::path& file : files) {
    const std::string name = file.stem().string();
    CAPTURE(name);
    seen.insert(name);
    const auto it = expected.find(name);
    REQUIRE_MESSAGE(it != expected.end(), "add the new file's expected error to this test");
    const ProfileLoad load = LoadProfile(test::ReadFile(file.string()));
    CHECK_FALSE(load.profile.has_value());
    REQUIRE_FALSE(load.diagnostics.errors.empty());
    // The message may go on past what the table holds (a quoted value, a list of ids).
    CHECK(load.diagnostics.errors.front().ToString().rfind(it->second, 0) == 0);
  }
  for (const auto& [name, message] : expected) CHECK_MESSAGE(seen.count(name) == 1, "missing file ", name, ".json");
}

TEST_CASE("tests/data/valid: each file loads, and writes back to the same profile") {
  const auto files = JsonFiles("valid");
  CHECK(files.size() >= 10);
  for (const fs::path& file : files) {
    CAPTURE(file.filename().string());
    const ProfileLoad load = LoadProfile(test::ReadFile(file.string()));
    for (const Issue& e : load.diagnostics.errors) MESSAGE(e.ToString());
    REQUIRE(load.profile.has_value());
    const ProfileLoad again = LoadProfile(import::WriteProfileJson(*load.profile));
    REQUIRE(again.profile.has_value());
    CHECK(import::WriteProfileJson(*again.profile) == import::WriteProfileJson(*load.profile));
  }
}

TEST_CASE("a profile of the largest allowed size loads: 6 domains x 2 lists x 100 findings x 4,000 characters") {
  Profile p;
  p.id = "largest-2023";
  p.name = std::string(4000, 'N');
  p.title = std::string(4000, 'T');
  p.published = {2023, 12};
  p.language = "en";
  p.partner = std::string(4000, 'P');
  p.introduction = {std::string(1999, 'i'), std::string(1999, 'j')};  // 4,000 with the "\n\n"
  // Two bytes a character: the file is about 9.6 MB, the largest text a profile may hold.
  const std::string finding = Repeat("ă", 4000);
  for (DomainFindings& d : p.domains) {
    d.published = true;
    d.title = std::string(4000, 'D');
    d.well_developed.assign(100, finding);
    d.further_development.assign(100, finding);
  }
  const std::string text = import::WriteProfileJson(p);
  CHECK(text.size() > 9'600'000);

  const auto start = std::chrono::steady_clock::now();
  const ProfileLoad load = LoadProfile(text);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  MESSAGE("LoadProfile of the largest profile (" << text.size() / 1000 << " kB): " << ms << " ms");
  REQUIRE(load.profile.has_value());
  CHECK(load.diagnostics.warnings.empty());
  CHECK(load.profile->domains[5].further_development[99] == finding);
  CHECK(load.profile->introduction.size() == 2);

  // One character more anywhere is rejected.
  p.domains[3].well_developed[42] += "x";
  CHECK(OnlyError(import::WriteProfileJson(p)) == "domains[3].well_developed[42]: text of 4001 characters is over the limit of 4000");
}
