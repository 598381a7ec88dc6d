#include <doctest/doctest.h>

#include "core/catalogue_list.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {
CatalogueList Read(std::string_view text, std::string_view lang = "en") {
  return ReadCatalogueList(text, "profiles/index.json", test::TheStrings(), lang);
}
}  // namespace

TEST_CASE("the shipped catalogue reads whole") {
  const CatalogueList list = Read(test::Asset("profiles/index.json"));
  CHECK(list.problem.empty());
  REQUIRE(list.items.size() == 2);
  CHECK(list.items[1].id == "balti-2023");
  CHECK(list.items[1].name == "Municipality of Balti");
  CHECK(list.items[1].file == "balti-2023.json");
  CHECK(list.items[1].local);
  CHECK(list.items[1].country == "Republic of Moldova");
  CHECK_FALSE(list.items[0].local);
  CHECK(list.items[0].country.empty());
}

TEST_CASE("a file that is not a catalogue is named; entries without a name or file are passed over") {
  for (std::string_view bad : {"", "not json", "[]", R"({"format":"mgi-catalogue/2","profiles":[]})",
                               R"({"format":"mgi-catalogue/1"})", R"({"format":"mgi-catalogue/1","profiles":{}})"}) {
    CAPTURE(bad);
    const CatalogueList list = Read(bad);
    CHECK(list.problem == "profiles/index.json is not a list of profiles (mgi-catalogue/1)");
    CHECK(list.items.empty());
  }
  CHECK(Read("{}", "fr").problem == "profiles/index.json n’est pas une liste de profils (mgi-catalogue/1)");
  const CatalogueList list = Read(R"({"format":"mgi-catalogue/1","profiles":[
      {"name":"A","file":"a.json"}, {"name":7,"file":"b.json"}, {"file":"c.json"}, null, {"name":"D","file":"d.json","level":"local"}]})");
  CHECK(list.problem.empty());
  REQUIRE(list.items.size() == 2);
  CHECK(list.items[1].name == "D");
  CHECK(list.items[1].local);
}

TEST_CASE("the picker matches names, countries and ids, accents and case folded") {
  std::vector<CatalogueItem> items = {{"balti-2023", "Municipality of Bălți", "b.json", true, "Republic of Moldova"},
                                      {"azerbaijan-2023", "Republic of Azerbaijan", "a.json", false, ""},
                                      {"sao-paulo-2020", "São Paulo", "s.json", true, "Brazil"}};
  CHECK(MatchCatalogue(items, "") == std::vector<int>{0, 1, 2});
  CHECK(MatchCatalogue(items, "  ") == std::vector<int>{0, 1, 2});
  CHECK(MatchCatalogue(items, "balti") == std::vector<int>{0});
  CHECK(MatchCatalogue(items, "MOLDOVA") == std::vector<int>{0});
  CHECK(MatchCatalogue(items, "republic") == std::vector<int>{0, 1});
  CHECK(MatchCatalogue(items, " sao ") == std::vector<int>{2});
  CHECK(MatchCatalogue(items, "2020") == std::vector<int>{2});
  CHECK(MatchCatalogue(items, "paris").empty());
  CHECK(CatalogueTag(items[0], test::TheStrings(), "en") == "local · Republic of Moldova");
  CHECK(CatalogueTag(items[1], test::TheStrings(), "en") == "national");
}
