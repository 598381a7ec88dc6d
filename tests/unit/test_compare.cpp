// The comparison: its layout (two wheels and the overview chart), the counts behind the chart, the
// combined loading state and the panel's view model.
#include <doctest/doctest.h>

#include "core/compare_view.hpp"
#include "core/layout.hpp"
#include "core/overview_chart.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {

Profile Load(const std::string& name) { return test::BundledProfile(name); }

bool Overlap(const Rect& a, const Rect& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

bool Inside(const Rect& r, float w, float h) { return r.x >= 0 && r.y >= 0 && r.x + r.w <= w + 0.01f && r.y + r.h <= h + 0.01f; }

TextContext Text(std::string_view lang = "en") { return test::TextIn(lang); }

}  // namespace

TEST_CASE("comparing: two wheels side by side when wide, one above the other when narrow, chart below") {
  for (float width : {1200.0f, 800.0f, 640.0f, 639.0f, 400.0f, 320.0f}) {
    CAPTURE(width);
    const LayoutPlan plan = PlanLayout(width, true);
    CHECK(plan.compare);
    CHECK(plan.wheel_count == 2);
    CHECK(plan.facing_deg == 180);
    CHECK(plan.canvas_width == width);
    CHECK_FALSE(Overlap(plan.wheels[0], plan.wheels[1]));
    for (int side = 0; side < 2; ++side) {
      CHECK(Inside(plan.wheels[side], plan.canvas_width, plan.canvas_height));
      CHECK(Inside(plan.captions[side], plan.canvas_width, plan.canvas_height));
      CHECK(plan.captions[side].y + plan.captions[side].h <= plan.wheels[side].y);  // caption above its wheel
      CHECK_FALSE(Overlap(plan.chart, plan.wheels[side]));
      CHECK(plan.wheels[side].w == doctest::Approx(plan.wheels[side].h));
      CHECK(plan.wheels[side].w > 100);
    }
    CHECK(Inside(plan.chart, plan.canvas_width, plan.canvas_height));
    if (plan.wide) {
      CHECK(plan.wheels[0].y == plan.wheels[1].y);
      CHECK(plan.wheels[0].x + plan.wheels[0].w <= plan.wheels[1].x);
    } else {
      CHECK(plan.wheels[0].y + plan.wheels[0].h <= plan.captions[1].y);
    }
  }
  // One profile: unchanged, one wheel filling the canvas.
  const LayoutPlan single = PlanLayout(1000);
  CHECK_FALSE(single.compare);
  CHECK(single.wheel_count == 1);
  CHECK(single.wheels[0] == Rect{0, 0, single.canvas_width, single.canvas_height});
}

TEST_CASE("the overview chart: rows, bars on one scale, hit-testing") {
  const Rect area{20, 400, 700, OverviewChartHeight()};
  const ChartGeometry g = PlanChart(area);
  for (int d = 0; d < kDomainCount; ++d) {
    CAPTURE(d);
    const Rect& row = g.rows[d];
    CHECK(row.y >= g.legend.y + g.legend.h);
    CHECK(row.y + row.h <= g.note.y + 0.01f);
    if (d > 0) CHECK(row.y == doctest::Approx(g.rows[d - 1].y + g.rows[d - 1].h));
    CHECK(ChartRowAt(g, {row.x + row.w * 0.5f, row.y + row.h * 0.5f}) == d);
    // The two sides' bars share the row, one above the other; both columns start after the names.
    const Rect a = g.Bar(d, FindingList::kWellDeveloped, 0, 3, 6), b = g.Bar(d, FindingList::kWellDeveloped, 1, 3, 6);
    CHECK(a.y + a.h <= b.y);
    CHECK(a.y >= row.y);
    CHECK(b.y + b.h <= row.y + row.h);
    CHECK(a.x >= area.x + g.label_w);
    CHECK(g.Bar(d, FindingList::kFurtherDevelopment, 0, 6, 6).x > a.x + a.w);
  }
  // One scale: equal counts, equal lengths; twice the count, twice the length; never past the column.
  CHECK(g.Bar(0, FindingList::kWellDeveloped, 0, 2, 8).w == doctest::Approx(g.Bar(5, FindingList::kFurtherDevelopment, 1, 2, 8).w));
  CHECK(g.Bar(0, FindingList::kWellDeveloped, 0, 4, 8).w == doctest::Approx(2 * g.Bar(0, FindingList::kWellDeveloped, 0, 2, 8).w));
  CHECK(g.Bar(0, FindingList::kWellDeveloped, 0, 99, 8).w <= g.bars_w);
  CHECK_FALSE(ChartRowAt(g, {area.x + 10, area.y + 5}));  // the legend
  CHECK_FALSE(ChartRowAt(g, {area.x - 5, g.rows[2].y + 5}));
}

TEST_CASE("the counts behind the chart come from the profiles") {
  const Profile balti = Load("balti-2023.json");
  Profile azerbaijan = Load("azerbaijan-2023.json");
  azerbaijan.domains[4].published = false;
  const OverviewCounts counts = CountFindings(&balti, &azerbaijan);
  int most = 0;
  for (int d = 0; d < kDomainCount; ++d) {
    CAPTURE(d);
    CHECK(counts.Of(d, 0, FindingList::kWellDeveloped) == static_cast<int>(balti.domains[d].well_developed.size()));
    CHECK(counts.Of(d, 0, FindingList::kFurtherDevelopment) == static_cast<int>(balti.domains[d].further_development.size()));
    if (d == 4) {
      CHECK_FALSE(counts.Of(d, 1, FindingList::kWellDeveloped));  // not covered is not zero
    } else {
      CHECK(counts.Of(d, 1, FindingList::kWellDeveloped) == static_cast<int>(azerbaijan.domains[d].well_developed.size()));
      most = std::max(most, static_cast<int>(azerbaijan.domains[d].well_developed.size()));
    }
    most = std::max({most, *counts.n[d][0][0], *counts.n[d][0][1]});
  }
  CHECK(counts.Max() == std::max(most, static_cast<int>(azerbaijan.domains[0].further_development.size())));
  CHECK(CountFindings(nullptr, nullptr).Max() == 1);
}

