// mgi::import::ImportPage: the seed pages, what scraped pages carry, and every failure mode.
#include <doctest/doctest.h>

#include <regex>

#include "../unit/test_support.hpp"
#include "import/page_import.hpp"
#include "import/profile_writer.hpp"

using namespace mgi;
using namespace mgi::import;
using namespace std::string_literals;

namespace {

std::string Seed(const std::string& name) { return test::ReadFile(std::string(MGI_TEST_DATA_DIR) + "/seeds/" + name); }
const std::string kAzerbaijanSeed = "000_1fa61ab831c3902f.txt";
const std::string kBaltiSeed = "004_0c395de4b4526c8e.txt";

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  REQUIRE_MESSAGE(s.find(from) != std::string::npos, from);
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

std::string Section(const std::string& heading, const std::vector<std::string>& well, const std::vector<std::string>& further) {
  std::string s = "Key findings\n" + heading + "\n\nMigration Governance: examples of well-developed areas\n\n";
  for (const auto& f : well) s += "  • " + f + "\n";
  if (!further.empty()) {
    s += "\nAreas with potential for further development\n\n";
    for (const auto& f : further) s += "  • " + f + "\n";
  }
  return s;
}

// A small page in the seeds' shape: a local profile with one finding per list in each domain.
std::string Page() {
  return "Indicateurs de gouvernance des migrations (IGM)\n\nDroits des migrants\n\nLes indicateurs ...\n\n"
         "Key findings\nINTRODUCTION\n\n"
         "This Profile describes examples of well-developed areas of Municipality of Bălți (Republic of Moldova).\n\n"
         "Click the icons on the wheel to explore the key findings.\n\n"
         "The MGI initiative is implemented with research and analysis from the Economist Intelligence Unit. "
         "Funding is provided by IOM Member States.\n\n" +
         Section("MIGRANTS’ RIGHTS", {"R1."}, {"R2."}) + Section("WHOLE-OF-GOVERNMENT APPROACH", {"G1."}, {"G2."}) +
         Section("PARTNERSHIPS", {"P1."}, {"P2."}) + Section("WELL-BEING OF MIGRANTS", {"W1."}, {"W2."}) +
         Section("MOBILITY DIMENSION OF CRISES", {"C1."}, {"C2."}) +
         Section("SAFE, ORDERLY AND REGULAR MIGRATION", {"S1."}, {"S2."}) +
         "\n2023 Août\n\nMigration Governance Profile: Municipality of Bălți (Republic of Moldova)\n";
}

Profile Imported(const std::string& page, const ImportOptions& options = {}) {
  const ImportResult r = ImportPage(page, options);
  REQUIRE_MESSAGE(!r.error, (r.error ? std::to_string(r.error->line) + ": " + r.error->message : ""));
  REQUIRE(r.profile.has_value());
  return *r.profile;
}

// The failure as "LINE: message".
std::string Failure(const std::string& page, const ImportOptions& options = {}) {
  const ImportResult r = ImportPage(page, options);
  REQUIRE(r.error.has_value());
  CHECK_FALSE(r.profile.has_value());
  return std::to_string(r.error->line) + ": " + r.error->message;
}

std::vector<std::string> Warnings(const std::string& page) {
  std::vector<std::string> out;
  for (const PageIssue& w : ImportPage(page).warnings) out.push_back(std::to_string(w.line) + ": " + w.message);
  return out;
}

std::size_t FindingCount(const Profile& p) {
  std::size_t n = 0;
  for (const DomainFindings& d : p.domains) n += d.well_developed.size() + d.further_development.size();
  return n;
}

std::size_t BulletCount(const std::string& page) {
  std::size_t n = 0;
  for (std::size_t at = page.find("•"); at != std::string::npos; at = page.find("•", at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the seed pages give the checked-in profiles, byte for byte") {
  for (const auto& [seed, profile] : {std::pair{kAzerbaijanSeed, "profiles/azerbaijan-2023.json"},
                                      std::pair{kBaltiSeed, "profiles/balti-2023.json"}}) {
    CAPTURE(seed);
    const std::string page = Seed(seed);
    const ImportResult r = ImportPage(page);
    REQUIRE_FALSE(r.error);
    CHECK(r.warnings.empty());
    CHECK(WriteProfileJson(*r.profile) == test::Asset(profile));
    CHECK(r.bullets == 37);
    CHECK(FindingCount(*r.profile) == BulletCount(page));
    const ProfileLoad check = LoadProfile(WriteProfileJson(*r.profile));
    CHECK(check.diagnostics.errors.empty());
    CHECK(check.diagnostics.warnings.empty());
  }
}

TEST_CASE("what the importer reads from a page") {
  const Profile p = Imported(Page());
  CHECK(p.id == "balti-2023");
  CHECK(p.name == "Municipality of Bălți");
  CHECK(p.level == Level::kLocal);
  CHECK(p.country == "Republic of Moldova");
  CHECK(p.title == "Migration Governance Profile: Municipality of Bălți (Republic of Moldova)");
  CHECK(p.published.year == 2023);
  CHECK(p.published.month == 8);
  CHECK(p.language == "en");
  CHECK(p.partner == "Economist Intelligence Unit");
  CHECK(p.introduction == std::vector<std::string>{
                              "This Profile describes examples of well-developed areas of Municipality of Bălți (Republic of Moldova).",
                              "The MGI initiative is implemented with research and analysis from the Economist Intelligence Unit. "
                              "Funding is provided by IOM Member States."});
  const std::vector<std::string> titles = {"Migrants’ rights", "Whole-of-government approach", "Partnerships",
                                           "Well-being of migrants", "Mobility dimension of crises",
                                           "Safe, orderly and regular migration"};
  const std::string letters = "RGPWCS";
  for (int i = 0; i < kDomainCount; ++i) {
    CAPTURE(i);
    CHECK(p.domains[i].published);
    CHECK(p.domains[i].title == titles[i]);
    CHECK(p.domains[i].well_developed == std::vector<std::string>{letters.substr(i, 1) + "1."});
    CHECK(p.domains[i].further_development == std::vector<std::string>{letters.substr(i, 1) + "2."});
  }
}

TEST_CASE("what scraped pages carry") {
  const std::string expected = WriteProfileJson(Imported(Page()));
  const auto same = [&](const std::string& page) { CHECK(WriteProfileJson(Imported(page)) == expected); };

  SUBCASE("CRLF and CR line ends, a BOM") {
    same(ReplaceAll(Page(), "\n", "\r\n"));
    same(ReplaceAll(Page(), "\n", "\r"));
    same("\xEF\xBB\xBF" + Page());
    const std::string seed = Seed(kBaltiSeed);
    CHECK(WriteProfileJson(Imported(ReplaceAll(seed, "\n", "\r\n"))) == WriteProfileJson(Imported(seed)));
  }
  SUBCASE("page numbers anywhere, before or after a blank line") {
    same(ReplaceAll(Page(), "Key findings\n", "12\nKey findings\n"));
    same(ReplaceAll(Page(), "  • R1.\n", "  • R1.\n3\n"));
    same(ReplaceAll(Page(), "INTRODUCTION\n", "INTRODUCTION\n4\n"));
    same(ReplaceAll(Page(), "Key findings\nMIGRANTS", "Key findings\n5\n\nMIGRANTS"));
  }
  SUBCASE("headings with straight or curly apostrophes, spaced differently") {
    const Profile p = Imported(ReplaceAll(Page(), "MIGRANTS’ RIGHTS", "MIGRANTS' RIGHTS"));
    CHECK(p.domains[0].title == "Migrants' rights");  // kept as written
    same(ReplaceAll(Page(), "Areas with potential for further development", "Areas  with potential for further development\u00a0"));
    same(ReplaceAll(Page(), "Click the icons on the wheel", "Click  the icons on the wheel"));
  }
  SUBCASE("headings in capitals are put in sentence case; others are kept") {
    Profile p = Imported(ReplaceAll(Page(), "SAFE, ORDERLY AND REGULAR MIGRATION", "SAFE, ORDERLY AND DIGNIFIED MIGRATION"));
    CHECK(p.domains[5].title == "Safe, orderly and dignified migration");
    p = Imported(ReplaceAll(Page(), "WHOLE-OF-GOVERNMENT APPROACH", "Whole-of-Government Approach"));
    CHECK(p.domains[1].title == "Whole-of-Government Approach");
    p = Imported(ReplaceAll(Page(), "MOBILITY DIMENSION OF CRISES", "MOBILITY DIMENSIONS OF CRISES"));
    CHECK(p.domains[4].title == "Mobility dimensions of crises");
    p = Imported(ReplaceAll(Page(), "WELL-BEING OF MIGRANTS", "BIEN-ÊTRE DES MIGRANTS"));
    CHECK(p.domains[3].title == "Bien-être des migrants");
    p = Imported(ReplaceAll(Page(), "Migration Governance: examples of well-developed areas", "MIGRATION GOVERNANCE: EXAMPLES OF WELL-DEVELOPED AREAS"));
    CHECK(p.domains[0].well_developed.size() == 1);
  }
  SUBCASE("a domain heading in capitals without its \"Key findings\" line") {
    same(ReplaceAll(Page(), "Key findings\nPARTNERSHIPS", "PARTNERSHIPS"));
  }
  SUBCASE("a domain with no \"areas with potential\" list, or with neither list") {
    std::string page = ReplaceAll(Page(), "\nAreas with potential for further development\n\n  • P2.\n", "");
    const Profile p = Imported(page);
    CHECK(p.domains[2].published);
    CHECK(p.domains[2].well_developed == std::vector<std::string>{"P1."});
    CHECK(p.domains[2].further_development.empty());
    CHECK(Warnings(page).empty());
    page = ReplaceAll(page, "Migration Governance: examples of well-developed areas\n\n  • P1.\n", "");
    CHECK(Imported(page).domains[2].published);
    CHECK(Warnings(page) == std::vector<std::string>{"37: the section partnerships has no findings"});
  }
  SUBCASE("a missing domain is a warning, not an error") {
    const std::string page = ReplaceAll(Page(), Section("PARTNERSHIPS", {"P1."}, {"P2."}), "");
    CHECK_FALSE(Imported(page).domains[2].published);
    CHECK(Warnings(page) == std::vector<std::string>{"0: no section for the domain partnerships: it will show as \"no findings published\""});
  }
  SUBCASE("a finding wrapped over lines is one finding, its lines joined by a space") {
    const Profile p = Imported(ReplaceAll(Page(), "  • R1.\n", "  • The first\n    line, and the second.\n"));
    CHECK(p.domains[0].well_developed == std::vector<std::string>{"The first line, and the second."});
    const Profile q = Imported(ReplaceAll(Page(), "  • R1.\n", "  •\n  Text on the next line.\n"));
    CHECK(q.domains[0].well_developed == std::vector<std::string>{"Text on the next line."});
  }
  SUBCASE("other bullet marks") {
    const Profile p = Imported(ReplaceAll(ReplaceAll(Page(), "  • R1.", "- R1."), "  • R2.", "●R2."));
    CHECK(p.domains[0].well_developed == std::vector<std::string>{"R1."});
    CHECK(p.domains[0].further_development == std::vector<std::string>{"R2."});
  }
  SUBCASE("findings are trimmed and otherwise kept as written") {
    const std::string odd = "  Ün  «finding»\u00a0 with\ttabs, ‘quotes’ and 2019–2021.\u00a0 ";
    const Profile p = Imported(ReplaceAll(Page(), "R1.", odd));
    CHECK(p.domains[0].well_developed == std::vector<std::string>{"Ün  «finding»\u00a0 with\ttabs, ‘quotes’ and 2019–2021."});
  }
  SUBCASE("non-Latin letters in names") {
    for (const auto& [name, id] : {std::pair{"Municipality of Bălți", "balti-2023"}, {"City of Şəki", "seki-2023"},
                                   {"Municipality of Gjakovë/Đakovica", "gjakove-dakovica-2023"},
                                   {"City of Montréal", "montreal-2023"}, {"Ville de Genève", "ville-de-geneve-2023"}}) {
      CAPTURE(name);
      const Profile p = Imported(ReplaceAll(Page(), "Municipality of Bălți", name));
      CHECK(p.name == name);
      CHECK(p.id == id);
    }
  }
  SUBCASE("a national profile") {
    const std::string page = ReplaceAll(ReplaceAll(Page(), "Municipality of Bălți (Republic of Moldova)", "Republic of Azerbaijan"),
                                        "This Profile", "This country Profile");
    const Profile p = Imported(page);
    CHECK(p.level == Level::kNational);
    CHECK_FALSE(p.country.has_value());
    CHECK(p.id == "azerbaijan-2023");
    CHECK(Warnings(page).empty());
  }
  SUBCASE("--id overrides the id") {
    ImportOptions options;
    options.id = "balti-municipality-2023";
    CHECK(Imported(Page(), options).id == "balti-municipality-2023");
  }
}

TEST_CASE("never invents or drops a finding: bullets in == strings out") {
  const std::vector<std::string> pages = {
      Page(), Seed(kAzerbaijanSeed), Seed(kBaltiSeed), ReplaceAll(Seed(kBaltiSeed), "\n", "\r\n"),
      ReplaceAll(Page(), "  • R1.\n", "  • R1.\n  • R1b.\n\n3\n  • R1c\n    wrapped.\n"),
      ReplaceAll(Page(), "\nAreas with potential for further development\n\n  • G2.\n", "")};
  for (const std::string& page : pages) {
    const ImportResult r = ImportPage(page);
    REQUIRE_FALSE(r.error);
    CHECK(FindingCount(*r.profile) == BulletCount(page));
    CHECK(r.bullets == static_cast<int>(BulletCount(page)));
  }
}

TEST_CASE("failure modes name the line") {
  SUBCASE("empty, white space only, not UTF-8, UTF-16") {
    CHECK(Failure("") == "1: the file is empty");
    CHECK(Failure(" \n\r\n\t \n") == "1: the file is empty (only white space)");
    CHECK(Failure("\n\n") == "1: the file is empty (only white space)");
    CHECK(Failure(ReplaceAll(Page(), "P1.", "P1 caf\xE9.")) == "41: not UTF-8: invalid byte sequence at column 11 (byte 843 of the file)");
    CHECK(Failure("\xFF\xFEK\0e\0y\0"s) == "1: the file is UTF-16; save it as UTF-8");
  }
  SUBCASE("no domain sections, no title line, no month") {
    CHECK(Failure("Some text\nthat is not a profile page.\n") ==
          "2: no domain sections up to the end of the page (line 2): expected \"Key findings\" followed by a domain "
          "heading such as \"MIGRANTS’ RIGHTS\"");
    CHECK(Failure(ReplaceAll(Page(), "Key findings\n", "")) ==
          "72: no domain sections up to the end of the page (line 72): expected \"Key findings\" followed by a domain "
          "heading such as \"MIGRANTS’ RIGHTS\"");
    CHECK(Failure(ReplaceAll(Page(), "Migration Governance Profile: ", "")) ==
          "79: no title line (\"Migration Governance Profile: NAME\") up to the end of the page (line 79)");
    CHECK(Failure(ReplaceAll(Page(), "2023 Août", "")) ==
          "79: no publication month (a line such as \"2023 Octobre\" or \"October 2023\") up to the end of the page (line 79)");
    CHECK(Failure(ReplaceAll(Page(), "Municipality of Bălți (Republic of Moldova)\n", "\n")) ==
          "79: the title line names no jurisdiction after its ':'");
    CHECK(Failure(ReplaceAll(Page(), "Municipality of Bălți (Republic of Moldova)\n", "(Republic of Moldova)\n")) ==
          "79: the title line names no jurisdiction before its parentheses");
  }
  SUBCASE("sections it cannot place") {
    CHECK(Failure(ReplaceAll(Page(), "PARTNERSHIPS", "HEALTH")) ==
          "37: \"HEALTH\" is neither INTRODUCTION nor the heading of one of the six domains (rights, "
          "whole-of-government, partnerships, well-being, crises, safe migration)");
    CHECK(Failure(ReplaceAll(Page(), "Key findings\nPARTNERSHIPS\n", "Key findings\n  • P0.\n")) ==
          "37: expected a section heading (INTRODUCTION or a domain) after \"Key findings\" at line 36");
    CHECK(Failure(ReplaceAll(Page(), "PARTNERSHIPS", "MIGRANTS’ RIGHTS")) ==
          "37: a second section for the domain migrants-rights (the first, \"Migrants’ rights\", is at line 17)");
    CHECK(Failure(ReplaceAll(Page(), "INTRODUCTION\n\nThis", "INTRODUCTION\n\nKey findings\nINTRODUCTION\nThis")) ==
          "11: a second INTRODUCTION (the first is at line 8)");
  }
  SUBCASE("findings it cannot place") {
    CHECK(Failure(ReplaceAll(Page(), "Migration Governance: examples of well-developed areas\n\n  • P1.", "\n  • P1.")) ==
          "40: a finding in partnerships before its list heading (\"examples of well-developed areas\" or \"Areas "
          "with potential for further development\")");
    CHECK(Failure(ReplaceAll(Page(), "  • P2.\n", "  • P2.\n\nSee also the annex.\n")) ==
          "47: unexpected text in partnerships (expected a bullet, a list heading or \"Key findings\"): \"See also the annex.\"");
    // Regression (fuzz_import): the quote was cut inside a character, and the message was not UTF-8.
    CHECK(Failure(ReplaceAll(Page(), "  • P2.\n", "  • P2.\n\n" + std::string(59, '.') + "’’’.\n")) ==
          "47: unexpected text in partnerships (expected a bullet, a list heading or \"Key findings\"): \"" +
              std::string(59, '.') + "’…\"");
    CHECK(Failure(ReplaceAll(Page(), "  • P2.\n", "  • P2.\n\nAreas with potential for further development\n")) ==
          "47: a second \"Areas with potential for further development\" list in partnerships (the first is at line 43)");
    CHECK(Failure(ReplaceAll(Page(), "  • P2.", "  •  ")) == "45: a bullet with no text");
    CHECK(Failure(Page() + "\n  • A stray finding.\n") ==
          "81: a finding after the end of the findings (the month or title line at line 79)");
  }
  SUBCASE("limits of the format") {
    CHECK(Failure(ReplaceAll(Page(), "P1.", std::string(4001, 'x'))) == "41: finding of 4001 characters is over the limit of 4000");
    std::string many;
    for (int i = 0; i < 101; ++i) many += "  • F" + std::to_string(i) + ".\n";
    CHECK(Failure(ReplaceAll(Page(), "  • P1.\n", many)) == "141: more than 100 findings in one list (the format's limit)");
    std::string hundred;
    for (int i = 0; i < 100; ++i) hundred += "  • F" + std::to_string(i) + ".\n";
    CHECK(Imported(ReplaceAll(Page(), "  • P1.\n", hundred)).domains[2].well_developed.size() == 100);
    CHECK(Failure(ReplaceAll(Page(), "The MGI initiative", std::string(4000, 'x'))) ==
          "8: introduction of 4227 characters is over the limit of 4000");
  }
  SUBCASE("ids") {
    CHECK(Failure(ReplaceAll(Page(), "Municipality of Bălți", "Город Бельцы")) ==
          "79: cannot make an id from \"Город Бельцы\" (no Latin letters or digits); give one with --id");
    ImportOptions options;
    options.id = "Bad Id";
    CHECK(Failure(Page(), options) == "0: the id \"Bad Id\" is not 1 to 64 characters a-z, 0-9 or '-'");
    options.id = "beltsy-2023";
    CHECK(Imported(ReplaceAll(Page(), "Municipality of Bălți", "Город Бельцы"), options).id == "beltsy-2023");
  }
}

TEST_CASE("warnings") {
  CHECK(Warnings(Page()).empty());
  CHECK(Warnings(ReplaceAll(Page(), "research and analysis from the Economist Intelligence Unit", "help")) ==
        std::vector<std::string>{"8: no research partner (\"... research and analysis from NAME.\") in the introduction"});
  CHECK(Warnings(ReplaceAll(Page(), " (Republic of Moldova)", "")) ==
        std::vector<std::string>{"79: a local profile, but the title names no country in parentheses after the name"});
  const std::string no_intro = std::regex_replace(Page(), std::regex("Key findings\nINTRODUCTION[^]*?(?=Key findings)"), "");
  CHECK(Warnings(no_intro) == std::vector<std::string>{"0: no INTRODUCTION section: the profile has an empty introduction"});
  CHECK(Imported(no_intro).introduction.empty());
}

TEST_CASE("ParseMonthLine: English, French and Spanish months, accented or not") {
  const std::vector<std::pair<std::string, std::pair<int, int>>> good = {
      {"2023 Octobre", {2023, 10}}, {"2023 Août", {2023, 8}},     {"2023 Aout", {2023, 8}},     {"AOÛT 2023", {2023, 8}},
      {"October 2023", {2023, 10}}, {"octubre de 2023", {2023, 10}}, {"Febrero 2024", {2024, 2}}, {"février 2022", {2022, 2}},
      {"fevrier 2022", {2022, 2}},  {"Décembre 2021", {2021, 12}}, {"decembre 2021", {2021, 12}}, {"12 September 2023", {2023, 9}},
      {"1er mai 2023", {2023, 5}},  {"Setiembre 2020", {2020, 9}}, {"Sept. 2020", {2020, 9}},    {"2023, June", {2023, 6}}};
  for (const auto& [line, ym] : good) {
    CAPTURE(line);
    const auto parsed = ParseMonthLine(line);
    REQUIRE(parsed.has_value());
    CHECK(parsed->year == ym.first);
    CHECK(parsed->month == ym.second);
  }
  for (const char* bad : {"2023", "Octobre", "2023 Octobre 2024", "October 1899", "In October 2023 IOM published", "2023-10", "Mayo"})
    CHECK_MESSAGE(!ParseMonthLine(bad), bad);
}

TEST_CASE("ReadJurisdiction: level and country from the title and the introduction") {
  Jurisdiction j = ReadJurisdiction("Municipality of Balti (Republic of Moldova)", "this profile describes");
  CHECK(j.name == "Municipality of Balti");
  CHECK(j.level == Level::kLocal);
  CHECK(j.country == "Republic of Moldova");
  j = ReadJurisdiction("Republic of Azerbaijan", "this country profile describes");
  CHECK(j.level == Level::kNational);
  CHECK_FALSE(j.country);
  j = ReadJurisdiction("Bolivia (Plurinational State of)", "this profile describes");
  CHECK(j.name == "Bolivia (Plurinational State of)");
  CHECK(j.level == Level::kNational);
  j = ReadJurisdiction("City of Accra", "this profile describes");
  CHECK(j.level == Level::kLocal);
  CHECK_FALSE(j.country);
  j = ReadJurisdiction("Kingdom of Morocco", "");
  CHECK(j.level == Level::kNational);
}

TEST_CASE("MakeProfileId, FindPartner, DomainOfHeading") {
  CHECK(MakeProfileId("Republic of Azerbaijan", 2023) == "azerbaijan-2023");
  CHECK(MakeProfileId("Municipality of Balti", 2023) == "balti-2023");
  CHECK(MakeProfileId("The Republic of the Gambia", 2019) == "gambia-2019");
  CHECK(MakeProfileId("Democratic Republic of the Congo", 2021) == "democratic-republic-of-the-congo-2021");
  CHECK(MakeProfileId("Côte d’Ivoire", 2020) == "cote-d-ivoire-2020");
  CHECK(MakeProfileId("Bolivia (Plurinational State of)", 2018) == "bolivia-plurinational-state-of-2018");
  CHECK(MakeProfileId(std::string(100, 'a'), 2023) == std::string(59, 'a') + "-2023");
  CHECK(MakeProfileId("Ελλάδα", 2023).empty());

  CHECK(FindPartner("implemented with research and analysis from the Economist Impact. Funding is provided") == "Economist Impact");
  CHECK(FindPartner("with Research and Analysis by Economist Intelligence Unit (EIU).") == "Economist Intelligence Unit (EIU)");
  CHECK(FindPartner("with research and analysis from the Economist Intelligence Unit, and") == "Economist Intelligence Unit");
  CHECK_FALSE(FindPartner("with research and analysis from the ."));
  CHECK_FALSE(FindPartner("Funding is provided by IOM Member States."));

  CHECK(DomainOfHeading("MIGRANTS’ RIGHTS") == 0);
  CHECK(DomainOfHeading("Migrants' rights") == 0);
  CHECK(DomainOfHeading("WHOLE-OF-GOVERNMENT APPROACH") == 1);
  CHECK(DomainOfHeading("Partnerships") == 2);
  CHECK(DomainOfHeading("Socioeconomic well-being of migrants") == 3);
  CHECK(DomainOfHeading("MOBILITY DIMENSION OF CRISES") == 4);
  CHECK(DomainOfHeading("Mobility dimensions of crises") == 4);
  CHECK(DomainOfHeading("SAFE, ORDERLY AND DIGNIFIED MIGRATION") == 5);
  CHECK(DomainOfHeading("Migrations sûres, ordonnées et régulières") == 5);
  CHECK_FALSE(DomainOfHeading("INTRODUCTION"));
  CHECK_FALSE(DomainOfHeading("Rights in crises"));  // two domains: not a heading it can place
}
