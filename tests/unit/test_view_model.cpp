#include <doctest/doctest.h>

#include "core/view_model.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {
WidgetState ReadyWith(const std::string& file) {
  WidgetState s;
  s.SetProfile(*LoadProfile(test::Asset(file)).profile, 0);
  return s;
}
TextContext Text(std::string_view lang) { return {test::TheFramework(), test::TheStrings(), lang}; }
}  // namespace

TEST_CASE("the introduction panel") {
  const WidgetState s = ReadyWith("profiles/azerbaijan-2023.json");
  const Json p = BuildPanel(s, Text("en"));
  CHECK(p["state"] == "intro");
  CHECK(p["domain"].is_null());
  CHECK(p["heading"] == "Migration Governance Indicators Profile: Republic of Azerbaijan");
  CHECK(p["meta"][0] == "Published October 2023");
  CHECK(p["meta"][1] == "Research and analysis: Economist Impact");
  CHECK(p["paragraphs"].size() == 2);
  CHECK(p["content_lang"] == "en");
  CHECK(BuildPanel(s, Text("fr"))["meta"][0] == "Publié en octobre 2023");
}

TEST_CASE("a domain panel lists both kinds of findings with counts") {
  WidgetState s = ReadyWith("profiles/balti-2023.json");
  s.Select(4, 0);
  const Json p = BuildPanel(s, Text("en"));
  const Profile& prof = *s.profile();
  CHECK(p["state"] == "domain");
  CHECK(p["domain"] == "mobility-crises");
  CHECK(p["heading"] == *prof.domains[4].title);
  CHECK(p["kicker"] == "Domain 5 of 6 · MiGOF objective");
  // a local profile shows the local description
  CHECK(p["description"][0] == test::TheFramework().domains[4].description_local.at("en"));
  REQUIRE(p["lists"].size() == 2);
  CHECK(p["lists"][0]["heading"] == "Examples of well-developed areas");
  CHECK(p["lists"][0]["count"] == prof.domains[4].well_developed.size());
  CHECK(p["lists"][0]["items"] == prof.domains[4].well_developed);
  CHECK(p["lists"][1]["items"] == prof.domains[4].further_development);
  CHECK(p["announce"] == std::string(*prof.domains[4].title) +
                             ": 2 well-developed areas, 4 areas with potential for further development");
  SUBCASE("French interface, English findings") {
    const Json fr = BuildPanel(s, Text("fr"));
    CHECK(fr["lang"] == "fr");
    CHECK(fr["content_lang"] == "en");
    CHECK(fr["description"][0] == test::TheFramework().domains[4].description_local.at("fr"));
    CHECK(fr["lists"][1]["heading"] == "Domaines susceptibles d’être développés");
  }
}

TEST_CASE("a national profile shows the national description") {
  WidgetState s = ReadyWith("profiles/azerbaijan-2023.json");
  s.Select(0, 0);
  CHECK(BuildPanel(s, Text("fr"))["description"][0] == test::TheFramework().domains[0].description_national.at("fr"));
}

TEST_CASE("an unpublished domain says so") {
  const std::string text =
      R"({"format":"mgi-profile/1","id":"x","jurisdiction":{"name":"X","level":"national"},"published":"2020-01",)"
      R"("language":"en","introduction":"I","domains":[]})";
  WidgetState s;
  s.SetProfile(*LoadProfile(text).profile, 0);
  s.Select(2, 0);
  const Json p = BuildPanel(s, Text("en"));
  CHECK(p["lists"].empty());
  CHECK(p["note"] == "No findings published for this domain.");
  CHECK(p["heading"] == "Partnerships");
}

TEST_CASE("loading and error panels") {
  WidgetState s;
  s.BeginLoading("a.json");
  CHECK(BuildPanel(s, Text("en"))["state"] == "loading");
  s.SetError({"a.json", "HTTP 404 Not Found", {"x: y"}, false});
  const Json p = BuildPanel(s, Text("en"));
  CHECK(p["state"] == "error");
  CHECK(p["error"]["message"] == "HTTP 404 Not Found");
  CHECK(p["error"]["url"] == "a.json");
  CHECK(p["error"]["details"][0] == "x: y");
  CHECK(p["note"] == "Check the address of the profile file, or try again later.");
  s.SetError({"a.json", "id: expected a string", {"id: expected a string"}, true});
  CHECK(BuildPanel(s, Text("en"))["note"].get<std::string>().rfind("The file was found, but it is not a valid MGI profile", 0) == 0);
}

TEST_CASE("wheel text") {
  WidgetState s = ReadyWith("profiles/balti-2023.json");
  const HubText hub = BuildHubText(s, Text("en"));
  CHECK(hub.name == "Municipality of Balti");
  CHECK(hub.level == "Local profile · Republic of Moldova");
  CHECK(hub.year == "2023");
  CHECK(SegmentLabel(s, Text("fr"), 0) == "Droits des migrants");
  CHECK(SegmentLabel(s, Text("en"), 5) == *s.profile()->domains[5].title);
}
