#include <doctest/doctest.h>

#include "core/citation.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {
const Profile& Balti() {
  static const Profile p = *LoadProfile(test::Asset("profiles/balti-2023.json")).profile;
  return p;
}
TextContext Text(std::string_view lang) { return {test::TheFramework(), test::TheStrings(), lang}; }

constexpr std::string_view kUrl = "https://example.org/page";
constexpr CalendarDate kAccessed{2026, 11, 23};
const std::string kTitle = "Migration Governance Profile: Municipality of Balti (Republic of Moldova)";
const std::string kFinding =
    "Local authorities in Balti engage civil society and diaspora organizations in the implementation of "
    "migration-related programmes";
const CitedFinding kPartnerships{2, {FindingList::kWellDeveloped, 0}};
}  // namespace

TEST_CASE("a profile's citation in three languages") {
  CHECK(Cite({Balti(), kUrl, kAccessed, std::nullopt}, Text("en")) ==
        "International Organization for Migration (IOM). (August 2023). " + kTitle +
            ". https://example.org/page (accessed 23 November 2026).");
  CHECK(Cite({Balti(), kUrl, kAccessed, std::nullopt}, Text("fr")) ==
        "Organisation internationale pour les migrations (OIM). (août 2023). " + kTitle +
            ". https://example.org/page (consulté le 23 novembre 2026).");
  CHECK(Cite({Balti(), kUrl, kAccessed, std::nullopt}, Text("es")) ==
        "Organización Internacional para las Migraciones (OIM). (agosto de 2023). " + kTitle +
            ". https://example.org/page (consultado el 23 de noviembre de 2026).");
}

TEST_CASE("a finding's citation names the domain and quotes the finding") {
  SUBCASE("English: the profile's own domain title, as the profile is in English") {
    CHECK(Cite({Balti(), kUrl, kAccessed, kPartnerships}, Text("en")) ==
          "International Organization for Migration (IOM). (August 2023). " + kTitle +
              ", “Partnerships” domain, finding: “" + kFinding +
              "”. https://example.org/page (accessed 23 November 2026).");
  }
  SUBCASE("French: the framework's French name, guillemets with no-break spaces") {
    CHECK(Cite({Balti(), kUrl, kAccessed, kPartnerships}, Text("fr")) ==
          "Organisation internationale pour les migrations (OIM). (août 2023). " + kTitle +
              ", domaine «\u00A0Partenariats\u00A0», conclusion\u00A0: «\u00A0" + kFinding +
              "\u00A0». https://example.org/page (consulté le 23 novembre 2026).");
  }
  SUBCASE("Spanish") {
    CHECK(Cite({Balti(), kUrl, kAccessed, kPartnerships}, Text("es")) ==
          "Organización Internacional para las Migraciones (OIM). (agosto de 2023). " + kTitle +
              ", ámbito «" + std::string(Localize(test::TheFramework().domains[2].name, "es")) +
              "», conclusión: «" + kFinding + "». https://example.org/page (consultado el 23 de noviembre de 2026).");
  }
  SUBCASE("a finding from the other list") {
    const std::string& text = Balti().domains[4].further_development[3];
    const std::string cited = Cite({Balti(), kUrl, kAccessed, CitedFinding{4, {FindingList::kFurtherDevelopment, 3}}}, Text("en"));
    CHECK(cited.find("“Mobility dimension of crises” domain") != std::string::npos);
    CHECK(cited.find(text.substr(0, text.size() - 1) + "”.") != std::string::npos);
  }
}

TEST_CASE("a finding that is not in the profile gives no citation") {
  CHECK(Cite({Balti(), kUrl, kAccessed, CitedFinding{2, {FindingList::kWellDeveloped, 3}}}, Text("en")).empty());
  CHECK(Cite({Balti(), kUrl, kAccessed, CitedFinding{6, {FindingList::kWellDeveloped, 0}}}, Text("en")).empty());
  CHECK(Cite({Balti(), kUrl, kAccessed, CitedFinding{-1, {FindingList::kWellDeveloped, 0}}}, Text("en")).empty());
}

TEST_CASE("citation details") {
  SUBCASE("without a URL, no access date") {
    CHECK(Cite({Balti(), "", kAccessed, std::nullopt}, Text("en")) ==
          "International Organization for Migration (IOM). (August 2023). " + kTitle + ".");
  }
  SUBCASE("without a title, the widget's default title in the interface language") {
    Profile p = Balti();
    p.title.reset();
    CHECK(Cite({p, kUrl, kAccessed, std::nullopt}, Text("fr")).find(
              "(août 2023). Indicateurs de gouvernance des migrations : Municipality of Balti. https") != std::string::npos);
  }
  SUBCASE("braces in a title or a URL are cited as written") {
    Profile p = Balti();
    p.title = "Profile {date} {url}";
    CHECK(Cite({p, "https://x.org/?q={date}", kAccessed, std::nullopt}, Text("en")) ==
          "International Organization for Migration (IOM). (August 2023). Profile {date} {url}. "
          "https://x.org/?q={date} (accessed 23 November 2026).");
  }
  SUBCASE("an ellipsis at the end of a finding is kept whole") {
    Profile p = Balti();
    p.domains[2].well_developed[0] = "Work goes on...";
    CHECK(Cite({p, "", kAccessed, kPartnerships}, Text("en")).find("finding: “Work goes on...”.") != std::string::npos);
  }
  SUBCASE("an unknown interface language falls back to English") {
    CHECK(Cite({Balti(), kUrl, kAccessed, std::nullopt}, Text("de")).substr(0, 47) ==
          "International Organization for Migration (IOM).");
  }
}

TEST_CASE("DayMonthYear") {
  const Strings& s = test::TheStrings();
  CHECK(DayMonthYear(s, "en", {2026, 11, 23}) == "23 November 2026");
  CHECK(DayMonthYear(s, "fr", {2026, 2, 3}) == "3 février 2026");
  CHECK(DayMonthYear(s, "fr", {2026, 8, 1}) == "1er août 2026");
  CHECK(DayMonthYear(s, "es", {2026, 1, 1}) == "1 de enero de 2026");
  CHECK(DayMonthYear(s, "en", {2026, 13, 1}) == "2026");
}
