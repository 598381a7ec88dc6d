// The canvas's texts, built once per state and language: each font is told every character it
// draws, and only those (the hub font holds the jurisdictions' names alone).
#include <doctest/doctest.h>

#include <algorithm>

#include "core/canvas_text.hpp"
#include "core/utf8.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {

Profile Load(const std::string& name) { return test::BundledProfile(name); }

TextContext Text(std::string_view lang = "en") { return test::TextIn(lang); }

// Every character of `text` is among those of `chars`.
bool Holds(const std::string& chars, const std::string& text) {
  const std::vector<char32_t> have = DecodeUtf8(chars);
  for (char32_t c : DecodeUtf8(text))
    if (std::find(have.begin(), have.end(), c) == have.end()) return false;
  return true;
}

}  // namespace

TEST_CASE("one wheel: its labels and hub, each text in the font that draws it") {
  WidgetState state;
  state.SetProfile(Load("azerbaijan-2023.json"), 0);
  const CanvasText t = BuildCanvasText(state, Text());
  CHECK(t.hubs[0].name == "Republic of Azerbaijan");
  CHECK(t.hubs[0].year == "2023");
  CHECK(t.hub_chars == std::string(kEllipsis) + "Republic of Azerbaijan");  // the name, and the mark of a cut
  for (int i = 0; i < kDomainCount; ++i) {
    CAPTURE(i);
    CHECK(t.segment_labels[0][i] == SegmentLabel(state, Text(), i));
    CHECK(Holds(t.label_chars, t.segment_labels[0][i]));
  }
  CHECK(Holds(t.label_chars, t.hubs[0].level));
  CHECK(Holds(t.label_chars, t.hubs[0].year));
  // Nothing of a comparison: no captions, no chart, and no digits the wheel does not show.
  CHECK(t.captions[0].empty());
  CHECK(t.chart_note.empty());
  CHECK_FALSE(Holds(t.label_chars, "7"));
}

TEST_CASE("the language changes the texts") {
  WidgetState state;
  state.SetProfile(Load("balti-2023.json"), 0);
  const CanvasText en = BuildCanvasText(state, Text("en")), fr = BuildCanvasText(state, Text("fr"));
  CHECK(en.hubs[0].level != fr.hubs[0].level);
  CHECK(en.hubs[0].name == fr.hubs[0].name);  // the profile's own words stay
}

TEST_CASE("comparing: both wheels, captions, the chart's words and the digits of its counts") {
  const WidgetState state = test::Comparing(Load("azerbaijan-2023.json"), Load("balti-2023.json"));
  REQUIRE(state.comparing());
  const CanvasText t = BuildCanvasText(state, Text());
  CHECK(t.hubs[1].name.find("Balti") != std::string::npos);
  CHECK(Holds(t.hub_chars, t.hubs[0].name + t.hubs[1].name));
  for (int side = 0; side < 2; ++side) {
    CHECK_FALSE(t.captions[side].empty());
    CHECK_FALSE(t.legend[side].empty());
    CHECK(Holds(t.label_chars, t.captions[side] + t.legend[side]));
  }
  for (const auto& label : t.chart_labels) CHECK(Holds(t.label_chars, label));
  CHECK(Holds(t.label_chars, t.chart_column_titles[0] + t.chart_column_titles[1] + t.chart_note));
  CHECK(Holds(t.label_chars, "0123456789—"));
}

TEST_CASE("both fonts hold the ellipsis that a cut text ends with") {
  WidgetState state;
  state.SetProfile(Load("balti-2023.json"), 0);
  for (const CanvasText& t : {BuildCanvasText(state, Text()), BuildCanvasText(test::Comparing(Load("azerbaijan-2023.json"), Load("balti-2023.json")), Text())}) {
    CHECK(Holds(t.label_chars, std::string(kEllipsis)));
    CHECK(Holds(t.hub_chars, std::string(kEllipsis)));
  }
}

TEST_CASE("a cut line loses what would dangle before its ellipsis, and nothing else") {
  CHECK(TrimBeforeEllipsis("Municipality of Balti \u00B7 2023 \u00B7 ") == "Municipality of Balti \u00B7 2023");
  CHECK(TrimBeforeEllipsis("Migrants\u2019 rights, ") == "Migrants\u2019 rights");
  CHECK(TrimBeforeEllipsis("Safe, orderly and regular \u2014") == "Safe, orderly and regular");
  CHECK(TrimBeforeEllipsis("Chi\u0219in\u0103u") == "Chi\u0219in\u0103u");  // a word's own letters stay
  CHECK(TrimBeforeEllipsis(" \u00B7 ").empty());
  CHECK(TrimBeforeEllipsis("").empty());
}
