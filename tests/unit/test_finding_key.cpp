#include <doctest/doctest.h>

#include <algorithm>

#include "core/finding_key.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {
DomainFindings Domain(std::vector<std::string> well, std::vector<std::string> further) {
  DomainFindings d;
  d.published = true;
  d.well_developed = std::move(well);
  d.further_development = std::move(further);
  return d;
}

const std::string kA = "Balti has a municipal strategy for the integration of migrants (2021–2025).";
const std::string kB = "The Town Hall cooperates with IOM on labour migration.";
const std::string kC = "There is no dedicated budget for migrant health services.";
}  // namespace

TEST_CASE("Fnv1a64 is the published FNV-1a") {
  CHECK(Fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(Fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(Fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("NormaliseFindingText") {
  CHECK(NormaliseFindingText("  Migrants’   rights,\tin Bălți.  ") == "migrants rights in balti");
  CHECK(NormaliseFindingText("2019–2023 (phase II)") == "20192023 phase ii");
  CHECK(NormaliseFindingText("...") == "");
  CHECK(NormaliseFindingText("Київ — ПЛАН") == "київ план");
}

TEST_CASE("FindingBaseKey") {
  SUBCASE("eight hex digits: the top of the hash of the normalised text") {
    const std::string key = FindingBaseKey(kA);
    CHECK(key.size() == 8);
    CHECK(IsFindingKey(key));
    CHECK(FindingBaseKey("a") == "af63dc4c");
  }
  SUBCASE("typographic changes keep the key") {
    CHECK(FindingBaseKey("The State’s plan (2019–2023).") == FindingBaseKey("the state's  plan 2019-2023"));
    CHECK(FindingBaseKey("Bălți régime") == FindingBaseKey("BALTI REGIME"));
  }
  SUBCASE("an edit of the words changes it") {
    CHECK(FindingBaseKey(kB) != FindingBaseKey("The Town Hall cooperates with IOM on labour mobility."));
    CHECK(FindingBaseKey("no budget") != FindingBaseKey("a budget"));
  }
}

TEST_CASE("keys survive reordering, additions and removals of other findings") {
  const DomainFindings before = Domain({kA, kB}, {kC});
  const std::string key_of_c = FindingKey(before, {FindingList::kFurtherDevelopment, 0});
  const std::string key_of_b = FindingKey(before, {FindingList::kWellDeveloped, 1});
  REQUIRE(IsFindingKey(key_of_c));

  const DomainFindings after = Domain({"A new finding about return.", kB}, {"Another new one.", kC});
  CHECK(ResolveFindingKey(after, key_of_c) == FindingRef{FindingList::kFurtherDevelopment, 1});
  CHECK(ResolveFindingKey(after, key_of_b) == FindingRef{FindingList::kWellDeveloped, 1});
  // moved to the other list: still found
  const DomainFindings moved = Domain({kC}, {kA});
  CHECK(ResolveFindingKey(moved, key_of_c) == FindingRef{FindingList::kWellDeveloped, 0});
}

TEST_CASE("a key whose finding was edited or removed resolves to nothing") {
  const DomainFindings before = Domain({kA}, {kC});
  const std::string key = FindingKey(before, {FindingList::kWellDeveloped, 0});
  CHECK_FALSE(ResolveFindingKey(Domain({kA + " Revised in 2024."}, {kC}), key));
  CHECK_FALSE(ResolveFindingKey(Domain({}, {kC}), key));
  CHECK_FALSE(ResolveFindingKey(DomainFindings{}, key));
  CHECK_FALSE(ResolveFindingKey(before, "not-a-key"));
}

TEST_CASE("duplicate findings in a domain get -2, -3 in order") {
  const DomainFindings d = Domain({kA, kB, kA}, {kA});
  const std::vector<std::string> keys = FindingKeys(d);
  const std::string a = FindingBaseKey(kA);
  CHECK(keys == std::vector<std::string>{a, FindingBaseKey(kB), a + "-2", a + "-3"});
  CHECK(ResolveFindingKey(d, a) == FindingRef{FindingList::kWellDeveloped, 0});
  CHECK(ResolveFindingKey(d, a + "-2") == FindingRef{FindingList::kWellDeveloped, 2});
  CHECK(ResolveFindingKey(d, a + "-3") == FindingRef{FindingList::kFurtherDevelopment, 0});
  CHECK_FALSE(ResolveFindingKey(d, a + "-4"));
  CHECK(FindingKey(d, {FindingList::kFurtherDevelopment, 0}) == a + "-3");
  CHECK(FindingKey(d, {FindingList::kFurtherDevelopment, 1}).empty());
}

TEST_CASE("keys are unique within every domain of the shipped profiles") {
  for (const char* file : {"profiles/azerbaijan-2023.json", "profiles/balti-2023.json"}) {
    const Profile p = *LoadProfile(test::Asset(file)).profile;
    for (const DomainFindings& d : p.domains) {
      std::vector<std::string> keys = FindingKeys(d);
      CHECK(keys.size() == d.well_developed.size() + d.further_development.size());
      for (std::size_t i = 0; i < keys.size(); ++i) {
        const bool well = i < d.well_developed.size();
        const FindingRef ref{well ? FindingList::kWellDeveloped : FindingList::kFurtherDevelopment,
                             well ? i : i - d.well_developed.size()};
        CHECK(ResolveFindingKey(d, keys[i]) == ref);
      }
      std::sort(keys.begin(), keys.end());
      CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
    }
  }
}

TEST_CASE("IsFindingKey") {
  CHECK(IsFindingKey("0a1b2c3d"));
  CHECK(IsFindingKey("0a1b2c3d-2"));
  CHECK(IsFindingKey("0a1b2c3d-999"));
  CHECK(IsFindingKey("zzzzzzzz"));
  CHECK_FALSE(IsFindingKey(""));
  CHECK_FALSE(IsFindingKey("0a1b2c3"));
  CHECK_FALSE(IsFindingKey("0A1B2C3D"));
  CHECK_FALSE(IsFindingKey("0a1b2c3d4"));
  CHECK_FALSE(IsFindingKey("0a1b2c3d-"));
  CHECK_FALSE(IsFindingKey("0a1b2c3d-1"));
  CHECK_FALSE(IsFindingKey("0a1b2c3d-02"));
  CHECK_FALSE(IsFindingKey("0a1b2c3d-1000"));
  CHECK_FALSE(IsFindingKey("0a1b2c3d-2x"));
  CHECK_FALSE(IsFindingKey("0a1b-c3d"));
}

TEST_CASE("ParseFindingLink") {
  SUBCASE("a domain, as SPEC section 3") {
    CHECK(ParseFindingLink("#mgi-wheel=partnerships") == FindingLink{"wheel", 2, ""});
    CHECK(ParseFindingLink("mgi-w_2-B=safe-orderly-migration") == FindingLink{"w_2-B", 5, ""});
  }
  SUBCASE("a finding") {
    CHECK(ParseFindingLink("#mgi-wheel=partnerships/0a1b2c3d") == FindingLink{"wheel", 2, "0a1b2c3d"});
    CHECK(ParseFindingLink("#mgi-wheel=well-being/0a1b2c3d-2") == FindingLink{"wheel", 3, "0a1b2c3d-2"});
  }
  SUBCASE("hostile or malformed fragments are ignored") {
    using namespace std::string_view_literals;
    for (std::string_view bad : std::initializer_list<std::string_view>{
             "", "#", "#mgi-", "#mgi-wheel", "#mgi-wheel=", "#mgi-=partnerships", "#mgi-x=../../evil",
             "#mgi-x=partnerships/../../evil", "#mgi-x=javascript:alert(1)", "javascript:alert(1)",
             "#mgi-x=partnerships/javascript:alert(1)", "#mgi-x=Partnerships", "#mgi-x=partnerships/",
             "#mgi-x=partnerships/0A1B2C3D", "#mgi-x=partnerships/0a1b2c3d/extra", "#mgi-x=partnerships?x=1",
             "#mgi-x=partnerships=1", "#mgi-x y=partnerships", "#mgi-x%2F=partnerships", "#mgi-<script>=partnerships",
             "#mgi-x=partnerships%2F0a1b2c3d", "#MGI-x=partnerships", "##mgi-x=partnerships", "#mgi-x=partnerships ",
             "#mgi-x=partnerships\n", "#mgi-x=partnerships/0a1b2c3d-1", "#other=partnerships",
             "#mgi-x=partnerships\0/0a1b2c3d"sv, "#mgi-ü=partnerships"}) {
      CAPTURE(bad);
      CHECK_FALSE(ParseFindingLink(bad));
    }
  }
  SUBCASE("over-long fragments and element ids are ignored") {
    CHECK(ParseFindingLink("#mgi-" + std::string(64, 'a') + "=partnerships/0a1b2c3d"));
    CHECK_FALSE(ParseFindingLink("#mgi-" + std::string(65, 'a') + "=partnerships"));
    CHECK_FALSE(ParseFindingLink("#mgi-x=partnerships/" + std::string(10000, 'a')));
    CHECK_FALSE(ParseFindingLink("#mgi-x=" + std::string(100000, 'p')));
  }
}

TEST_CASE("FormatFindingLink writes what ParseFindingLink reads") {
  const FindingLink domain{"wheel", 0, ""};
  const FindingLink finding{"wheel", 4, "0a1b2c3d-2"};
  CHECK(FormatFindingLink(domain) == "#mgi-wheel=migrants-rights");
  CHECK(FormatFindingLink(finding) == "#mgi-wheel=mobility-crises/0a1b2c3d-2");
  CHECK(ParseFindingLink(FormatFindingLink(domain)) == domain);
  CHECK(ParseFindingLink(FormatFindingLink(finding)) == finding);
  SUBCASE("and writes nothing it would not read") {
    CHECK(FormatFindingLink({"a b", 0, ""}).empty());
    CHECK(FormatFindingLink({"", 0, ""}).empty());
    CHECK(FormatFindingLink({"x", 6, ""}).empty());
    CHECK(FormatFindingLink({"x", -1, ""}).empty());
    CHECK(FormatFindingLink({"x", 0, "../evil"}).empty());
  }
}

TEST_CASE("FindingListId names the profile format's lists") {
  CHECK(FindingListId(FindingList::kWellDeveloped) == "well_developed");
  CHECK(FindingListId(FindingList::kFurtherDevelopment) == "further_development");
}

TEST_CASE("element ids that may stand in a link") {
  CHECK(IsElementId("moldova"));
  CHECK(IsElementId("a_B-9"));
  CHECK(IsElementId(std::string(64, 'x')));
  CHECK_FALSE(IsElementId(""));
  CHECK_FALSE(IsElementId(std::string(65, 'x')));
  CHECK_FALSE(IsElementId("two words"));
  CHECK_FALSE(IsElementId("a=b"));
  CHECK_FALSE(IsElementId("ré"));
}
