#include <doctest/doctest.h>

#include "core/png_layout.hpp"
#include "test_support.hpp"

using namespace mgi;

TEST_CASE("the downloaded picture: the wheel under its name, the six domains' legend below, named after the profile") {
  WidgetState state;
  state.SetLayout(PlanLayout(900), 0);
  state.SetProfile(test::BundledProfile("balti-2023.json"), 0);
  state.Select(2, 0);
  const Json plan = PlanWheelPng(state, test::TextIn("en"), 1200, 1200);
  CHECK(plan["name"] == "balti-2023-partnerships-wheel.png");
  CHECK(plan["width"] == 1200 + 2 * 48);
  CHECK(plan["height"] == 112 + 1200 + 48 + 3 * 52 + 48);
  CHECK(plan["wheel"]["x"] == 48);
  CHECK(plan["wheel"]["y"] == 112);
  CHECK(plan["title"]["text"] == "Migration governance wheel of Municipality of Balti");
  REQUIRE(plan["legend"].size() == kDomainCount);
  const Json& first = plan["legend"][0];
  const Json& second = plan["legend"][1];
  const Json& third = plan["legend"][2];
  CHECK(first["label"] == "Migrants’ rights");
  CHECK(first["colour"].get<std::string>().size() == 7);
  CHECK(second["box"]["x"].get<float>() > first["box"]["x"].get<float>());  // two columns
  CHECK(second["box"]["y"] == first["box"]["y"]);
  CHECK(third["box"]["x"] == first["box"]["x"]);  // then the next row
  CHECK(third["box"]["y"].get<float>() > first["box"]["y"].get<float>() + 50);
  const float bottom = plan["legend"][5]["box"]["y"].get<float>() + plan["legend"][5]["box"]["size"].get<float>();
  CHECK(bottom < plan["height"].get<float>());
}

TEST_CASE("a small wheel still gets a picture wide enough for its legend, in the interface's language") {
  WidgetState state;
  state.SetLayout(PlanLayout(320), 0);
  state.SetProfile(test::BundledProfile("azerbaijan-2023.json"), 0);
  const Json plan = PlanWheelPng(state, test::TextIn("fr"), 400, 400);
  CHECK(plan["width"] == 560 * 2);
  CHECK(plan["wheel"]["x"] == (1120 - 400) / 2);
  CHECK(plan["name"] == "azerbaijan-2023-all-domains-wheel.png");
  CHECK(plan["title"]["text"] == test::TheStrings().Format("fr", "wheel.label", {{"name", "Republic of Azerbaijan"}}));
  CHECK(plan["legend"][0]["label"] == "Droits des migrants");
}
