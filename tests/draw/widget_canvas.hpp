// A widget's model and the canvas it draws on, natively: a host that records nothing, a glyph
// source of fixed metrics (fixed_glyphs.hpp) and one draw list, for tests of what the frames hold.
#pragma once
#include <string>

#include "draw/widget_scene.hpp"
#include "fixed_glyphs.hpp"
#include "test_support.hpp"

namespace mgi::test {

class NullHost final : public WidgetHost {
 public:
  void Emit(std::string_view, std::string_view) override {}
  void RequestFrame() override {}
  void ResizeCanvas(float, float) override {}
  void SetPointerCursor(bool) override {}
};

template <class Glyphs = HalfEmGlyphs>
struct WidgetCanvas {
  NullHost host;
  draw::WheelStyle style;
  WidgetModel model{TheFramework(), TheStrings(), host, style.lift_px};
  Glyphs glyphs;
  draw::FontAtlas fonts{glyphs};
  ImDrawListSharedData shared;
  ImDrawList list{&shared};
  double now = 0;

  explicit WidgetCanvas(float host_width = 900, std::string lang = "en") {
    model.Start(std::move(lang), true, host_width, now);  // reduced motion: every change is instant
    model.SetDrawable(true);
  }
  void Load(int side, const std::string& file) {
    model.BeginLoading(side, file, now);
    model.LoadProfile(side, file, Asset("profiles/" + file), now);
  }
  draw::FrameScenes Frame() {
    now += 1000;
    model.BeginFrame(now);
    draw::FrameScenes scenes = draw::BuildFrameScenes(model, now);
    const CanvasText& text = model.canvas_text();
    fonts.Ensure(text.label_chars, text.hub_chars, draw::FrameFontSizes(scenes, 1, style));
    REQUIRE(fonts.label() != nullptr);
    draw::DrawFrame(list, shared, scenes, model, fonts, nullptr, 1, style);
    model.EndFrame(now);
    return scenes;
  }
};

}  // namespace mgi::test
