// From the widget's model to the canvas's draw list, natively: what each frame's scenes say (the
// selection, the focus ring, the hover, the comparison's chart) and that the list they draw covers
// the canvas's wheels and nothing outside it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "model_canvas.hpp"

using namespace mgi;

namespace {

// Every frame here is at dpr 1 with the atlas unnamed; each test checks the font atlas was built.
struct Canvas : test::ModelCanvas<> {
  draw::FrameScenes Frame() {
    draw::FrameScenes scenes = test::ModelCanvas<>::Frame();
    REQUIRE(fonts.label() != nullptr);
    return scenes;
  }
};

}  // namespace

TEST_CASE("one profile: one wheel whose scene follows the selection and the keyboard focus") {
  Canvas c;
  c.Load(0, "azerbaijan-2023.json");
  c.model.Select("partnerships", SelectSource::kApi, c.now);
  c.model.SetKeyboardFocus(4);
  const draw::FrameScenes scenes = c.Frame();
  CHECK(scenes.wheel_count == 1);
  CHECK_FALSE(scenes.compare);
  const draw::WheelScene& wheel = scenes.wheels[0];
  CHECK(wheel.active);
  for (int i = 0; i < kDomainCount; ++i) {
    CAPTURE(i);
    CHECK(wheel.segments[i].selected == (i == 2));
    CHECK(wheel.segments[i].focused == (i == 4));
    CHECK_FALSE(wheel.segments[i].label.empty());
  }
  CHECK(wheel.segments[2].lift == doctest::Approx(1));
  CHECK(wheel.hub.name == "Republic of Azerbaijan");
}

TEST_CASE("the draw list covers the wheel and stays inside the canvas") {
  Canvas c;
  c.Load(0, "balti-2023.json");
  c.Frame();
  REQUIRE(c.list.VtxBuffer.Size > 1000);  // six tessellated sectors, icons, labels, hub
  REQUIRE(c.list.IdxBuffer.Size % 3 == 0);
  const LayoutPlan& plan = c.model.state().layout();
  float min_x = 1e9f, min_y = 1e9f, max_x = -1e9f, max_y = -1e9f;
  for (const ImDrawVert& v : c.list.VtxBuffer) {
    min_x = std::min(min_x, v.pos.x), max_x = std::max(max_x, v.pos.x);
    min_y = std::min(min_y, v.pos.y), max_y = std::max(max_y, v.pos.y);
  }
  const WheelGeometry g = c.model.GeometryAt(c.now);
  CHECK(min_x >= -1);
  CHECK(min_y >= -1);
  CHECK(max_x <= plan.canvas_width + 1);
  CHECK(max_y <= plan.canvas_height + 1);
  CHECK(max_x - min_x >= 2 * g.r_outer - 2);  // the whole ring is there
  CHECK(max_y - min_y >= 2 * g.r_outer - 2);
}

TEST_CASE("comparing: two wheels, captions and the chart, hovering a row marks it") {
  Canvas c;
  c.Load(0, "balti-2023.json");
  c.Load(1, "azerbaijan-2023.json");
  c.Frame();
  const Json rows = Json::parse(c.model.LayoutJson(c.now))["chart"]["rows"];
  const Json& row = rows[3];
  c.model.PointerMove({row["x"].get<float>() + 4, row["y"].get<float>() + row["h"].get<float>() / 2}, c.now);
  const draw::FrameScenes scenes = c.Frame();
  CHECK(scenes.compare);
  CHECK(scenes.wheel_count == 2);
  CHECK(scenes.wheels[1].hub.name == "Republic of Azerbaijan");
  CHECK(scenes.chart.hovered == 3);
  CHECK_FALSE(scenes.chart.selected.has_value());
  for (int side = 0; side < 2; ++side) CHECK(scenes.chart.counts.n[3][side][0].has_value());
  CHECK(c.list.VtxBuffer.Size > 2000);
}

TEST_CASE("while loading, the wheel is drawn greyed and inactive") {
  Canvas c;
  c.model.BeginLoading(0, "p.json", c.now);
  const draw::FrameScenes scenes = c.Frame();
  CHECK_FALSE(scenes.wheels[0].active);
  CHECK(c.list.VtxBuffer.Size > 0);
}