TEST_CASE("comparing: loading until both sides settle; ready if either is") {
  WidgetState s;
  s.BeginLoading(0, "a.json");
  s.BeginLoading(1, "b.json");
  CHECK(s.comparing());
  CHECK(s.side_count() == 2);
  s.SetProfile(0, Load("balti-2023.json"), 0);
  CHECK(s.phase() == Phase::kLoading);
  s.SetError(1, {"b.json", "HTTP 404 for b.json", {}});
  CHECK(s.phase() == Phase::kReady);  // one side still shows
  CHECK(s.phase(1) == Phase::kError);
  CHECK(s.profile(1) == nullptr);
  s.SetError(0, {"a.json", "gone", {}});
  CHECK(s.phase() == Phase::kError);
  s.StopComparing();
  CHECK_FALSE(s.comparing());
  CHECK(s.side_count() == 1);
  CHECK(s.phase(1) == Phase::kLoading);  // the slot is cleared
}

TEST_CASE("the comparison panel: aligned lists per side, its own description, not a ranking") {
  const Profile balti = Load("balti-2023.json"), azerbaijan = Load("azerbaijan-2023.json");
  WidgetState s = test::Comparing(balti, azerbaijan);

  // No domain: the overview, with every count and the line saying it is not a ranking.
  Json panel = BuildComparePanel(s, Text()).ToJson();
  CHECK(panel["state"] == "compare");
  CHECK(panel["heading"] == "Municipality of Balti and Republic of Azerbaijan");
  const Json& c = panel["compare"];
  CHECK(c["not_ranking"].get<std::string>().find("not a ranking") != std::string::npos);
  CHECK(c["levels_note"].get<std::string>().find("local level") != std::string::npos);
  REQUIRE(c["overview"]["rows"].size() == kDomainCount);
  for (int d = 0; d < kDomainCount; ++d) {
    const Json& row = c["overview"]["rows"][d];
    CHECK(row["domain"] == kDomainIds[d]);
    CHECK(row["counts"][0][0] == balti.domains[d].well_developed.size());
    CHECK(row["counts"][1][1] == azerbaijan.domains[d].further_development.size());
  }
  CHECK(c["sides"][0]["marker"] == "filled");
  CHECK(c["sides"][1]["marker"] == "outlined");

  // A domain: each side's two lists, and (levels differ) each side's own description.
  s.Select(2, 0);
  panel = BuildComparePanel(s, Text()).ToJson();
  CHECK(panel["domain"] == "partnerships");
  CHECK(panel["description"].empty());
  for (int side = 0; side < 2; ++side) {
    const Profile& p = side == 0 ? balti : azerbaijan;
    const Json& col = panel["compare"]["sides"][side];
    CHECK(col["state"] == "ready");
    CHECK(col["name"] == p.name);
    CHECK(col["lists"][0]["items"] == p.domains[2].well_developed);
    CHECK(col["lists"][1]["items"] == p.domains[2].further_development);
    CHECK(col["lists"][0]["id"] == "well_developed");
    CHECK(col["description"] == Localize(test::TheFramework().domains[2].Description(p.level), "en"));
  }
  CHECK(panel["compare"]["sides"][0]["description"] != panel["compare"]["sides"][1]["description"]);
  CHECK(panel["announce"].get<std::string>().find("Municipality of Balti, 3") != std::string::npos);

  // Same level: one shared description, no levels note.
  WidgetState same = test::Comparing(azerbaijan, azerbaijan);
  same.Select(0, 0);
  panel = BuildComparePanel(same, Text("fr")).ToJson();
  CHECK(panel["compare"]["levels_note"] == "");
  CHECK(panel["description"].size() == 1);
  CHECK(panel["compare"]["sides"][0]["description"] == "");
  CHECK(panel["compare"]["columns"][0] == test::TheStrings().Get("fr", "domain.well_developed"));
}

TEST_CASE("the comparison panel with one side failed: the other shows, the error beside it") {
  WidgetState s;
  s.BeginLoading(0, "balti.json");
  s.BeginLoading(1, "missing.json");
  s.SetProfile(0, Load("balti-2023.json"), 0);
  s.SetError(1, {"missing.json", "HTTP 404 for missing.json", {}});
  s.Select(0, 0);
  const Json panel = BuildComparePanel(s, Text()).ToJson();
  const Json& sides = panel["compare"]["sides"];
  CHECK(sides[0]["state"] == "ready");
  CHECK(sides[0]["lists"].size() == 2);
  CHECK(sides[1]["state"] == "error");
  CHECK(sides[1]["error"]["message"] == "HTTP 404 for missing.json");
  CHECK(sides[1]["error"]["retry"] == "Try again");
  CHECK(CompareCaption(s, Text(), 1) == "Not available");
  CHECK(CompareCaption(s, Text(), 0) == "Municipality of Balti · 2023");
}
