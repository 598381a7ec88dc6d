#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_support.hpp"

using namespace mgi;

TEST_CASE("framework.json has the six domains with texts in every interface language") {
  const Framework& fw = test::TheFramework();
  for (int i = 0; i < kDomainCount; ++i) {
    CAPTURE(kDomainIds[i]);
    const FrameworkDomain& d = fw.domains[i];
    CHECK(d.id == kDomainIds[i]);
    CHECK_FALSE(d.icon.empty());
    for (const char* lang : {"en", "fr"}) {
      CAPTURE(lang);
      CHECK(d.name.count(lang) == 1);
      CHECK(d.description_national.count(lang) == 1);
      CHECK(d.description_local.count(lang) == 1);
    }
    CHECK(d.description_national.at("fr") != d.description_local.at("fr"));
  }
  CHECK(fw.domains[0].name.at("fr") == "Droits des migrants");
}

TEST_CASE("LoadFramework rejects data out of wheel order") {
  Framework fw;
  Diagnostics d;
  CHECK_FALSE(LoadFramework(R"({"domains":[]})", &fw, &d));
  CHECK(d.errors[0].ToString() == "domains: expected a list of the six domains");
}

TEST_CASE("Strings: lookup, fallback and formatting") {
  const Strings& s = test::TheStrings();
  CHECK(s.Get("fr", "domain.well_developed") == "Exemples de domaines bien développés");
  CHECK(s.Get("xx", "domain.well_developed") == "Examples of well-developed areas");
  CHECK(s.Get("en", "no.such.key") == "no.such.key");
  CHECK(s.MonthYear("en", {2023, 10}) == "October 2023");
  CHECK(s.MonthYear("fr", {2023, 8}) == "août 2023");
  CHECK(s.MonthYear("es", {2023, 8}) == "agosto de 2023");
}

TEST_CASE("ChooseLanguage: the widget's lang, else the page's, else English; by primary subtag, any case") {
  const Strings& s = test::TheStrings();
  CHECK(s.ChooseLanguage("fr", "es") == "fr");
  CHECK(s.ChooseLanguage("FR-ca", "") == "fr");
  CHECK(s.ChooseLanguage("es_MX", "fr") == "es");
  CHECK(s.ChooseLanguage("", "es-419") == "es");
  CHECK(s.ChooseLanguage("de", "fr-BE") == "fr");  // a language the strings lack: the page's
  CHECK(s.ChooseLanguage("de", "pt-BR") == "en");
  CHECK(s.ChooseLanguage("", "") == "en");
  // Read by the whole primary subtag, not its first two letters: "frr" (North Frisian) is not French.
  CHECK(s.ChooseLanguage("frr", "") == "en");
  CHECK(s.ChooseLanguage("english", "es") == "es");
  CHECK(s.ChooseLanguage("-fr", "") == "en");
}

TEST_CASE("every string key exists in every language") {
  const Strings& s = test::TheStrings();
  // Without this, an empty or unread strings.json would pass the loop below with nothing to check.
  std::vector<std::string> languages = s.Languages();
  std::sort(languages.begin(), languages.end());
  REQUIRE(languages == std::vector<std::string>{"en", "es", "fr"});
  const auto english = s.Keys("en");
  REQUIRE_FALSE(english.empty());
  for (const auto& lang : languages) {
    CAPTURE(lang);
    CHECK(s.Keys(lang) == english);
  }
}

TEST_CASE("ParseHexColour") {
  Rgb c;
  CHECK(ParseHexColour("#1F5FA8", &c));
  CHECK((c.r == 0x1F && c.g == 0x5F && c.b == 0xA8));
  CHECK_FALSE(ParseHexColour("1F5FA8", &c));
  CHECK_FALSE(ParseHexColour("#1F5FAZ", &c));
}
